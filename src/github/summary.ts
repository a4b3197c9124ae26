import * as core from '@actions/core';
import type { Report } from '../report/report.js';
import type { RunCache } from '../run-cache.js';
import { summaryHolds, summaryMarkdown, type SummaryHolds } from './comment-body.js';
import { printable } from '../text/printable.js';

/** Writes markdown to the job summary; whether it was written. */
export async function writeSummary(markdown: string, available: boolean): Promise<boolean> {
  if (!available) {
    core.info('carbon-budget: no job summary file (GITHUB_STEP_SUMMARY) here; skipping the summary');
    return false;
  }
  try {
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (error) {
    core.warning(printable(`carbon-budget: could not write the job summary: ${(error as Error).message}`));
    return false;
  }
}

/** Writes the report's job summary, and says what it holds: the comment sends readers there only for what is there. */
export async function writeReportSummary(report: Report, available: boolean, cache?: RunCache): Promise<SummaryHolds> {
  const summary = summaryMarkdown(report, cache);
  return summaryHolds(summary, await writeSummary(summary.text, available));
}
