import type { Report } from './report.js';

// The JSON report is tens of megabytes for ten thousand workloads. Written as one string, it is
// held whole (twice over, as text and as bytes) at the moment memory peaks. These pieces join to
// exactly what JSON.stringify writes, a batch of array items at a time: small enough to keep
// memory flat, large enough that writing them is a few dozen writes, not one per workload.

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
 * How the report is laid out. `compact` (one line) is what files and pipes get: indented, the
 * report of 10,000 workloads is half as large again (22 against 15 MB) and takes longer to write
 * than everything else the action does with it. `indented` (two spaces) is for a person at a terminal.
 */
export type JsonLayout = 'compact' | 'indented';

interface Layout {
  /** JSON.stringify of a top-level value, without the indent of its first line. */
  value(value: unknown): string;
  /** Array items as they read inside a top-level array, separated by commas, without the first indent. */
  items(items: readonly unknown[]): string;
  readonly key: string;
  readonly item: string;
  readonly close: string;
  readonly end: string;
}

const LAYOUTS: Readonly<Record<JsonLayout, Layout>> = {
  compact: {
    value: (value) => JSON.stringify(value),
    items: (items) => JSON.stringify(items).slice(1, -1),
    key: '',
    item: '',
    close: ']',
    end: '}\n',
  },
  indented: {
    // JSON.stringify indents a value inside an array itself, so the brackets are all there is to take off.
    value: (value) => JSON.stringify([value], null, 2).slice('[\n  '.length, -'\n]'.length),
    items: (items) => JSON.stringify([items], null, 2).slice('[\n  [\n    '.length, -'\n  ]\n]'.length),
    key: '\n  ',
    item: '\n    ',
    close: '\n  ]',
    end: '\n}\n',
  },
};

/**
 * The report as `JSON.stringify(report) + '\n'` (or `JSON.stringify(report, null, 2) + '\n'`,
 * indented), in pieces of at most 64 array items; the characters above are written as \u escapes,
 * which parse back to the same report.
 */
export function* reportJson(report: Report, layout: JsonLayout = 'compact'): Generator<string> {
  const l = LAYOUTS[layout];
  const separator = layout === 'compact' ? ':' : ': ';
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      yield `${l.key}${JSON.stringify(key)}${separator}[`;
      for (let start = 0; start < value.length; start += ITEMS_PER_PIECE) {
        const end = Math.min(value.length, start + ITEMS_PER_PIECE);
        yield `${l.item}${escapeJson(l.items(value.slice(start, end)))}${end < value.length ? ',' : ''}`;
      }
      yield `${l.close}${comma}`;
    } else {
      yield `${l.key}${JSON.stringify(key)}${separator}${escapeJson(l.value(value))}${comma}`;
    }
  }
  yield l.end;
}
