import * as core from '@actions/core';
import { formatDiagnostic, problemCount, problemsText, type Diagnostic } from '../config/diagnostics.js';
import { code } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import type { RunCache } from '../run-cache.js';
import { pullRequestComments, type Octokit, type Repo } from './client.js';
import { commentBody, type SummaryHolds } from './comment-body.js';
import type { PullRequestInfo } from './event.js';
import type { Settings } from './settings.js';
import { writeStickyComment } from './sticky-comment.js';
import { inert, printable } from '../text/printable.js';

/** What to write as the comment, and whether to create one where there is none yet. */
export interface CommentText {
  readonly body: string;
  readonly create: boolean;
}

/** Whether the report shows any change against the base (or has no base to compare with). */
function changed(report: Report): boolean {
  const c = report.comparison;
  return c === undefined || c.deltaCo2eKg === null || c.workloads.some((w) => w.change !== 'unchanged');
}

/** The report as the comment; with `comment-on: change`, created only when there is something to see. */
export function reportComment(
  report: Report,
  summary: SummaryHolds,
  commentOn: Settings['commentOn'],
  cache?: RunCache,
): CommentText {
  const quiet = commentOn === 'change' && !changed(report) && report.status === 'ok';
  return { body: commentBody(report, summary, cache), create: !quiet };
}

/** How many problems the comment lists; the rest are in the annotations and the job summary. */
const LISTED_PROBLEMS = 10;

/**
 * The comment when the workload files do not validate: an earlier verdict must not stay up as if
 * it were this commit's, so the comment says the files are invalid and lists the first problems.
 */
export function invalidComment(config: string, diagnostics: readonly Diagnostic[]): CommentText {
  const body = [
    `### ❌ carbon-budget ${code(config)}: invalid workload files`,
    '',
    `There is no estimate for this commit: ${problemsText(diagnostics)} ` +
      'in the workload files (all of them in the annotations and the job summary).',
    '',
    problemList(diagnostics, LISTED_PROBLEMS),
  ].join('\n');
  return { body, create: true };
}

/** The problems as a markdown list, each in a code span; past `max`, one line counts the rest. */
export function problemList(diagnostics: readonly Diagnostic[], max = Number.POSITIVE_INFINITY): string {
  const listed = diagnostics.slice(0, max);
  // A listed line may itself stand for several problems (the loader's "and N more").
  const rest = problemCount(diagnostics) - problemCount(listed);
  const more = rest > 0 ? [`- … and ${rest.toLocaleString('en-US')} more`] : [];
  return [...listed.map((d) => `- ${code(formatDiagnostic(d))}`), ...more].join('\n');
}

/** Why writing the comment was refused, in words a reader of the log can act on. */
function refusal(status: unknown, message: string): string {
  if (status === 429 || /rate limit/i.test(message)) {
    return 'the API rate limit is spent; the next run will write it';
  }
  if (/locked/i.test(message)) return 'the conversation is locked';
  return (
    'the token cannot write to this pull request, as for pull requests from forks; to comment on ' +
    'forks, use the two-workflow pattern (docs/action.md)'
  );
}

/**
 * Keeps the action's one comment on the pull request up to date, per the `comment` input, and
 * returns its URL when one was written. A refusal (forks, read-only tokens, rate limits) is a
 * warning, and any other failure an error: the budgets alone decide whether the step fails.
 */
export async function keepComment(
  client: Octokit,
  repo: Repo,
  settings: Pick<Settings, 'comment' | 'config'>,
  pr: Pick<PullRequestInfo, 'number' | 'headSha' | 'updatedAt'>,
  text: CommentText,
): Promise<string | undefined> {
  // Listed only now, just before writing: a listing taken earlier could miss the comment a newer
  // run wrote meanwhile, and this older run would then overwrite it.
  const api = pullRequestComments(client, repo, pr.number);
  const marker = { set: settings.config, headSha: pr.headSha, time: pr.updatedAt };
  try {
    const outcome = await writeStickyComment(api, settings.comment, marker, text.body, { create: text.create });
    if (outcome.action === 'skipped') {
      core.info(inert(printable(`carbon-budget: no comment written (${outcome.reason})`)));
      return undefined;
    }
    const removed = outcome.removedDuplicates > 0 ? ` (removed ${outcome.removedDuplicates} duplicate)` : '';
    core.info(`carbon-budget: comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}${removed}`);
    return outcome.url;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const message = (error as Error).message;
    if (status === 403 || status === 404 || status === 429) {
      core.warning(
        `carbon-budget could not write the pull-request comment (HTTP ${String(status)}): ` +
          `${refusal(status, message)}. The summary, outputs and JSON report are complete.`,
      );
    } else {
      core.error(printable(`carbon-budget: writing the pull-request comment failed: ${message}`));
    }
    return undefined;
  }
}
