import type { Report } from './report.js';

// The JSON report is tens of megabytes for ten thousand workloads. Written as one string, it is
// held whole (twice over, as text and as bytes) at the moment memory peaks. These pieces join to
// exactly `JSON.stringify(report, null, 2)`, a batch of array items at a time: small enough to
// keep memory flat, large enough that writing them is a few dozen writes, not one per workload.

// JSON.stringify writes C1 controls, the line separators and bidirectional controls as they are,
// and a `##[` in a string is a workflow command to a runner reading the report on stdout. Written
// as \u escapes instead, the JSON reads back to the same values: none of these characters can be
// outside a string, where an escape would change the meaning.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/;
const UNSAFE_IN_JSON_ALL = new RegExp(UNSAFE_IN_JSON.source, 'g');

function escapeJson(json: string): string {
  if (!UNSAFE_IN_JSON.test(json)) return json;
  return json.replace(UNSAFE_IN_JSON_ALL, (found) =>
    found === '##[' ? '##\\u005b' : `\\u${(found.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/** Array items per piece: about 200 KB of a real report. */
const ITEMS_PER_PIECE = 64;

/**
 * `JSON.stringify(value, null, 2)` as it reads one level deep, without its first indent: JSON.stringify
 * indents a value inside an array itself, so the array's brackets are all there is to take off.
 */
function atDepth1(value: unknown): string {
  return escapeJson(JSON.stringify([value], null, 2).slice('[\n  '.length, -'\n]'.length));
}

/** Array items as they read two levels deep, separated by commas, without the first indent. */
function itemsAtDepth2(items: readonly unknown[]): string {
  return escapeJson(JSON.stringify([items], null, 2).slice('[\n  [\n    '.length, -'\n  ]\n]'.length));
}

/**
 * The report as `JSON.stringify(report, null, 2) + '\n'`, in pieces of at most 64 array items; the
 * characters above are written as \u escapes, which parse back to the same report.
 */
export function* reportJson(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      yield `\n  ${JSON.stringify(key)}: [`;
      for (let start = 0; start < value.length; start += ITEMS_PER_PIECE) {
        const end = Math.min(value.length, start + ITEMS_PER_PIECE);
        yield `\n    ${itemsAtDepth2(value.slice(start, end))}${end < value.length ? ',' : ''}`;
      }
      yield `\n  ]${comma}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${atDepth1(value)}${comma}`;
    }
  }
  yield '\n}\n';
}
