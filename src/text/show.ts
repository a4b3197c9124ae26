import { printable } from './printable.js';

/**
 * How a value someone wrote is quoted back in a message: `72h`, `true`, a list, a mapping. Text is
 * shown printable (see printable.ts): a message never carries a control character from a file.
 */
export function showValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  switch (typeof value) {
    case 'string':
      return `\`${printable(value)}\``;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `\`${value.toString()}\``;
    case 'symbol':
      return `\`${value.toString()}\``;
    default:
      return `a ${typeof value}`;
  }
}

// Built on first use: creating a segmenter loads ICU data, a cost every run would pay at start-up.
let graphemes: Intl.Segmenter | undefined;

/** Characters as a terminal shows them, for aligning columns. */
export function displayWidth(text: string): number {
  // Segmenting is slow; printable ASCII, most of any table, is one column a character.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text)).length;
}
