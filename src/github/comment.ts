import * as core from '@actions/core';
import type { Report } from '../report/report.js';
import { pullRequestComments, type Octokit, type Repo } from './client.js';
import { commentBody, type SummaryHolds } from './comment-body.js';
import type { PullRequestInfo } from './event.js';
import type { Settings } from './settings.js';
import { writeStickyComment } from './sticky-comment.js';

/** Whether the report shows any change against the base (or has no base to compare with). */
function changed(report: Report): boolean {
  const c = report.comparison;
  return c === undefined || c.deltaCo2eKg === null || c.workloads.some((w) => w.change !== 'unchanged');
}

/** Why writing the comment was refused, in words a reader of the log can act on. */
function refusal(message: string): string {
  if (/rate limit/i.test(message)) return 'the API rate limit is exhausted';
  if (/locked/i.test(message)) return 'the conversation is locked';
  return 'the token cannot write to this pull request, as for pull requests from forks';
}

/**
 * Keeps the action's one comment on the pull request up to date, per the `comment` and
 * `comment-on` inputs, and returns its URL when one was written. A refusal (forks, read-only
 * tokens) is a warning, and any other failure an error: the budgets alone decide whether the
 * step fails.
 */
export async function keepComment(
  client: Octokit,
  repo: Repo,
  settings: Pick<Settings, 'comment' | 'commentOn' | 'config'>,
  pr: Pick<PullRequestInfo, 'number' | 'headSha' | 'updatedAt'>,
  report: Report,
  summary: SummaryHolds,
): Promise<string | undefined> {
  const quiet = settings.commentOn === 'change' && !changed(report) && report.status === 'ok';
  // Listed only now, just before writing: a listing taken earlier could miss the comment a newer
  // run wrote meanwhile, and this older run would then overwrite it.
  const api = pullRequestComments(client, repo, pr.number);
  const marker = { set: settings.config, headSha: pr.headSha, time: pr.updatedAt };
  try {
    const outcome = await writeStickyComment(api, settings.comment, marker, commentBody(report, summary), {
      create: !quiet,
    });
    if (outcome.action === 'skipped') {
      core.info(`carbon-budget: no comment written (${outcome.reason})`);
      return undefined;
    }
    const removed = outcome.removedDuplicates > 0 ? ` (removed ${outcome.removedDuplicates} duplicate)` : '';
    core.info(`carbon-budget: comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}${removed}`);
    return outcome.url;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const message = (error as Error).message;
    if (status === 403 || status === 404) {
      core.warning(
        `carbon-budget could not write the pull-request comment (HTTP ${String(status)}): ${refusal(message)}. ` +
          'The summary, outputs and JSON report are complete; ' +
          'to comment on forks, use the two-workflow pattern (docs/action.md).',
      );
    } else {
      core.error(`carbon-budget: writing the pull-request comment failed: ${message}`);
    }
    return undefined;
  }
}
