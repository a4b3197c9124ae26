import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { payload, pullRequestPayload, repository, runAction, type ActionResult } from './helpers/action-run.js';
import { buildBundle } from './helpers/bundle.js';
import { ACTIONS_BOT, FakeGitHub } from './helpers/github-server.js';
import { yaml } from './helpers/workspace.js';

// The bundled action, run as GitHub's runner runs it, against a local GitHub API that checks each
// request against GitHub's OpenAPI description. Each workload emits its accelerator-hours in kg.

const job = (name: string, hours: number) =>
  `  - { name: ${name}, kind: training, power: 1 kW, accelerator-hours: ${hours} }`;
const config = (budgets: string, ...jobs: string[]) =>
  yaml('defaults: { pue: 1, intensity: 1000 g/kWh }', `budgets: ${budgets}`, 'workloads:', ...jobs);
const MARKER = /<!-- carbon-budget:sticky (\{.*?\}) -->/;

let bundle: string;
let server: FakeGitHub;

beforeAll(() => {
  bundle = buildBundle().action;
});
beforeEach(async () => {
  server = new FakeGitHub();
  await server.start();
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.stop();
});

async function pullRequest(
  base: Record<string, string>,
  head: Record<string, string>,
  options: { inputs?: Record<string, string>; updatedAt?: string; number?: number } = {},
): Promise<ActionResult> {
  const repo = repository(base, head);
  return runAction({
    bundle,
    server,
    dir: repo.dir,
    event: 'pull_request',
    payload: pullRequestPayload(options.number ?? 7, repo.baseSha, repo.headSha, options.updatedAt),
    sha: repo.headSha,
    ...(options.inputs ? { inputs: options.inputs } : {}),
  });
}

/** Runs git in a test repository, as its author. */
function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@e.com', '-c', 'user.name=t', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

function commentsOn(issue: number): string[] {
  return (server.comments.get(issue) ?? []).map((c) => c.body);
}

describe('on a pull request', () => {
  const base = { 'carbon-budget.yml': config('{ total: 100 kg }', job('pretrain', 40)) };
  const head = { 'carbon-budget.yml': config('{ total: 100 kg }', job('pretrain', 40), job('finetune', 5)) };

  it('creates one comment on the first run, with the change against the base, and sets the outputs', async () => {
    const result = await pullRequest(base, head);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [body] = commentsOn(7);
    expect(commentsOn(7)).toHaveLength(1);
    expect(body).toMatch(/^### ✅ carbon-budget `carbon-budget\.yml`: Within budget\n/);
    expect(body).toContain('Compared with `main`');
    expect(body).toContain(': +5 kgCO2e (1 added).');
    expect(body).toContain('| finetune | training | 1,000 g/kWh | 5 kWh | 5 kgCO2e | +5 kgCO2e (new) |  |');
    expect(JSON.parse(MARKER.exec(body ?? '')?.[1] ?? '{}')).toMatchObject({
      set: 'carbon-budget.yml',
      time: '2026-11-20T10:00:00Z',
    });
    expect(result.outputs).toMatchObject({ 'co2e-kg': '45', 'energy-kwh': '45', 'delta-co2e-kg': '5', status: 'ok' });
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(result.summary).toContain('<details><summary>How these figures were worked out</summary>');
    const report = JSON.parse(readFileSync(result.outputs['report-path'] ?? '', 'utf8')) as {
      pullRequest: { number: number };
    };
    expect(report.pullRequest.number).toBe(7);
    // One page of listing and one write; creating the first comment lists once more, so that two
    // runs creating it at the same time still end with one comment.
    expect(server.requests.map((r) => r.operationId)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      // Only comments by the token's own identity are its own: asked once, when a marked one is listed.
      'users/get-authenticated',
    ]);
    expect(server.calls('issues/list-comments')[0]?.query.per_page).toBe('100');
  });

  it('updates the same comment on the next run, and leaves other comments alone', async () => {
    const repo = repository(base, head);
    server.seed(7, ['LGTM']);
    await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha, '2026-11-20T10:00:00Z'),
    });
    const second = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha, '2026-11-20T11:00:00Z'),
    });
    expect(second.code).toBe(0);
    expect(commentsOn(7)).toHaveLength(2);
    expect(commentsOn(7)[0]).toBe('LGTM');
    expect(server.calls('issues/create-comment')).toHaveLength(1);
    expect(server.calls('issues/update-comment')).toHaveLength(1);
    expect(commentsOn(7)[1]).toContain('"time":"2026-11-20T11:00:00Z"');
  });

  it('never overwrites the comment of a newer commit with an older run', async () => {
    const repo = repository(base, head);
    await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha, '2026-11-20T12:00:00Z'),
    });
    const before = commentsOn(7)[0];
    const stale = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha, '2026-11-20T09:00:00Z'),
    });
    expect(stale.code).toBe(0);
    expect(stale.stdout).toContain('no comment written (the comment already reports a newer commit');
    expect(commentsOn(7)).toEqual([before]);
  });

  it('trips the increase budget when a pull request adds too much, naming the budget and the excess', async () => {
    const result = await pullRequest(
      { 'carbon-budget.yml': config('{ increase: 10 kg }', job('pretrain', 40)) },
      { 'carbon-budget.yml': config('{ increase: 10 kg }', job('pretrain', 40), job('sweep', 25)) },
    );
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'over', 'delta-co2e-kg': '25' });
    expect(result.annotations).toContain(
      '::error title=carbon budget over,file=carbon-budget.yml,line=2::' +
        'this change adds 25 kgCO2e, 15 kgCO2e over (limit 10 kgCO2e per change)',
    );
    expect(result.stdout).toContain(
      '::error::Carbon budget exceeded: this change adds 25 kgCO2e, 15 kgCO2e over (limit 10 kgCO2e per change)',
    );
    expect(commentsOn(7)[0]).toContain('| increase | +25 kgCO2e | 10 kgCO2e | 250% | ❌ over by 15 kgCO2e |');
  });

  it('exits 1 over budget with the message and an annotation at the budget', async () => {
    const result = await pullRequest(base, {
      'carbon-budget.yml': config('{ total: 100 kg }', job('pretrain', 40), job('big', 90)),
    });
    expect(result.code).toBe(1);
    expect(result.annotations).toContain(
      '::error title=carbon budget over,file=carbon-budget.yml,line=2::' +
        'total: 130 kgCO2e, 30 kgCO2e (30%25) over its 100 kgCO2e limit',
    );
    expect(commentsOn(7)[0]).toMatch(/^### ❌ carbon-budget `carbon-budget\.yml`: Over budget/);
  });

  it('does not block a pull request behind an overrun already on the base', async () => {
    const over = { 'carbon-budget.yml': config('{ total: 10 kg }', job('pretrain', 40)) };
    const result = await pullRequest(over, {
      'carbon-budget.yml': config('{ total: 10 kg }', job('pretrain', 40)) + '# docs only\n',
    });
    expect(result.code).toBe(0);
    expect(result.outputs.status).toBe('warn');
    expect(result.annotations.join('\n')).toContain(
      'already over on the base branch; this change does not make it worse',
    );
  });

  it('warns and keeps summary, outputs and verdict when commenting is refused (a fork)', async () => {
    server.faults.push({
      operationId: 'issues/create-comment',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await pullRequest(base, head);
    expect(result.code).toBe(0);
    expect(result.annotations.join('\n')).toMatch(
      /^::warning::carbon-budget could not write the pull-request comment \(HTTP 403\)/m,
    );
    expect(result.outputs.status).toBe('ok');
    expect(result.summary).toContain('Within budget');
  });

  it('retries a server error and a secondary rate limit, then succeeds with one comment', async () => {
    server.faults.push({
      operationId: 'issues/list-comments',
      status: 403,
      headers: { 'retry-after': '0' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    server.faults.push({ operationId: 'issues/create-comment', status: 500, headers: { 'retry-after': '0' } });
    const result = await pullRequest(base, head);
    expect(result.code).toBe(0);
    expect(commentsOn(7)).toHaveLength(1);
    expect(server.calls('issues/create-comment')).toHaveLength(2);
    expect(result.stdout).toContain('GitHub API: HTTP 500; retry 1');
    expect(result.stdout).toContain('GitHub API: rate limited (HTTP 403); retry 1');
  });

  it('retries a dropped connection', async () => {
    server.faults.push({ operationId: 'issues/create-comment', status: 0, reset: true });
    const repo = repository(base, head);
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
    });
    expect(result.code).toBe(0);
    expect(commentsOn(7)).toHaveLength(1);
    // Octokit's fetch (undici) reports a connection closed mid-request as a socket error.
    expect(result.stdout).toContain('GitHub API: UND_ERR_SOCKET; retry 1');
  });

  it('follows a redirect as fetch does: a 307 repeats the POST with its body', async () => {
    // GitHub redirects the API calls of a renamed or transferred repository.
    server.faults.push({
      operationId: 'issues/create-comment',
      status: 307,
      headers: { location: `${server.url}/repos/octo-org/ml-models/issues/7/comments` },
    });
    const result = await pullRequest(base, head);
    expect(result.code).toBe(0);
    const created = server.calls('issues/create-comment');
    expect(created).toHaveLength(2);
    expect(created[1]?.method).toBe('POST');
    expect(created[1]?.body).toEqual(created[0]?.body);
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]).toContain('finetune');
  });

  it('finds its comment on the second page of 100+ comments', async () => {
    const others = Array.from({ length: 130 }, (_, i) => `comment ${i}`);
    server.seed(7, others);
    const repo = repository(base, head);
    await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha, '2026-11-20T10:00:00Z'),
    });
    server.requests.length = 0;
    const again = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha, '2026-11-20T11:00:00Z'),
    });
    expect(again.code).toBe(0);
    expect(commentsOn(7)).toHaveLength(131);
    expect(server.requests.map((r) => `${r.operationId ?? ''} ${r.query.page ?? '1'}`)).toEqual([
      'issues/list-comments 1',
      'issues/list-comments 2',
      'users/get-authenticated 1',
      'issues/update-comment 1',
    ]);
  });

  it('removes a duplicate left by a concurrent run, keeping the earliest comment', async () => {
    const marker = (time: string) =>
      `<!-- carbon-budget:sticky {"set":"carbon-budget.yml","headSha":"abc","time":"${time}"} -->`;
    const [first] = server.seed(
      7,
      [`old\n${marker('2026-11-20T09:00:00Z')}`, `dup\n${marker('2026-11-20T09:00:01Z')}`],
      ACTIONS_BOT,
    );
    const result = await pullRequest(base, head);
    expect(result.code).toBe(0);
    expect(server.comments.get(7)?.map((c) => c.id)).toEqual([first]);
    expect(commentsOn(7)[0]).toContain('Within budget');
  });

  it('writes a fresh comment when its comment was deleted between listing and updating', async () => {
    server.seed(
      7,
      [`old\n<!-- carbon-budget:sticky {"set":"carbon-budget.yml","headSha":"abc","time":"2026-01-01T00:00:00Z"} -->`],
      ACTIONS_BOT,
    );
    server.faults.push({
      operationId: 'issues/update-comment',
      status: 404,
      meanwhile: () => server.comments.set(7, []),
    });
    const result = await pullRequest(base, head);
    expect(result.code).toBe(0);
    expect(server.calls('issues/create-comment')).toHaveLength(1);
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]).toContain('Within budget');
  });

  it('lists again when an update is told its comment is gone, and keeps to one comment', async () => {
    const marker =
      '<!-- carbon-budget:sticky {"set":"carbon-budget.yml","headSha":"abc","time":"2026-01-01T00:00:00Z"} -->';
    const [first] = server.seed(7, [`old\n${marker}`], ACTIONS_BOT);
    // Deleted and written again by a concurrent run between this run's listing and its update.
    server.faults.push({
      operationId: 'issues/update-comment',
      status: 404,
      meanwhile: () => {
        server.comments.set(7, []);
        server.seed(7, [`other run\n${marker}`], ACTIONS_BOT);
      },
    });
    const result = await pullRequest(base, head);
    expect(result.code).toBe(0);
    expect(server.calls('issues/create-comment')).toHaveLength(0);
    expect(server.calls('issues/update-comment').map((r) => r.path)).toEqual([
      `/repos/octo-org/ml-models/issues/comments/${String(first)}`,
      `/repos/octo-org/ml-models/issues/comments/${String((first ?? 0) + 1)}`,
    ]);
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]).toContain('Within budget');
  });

  it("folds a comment that would pass GitHub's size limit, keeping every table whole", async () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      job(`workload-with-a-rather-long-descriptive-name-${String(i).padStart(4, '0')}`, 1 + (i % 7)),
    );
    const result = await pullRequest(
      { 'carbon-budget.yml': config('{}') },
      { 'carbon-budget.yml': config('{}', ...many) },
    );
    expect(result.code).toBe(0);
    const body = commentsOn(7)[0] ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\| …and \d+ more \(all in the job summary\) \|/);
    // The summary has every row but not the method: the comment says which is where.
    expect(body).toContain(
      '_Every workload is in the job summary; how each figure was worked out is in the JSON report._',
    );
    expect(body).not.toContain('<details>');
    // The summary carries every workload: the method is what it leaves out.
    expect(result.summary).toContain('workload-with-a-rather-long-descriptive-name-2999');
    expect(result.summary).toContain('workload-with-a-rather-long-descriptive-name-0000');
    expect(result.summary).not.toContain('…and');
  });

  it('sends readers of a folded comment to the JSON report when there is no job summary to hold the rest', async () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      job(`workload-with-a-rather-long-descriptive-name-${String(i).padStart(4, '0')}`, 1 + (i % 7)),
    );
    const repo = repository({ 'carbon-budget.yml': config('{}') }, { 'carbon-budget.yml': config('{}', ...many) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(8, repo.baseSha, repo.headSha),
      sha: repo.headSha,
      env: { GITHUB_STEP_SUMMARY: '' },
    });
    expect(result.code).toBe(0);
    const body = commentsOn(8)[0] ?? '';
    expect(body).toMatch(/\| …and \d+ more \(all in the JSON report\) \|/);
    expect(body).toContain('is in the JSON report._');
    expect(body).not.toContain('job summary');
  });

  it('reads the base through the API when the checkout has no history', async () => {
    const repo = repository({}, head);
    rmSync(`${repo.dir}/.git`, { recursive: true, force: true });
    server.trees.set('base0000', {
      'carbon-budget.yml': config('{ total: 100 kg }', job('pretrain', 40)),
      'README.md': '# x',
    });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, 'base0000', 'head0000'),
    });
    expect(result.code).toBe(0);
    expect(result.outputs['delta-co2e-kg']).toBe('5');
    // With no glob to match, the base's file tree is never listed: the one file is read by its path.
    expect(server.requests.map((r) => r.operationId)).toEqual([
      'repos/get-content',
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      // Only comments by the token's own identity are its own: asked once, when a marked one is listed.
      'users/get-authenticated',
    ]);
  });

  it('lists the base tree through the API once, when an include glob needs it', async () => {
    const root = (...jobs: string[]) =>
      yaml(
        'include: ["teams/*/carbon-budget.yml"]',
        'defaults: { pue: 1, intensity: 1000 g/kWh }',
        'workloads:',
        ...jobs,
      );
    const repo = repository(
      {},
      {
        'carbon-budget.yml': root(job('a', 1)),
        'teams/cv/carbon-budget.yml': config('{}', job('b', 3)),
        'teams/nlp/carbon-budget.yml': config('{}', job('c', 4)),
      },
    );
    rmSync(`${repo.dir}/.git`, { recursive: true, force: true });
    server.trees.set('base0000', {
      'carbon-budget.yml': root(job('a', 1)),
      'teams/cv/carbon-budget.yml': config('{}', job('b', 2)),
      'README.md': '# x',
    });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, 'base0000', 'head0000'),
    });
    expect(result.code).toBe(0);
    // Head 1 + 3 + 4 = 8 kg; base 1 + 2 = 3 kg (no nlp team yet).
    expect(result.outputs).toMatchObject({ 'co2e-kg': '8', 'delta-co2e-kg': '5' });
    const calls = server.requests.map((r) => r.operationId);
    expect(calls.filter((c) => c === 'git/get-tree')).toHaveLength(1);
    expect(calls.filter((c) => c === 'repos/get-content')).toHaveLength(2);
  });

  describe('a pull request that only edits a job spec', () => {
    // 8 A100 (400 W) a node x 10 h at PUE 1 and 1,000 g/kWh: 32 kWh and 32 kg a node.
    const spec = (nodes: number) =>
      yaml(
        'name: pretrain',
        'resources:',
        '  accelerators: A100:8',
        '  infra: aws',
        `num_nodes: ${nodes}`,
        'run: python train.py',
      );
    const workloads = config(
      '{ total: 1000 kg }',
      '  - { name: pretrain, kind: training, from: jobs/pretrain.sky.yaml, hours: 10 }',
    );
    const before = { 'carbon-budget.yml': workloads, 'jobs/pretrain.sky.yaml': spec(1) };
    const after = { 'carbon-budget.yml': workloads, 'jobs/pretrain.sky.yaml': spec(4) };

    it('shows the delta of num_nodes 1 -> 4, the base read from git', async () => {
      const result = await pullRequest(before, after);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      // 4 nodes: 128 kg; the base's 1 node: 32 kg.
      expect(result.outputs).toMatchObject({ 'co2e-kg': '128', 'delta-co2e-kg': '96' });
      const [body] = commentsOn(7);
      expect(body).toContain('+96 kgCO2e');
      expect(body).toContain('from `jobs/pretrain.sky.yaml:2`: SkyPilot task pretrain: gave accelerator, count');
    });

    it('shows the same delta with the base read through the API', async () => {
      const repo = repository({}, after);
      rmSync(`${repo.dir}/.git`, { recursive: true, force: true });
      server.trees.set('base0000', before);
      const result = await runAction({
        bundle,
        server,
        dir: repo.dir,
        event: 'pull_request',
        payload: pullRequestPayload(7, 'base0000', 'head0000'),
      });
      expect(result.code).toBe(0);
      expect(result.outputs['delta-co2e-kg']).toBe('96');
      // The workload file, then the spec it names, each read by its path.
      expect(server.requests.filter((r) => r.operationId === 'repos/get-content')).toHaveLength(2);
    });

    it('fails on the workload that names a spec the pull request deletes, at its `from`', async () => {
      const repo = repository(before, after);
      git(repo.dir, 'rm', '-q', 'jobs/pretrain.sky.yaml');
      git(repo.dir, 'commit', '-qm', 'delete the spec');
      const result = await runAction({
        bundle,
        server,
        dir: repo.dir,
        event: 'pull_request',
        payload: pullRequestPayload(7, repo.baseSha, git(repo.dir, 'rev-parse', 'HEAD')),
      });
      expect(result.code).toBe(1);
      expect(result.outputs.status).toBe('invalid');
      expect(result.annotations).toContain(
        '::error title=carbon-budget%3A invalid workload file,file=carbon-budget.yml,line=4,col=45::' +
          '`from` `jobs/pretrain.sky.yaml`: jobs/pretrain.sky.yaml no such file ' +
          '(paths are relative to carbon-budget.yml)',
      );
    });
  });

  it('shows the delta of a Terraform edit alone (count 1 -> 2 GPU instances)', async () => {
    const tf = (count: number) =>
      yaml(
        'provider "aws" {',
        '  region = "us-east-1"',
        '}',
        'resource "aws_instance" "trainer" {',
        '  instance_type = "p4d.24xlarge"',
        `  count         = ${count}`,
        '}',
      );
    const workloads = config(
      '{ total: 1000 kg }',
      '  - { name: trainer, kind: training, from: infra/gpu.tf, hours: 10 }',
    );
    // A p4d.24xlarge holds 8 A100 40 GB (400 W): 8 x 400 W x 10 h = 32 kWh at PUE 1. The provider's region is the
    // workload's own, so its grid (aws:us-east-1, 418 g/kWh) wins over the inherited 1,000 g: 13.376 kg an instance.
    const result = await pullRequest(
      { 'carbon-budget.yml': workloads, 'infra/gpu.tf': tf(1) },
      { 'carbon-budget.yml': workloads, 'infra/gpu.tf': tf(2) },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ 'co2e-kg': '26.752', 'delta-co2e-kg': '13.376' });
    const [body] = commentsOn(7);
    expect(body).toContain('+13.4 kgCO2e');
    // The resource's name is escaped for Markdown, as all text from a file is.
    expect(body).toContain('from `infra/gpu.tf:4`: Terraform aws\\_instance/trainer: gave instance, count, region');
  });

  it('comments only when something changed, with comment-on: change', async () => {
    const same = { 'carbon-budget.yml': config('{}', job('pretrain', 40)) };
    const quiet = await pullRequest(same, same, { inputs: { 'comment-on': 'change' } });
    expect(quiet.code).toBe(0);
    expect(commentsOn(7)).toEqual([]);
    const loud = await pullRequest(same, head, { inputs: { 'comment-on': 'change' } });
    expect(loud.code).toBe(0);
    expect(commentsOn(7)).toHaveLength(1);
  });
});

describe('other events and failures', () => {
  it('on push: compares with the commit before, writes summary and outputs, and never comments', async () => {
    const repo = repository(
      { 'carbon-budget.yml': config('{}', job('a', 10)) },
      { 'carbon-budget.yml': config('{}', job('a', 12)) },
    );
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'push',
      payload: payload('push', (p) => (p.before = repo.baseSha)),
      sha: repo.headSha,
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ 'co2e-kg': '12', 'delta-co2e-kg': '2', status: 'ok' });
    expect(server.requests).toEqual([]);
  });

  it('fails with file:line annotations on an invalid workload file, and says so in the comment', async () => {
    const repo = repository(
      {},
      // Complete but for `count`: one problem (a workload lacking more would have each said too).
      {
        'carbon-budget.yml': yaml(
          'workloads:',
          '  - name: x',
          '    kind: training',
          '    count: 0',
          '    power: 1 kW',
          '    hours: 1',
          '    intensity: 100',
        ),
      },
    );
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
    });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('invalid');
    expect(result.annotations).toContain(
      '::error title=carbon-budget%3A invalid workload file,file=carbon-budget.yml,line=4,col=12::' +
        '`count`: must be greater than zero, got `0`',
    );
    expect(result.stdout).toContain('::error::carbon-budget: 1 problem in the workload files (see the annotations)');
    // A code span fenced with two backticks, so that the backticks inside cannot end it.
    expect(result.summary).toContain('- `` carbon-budget.yml:4:12: `count`: must be greater than zero, got `0` ``');
    const [body] = commentsOn(7);
    expect(body).toContain('### ❌ carbon-budget `carbon-budget.yml`: invalid workload files');
    expect(body).toContain('There is no estimate for this commit: 1 problem in the workload files');
    expect(body).toContain('- `` carbon-budget.yml:4:12: `count`: must be greater than zero, got `0` ``');
  });

  it('reads nothing through a symbolic link a pull request adds, and comments none of its workloads', async () => {
    // Outside the workspace: a file of workloads the pull request must not be able to publish.
    const outside = mkdtempSync(join(tmpdir(), 'carbon-budget-outside-'));
    writeFileSync(`${outside}/x.yml`, config('{}', job('secret-outside', 1)));
    const repo = repository({}, { 'carbon-budget.yml': yaml('include: [ext/x.yml, "ext/*.yml"]', 'workloads: []') });
    symlinkSync(outside, `${repo.dir}/ext`);
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
    });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('invalid');
    expect(result.annotations).toContain(
      '::error title=carbon-budget%3A invalid workload file,file=carbon-budget.yml,line=1,col=11::' +
        'include `ext/x.yml`: ext/x.yml leads through `ext`, a symbolic link; carbon-budget reads no path ' +
        'through a link, so that none can lead outside the repository: name the file where it really is ' +
        '(paths are relative to carbon-budget.yml)',
    );
    const [body] = commentsOn(7);
    expect(body).toContain('invalid workload files');
    expect(`${result.stdout}${result.summary}${body ?? ''}`).not.toContain('secret-outside');
  });

  it('replaces its verdict with "invalid" when a later commit breaks the files or deletes them', async () => {
    const repo = repository({}, { 'carbon-budget.yml': config('{ total: 100 kg }', job('a', 2)) });
    const run = (time: string) =>
      runAction({
        bundle,
        server,
        dir: repo.dir,
        event: 'pull_request',
        payload: pullRequestPayload(7, repo.baseSha, repo.headSha, time),
      });
    await run('2026-11-20T10:00:00Z');
    expect(commentsOn(7)[0]).toContain('Within budget');
    writeFileSync(`${repo.dir}/carbon-budget.yml`, config('{ total: 100 kg }', job('a', -2)));
    const broken = await run('2026-11-20T11:00:00Z');
    expect(broken.outputs.status).toBe('invalid');
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]).toContain('invalid workload files');
    expect(commentsOn(7)[0]).not.toContain('Within budget');
    rmSync(`${repo.dir}/carbon-budget.yml`);
    await run('2026-11-20T12:00:00Z');
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]).toContain('- `carbon-budget.yml: no such file`');
  });

  it('does not compare with a base revision that does not exist, instead of calling every workload new', async () => {
    // The base commit is neither in the checkout nor on GitHub (a mistyped base-ref, a force-push).
    const repo = repository({}, { 'carbon-budget.yml': config('{ increase: 1 kg }', job('a', 2)) });
    rmSync(`${repo.dir}/.git`, { recursive: true, force: true });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, 'gone0000', 'head0000'),
    });
    expect(result.annotations).toContain(
      '::warning::carbon-budget: could not read the base (main): ' +
        'the repository has no revision `gone0000`. Not comparing.',
    );
    // Read as an empty base, the 2 kg workload would be new and trip the 1 kg `increase` budget.
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ 'co2e-kg': '2', 'delta-co2e-kg': '', status: 'ok' });
  });

  it('says "rate limit", not forks, when the primary rate limit is spent until a reset too far off', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 3600);
    server.faults.push({
      operationId: 'issues/create-comment',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 2)) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
    });
    expect(result.code).toBe(0);
    // Given up at once: no retry waits an hour.
    expect(server.calls('issues/create-comment')).toHaveLength(1);
    const warning = result.annotations.find((a) => a.startsWith('::warning::carbon-budget could not write'));
    expect(warning).toContain('(HTTP 403): the API rate limit is spent; the next run will write it.');
    expect(warning).not.toContain('fork');
  });

  it('says clearly when the token is refused, without printing it', async () => {
    server.token = 'the-real-token';
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 1)) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
      inputs: { 'github-token': 'ghp_wrongtoken123' },
    });
    // Reported as an error annotation; the budgets (all ok here) decide the exit code.
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('::error::carbon-budget: writing the pull-request comment failed: Bad credentials');
    expect(result.stdout + result.stderr).not.toContain('ghp_wrongtoken123');
    expect(result.outputs.status).toBe('ok');
  });

  it('gives a notice, not a crash, on an event it does not comment on', async () => {
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 1)) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'issues',
      payload: payload('issues.opened'),
    });
    expect(result.code).toBe(0);
    expect(result.annotations).toContain(
      '::notice::carbon-budget does not comment on `issues` events; ' +
        'it estimates, writes the summary and outputs, and checks the budgets',
    );
    expect(result.outputs['co2e-kg']).toBe('1');
  });

  it('refuses bad inputs with a clear message', async () => {
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 1)) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'push',
      payload: payload('push'),
      inputs: { comment: 'sometimes', 'fail-on': 'maybe' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::input `comment` must be `update`, `new` or `off`; got `sometimes`%0A' +
        'input `fail-on` must be `over`, `warn` or `never`; got `maybe`',
    );
    expect(result.outputs.status).toBe('invalid');
  });

  it('comments from a report in the workflow_run half of the two-workflow pattern, after checking the PR', async () => {
    const repo = repository({}, { 'carbon-budget.yml': config('{ total: 100 kg }', job('a', 3)) });
    const first = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(9, repo.baseSha, repo.headSha),
      inputs: { comment: 'off' },
    });
    expect(first.code).toBe(0);
    expect(server.requests).toEqual([]);
    server.pulls.set(9, { headSha: repo.headSha, updatedAt: '2026-11-20T10:00:00Z' });
    const run = (headSha: string, report = 'carbon-budget-report.json') =>
      runAction({
        bundle,
        server,
        dir: repo.dir,
        event: 'workflow_run',
        payload: payload(
          'workflow_run.completed',
          (p) => ((p.workflow_run as Record<string, unknown>).head_sha = headSha),
        ),
        inputs: { report },
      });
    // Where the first run wrote it, another runner's temp directory: not read from there.
    const elsewhere = await run(repo.headSha, first.outputs['report-path'] ?? '');
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toContain("is neither in the workspace nor in the runner's temp directory");
    expect(elsewhere.outputs.status).toBe('invalid');
    // Downloaded into the workspace, as actions/download-artifact does.
    writeFileSync(`${repo.dir}/carbon-budget-report.json`, readFileSync(first.outputs['report-path'] ?? ''));
    // A report for another commit than the run's: refused, and nothing written.
    const forged = await run('0123456789abcdef0123456789abcdef01234567');
    expect(forged.code).toBe(1);
    expect(forged.stdout).toContain('not for the commit this workflow run is for; no comment written');
    expect(commentsOn(9)).toEqual([]);
    // The pull request has moved on since: a notice, no comment, no failure.
    server.pulls.set(9, { headSha: 'f'.repeat(40), updatedAt: '2026-11-20T11:00:00Z' });
    const moved = await run(repo.headSha);
    expect(moved.code).toBe(0);
    expect(moved.annotations.join('\n')).toContain('::notice::carbon-budget: pull request #9 has moved on');
    expect(commentsOn(9)).toEqual([]);
    server.pulls.set(9, { headSha: repo.headSha, updatedAt: '2026-11-20T10:00:00Z' });
    const second = await run(repo.headSha);
    expect(second.code).toBe(0);
    expect(commentsOn(9)).toHaveLength(1);
    expect(commentsOn(9)[0]).toContain('Within budget');
  });

  it('on pull_request_target: comments like on pull_request, reading only files', async () => {
    const repo = repository(
      { 'carbon-budget.yml': config('{}', job('a', 1)) },
      { 'carbon-budget.yml': config('{}', job('a', 3)) },
    );
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request_target',
      payload: pullRequestPayload(5, repo.baseSha, repo.headSha),
    });
    expect(result.code).toBe(0);
    expect(result.outputs['delta-co2e-kg']).toBe('2');
    expect(commentsOn(5)).toHaveLength(1);
  });

  it('on merge_group: compares with the group base and does not comment', async () => {
    const repo = repository(
      { 'carbon-budget.yml': config('{}', job('a', 4)) },
      { 'carbon-budget.yml': config('{}', job('a', 1)) },
    );
    const event = payload(
      'merge_group.checks_requested',
      (p) => ((p.merge_group as Record<string, unknown>).base_sha = repo.baseSha),
    );
    const result = await runAction({ bundle, server, dir: repo.dir, event: 'merge_group', payload: event });
    expect(result.code).toBe(0);
    expect(result.outputs['delta-co2e-kg']).toBe('-3');
    expect(server.requests).toEqual([]);
  });

  it('on workflow_dispatch: compares with base-ref only when given', async () => {
    const repo = repository(
      { 'carbon-budget.yml': config('{}', job('a', 4)) },
      { 'carbon-budget.yml': config('{}', job('a', 6)) },
    );
    const plain = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'workflow_dispatch',
      payload: payload('workflow_dispatch'),
    });
    expect(plain.outputs).toMatchObject({ 'co2e-kg': '6', 'delta-co2e-kg': '' });
    const compared = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'workflow_dispatch',
      payload: payload('workflow_dispatch'),
      inputs: { 'base-ref': repo.baseSha },
    });
    expect(compared.outputs['delta-co2e-kg']).toBe('2');
  });

  it('estimates a glob of root files as one set, in one comment titled with the glob', async () => {
    const team = (name: string, hours: number) => config('{ total: 10 kg }', job(name, hours));
    const repo = repository(
      {},
      { 'teams/llm/carbon-budget.yml': team('llm', 4), 'teams/vision/carbon-budget.yml': team('vision', 12) },
    );
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(3, repo.baseSha, repo.headSha),
      inputs: { config: 'teams/*/carbon-budget.yml' },
    });
    expect(result.code).toBe(1);
    expect(result.outputs['co2e-kg']).toBe('16');
    const body = commentsOn(3)[0] ?? '';
    expect(body).toMatch(/^### ❌ carbon-budget `teams\/\*\/carbon-budget\.yml`: Over budget/);
    expect(body).toContain(
      '| total of teams/vision/carbon-budget.yml | 12 kgCO2e | 10 kgCO2e | 120% | ❌ over by 2 kgCO2e |',
    );
    expect(body).toContain('| total of teams/llm/carbon-budget.yml | 4 kgCO2e | 10 kgCO2e | 40% | ✅ ok |');
  });

  it('fails clearly when the config glob matches nothing', async () => {
    const repo = repository({}, { 'README.md': 'x' });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'push',
      payload: payload('push'),
      inputs: { config: 'teams/*/carbon-budget.yml' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::carbon-budget: the config `teams/*/carbon-budget.yml` matches no workload file in the workspace',
    );
  });

  it('warns on a 404 for the pull request (deleted, or not visible to the token), keeping the verdict', async () => {
    server.faults.push({ operationId: 'issues/list-comments', status: 404, body: { message: 'Not Found' } });
    const repo = repository({}, { 'carbon-budget.yml': config('{ total: 1 kg }', job('a', 2)) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
    });
    expect(result.code).toBe(1);
    expect(result.annotations.join('\n')).toContain(
      '::warning::carbon-budget could not write the pull-request comment (HTTP 404)',
    );
    expect(result.stdout).toContain(
      '::error::Carbon budget exceeded: total: 2 kgCO2e, 1 kgCO2e (100%25) over its 1 kgCO2e limit',
    );
  });

  it('reports a 422 on the comment as an error, without retrying it, and lets the budgets decide', async () => {
    server.faults.push({
      operationId: 'issues/create-comment',
      status: 422,
      body: { message: 'Validation Failed', errors: [{ code: 'custom', message: 'body is too long' }] },
    });
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 2)) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '::error::carbon-budget: writing the pull-request comment failed: Validation Failed',
    );
    expect(server.calls('issues/create-comment')).toHaveLength(1);
    expect(result.outputs.status).toBe('ok');
  });

  it('retries a 502 twice, then succeeds', async () => {
    server.faults.push({ operationId: 'issues/list-comments', status: 502, headers: { 'retry-after': '0' }, times: 2 });
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 2)) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
    });
    expect(result.code).toBe(0);
    expect(commentsOn(7)).toHaveLength(1);
    expect(result.stdout).toContain('GitHub API: HTTP 502; retry 2');
  });

  it("ignores markers in other people's comments: no suppression, no takeover, no deletion", async () => {
    const fake = (time: string) =>
      `✅ Within budget\n<!-- carbon-budget:sticky ` +
      `{"set":"carbon-budget.yml","headSha":"deadbeef","time":"${time}"} -->`;
    const [future, past] = server.seed(7, [fake('2999-01-01T00:00:00Z'), fake('2000-01-01T00:00:00Z')]);
    const repo = repository({}, { 'carbon-budget.yml': config('{ total: 1 kg }', job('a', 2)) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
    });
    expect(result.code).toBe(1);
    const list = server.comments.get(7) ?? [];
    expect(list.map((c) => [c.id, c.user.login])).toEqual([
      [future, 'octocat'],
      [past, 'octocat'],
      [expect.any(Number), 'github-actions[bot]'],
    ]);
    expect(list[0]?.body).toBe(fake('2999-01-01T00:00:00Z'));
    expect(list[2]?.body).toContain('Over budget');
    expect(server.calls('issues/update-comment')).toEqual([]);
    expect(server.calls('issues/delete-comment')).toEqual([]);
  });

  it("keeps one comment with a personal token, whose comments are its user's", async () => {
    server.actor = { login: 'ml-platform-bot', type: 'User' };
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 2)) });
    await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha, '2026-11-20T10:00:00Z'),
    });
    await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha, '2026-11-20T11:00:00Z'),
    });
    expect(commentsOn(7)).toHaveLength(1);
    expect(server.calls('issues/update-comment')).toHaveLength(1);
  });

  it('works with the repository checked out into a subdirectory of the workspace', async () => {
    const repo = repository(
      { 'carbon-budget.yml': config('{ increase: 5 kg }', job('a', 40)) },
      { 'carbon-budget.yml': config('{ increase: 5 kg }', job('a', 41)) },
    );
    const workspace = `${repo.dir}/..`;
    const sub = repo.dir.split('/').pop() ?? '';
    const result = await runAction({
      bundle,
      server,
      dir: workspace,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
      inputs: { config: `${sub}/carbon-budget.yml` },
    });
    expect(result.code).toBe(0);
    expect(result.outputs['delta-co2e-kg']).toBe('1');
  });

  it('globs the base tree too, so a renamed team is not new', async () => {
    const team = config('{}', job('vision', 30));
    const repo = repository({ 'teams/vision/carbon-budget.yml': team }, {});
    execFileSync('git', ['mv', 'teams/vision', 'teams/cv'], { cwd: repo.dir });
    execFileSync('git', ['-c', 'user.email=t@e.com', '-c', 'user.name=t', 'commit', '-qm', 'rename'], {
      cwd: repo.dir,
    });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'push',
      payload: payload('push', (p) => (p.before = repo.baseSha)),
      inputs: { config: 'teams/*/carbon-budget.yml' },
    });
    expect(result.outputs['delta-co2e-kg']).toBe('0');
  });

  it('warns and carries on when the base cannot be read through the API', async () => {
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 2)) });
    rmSync(`${repo.dir}/.git`, { recursive: true, force: true });
    server.trees.set('base0000', { 'carbon-budget.yml': config('{}', job('a', 1)) });
    server.faults.push({ operationId: 'repos/get-content', status: 500, times: 10, headers: { 'retry-after': '0' } });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: pullRequestPayload(7, 'base0000', 'head0000'),
    });
    expect(result.code).toBe(0);
    expect(result.annotations.join('\n')).toMatch(
      /::warning::carbon-budget: could not read the base \(main\): .*Not comparing\./,
    );
    expect(result.outputs).toMatchObject({ 'co2e-kg': '2', 'delta-co2e-kg': '' });
  });

  it('fails on a pull_request payload whose pull request has the wrong types, naming the field', async () => {
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 2)) });
    const event = payload('pull_request.synchronize', (p) => {
      (p.pull_request as Record<string, unknown>).number = '7';
    });
    const result = await runAction({ bundle, server, dir: repo.dir, event: 'pull_request', payload: event });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('invalid');
    expect(result.stdout).toContain(
      '::error::carbon-budget: the pull_request payload is not a pull request event as GitHub sends it: ' +
        '`pull_request.number` is missing or not of its type',
    );
    expect(server.requests).toEqual([]);
  });

  it('fails cleanly on an unreadable event payload', async () => {
    const repo = repository({}, { 'carbon-budget.yml': config('{}', job('a', 2)) });
    const result = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'pull_request',
      payload: '{not json',
      rawPayload: true,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::carbon-budget: cannot read the event payload at GITHUB_EVENT_PATH');
    expect(result.stderr).toBe('');
  });

  it('goes through the proxy the runner names in HTTP_PROXY, as @actions/github routes it', async () => {
    // A CONNECT proxy that sends every tunnel to the local API, whatever host was asked for: the
    // API URL must not be a loopback address, which the proxy settings always bypass.
    const tunnels: string[] = [];
    const proxy = createServer();
    proxy.on('connect', (request: IncomingMessage, client: Socket) => {
      tunnels.push(request.url ?? '');
      const upstream = connect(Number(new URL(server.url).port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    try {
      const port = (proxy.address() as AddressInfo).port;
      const repo = repository(
        { 'carbon-budget.yml': config('{}', job('a', 2)) },
        { 'carbon-budget.yml': config('{}', job('a', 3)) },
      );
      const apiUrl = server.url.replace('127.0.0.1', 'api.github.example');
      const result = await runAction({
        bundle,
        server,
        dir: repo.dir,
        event: 'pull_request',
        payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
        sha: repo.headSha,
        env: { GITHUB_API_URL: apiUrl, HTTP_PROXY: `http://127.0.0.1:${port}` },
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(commentsOn(7)).toHaveLength(1);
      expect(tunnels.length).toBeGreaterThan(0);
      expect(new Set(tunnels)).toEqual(new Set([new URL(apiUrl).host]));
    } finally {
      proxy.closeAllConnections();
      await new Promise((done) => proxy.close(done));
    }
  });

  it('writes one JSON report per workload file set', async () => {
    const repo = repository({}, { 'a.yml': config('{}', job('a', 2)), 'b.yml': config('{}', job('b', 3)) });
    const a = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'push',
      payload: payload('push'),
      inputs: { config: 'a.yml' },
    });
    const b = await runAction({
      bundle,
      server,
      dir: repo.dir,
      event: 'push',
      payload: payload('push'),
      inputs: { config: 'b.yml' },
    });
    expect(a.outputs['report-path']).toMatch(/carbon-budget-report-a\.yml\.json$/);
    expect(b.outputs['report-path']).toMatch(/carbon-budget-report-b\.yml\.json$/);
  });
});
