import type { ErrorCode } from 'yaml';

// The YAML parser's errors, said as what to do about them. The parser words an error as what it
// met ("Tabs are not allowed as indentation"), once per line it meets it on, and at the place it
// gave up (the end of the file, for a quote left open). Here each mistake is said once, where it
// was made when that can be told, with the fix. No message quotes the file's text: a file that is
// not YAML at all (a credentials file, say) must not have its contents copied into logs.

/** A parser error: its code, its first line of text, and where it is (an offset into the text). */
export interface ParserError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly offset: number;
}

/** A syntax problem to report, at an offset into the text. */
export interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

const PREFIX = 'YAML syntax: ';
const MAX_LINES_NAMED = 8;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** `this line and 5 more (lines 3, 4, 5, 6, 7)`, the lines a repeated error is on. */
function theseLines(lines: readonly number[]): string {
  if (lines.length <= 1) return 'this line';
  const rest = lines.slice(1);
  const named = rest.slice(0, MAX_LINES_NAMED).join(', ') + (rest.length > MAX_LINES_NAMED ? ', ...' : '');
  return `this line and ${rest.length} more (line${rest.length === 1 ? '' : 's'} ${named})`;
}

/** Whether a `#` at `at` starts a comment: at the start of a line, or after a space. */
function startsComment(text: string, at: number): boolean {
  return at === 0 || /\s/.test(text[at - 1] ?? '');
}

/** Whether the quote at `at` starts a value: nothing, or an indicator (`: `, `- `, `[`, `{`, `,`), before it. */
function opensValue(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return /^\s*$/.test(before) || /[:\-?]\s+$/.test(before) || /[[{,]\s*$/.test(before);
}

/**
 * Where a quote or bracket still open at `end` was opened, outside comments and quoted text: the
 * innermost `{` or `[` of that kind, or the quote of that kind the text ends inside.
 */
function stillOpen(text: string, open: '"' | "'" | '{' | '[', end: number): number | undefined {
  const brackets: { char: string; at: number }[] = [];
  let quote: { char: string; at: number } | undefined;
  for (let at = 0; at < end && at < text.length; at++) {
    const char = text[at] ?? '';
    if (quote !== undefined) {
      if (quote.char === '"' && char === '\\') at++;
      else if (quote.char === "'" && char === "'" && text[at + 1] === "'") at++;
      else if (char === quote.char) quote = undefined;
    } else if (char === '#' && startsComment(text, at)) {
      const eol = text.indexOf('\n', at);
      at = eol === -1 ? text.length : eol - 1;
    } else if ((char === '"' || char === "'") && opensValue(text, at)) quote = { char, at };
    else if (char === '{' || char === '[') brackets.push({ char, at });
    else if (char === '}' || char === ']') brackets.pop();
  }
  if (open === '"' || open === "'") return quote?.char === open ? quote.at : undefined;
  for (let i = brackets.length - 1; i >= 0; i--) if (brackets[i]?.char === open) return brackets[i]?.at;
  return undefined;
}

/** Past the spaces at `offset`: where a line's content starts, for an error the parser puts at the line's start. */
function lineContent(text: string, offset: number): number {
  let at = offset;
  while (text[at] === ' ') at++;
  return text[at] === '\n' || at >= text.length ? offset : at;
}

const INDENT_KEYS = 'indent every key of a mapping by the same number of spaces';

/** One parser error as a problem of carbon-budget's own, or undefined to keep the parser's words. */
function translate(error: ParserError, text: string, all: readonly ParserError[]): SyntaxProblem | undefined {
  const { code, message, offset } = error;
  if (code === 'MISSING_CHAR') {
    const quote = /^Missing closing (["'])quote/.exec(message)?.[1] as '"' | "'" | undefined;
    if (quote !== undefined) {
      const opened = stillOpen(text, quote, offset);
      return {
        offset: opened ?? offset,
        message:
          `the quote \`${quote}\` ${opened === undefined ? 'opened before this' : 'opened here'} is never closed: ` +
          `end the value with \`${quote}\` (YAML read on to the end of the file looking for it)`,
      };
    }
    if (message.startsWith('Sequence item without - indicator')) {
      return {
        offset: lineContent(text, offset),
        message:
          'this line is indented differently from the lines it belongs with: ' +
          `${INDENT_KEYS}, or start a list item with \`- \``,
      };
    }
    if (message.startsWith('Implicit map keys need to be followed by map values')) {
      return {
        offset,
        message: 'this line has no colon: write a key, a colon and a space, then the value (`key: value`)',
      };
    }
  }
  if (code === 'BAD_INDENT') {
    if (message.startsWith('All mapping items must start at the same column')) {
      return {
        offset: lineContent(text, offset),
        message: `this key is not in line with the keys above it: ${INDENT_KEYS}`,
      };
    }
    const flow = /^Flow (map|sequence) in block collection/.exec(message)?.[1];
    if (flow !== undefined) {
      const [open, close] = flow === 'map' ? (['{', '}'] as const) : (['[', ']'] as const);
      const opened = stillOpen(text, open, offset);
      return {
        offset: opened ?? offset,
        message:
          `the \`${open}\` ${opened === undefined ? 'before this line' : 'here'} is not closed: ` +
          `end the ${flow === 'map' ? 'mapping' : 'list'} with \`${close}\` ` +
          '(on its line, or on lines indented further than its key)',
      };
    }
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    const both = all.some((other) => other.offset === offset && other.code !== code);
    if (both) {
      return {
        offset,
        message:
          'the next line is indented further than the key on this one, so YAML reads them as one key: ' + INDENT_KEYS,
      };
    }
    if (code === 'BLOCK_AS_IMPLICIT_KEY') {
      return {
        offset,
        message: 'this value holds `: `, which YAML reads as another key: quote the value (`key: "a: b"`)',
      };
    }
    return {
      offset,
      message:
        'this key runs on to the next line: a key needs a colon and a space after it, on its line (`key: value`)',
    };
  }
  return undefined;
}

/**
 * The parser's first line, with what it quotes cut off: the text of a file that is not YAML at all
 * must not be copied into logs and comments.
 */
function parserWords(message: string, code: ErrorCode): string {
  return (message.split('\n')[0] ?? code).replace(/:\s*".*$/, '');
}

/**
 * The problems to report for a document's parser errors: each mistake once (tabs, on however many
 * lines, are one), where it was made, with what to do.
 */
export function syntaxProblems(errors: readonly ParserError[], text: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const firstTab = tabs[0];
  if (firstTab !== undefined) {
    const lines = [...new Set(tabs.map((e) => lineOf(text, e.offset)))];
    problems.push({
      offset: firstTab.offset,
      message:
        `${PREFIX}a tab indents ${theseLines(lines)}, and YAML indents with spaces only: ` +
        'replace the tabs with spaces (most editors can do it for the whole file)',
    });
  }
  const seen = new Set<string>();
  // A quote left open takes in the rest of the file, closing brackets and all: what the parser then
  // says of a bracket follows from the quote.
  const quoteOpen = errors.some((e) => e.code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(e.message));
  for (const error of errors) {
    if (error.code === 'TAB_AS_INDENT') continue;
    if (quoteOpen && error.code === 'BAD_INDENT' && /^Flow (map|sequence)/.test(error.message)) continue;
    const problem = translate(error, text, errors) ?? {
      offset: error.offset,
      message: parserWords(error.message, error.code),
    };
    const key = `${problem.offset}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ offset: problem.offset, message: PREFIX + problem.message });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
