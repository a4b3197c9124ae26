import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/report.js';

/** GitHub refuses comment bodies over 65,536 characters; the marker and a margin need room too. */
export const MAX_COMMENT_LENGTH = 65_536;
const BUDGET = MAX_COMMENT_LENGTH - 1_000;

const FOLDED_NOTE = '_The full report, with every workload and how each figure was worked out, is in the job summary and the JSON report._';

/**
 * The report as a pull-request comment that fits GitHub's limit: the whole report when it fits;
 * otherwise without the method section, then with fewer workload rows (largest changes first and
 * "…and N more"), never cutting a table in half.
 */
export function commentBody(report: Report): string {
  const full = renderMarkdown(report);
  if (full.length <= BUDGET) return full;
  for (const maxRows of [200, 100, 50, 20, 10, 5, 0]) {
    const folded = `${renderMarkdown(report, { omitMethod: true, maxRows })}\n${FOLDED_NOTE}\n`;
    if (folded.length <= BUDGET) return folded;
  }
  // Only a budget table this long is left: keep the headline.
  const headline = renderMarkdown(report, { omitMethod: true, maxRows: 0 }).split('\n').slice(0, 3).join('\n');
  return `${headline}\n\n${FOLDED_NOTE}\n`;
}
