import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/report.js';

/** GitHub refuses comment bodies over 65,536 characters; the marker and a margin need room too. */
export const MAX_COMMENT_LENGTH = 65_536;
/** GitHub drops a step's job summary over 1 MiB. */
export const MAX_SUMMARY_LENGTH = 1024 * 1024;

const FOLDED_NOTE = '_The full report, with every workload and how each figure was worked out, is in the JSON report (`report-path`)._';

/** Lower bounds: a table row is at least `| a | training |  | 1 kWh | 1 gCO2e |  |`; a method line more. */
const MIN_CHARS_PER_ROW = 40;
const MIN_CHARS_PER_WORKLOAD = 80;

// The comment and the job summary start from the same full rendering; it is made once.
const rendered = new WeakMap<Report, string>();
function fullMarkdown(report: Report): string {
  let full = rendered.get(report);
  if (full === undefined) {
    full = renderMarkdown(report);
    rendered.set(report, full);
  }
  return full;
}

/**
 * The report in markdown that fits `limit` characters: the whole report when it fits; otherwise
 * without the method section, then with fewer workload rows (largest changes first and "…and N
 * more"), never cutting a table in half.
 */
export function foldedMarkdown(report: Report, limit: number, note = FOLDED_NOTE): string {
  const budget = limit - 1_000;
  // Each workload takes a table row and a method line, well over MIN_CHARS_PER_WORKLOAD: past
  // that many workloads the full report cannot fit, and is not rendered only to be measured.
  if (report.workloads.length * MIN_CHARS_PER_WORKLOAD <= budget) {
    const full = fullMarkdown(report);
    if (full.length <= budget) return full;
  }
  for (const maxRows of [2000, 1000, 500, 200, 100, 50, 20, 10, 5, 0]) {
    if (Math.min(maxRows, report.workloads.length) * MIN_CHARS_PER_ROW > budget) continue;
    const folded = `${renderMarkdown(report, { omitMethod: true, maxRows })}\n${note}\n`;
    if (folded.length <= budget) return folded;
  }
  // Only a budget table this long is left: keep the headline.
  const headline = renderMarkdown(report, { omitMethod: true, maxRows: 0 }).split('\n').slice(0, 3).join('\n');
  return `${headline}\n\n${note}\n`;
}

/** The report as a pull-request comment; the job summary keeps as much more as it can. */
export function commentBody(report: Report): string {
  return foldedMarkdown(report, MAX_COMMENT_LENGTH, '_The full report, with every workload and how each figure was worked out, is in the job summary and the JSON report._');
}
