import { renderMarkdown, renderWithin } from '../report/markdown.js';
import type { RunCache } from '../run-cache.js';
import type { Report } from '../report/report.js';

/** GitHub refuses comment bodies over 65,536 characters; the marker and a margin need room too. */
export const MAX_COMMENT_LENGTH = 65_536;
/** GitHub drops a step's job summary over 1 MiB. */
export const MAX_SUMMARY_LENGTH = 1024 * 1024;

const FOLDED_NOTE =
  '_The full report, with every workload and how each figure was worked out, is in the JSON report (`report-path`)._';

/** A lower bound: a table row is at least `| a | training |  | 1 kWh | 1 gCO2e |  |`. */
const MIN_CHARS_PER_ROW = 40;

/** Markdown folded to a length: whether every workload's row is in it, and the method section too. */
export interface Folded {
  readonly text: string;
  readonly allRows: boolean;
  readonly method: boolean;
}

/**
 * The report in markdown that fits `limit` characters: the whole report when it fits; otherwise
 * without the method section, then with fewer workload rows (largest changes first and "…and N
 * more", saying they are all in `moreIn`), never cutting a table in half. A rendering stops as
 * soon as it is too long.
 */
export function foldMarkdown(
  report: Report,
  limit: number,
  note = FOLDED_NOTE,
  moreIn = 'the JSON report',
  cache?: RunCache,
): Folded {
  const budget = limit - 1_000;
  const full = renderWithin(report, {}, budget, cache);
  if (full !== undefined) return { text: full, allRows: true, method: true };
  const noteLength = note.length + 2;
  for (const maxRows of [Number.POSITIVE_INFINITY, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 0]) {
    if (Math.min(maxRows, report.workloads.length) * MIN_CHARS_PER_ROW > budget) continue;
    const folded = renderWithin(report, { omitMethod: true, maxRows, moreIn }, budget - noteLength, cache);
    // A row count that shows them all was tried first, as no count at all: it rendered the same.
    if (folded !== undefined)
      return { text: `${folded}\n${note}\n`, allRows: maxRows === Number.POSITIVE_INFINITY, method: false };
  }
  // Only a budget table this long is left: keep the headline.
  const headline = renderMarkdown(report, { omitMethod: true, maxRows: 0 }, cache).split('\n').slice(0, 3).join('\n');
  return { text: `${headline}\n\n${note}\n`, allRows: false, method: false };
}

/** The job summary's markdown: all of the report that fits GitHub's limit on a step's summary. */
export function summaryMarkdown(report: Report, cache?: RunCache): Folded {
  return foldMarkdown(report, MAX_SUMMARY_LENGTH, undefined, undefined, cache);
}

/** What the job summary holds, as the comment tells its readers where to find the rest. */
export type SummaryHolds = 'everything' | 'every row' | 'not every row';

/** What a written job summary holds; `not every row` when none was written. */
export function summaryHolds(summary: Folded, written: boolean): SummaryHolds {
  if (!written || !summary.allRows) return 'not every row';
  return summary.method ? 'everything' : 'every row';
}

const COMMENT_NOTE: Record<SummaryHolds, string> = {
  everything:
    '_The full report, with every workload and how each figure was worked out, ' +
    'is in the job summary and the JSON report._',
  'every row': '_Every workload is in the job summary; how each figure was worked out is in the JSON report._',
  'not every row': '_The full report, with every workload and how each figure was worked out, is in the JSON report._',
};

/**
 * The report as a pull-request comment. The rows it leaves out are said to be in the job summary
 * when the summary was written with every row (up to about 10,000 workloads), else in the JSON report.
 */
export function commentBody(report: Report, summary: SummaryHolds = 'everything', cache?: RunCache): string {
  return foldMarkdown(
    report,
    MAX_COMMENT_LENGTH,
    COMMENT_NOTE[summary],
    summary === 'not every row' ? 'the JSON report' : 'the job summary',
    cache,
  ).text;
}
