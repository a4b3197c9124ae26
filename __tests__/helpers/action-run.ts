import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { NODE_24 } from './bundle.js';
import type { FakeGitHub } from './github-server.js';
import { workspace } from './workspace.js';

export interface ActionResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error file=…,line=…::message` lines the runner would turn into annotations. */
  annotations: string[];
}

export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
    outputs[match[1] ?? ''] = value.join('\n');
  }
  return outputs;
}

/** The inputs the runner passes: action.yml's defaults, with `${{ github.token }}` filled in. */
function inputsWithDefaults(inputs: Record<string, string>, token: string): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const all: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs))
    all[name] = (spec.default ?? '').replace('${{ github.token }}', token);
  return { ...all, ...inputs };
}

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'init.defaultBranch=main', ...args],
    { cwd: dir, encoding: 'utf8' },
  ).trim();
}

/** A checkout: a base commit, and the head commit on top of it (what actions/checkout leaves). */
export function repository(
  base: Record<string, string>,
  head: Record<string, string>,
): { dir: string; baseSha: string; headSha: string } {
  const dir = workspace(base);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base', '--allow-empty');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  for (const [path, text] of Object.entries(head)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'head', '--allow-empty');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

/** A webhook payload fixture from @octokit/webhooks-examples, with the given changes. */
export function payload(
  name: string,
  change: (p: Record<string, unknown>) => void = () => undefined,
): Record<string, unknown> {
  const p = JSON.parse(readFileSync(`__tests__/fixtures/events/${name}.json`, 'utf8')) as Record<string, unknown>;
  change(p);
  return p;
}

export function pullRequestPayload(
  number: number,
  baseSha: string,
  headSha: string,
  updatedAt = '2026-11-20T10:00:00Z',
): Record<string, unknown> {
  return payload('pull_request.synchronize', (p) => {
    const pr = p.pull_request as Record<string, unknown>;
    pr.number = number;
    pr.updated_at = updatedAt;
    (pr.base as Record<string, unknown>).sha = baseSha;
    (pr.base as Record<string, unknown>).ref = 'main';
    (pr.head as Record<string, unknown>).sha = headSha;
    p.number = number;
  });
}

/** Runs the bundled action as a child process, with the environment a runner gives it. */
export async function runAction(options: {
  bundle: string;
  server: FakeGitHub;
  dir: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  sha?: string;
  /** Write `payload` as it is (a string), not as JSON. */
  rawPayload?: boolean;
  /** More environment variables, or other values for the runner's. */
  env?: Record<string, string>;
}): Promise<ActionResult> {
  const runner = mkdtempSync(join(tmpdir(), 'carbon-budget-runner-'));
  const files = { output: join(runner, 'output'), summary: join(runner, 'summary'), event: join(runner, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, options.rawPayload ? String(options.payload) : JSON.stringify(options.payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: options.server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${options.server.owner}/${options.server.repo}`,
    GITHUB_WORKSPACE: options.dir,
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/pull/1/merge',
    RUNNER_TEMP: runner,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputsWithDefaults(options.inputs ?? {}, options.server.token))) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(resolve(NODE_24), [options.bundle], { cwd: options.dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations: stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)),
  };
}
