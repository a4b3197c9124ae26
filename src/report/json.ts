import type { Report } from './report.js';

// The JSON report is tens of megabytes for ten thousand workloads. Written as one string, it is
// held whole (twice over, as text and as bytes) at the moment memory peaks. These pieces join to
// exactly `JSON.stringify(report, null, 2)`, one workload at a time.

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** The report as `JSON.stringify(report, null, 2) + '\n'`, in pieces of at most one workload. */
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
      for (const [i, item] of value.entries()) yield `\n    ${nested(item ?? null, 2)}${i < value.length - 1 ? ',' : ''}`;
      yield `\n  ]${comma}`;
    } else {
      yield `\n  ${JSON.stringify(key)}: ${nested(value, 1)}${comma}`;
    }
  }
  yield '\n}\n';
}
