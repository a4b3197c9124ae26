// Text from workload files (names, paths, keys, values quoted in messages) reaches terminals, CI
// logs and pull-request comments. Written as it is, a control character could recolour or rewrite
// a terminal (ANSI escapes, BEL), a line break could start a line that a GitHub runner obeys as a
// workflow command (`::add-mask::`, `::warning::`), and a bidirectional control could show text in
// another order than it is (U+202E). Every place such text is printed goes through `printable`.

/**
 * What is never printed as it is: C0 and C1 controls, DEL, the line and paragraph separators, and
 * the bidirectional formatting characters (embeddings, overrides, isolates and the marks).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');
const BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;

/** A character as its code point: `\u001B`. */
export function codePoint(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What an unprintable character is, for messages: `a line break (\u000A)`. */
export function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const at = `(${codePoint(char)})`;
  if (code === 0) return `a NUL byte ${at}`;
  if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') return `a line break ${at}`;
  if (char === '\t') return `a tab ${at}`;
  if (code === 0x1b) return `an escape character ${at}, which starts terminal control sequences`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `a control character ${at}`;
  return `a bidirectional formatting character ${at}, which shows text in another order than it is written`;
}

/**
 * Text as one line of printable characters: line breaks and tabs become a space, every other
 * unprintable character is shown as its code point (`\u001B`), so that what it was stays visible.
 */
export function printable(text: string): string {
  if (!UNPRINTABLE.test(text)) return text;
  return text.replace(BREAKS, ' ').replace(UNPRINTABLE_ALL, codePoint);
}

// A GitHub runner reads a line of a step's output as a workflow command when it starts with `::`
// after any white space (`::add-mask::`, `::stop-commands::`), and, in the older syntax, when it
// holds `##[` anywhere.
const COMMAND_LIKE = /(?:^|\n)\s*::|##\[/;

/**
 * Output text in which no line is a workflow command: the first colon of a line's leading `::` is
 * written `\u003A`, and the bracket of `##[` `\u005B`. Fixed text never has either, so only text
 * taken from files changes.
 */
export function inert(text: string): string {
  if (!COMMAND_LIKE.test(text)) return text;
  return text.replace(/^(\s*):(?=:)/gm, '$1\\u003A').replace(/##\[/g, '##\\u005B');
}
