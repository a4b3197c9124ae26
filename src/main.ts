import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import * as core from '@actions/core';
import { analyse, analyseBase } from './analyse.js';
import type { BaseInput } from './compare/compare.js';
import { formatDiagnostic, problemCount, type Diagnostic } from './config/diagnostics.js';
import type { FileSource } from './config/file-source.js';
import { GLOB_CHARS, type ParsedFile } from './config/load.js';
import { fileSystemSource } from './io/fs-source.js';
import { gitRevisionSource, gitTopLevel, resolveRevision } from './io/git-source.js';
import { writeTextFile } from './io/write-text.js';
import { formatMass } from './report/format.js';
import { reportJson } from './report/json.js';
import { code } from './report/markdown.js';
import type { Report } from './report/report.js';
import { budgetSentence } from './report/verdict-text.js';
import { apiRevisionSource, createClient, pullRequestComments, type Octokit, type Repo } from './github/client.js';
import { commentBody, summaryHolds, summaryMarkdown, type SummaryHolds } from './github/comment-body.js';
import { runContext, type PullRequestInfo, type RunContext } from './github/event.js';
import { readSettings, type Settings } from './github/inputs.js';
import { parseReport } from './github/report-file.js';
import { writeStickyComment } from './github/sticky-comment.js';


function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function posixPath(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The root workload files the `config` input names: a path, or a glob over the workspace. */
async function configFiles(config: string, workspace: string): Promise<string[] | string> {
  if (posix.isAbsolute(config) || config.split('/').includes('..')) return `the config \`${config}\` must be a path or glob inside the workspace`;
  if (!GLOB_CHARS.test(config)) return [posix.normalize(posix.join(workspace, config))];
  return fileSystemSource.glob(config, workspace);
}

function retryOptions() {
  return {
    retries: 3,
    baseDelayMs: 1000,
    maxDelayMs: 120_000,
    onRetry: (attempt: number, delayMs: number, reason: string) => {
      core.info(`GitHub API: ${reason}; retry ${attempt} in ${Math.round(delayMs / 100) / 10} s`);
    },
  };
}

/**
 * The base side: from git when the checkout has the commit, else through the REST API. `root` is
 * the repository's top directory (the workspace, or a subdirectory actions/checkout used), which
 * is what the paths of git and of the API are relative to. A base that cannot be read is a
 * warning and no comparison, never a failed run.
 */
async function baseSide(settings: Settings, context: RunContext, roots: readonly string[], root: string, client: Octokit | undefined, repo: Repo, parseCache: Map<string, ParsedFile>): Promise<BaseInput | undefined> {
  const base = context.base;
  if (base === undefined) return undefined;
  const revision = base.sha ?? base.ref;
  try {
    let source: FileSource;
    const local = (await resolveRevision(root, revision)) ?? (base.sha === undefined ? await resolveRevision(root, `origin/${base.ref}`) : undefined);
    if (local !== undefined) {
      source = gitRevisionSource(root, local);
    } else if (client !== undefined) {
      core.info(`carbon-budget: ${revision} is not in the checkout; reading the base workload files through the GitHub API (a checkout with fetch-depth: 2 avoids this)`);
      source = apiRevisionSource(client, repo, revision, root);
    } else {
      core.warning(`carbon-budget: the base (${base.ref}) is not in the checkout and there is no token to read it; not comparing`);
      return undefined;
    }
    // A glob names the roots present in each tree: a team renamed or removed is then seen as such.
    const baseRoots = GLOB_CHARS.test(settings.config) ? await source.glob(settings.config, root) : roots;
    const sha = local ?? base.sha;
    return await analyseBase(baseRoots, { root, source, parseCache, ref: settings.baseRef ?? base.ref, ...(sha === undefined ? {} : { sha }) });
  } catch (error) {
    core.warning(`carbon-budget: could not read the base (${base.ref}): ${(error as Error).message}. Not comparing.`);
    return undefined;
  }
}

/**
 * Writes the JSON report to the runner's temp directory, one file per workload file set so that
 * two steps of a job do not overwrite each other: carbon-budget-report.json for the default set.
 */
function writeReport(report: Report, config: string): string {
  const slug = config === 'carbon-budget.yml' ? '' : `-${config.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80)}`;
  const name = `carbon-budget-report${slug}.json`;
  for (const dir of [process.env.RUNNER_TEMP, tmpdir()]) {
    if (!dir) continue;
    try {
      writeTextFile(join(dir, name), reportJson(report));
      return join(dir, name);
    } catch {
      // An unwritable or missing RUNNER_TEMP: fall back to the system's temp directory.
    }
  }
  throw new Error('cannot write the JSON report to RUNNER_TEMP or the temp directory');
}

function reportProblems(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    core.error(d.message, { title: 'carbon-budget: invalid workload file', file: d.file, ...(d.line > 0 ? { startLine: d.line, startColumn: d.column } : {}) });
  }
}

/** Whether the job summary was written. */
async function writeSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('carbon-budget: no job summary file (GITHUB_STEP_SUMMARY) here; skipping the summary');
    return false;
  }
  try {
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (error) {
    core.warning(`carbon-budget: could not write the job summary: ${(error as Error).message}`);
    return false;
  }
}

/** Writes the report's job summary, and says what it holds: the comment sends readers there only for what is there. */
async function writeReportSummary(report: Report): Promise<SummaryHolds> {
  const summary = summaryMarkdown(report);
  return summaryHolds(summary, await writeSummary(summary.text));
}

function setOutputs(report: Report, reportPath: string): void {
  // Three decimals (grams, watt-hours) is finer than any input; float noise only confuses workflows.
  core.setOutput('co2e-kg', round3(report.totals.co2eKg));
  core.setOutput('energy-kwh', round3(report.totals.energyKwh));
  const delta = report.comparison?.deltaCo2eKg;
  core.setOutput('delta-co2e-kg', delta === undefined || delta === null ? '' : round3(delta));
  core.setOutput('status', report.status);
  core.setOutput('report-path', reportPath);
}

function annotateBudgets(report: Report): void {
  for (const b of report.budgets) {
    if (b.status === 'ok') continue;
    const annotate = b.status === 'over' ? core.error : core.warning;
    annotate(`${budgetSentence(b)}${b.note ? ` (${b.note})` : ''}`, { file: b.file, startLine: b.line, title: `carbon budget ${b.status}` });
  }
}

function decideExit(report: Report, failOn: Settings['failOn']): void {
  const failing = report.budgets.filter((b) => b.status === 'over' || (failOn === 'warn' && b.status === 'warn'));
  if (failOn !== 'never' && failing.length > 0) {
    const word = failing.some((b) => b.status === 'over') ? 'exceeded' : 'nearly exceeded';
    core.setFailed(`Carbon budget ${word}: ${failing.map((b) => budgetSentence(b)).join('; ')}`);
  } else {
    core.info(`carbon-budget: ${formatMass(report.totals.co2eKg)} in total, status ${report.status}`);
  }
}

function changed(report: Report): boolean {
  const c = report.comparison;
  return c === undefined || c.deltaCo2eKg === null || c.workloads.some((w) => w.change !== 'unchanged');
}

/** Posts or updates the sticky comment; a refusal (forks, read-only tokens) is a warning only. */
async function comment(client: Octokit, repo: Repo, settings: Settings, pr: Pick<PullRequestInfo, 'number' | 'headSha' | 'updatedAt'>, report: Report, summary: SummaryHolds): Promise<void> {
  const quiet = settings.commentOn === 'change' && !changed(report) && report.status === 'ok';
  // Listed only now, just before writing: a listing taken earlier could miss the comment a newer
  // run wrote meanwhile, and this older run would then overwrite it.
  const api = pullRequestComments(client, repo, pr.number);
  const marker = { set: settings.config, headSha: pr.headSha, time: pr.updatedAt };
  try {
    const outcome = await writeStickyComment(api, settings.comment, marker, commentBody(report, summary), { create: !quiet });
    if (outcome.action === 'skipped') {
      core.info(`carbon-budget: no comment written (${outcome.reason})`);
      return;
    }
    core.info(`carbon-budget: comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}${outcome.removedDuplicates > 0 ? ` (removed ${outcome.removedDuplicates} duplicate)` : ''}`);
    if (outcome.url) core.setOutput('comment-url', outcome.url);
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const message = (error as Error).message;
    if (status === 403 || status === 404) {
      const why = /rate limit/i.test(message)
        ? 'the API rate limit is exhausted'
        : /locked/i.test(message)
          ? 'the conversation is locked'
          : 'the token cannot write to this pull request, as for pull requests from forks';
      core.warning(
        `carbon-budget could not write the pull-request comment (HTTP ${String(status)}): ${why}. The summary, outputs and JSON report are complete; to comment on forks, use the two-workflow pattern in the README.`,
      );
      return;
    }
    // Reported as an error, but the budgets alone decide whether the step fails.
    core.error(`carbon-budget: writing the pull-request comment failed: ${message}`);
  }
}

/** The second half of the two-workflow pattern: comment on a pull request from a report file. */
async function commentFromReport(settings: Settings, context: RunContext, client: Octokit | undefined, repo: Repo, path: string): Promise<void> {
  const parsed = parseReport(await readFile(path, 'utf8').catch(() => undefined));
  if (!parsed.ok) {
    core.setOutput('status', 'invalid');
    core.setFailed(`carbon-budget: cannot use the report ${path}: ${parsed.message}`);
    return;
  }
  const report = parsed.report;
  setOutputs(report, path);
  const holds = await writeReportSummary(report);
  // One comment per workload file set: the set is the one the report was made for.
  const reportSettings: Settings = { ...settings, config: report.config };
  const pr = report.pullRequest;
  if (pr === undefined) {
    core.warning('carbon-budget: the report names no pull request (it was not made on a pull_request event); no comment');
  } else if (client === undefined) {
    core.warning('carbon-budget: no github-token; no comment');
  } else if (settings.comment !== 'off') {
    // The report came from a pull request's own workflow, so it is not trusted to name a pull request.
    // It must be for the commit this workflow_run was for, and that commit must still be the pull
    // request's head: otherwise nothing is written.
    if (context.workflowRunHeadSha === undefined || pr.headSha !== context.workflowRunHeadSha) {
      core.setOutput('status', 'invalid');
      core.setFailed(`carbon-budget: the report is for commit ${pr.headSha.slice(0, 12)}, not for the commit this workflow run is for; no comment written`);
      return;
    }
    const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: pr.number });
    if (data.head.sha !== context.workflowRunHeadSha) {
      core.notice(`carbon-budget: pull request #${pr.number} has moved on from ${pr.headSha.slice(0, 7)} (or is not the pull request of this run); not commenting from this report`);
    } else {
      await comment(client, repo, reportSettings, { number: pr.number, headSha: data.head.sha, updatedAt: data.updated_at }, report, holds);
    }
  }
  decideExit(report, settings.failOn);
}

/** The webhook payload the runner wrote, or undefined (after failing the step) when it is unreadable. */
async function readEvent(): Promise<unknown> {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    core.setOutput('status', 'invalid');
    core.setFailed(`carbon-budget: cannot read the event payload at GITHUB_EVENT_PATH: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * The action: estimate the workload file set (comparing a pull request with its base), write the
 * job summary, outputs, annotations and JSON report, keep one sticky comment on the pull request,
 * and fail per `fail-on`.
 */
export async function run(): Promise<void> {
  const read = readSettings((name) => core.getInput(name));
  if (!read.ok) {
    core.setOutput('status', 'invalid');
    core.setFailed(read.messages.join('\n'));
    return;
  }
  const settings = read.settings;
  // No core.setSecret: the runner already masks github.token and secrets, and add-mask would
  // itself write the token to the log wherever no runner reads it.
  const workspace = posixPath(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const payload = await readEvent();
  if (payload === undefined) return;
  const context = runContext(process.env.GITHUB_EVENT_NAME ?? '', payload, settings.baseRef);
  if (context.notice) core.notice(context.notice);
  const [owner = '', name = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const repo: Repo = { owner, repo: name };
  if (settings.token && !repo.owner) core.warning('carbon-budget: GITHUB_REPOSITORY is not set, so there is no repository to comment on');
  const client = settings.token && repo.owner ? await createClient(settings.token, process.env.GITHUB_API_URL ?? 'https://api.github.com', retryOptions()) : undefined;

  if (settings.report !== undefined) {
    await commentFromReport(settings, context, client, repo, posix.resolve(workspace, posixPath(settings.report)));
    return;
  }

  const roots = await configFiles(settings.config, workspace);
  if (typeof roots === 'string') {
    core.setOutput('status', 'invalid');
    core.setFailed(`carbon-budget: ${roots}`);
    return;
  }
  if (roots.length === 0) {
    core.setOutput('status', 'invalid');
    core.setFailed(`carbon-budget: the config \`${settings.config}\` matches no workload file in the workspace`);
    return;
  }
  // Paths in annotations and in git are relative to the repository, which actions/checkout may
  // have put in a subdirectory of the workspace.
  const root = (await gitTopLevel(posix.dirname(roots[0] ?? workspace))) ?? workspace;
  const parseCache = new Map<string, ParsedFile>();
  // The base is read (git or the API: mostly waiting) while the head is read and estimated.
  const base = baseSide(settings, context, roots, root, client, repo, parseCache);
  // Awaited by analyse when the head is valid; never left as an unhandled rejection otherwise.
  base.catch(() => undefined);
  const analysis = await analyse(roots, { root, source: fileSystemSource, parseCache, label: settings.config, base });
  if (!analysis.ok) {
    reportProblems(analysis.diagnostics);
    await writeSummary(`### ❌ carbon-budget ${code(settings.config)}: invalid workload files\n\n${analysis.diagnostics.map((d) => `- ${code(formatDiagnostic(d))}`).join('\n')}\n`);
    core.setOutput('status', 'invalid');
    const n = problemCount(analysis.diagnostics);
    core.setFailed(`carbon-budget: ${n.toLocaleString('en-US')} problem${n === 1 ? '' : 's'} in the workload files (see the annotations)`);
    return;
  }

  const pr = context.pullRequest;
  const report: Report = pr === undefined ? analysis.report : { ...analysis.report, pullRequest: { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, updatedAt: pr.updatedAt } };
  const reportPath = writeReport(report, settings.config);
  const holds = await writeReportSummary(report);
  setOutputs(report, reportPath);
  annotateBudgets(report);

  if (pr !== undefined && settings.comment !== 'off') {
    if (client === undefined) core.warning('carbon-budget: no github-token; no comment');
    else await comment(client, repo, settings, pr, report, holds);
  }
  decideExit(report, settings.failOn);
}
