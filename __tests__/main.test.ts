import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/main.js';
import { parseOutputs, pullRequestPayload, repository } from './helpers/action-run.js';
import { FakeGitHub } from './helpers/github-server.js';
import { yaml } from './helpers/workspace.js';

// run() in this process, with the environment a runner gives an action, against the local GitHub
// API: the steps of a run and what each leaves behind (outputs, summary, comment, exit code).
// Each workload draws 1 kW for its accelerator-hours at PUE 1 and 1,000 g/kWh: 1 kg per hour.

const job = (name: string, hours: number) =>
  `  - { name: ${name}, kind: training, power: 1 kW, accelerator-hours: ${hours} }`;
const config = (budgets: string, ...jobs: string[]) =>
  yaml('defaults: { pue: 1, intensity: 1000 g/kWh }', `budgets: ${budgets}`, 'workloads:', ...jobs);

let server: FakeGitHub;
// One runner directory for the file: @actions/core's summary keeps the first path it was given.
const runner = mkdtempSync(join(tmpdir(), 'carbon-budget-runner-'));
const saved = { ...process.env };
let stdout: string[];

beforeEach(async () => {
  server = new FakeGitHub();
  await server.start();
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
  expect(server.violations).toEqual([]);
  await server.stop();
});

/** Runs the action on a pull request from `base` to `head`, with `inputs` over action.yml's defaults. */
async function onPullRequest(
  base: Record<string, string>,
  head: Record<string, string>,
  inputs: Record<string, string> = {},
) {
  const repo = repository(base, head);
  const files = { output: join(runner, 'output'), summary: join(runner, 'summary'), event: join(runner, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(pullRequestPayload(7, repo.baseSha, repo.headSha)));
  const all = {
    config: 'carbon-budget.yml',
    'github-token': server.token,
    comment: 'update',
    'comment-on': 'always',
    'fail-on': 'over',
    'base-ref': '',
    report: '',
    ...inputs,
  };
  process.env = {
    ...saved,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
    GITHUB_WORKSPACE: repo.dir,
    RUNNER_TEMP: runner,
    ...Object.fromEntries(Object.entries(all).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  await run();
  return {
    exitCode: process.exitCode,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    log: stdout.join(''),
    comments: (server.comments.get(7) ?? []).map((c) => c.body),
  };
}

const base = { 'carbon-budget.yml': config('{ total: 100 kg }', job('pretrain', 40)) };
const head = { 'carbon-budget.yml': config('{ total: 100 kg }', job('pretrain', 40), job('finetune', 5)) };

describe('run()', () => {
  it('estimates the head, compares it with the base from git, comments once and sets every output', async () => {
    const result = await onPullRequest(base, head);
    // Head: 40 + 5 = 45 kWh and 45 kg; the base had 40, so the change adds 5 kg.
    expect(result.outputs).toMatchObject({ 'co2e-kg': '45', 'energy-kwh': '45', 'delta-co2e-kg': '5', status: 'ok' });
    expect(result.outputs['report-path']).toMatch(/carbon-budget-report\.json$/);
    const report = JSON.parse(readFileSync(result.outputs['report-path'] ?? '', 'utf8')) as {
      totals: { co2eKg: number };
      pullRequest: { number: number };
    };
    expect(report.totals.co2eKg).toBe(45);
    expect(report.pullRequest.number).toBe(7);
    expect(result.comments).toHaveLength(1);
    expect(result.outputs['comment-url']).toBe('https://github.com/octo-org/ml-models/pull/7#issuecomment-1000');
    expect(result.summary).toContain('finetune');
    expect(result.exitCode).toBeUndefined();
  });

  it('sets operational, embodied and total emissions apart, the change counting both', async () => {
    // 876 kg per accelerator over a 1-year life fully used, no server: 0.1 kg per accelerator-hour.
    const embodied = 'embodied: { accelerator: 876 kg, server: 0, accelerators-per-server: 8, lifetime: 1y, usage: 1 }';
    const built = (hours: number) =>
      `  - { name: built, kind: training, power: 1 kW, accelerator-hours: ${hours}, ${embodied} }`;
    // Head: pretrain 40 kg; built 10 kg operational + 1 kg embodied. Base: pretrain 40 kg only.
    const result = await onPullRequest(base, {
      'carbon-budget.yml': config('{ total: 100 kg }', job('pretrain', 40), built(10)),
    });
    expect(result.outputs).toMatchObject({
      'co2e-kg': '50',
      'embodied-co2e-kg': '1',
      'total-co2e-kg': '51',
      'delta-co2e-kg': '11',
      status: 'ok',
    });
    expect(result.log).toContain('carbon-budget: 51 kgCO2e in total (50 kgCO2e operational + 1 kgCO2e embodied)');
    // The summary, like the comment, gives both parts and their sum, and the change of that sum.
    expect(result.summary).toContain(
      '| **Total** | | | **50 kWh** | **50 kgCO2e** | **1 kgCO2e** | **51 kgCO2e** | **+11 kgCO2e** | |',
    );
    expect(result.comments[0]).toContain('| **51 kgCO2e** | **+11 kgCO2e** |');
  });

  it('fails as invalid on a bad workload file, annotating its line, and says so in the comment', async () => {
    const result = await onPullRequest(base, {
      'carbon-budget.yml': config('{}', '  - { name: x, kind: training, power: 1 kW, accelerator-hours: ten }'),
    });
    expect(result.outputs.status).toBe('invalid');
    expect(result.exitCode).toBe(1);
    // The workload is on line 4 of the file (defaults, budgets, `workloads:`, then it), and `ten`
    // starts at column 64: 6 for `  - { `, then 9 + 16 + 13 + 19 for the four keys before it.
    expect(result.log).toContain(
      '::error title=carbon-budget%3A invalid workload file,file=carbon-budget.yml,line=4,col=64::' +
        '`accelerator-hours`: expected a duration',
    );
    expect(result.summary).toContain('invalid workload files');
    expect(result.comments).toHaveLength(1);
    expect(result.comments[0]).toContain('There is no estimate for this commit: 1 problem in the workload files');
  });

  it('fails as invalid on an input it does not know, naming the input and its choices', async () => {
    const result = await onPullRequest(base, head, { 'fail-on': 'sometimes' });
    expect(result.outputs.status).toBe('invalid');
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('::error::input `fail-on` must be `over`, `warn` or `never`; got `sometimes`');
  });

  it('passes at a warning by default, and fails on it with fail-on: warn', async () => {
    // 45 kg of a 50 kg total is 90%: past the 80% warn threshold, under the limit.
    const budget = { 'carbon-budget.yml': config('{ total: 50 kg }', job('pretrain', 40), job('finetune', 5)) };
    const byDefault = await onPullRequest(base, budget);
    expect([byDefault.outputs.status, byDefault.exitCode]).toEqual(['warn', undefined]);
    process.exitCode = undefined;
    const strict = await onPullRequest(base, budget, { 'fail-on': 'warn' });
    expect([strict.outputs.status, strict.exitCode]).toEqual(['warn', 1]);
    expect(strict.log).toContain('::error::Carbon budget nearly exceeded: total');
  });

  it('fails over budget, naming the budget and the excess, and still comments', async () => {
    // 45 kg against a 40 kg total: 5 kg over.
    const result = await onPullRequest(base, {
      'carbon-budget.yml': config('{ total: 40 kg }', job('pretrain', 40), job('finetune', 5)),
    });
    expect([result.outputs.status, result.exitCode]).toEqual(['over', 1]);
    expect(result.log).toContain('::error::Carbon budget exceeded: total');
    expect(result.log).toContain('5 kgCO2e');
    expect(result.comments).toHaveLength(1);
  });

  it('makes no API call with comment: off', async () => {
    const result = await onPullRequest(base, head, { comment: 'off' });
    expect(result.outputs.status).toBe('ok');
    expect(server.requests).toEqual([]);
    expect(result.outputs['comment-url']).toBeUndefined();
  });
});
