import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import * as core from '@actions/core';
import { analyse } from './analyse.js';
import { problemsText, type Diagnostic } from './config/diagnostics.js';
import { RunCache } from './run-cache.js';
import { configFiles as configRoots } from './io/config-files.js';
import { createFileSystemSource } from './io/fs-source.js';
import { gitTopLevel } from './io/git-source.js';
import { writeTextFile } from './io/write-text.js';
import { formatMass } from './report/format.js';
import { reportJson } from './report/json.js';
import { code } from './report/markdown.js';
import type { Report } from './report/report.js';
import { budgetSentence } from './report/verdict-text.js';
import { printable } from './text/printable.js';
import { readBase } from './github/base-side.js';
import { createClient, type LazyClient, type Octokit } from './github/client.js';
import { invalidComment, keepComment, problemList, reportComment, type CommentText } from './github/comment.js';
import { parseReport } from './github/report-file.js';
import { readReportFile, readSettings, reportPathOf, type Settings } from './github/settings.js';
import { writeReportSummary, writeSummary } from './github/summary.js';

/**
 * The action: estimate the workload file set (comparing a pull request with its base), write the
 * JSON report, job summary, outputs and annotations, keep one sticky comment on the pull request,
 * and fail per `fail-on`. With the `report` input, it comments from an earlier run's report instead.
 */
export async function run(): Promise<void> {
  const read = await readSettings((name) => core.getInput(name), process.env);
  if (!read.ok) {
    fail(read.message);
    return;
  }
  const settings = read.settings;
  if (settings.context.notice) core.notice(settings.context.notice);
  const client = lazyClient(settings);
  if (settings.report !== undefined)
    return commentFromReport(settings, client, reportPathOf(settings, settings.report));

  const roots = await configFiles(settings);
  if (typeof roots === 'string') {
    // No earlier verdict may stay up on the pull request as if it were this commit's.
    await comment(
      settings,
      client,
      invalidComment(settings.config, [{ file: settings.config, line: 0, column: 0, message: roots }]),
    );
    fail(`carbon-budget: ${roots}`);
    return;
  }
  // What the run works out once and shares: unchanged files between base and head, catalog
  // entries between workloads, the report's rows between the summary's and the comment's foldings.
  const cache = new RunCache();
  const analysis = await analyseWorkspace(settings, roots, client, cache);
  if (!analysis.ok) return failInvalid(settings, client, analysis.diagnostics);

  const report = withPullRequest(analysis.report, settings);
  const reportPath = writeReport(report, settings);
  const summary = await writeReportSummary(report, settings.summary, cache);
  setOutputs(report, reportPath);
  annotateBudgets(report);
  await comment(settings, client, reportComment(report, summary, settings.commentOn, cache));
  decideExit(report, settings);
}

/** Fails the step as `invalid`: the inputs, the event or the workload files are wrong. */
function fail(message: string): void {
  core.setOutput('status', 'invalid');
  core.setFailed(message);
}

/**
 * The GitHub client, made when first needed (a base to read through the API, a comment to write):
 * Octokit and its HTTP stack are a fifth of a large run's memory, and most of the run is over
 * before the comment.
 */
function lazyClient(settings: Settings): LazyClient {
  let client: Promise<Octokit | undefined> | undefined;
  return () => (client ??= clientFor(settings));
}

async function clientFor(settings: Settings): Promise<Octokit | undefined> {
  if (!settings.token) return undefined;
  // No core.setSecret: the runner already masks github.token and secrets, and add-mask would
  // itself write the token to the log wherever no runner reads it.
  if (settings.repo === undefined) {
    core.warning('carbon-budget: GITHUB_REPOSITORY is not set, so there is no repository to comment on');
    return undefined;
  }
  // A run gives GitHub a minute in all: past it the summary, outputs and report still stand.
  return createClient(settings.token, settings.apiUrl, {
    retries: 3,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    attemptTimeoutMs: 20_000,
    deadline: Date.now() + 60_000,
    onRetry: (attempt, delayMs, reason) => {
      core.info(`GitHub API: ${reason}; retry ${attempt} in ${Math.round(delayMs / 100) / 10} s`);
    },
  });
}

/** The root workload files the `config` input names: a path, or a glob over the workspace; or why none. */
function configFiles({ config, workspace }: Settings): Promise<string[] | string> {
  return configRoots(config, workspace, createFileSystemSource());
}

/** The head's workload files estimated and judged, compared with the base's when there is one. */
async function analyseWorkspace(settings: Settings, roots: readonly string[], client: LazyClient, cache: RunCache) {
  // Paths in annotations and in git are relative to the repository, which actions/checkout may
  // have put in a subdirectory of the workspace.
  const root = (await gitTopLevel(posix.dirname(roots[0] ?? settings.workspace))) ?? settings.workspace;
  // The base is read (git or the API: mostly waiting) while the head is read and estimated.
  const base = readBase(settings, roots, root, client, cache);
  // Awaited by analyse when the head is valid; never left as an unhandled rejection otherwise.
  base.catch(() => undefined);
  return analyse(roots, { root, source: createFileSystemSource(), cache, label: settings.config, base });
}

/** Annotations at each problem, the summary and the comment say the files are invalid; the step fails. */
async function failInvalid(settings: Settings, client: LazyClient, diagnostics: readonly Diagnostic[]): Promise<void> {
  for (const d of diagnostics) {
    // core.error escapes line breaks; escape sequences and bidirectional controls too.
    core.error(printable(d.message), {
      title: 'carbon-budget: invalid workload file',
      file: printable(d.file),
      ...(d.line > 0 ? { startLine: d.line, startColumn: d.column } : {}),
    });
  }
  await writeSummary(
    `### ❌ carbon-budget ${code(settings.config)}: invalid workload files\n\n${problemList(diagnostics)}\n`,
    settings.summary,
  );
  await comment(settings, client, invalidComment(settings.config, diagnostics));
  fail(`carbon-budget: ${problemsText(diagnostics)} in the workload files (see the annotations)`);
}

/** The report names its pull request, so that a later workflow can comment from it. */
function withPullRequest(report: Report, settings: Settings): Report {
  const pr = settings.context.pullRequest;
  if (pr === undefined) return report;
  return {
    ...report,
    pullRequest: { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, updatedAt: pr.updatedAt },
  };
}

/**
 * Writes the JSON report to the runner's temp directory, one file per workload file set so that
 * two steps of a job do not overwrite each other: carbon-budget-report.json for the default set.
 */
function writeReport(report: Report, settings: Settings): string {
  const { config } = settings;
  const slug =
    config === 'carbon-budget.yml'
      ? ''
      : `-${config
          .replace(/[^A-Za-z0-9._-]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 80)}`;
  const name = `carbon-budget-report${slug}.json`;
  for (const dir of [settings.runnerTemp, tmpdir()]) {
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

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function setOutputs(report: Report, reportPath: string): void {
  // Three decimals (grams, watt-hours) is finer than any input; float noise only confuses workflows.
  // co2e-kg kept its meaning (operational) when embodied emissions came; total-co2e-kg is the
  // figure budgets count and delta-co2e-kg compares.
  const { co2eKg, embodiedKg } = report.totals;
  core.setOutput('co2e-kg', round3(co2eKg));
  core.setOutput('embodied-co2e-kg', round3(embodiedKg));
  core.setOutput('total-co2e-kg', round3(co2eKg + embodiedKg));
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
    annotate(`${budgetSentence(b)}${b.note ? ` (${b.note})` : ''}`, {
      file: printable(b.file),
      startLine: b.line,
      title: `carbon budget ${b.status}`,
    });
  }
}

/** The sticky comment, on a pull request, when the inputs and the token allow one. */
async function comment(settings: Settings, client: LazyClient, text: CommentText): Promise<void> {
  const pr = settings.context.pullRequest;
  if (pr === undefined || settings.comment === 'off') return;
  const octokit = await client();
  if (octokit === undefined || settings.repo === undefined) {
    core.warning('carbon-budget: no github-token; no comment');
    return;
  }
  const url = await keepComment(octokit, settings.repo, settings, pr, text);
  if (url !== undefined) core.setOutput('comment-url', url);
}

function decideExit(report: Report, { failOn }: Settings): void {
  const failing = report.budgets.filter((b) => b.status === 'over' || (failOn === 'warn' && b.status === 'warn'));
  if (failOn !== 'never' && failing.length > 0) {
    const word = failing.some((b) => b.status === 'over') ? 'exceeded' : 'nearly exceeded';
    core.setFailed(`Carbon budget ${word}: ${failing.map((b) => budgetSentence(b)).join('; ')}`);
  } else {
    const { co2eKg, embodiedKg } = report.totals;
    const parts = embodiedKg > 0 ? ` (${formatMass(co2eKg)} operational + ${formatMass(embodiedKg)} embodied)` : '';
    core.info(`carbon-budget: ${formatMass(co2eKg + embodiedKg)} in total${parts}, status ${report.status}`);
  }
}

/**
 * The second half of the two-workflow pattern for forks: comment on a pull request from a report
 * file an earlier run wrote. The report came from the pull request's own workflow, so it is not
 * trusted to name a pull request: it must be for the commit this workflow_run is for, and that
 * commit must still be the pull request's head, or nothing is written.
 */
async function commentFromReport(settings: Settings, client: LazyClient, path: string): Promise<void> {
  // Read only inside the workspace (or the runner's temp directory), and only up to its limit.
  const read = readReportFile(settings, path);
  const parsed = read.ok ? parseReport(read.text) : read;
  if (!parsed.ok) {
    fail(`carbon-budget: cannot use the report \`${settings.report ?? path}\`: ${parsed.message}`);
    return;
  }
  const report = parsed.report;
  setOutputs(report, path);
  const summary = await writeReportSummary(report, settings.summary);
  const pr = report.pullRequest;
  const runHead = settings.context.workflowRunHeadSha;
  if (pr === undefined) {
    core.warning(
      'carbon-budget: the report names no pull request (it was not made on a pull_request event); no comment',
    );
  } else if (settings.comment !== 'off') {
    const octokit = await client();
    if (octokit === undefined || settings.repo === undefined) {
      core.warning('carbon-budget: no github-token; no comment');
      decideExit(report, settings);
      return;
    }
    if (runHead === undefined || pr.headSha !== runHead) {
      fail(
        `carbon-budget: the report is for commit ${pr.headSha.slice(0, 12)}, not for the commit ` +
          `this workflow run is for; no comment written`,
      );
      return;
    }
    const { data } = await octokit.rest.pulls.get({ ...settings.repo, pull_number: pr.number });
    if (data.head.sha !== runHead) {
      core.notice(
        `carbon-budget: pull request #${pr.number} has moved on from ${pr.headSha.slice(0, 7)} ` +
          '(or is not the pull request of this run); not commenting from this report',
      );
    } else {
      // One comment per workload file set: the set is the one the report was made for.
      const url = await keepComment(
        octokit,
        settings.repo,
        { ...settings, config: report.config },
        { number: pr.number, headSha: data.head.sha, updatedAt: data.updated_at },
        reportComment(report, summary, settings.commentOn),
      );
      if (url !== undefined) core.setOutput('comment-url', url);
    }
  }
  decideExit(report, settings);
}
