import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import * as z from 'zod/mini';
import { formatBytes, type FileProblem } from '../config/file-source.js';
import { readFileInside } from '../io/fs-source.js';
import { orList } from '../text/suggest.js';
import type { Repo } from './client.js';
import { runContext, type RunContext } from './event.js';

// Everything the action reads from the runner, in one place: its inputs (action.yml documents the
// same names and defaults; a test keeps the two in step), the GITHUB_* environment and the event.

const choice = <T extends string>(name: string, values: readonly [T, ...T[]]) =>
  z.enum(values, { error: (issue) => `input \`${name}\` must be ${orList(values)}; got \`${String(issue.input)}\`` });

const inputsSchema = z.object({
  config: z.string().check(z.trim(), z.minLength(1, 'input `config` must name a workload file or glob')),
  token: z.string(),
  comment: choice('comment', ['update', 'new', 'off']),
  commentOn: choice('comment-on', ['always', 'change']),
  failOn: choice('fail-on', ['over', 'warn', 'never']),
  baseRef: z.optional(z.string().check(z.trim())),
  report: z.optional(z.string().check(z.trim())),
});

export type Inputs = z.output<typeof inputsSchema>;

/** Reads the inputs through `get` (core.getInput), applying the defaults action.yml states. */
export function readInputs(
  get: (name: string) => string,
): { ok: true; inputs: Inputs } | { ok: false; message: string } {
  const optional = (name: string): string | undefined => get(name).trim() || undefined;
  const parsed = inputsSchema.safeParse({
    config: optional('config') ?? 'carbon-budget.yml',
    token: get('github-token'),
    comment: optional('comment') ?? 'update',
    commentOn: optional('comment-on') ?? 'always',
    failOn: optional('fail-on') ?? 'over',
    baseRef: optional('base-ref'),
    report: optional('report'),
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('\n') };
  return { ok: true, inputs: parsed.data };
}

export interface Settings extends Inputs {
  /** The workspace the checkout is in (GITHUB_WORKSPACE), with forward slashes. */
  readonly workspace: string;
  readonly apiUrl: string;
  /** The repository the run is for; undefined where GITHUB_REPOSITORY is not set. */
  readonly repo?: Repo;
  /** Where the JSON report goes first (RUNNER_TEMP); the system's temp directory otherwise. */
  readonly runnerTemp?: string;
  /** Whether the runner gave a job summary file (GITHUB_STEP_SUMMARY). */
  readonly summary: boolean;
  /** What the event says about the run: its pull request, what to compare with. */
  readonly context: RunContext;
}

function posixPath(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The webhook payload the runner wrote, or why it cannot be read. */
async function readEvent(
  path: string | undefined,
): Promise<{ ok: true; payload: unknown } | { ok: false; message: string }> {
  if (!path) return { ok: true, payload: {} };
  try {
    return { ok: true, payload: JSON.parse(await readFile(path, 'utf8')) as unknown };
  } catch (error) {
    return {
      ok: false,
      message: `carbon-budget: cannot read the event payload at GITHUB_EVENT_PATH: ${(error as Error).message}`,
    };
  }
}

/** The action's settings from its inputs (through `get`), the runner's environment and the event. */
export async function readSettings(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: true; settings: Settings } | { ok: false; message: string }> {
  const inputs = readInputs(get);
  if (!inputs.ok) return inputs;
  const event = await readEvent(env.GITHUB_EVENT_PATH);
  if (!event.ok) return event;
  const context = runContext(env.GITHUB_EVENT_NAME ?? '', event.payload, inputs.inputs.baseRef);
  if (context.error !== undefined) return { ok: false, message: `carbon-budget: ${context.error}` };
  const [owner = '', name = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    ok: true,
    settings: {
      ...inputs.inputs,
      workspace: posixPath(env.GITHUB_WORKSPACE ?? process.cwd()),
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      ...(owner && name ? { repo: { owner, repo: name } } : {}),
      ...(env.RUNNER_TEMP ? { runnerTemp: env.RUNNER_TEMP } : {}),
      summary: Boolean(env.GITHUB_STEP_SUMMARY),
      context,
    },
  };
}

/** The report input as an absolute path, relative paths from the workspace. */
export function reportPathOf(settings: Settings, report: string): string {
  return posix.resolve(settings.workspace, posixPath(report));
}

/**
 * The most bytes a report may have. A report of 10,000 workloads is about 23 MB (measured: 10,000
 * training workloads, each with the greener regions it lists); this leaves nearly three times
 * that, and bounds what a run holds while it reads one (a few times the file: bytes, text, data).
 */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/**
 * The report's text, when it is a regular file of at most MAX_REPORT_BYTES inside the workspace or
 * the runner's temp directory (where the action writes its own, its `report-path` output), reached
 * through no symbolic link below either; otherwise why it cannot be used. Checked before it is
 * opened, and no more than the limit is read.
 */
export function readReportFile(
  settings: Pick<Settings, 'workspace' | 'runnerTemp'>,
  path: string,
): { ok: true; text: string } | { ok: false; message: string } {
  const roots = [settings.workspace, ...(settings.runnerTemp ? [posixPath(settings.runnerTemp)] : [])];
  let read: Buffer | FileProblem;
  try {
    read = readFileInside(path, roots, MAX_REPORT_BYTES);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, message: `the file cannot be read${typeof code === 'string' ? ` (${code})` : ''}` };
  }
  return Buffer.isBuffer(read)
    ? { ok: true, text: read.toString('utf8') }
    : { ok: false, message: reportProblem(read) };
}

function reportProblem(read: FileProblem): string {
  switch (read.problem) {
    case 'outside':
      return (
        "it is neither in the workspace nor in the runner's temp directory, the only places carbon-budget " +
        'reads a report from: download it into the workspace (actions/download-artifact does by default)'
      );
    case 'linked-directory':
      return `its path leads through \`${read.link ?? '?'}\`, a symbolic link: name the file where it really is`;
    case 'symlink':
      return 'it is a symbolic link: name the file itself';
    case 'too-big':
      return (
        `it is ${formatBytes(read.bytes ?? MAX_REPORT_BYTES + 1)}; a report may be at most 64 MB ` +
        '(one of 10,000 workloads is about 23 MB)'
      );
    case 'missing':
      return 'no such file';
    case 'directory':
      return 'it is a directory';
    case 'special':
      return 'it is not a regular file (a pipe, socket or device)';
    case 'encoding':
      return 'it is not valid UTF-8';
  }
}
