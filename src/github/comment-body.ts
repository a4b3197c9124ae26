import { renderMarkdown, renderWithin } from '../report/markdown.js';
import type { Report } from '../report/report.js';

/** GitHub refuses comment bodies over 65,536 characters; the marker and a margin need room too. */
export const MAX_COMMENT_LENGTH = 65_536;
/** GitHub drops a step's job summary over 1 MiB. */
export const MAX_SUMMARY_LENGTH = 1024 * 1024;

const FOLDED_NOTE = '_The full report, with every workload and how each figure was worked out, is in the JSON report (`report-path`)._';

/** A lower bound: a table row is at least `| a | training |  | 1 kWh | 1 gCO2e |  |`. */
const MIN_CHARS_PER_ROW = 40;

/**
 * The report in markdown that fits `limit` characters: the whole report when it fits; otherwise
 * without the method section, then with fewer workload rows (largest changes first and "…and N
 * more"), never cutting a table in half. A rendering stops as soon as it is too long.
 */
export function foldedMarkdown(report: Report, limit: number, note = FOLDED_NOTE): string {
  const budget = limit - 1_000;
  const full = renderWithin(report, {}, budget);
  if (full !== undefined) return full;
  const noteLength = note.length + 2;
  for (const maxRows of [2000, 1000, 500, 200, 100, 50, 20, 10, 5, 0]) {
    if (Math.min(maxRows, report.workloads.length) * MIN_CHARS_PER_ROW > budget) continue;
    const folded = renderWithin(report, { omitMethod: true, maxRows }, budget - noteLength);
    if (folded !== undefined) return `${folded}\n${note}\n`;
  }
  // Only a budget table this long is left: keep the headline.
  const headline = renderMarkdown(report, { omitMethod: true, maxRows: 0 }).split('\n').slice(0, 3).join('\n');
  return `${headline}\n\n${note}\n`;
}

/** The report as a pull-request comment; the job summary keeps as much more as it can. */
export function commentBody(report: Report): string {
  return foldedMarkdown(report, MAX_COMMENT_LENGTH, '_The full report, with every workload and how each figure was worked out, is in the job summary and the JSON report._');
}
