// The benchmark behind `npm run bench`: synthetic repositories from 10 to 10,000 workloads, the
// CLI and the bundled action (against the local GitHub API test server), wall time (median),
// peak memory, API calls, and the ratio to a bare `node -e 0` measured in the same run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FakeGitHub } from '../../__tests__/helpers/github-server.js';
import { node24 } from '../node24.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const ROOT = process.cwd();
// Both programs are measured on Node 24, the runner's (the CLI runs on whatever Node its user has).
const NODE = node24();
const RSS_HOOK = resolve('scripts/bench/rss-hook.mjs');

interface Sample {
  ms: number;
  rssMb: number;
  code: number | null;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** BENCH_NODE_ARGS go to every measured process, e.g. `BENCH_NODE_ARGS=--cpu-prof npm run bench` to profile them. */
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter((arg) => arg !== '');

async function measure(args: readonly string[], env: Record<string, string>, cwd: string): Promise<Sample> {
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const start = performance.now();
  const child = spawn(NODE, [...NODE_ARGS, '--import', RSS_HOOK, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const ms = performance.now() - start;
  const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : 0;
  rmSync(rssFile, { force: true });
  if (code !== 0 && code !== 1) throw new Error(`exit ${String(code)}: ${stderr.slice(0, 500)}`);
  return { ms, rssMb: rssKb / 1024, code };
}

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', '-c', 'init.defaultBranch=main', ...args],
    { cwd: dir, encoding: 'utf8' },
  ).trim();
}

const REGIONS = ['aws:us-east-1', 'gcp:europe-west4', 'azure:westeurope', 'country:FR', 'aws:eu-west-1'];
const ACCELERATORS = ['nvidia-a100-sxm4-80gb', 'nvidia-h100-sxm5-80gb', 'nvidia-l4-24gb', 'nvidia-t4-16gb'];

const SKYPILOT_ACCELERATORS = ['A100-80GB', 'H100', 'L4', 'T4'];
// Where the tasks run, as SkyPilot's `infra` writes it: a cloud that pins `A100-80GB` and `H100` to one board.
const SKYPILOT_INFRA = ['aws/us-east-1', 'gcp/europe-west4', 'aws/eu-west-1', 'gcp/us-central1', 'aws/us-west-2'];

/** A SkyPilot task for workload `i` of a spec-heavy repository: the hardware and place its workload reads. */
function skyPilotTask(i: number, bump: number): string {
  const accelerator = SKYPILOT_ACCELERATORS[i % SKYPILOT_ACCELERATORS.length] ?? '';
  const infra = SKYPILOT_INFRA[i % SKYPILOT_INFRA.length] ?? '';
  const nodes = 1 + (i % 8) + bump;
  return (
    `name: w${i}\nresources:\n  accelerators: ${accelerator}:8\n  infra: ${infra}\n` +
    `num_nodes: ${nodes}\nrun: python train.py\n`
  );
}

function workload(i: number, bump: number, specs = false): string {
  const region = REGIONS[i % REGIONS.length] ?? '';
  if (specs) {
    const hours = 10 + (i % 200);
    return `  - { name: w${i}, kind: training, from: jobs/w${i}.sky.yaml, hours: ${hours} }`;
  }
  if (i % 3 === 2) {
    return (
      `  - { name: w${i}, kind: inference, requests: ${100 + (i % 50)}k/day, ` +
      `energy-per-request: 0.${(i % 9) + 1} Wh, period: 365d, region: ${region} }`
    );
  }
  const accelerator = ACCELERATORS[i % ACCELERATORS.length] ?? '';
  return (
    `  - { name: w${i}, kind: training, accelerator: ${accelerator}, count: ${8 + (i % 64)}, ` +
    `hours: ${10 + (i % 200) + bump}, utilization: 80%, region: ${region} }`
  );
}

/**
 * A repository with `workloads` spread over `files` files (a root that includes the rest), and a base commit that
 * differs by one workload. With `specs`, every workload takes its hardware from a SkyPilot task of its own
 * (`from:`), beside its workload file, and the base differs by one task's `num_nodes`.
 */
function repository(
  workloads: number,
  files: number,
  specs = false,
): { dir: string; baseSha: string; headSha: string } {
  const dir = mkdtempSync(join(tmpdir(), `bench-${workloads}-`));
  const write = (bump: number) => {
    const perFile = Math.ceil(workloads / files);
    for (let f = 0; f < files; f++) {
      const lines = [];
      const folder = f === 0 ? dir : join(dir, 'teams', `t${f}`);
      for (let i = f * perFile; i < Math.min(workloads, (f + 1) * perFile); i++) {
        lines.push(workload(i, specs ? 0 : i === 0 ? bump : 0, specs));
        if (specs) {
          mkdirSync(join(folder, 'jobs'), { recursive: true });
          writeFileSync(join(folder, 'jobs', `w${i}.sky.yaml`), skyPilotTask(i, i === 0 ? bump : 0));
        }
      }
      const header =
        f === 0
          ? [
              'version: 1',
              'budgets: { total: 100000 t, warn: 90% }',
              ...(files > 1 ? ['include: ["teams/*/carbon-budget.yml"]'] : []),
            ]
          : [];
      const path = f === 0 ? join(dir, 'carbon-budget.yml') : join(dir, 'teams', `t${f}`, 'carbon-budget.yml');
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, [...header, 'workloads:', ...lines].join('\n') + '\n');
    }
  };
  write(0);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(specs ? 1 : 5);
  git(dir, 'commit', '-qam', 'head');
  // As actions/checkout leaves a repository: its objects fetched in one pack (git keeps a fetch of
  // over 100 objects packed), not the loose objects that local commits make. The base side reads
  // its files from git, and 2,000 loose objects (a file each, inflated one by one) took the action
  // about 100 ms longer than the same objects in a pack.
  git(dir, 'repack', '-adq');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

function pullRequestEvent(dir: string, baseSha: string, headSha: string): string {
  const event = JSON.parse(
    readFileSync(join(ROOT, '__tests__/fixtures/events/pull_request.synchronize.json'), 'utf8'),
  ) as { pull_request: Record<string, unknown> & { base: Record<string, unknown>; head: Record<string, unknown> } };
  event.pull_request.number = 1;
  event.pull_request.updated_at = new Date().toISOString();
  event.pull_request.base.sha = baseSha;
  event.pull_request.base.ref = 'main';
  event.pull_request.head.sha = headSha;
  const path = join(dir, '..', `${dir.split('/').pop() ?? 'x'}-event.json`);
  writeFileSync(path, JSON.stringify(event));
  return path;
}

function pad(text: string, width: number, right = true): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

async function main(): Promise<void> {
  // A third element marks a spec-heavy repository: each workload reads a SkyPilot task of its own.
  const all: [number, number, ('specs' | undefined)?][] = values.quick
    ? [
        [10, 1],
        [20, 1],
        [1000, 100],
        [1000, 100, 'specs'],
      ]
    : [
        [10, 1],
        [20, 1],
        [1000, 100],
        [1000, 100, 'specs'],
        [2500, 250],
        [5000, 500],
        [10000, 1000],
        [10000, 1000, 'specs'],
      ];
  // `--only 10000` runs one size (for profiling with BENCH_NODE_ARGS).
  const sizes = values.only === undefined ? all : all.filter(([workloads]) => String(workloads) === values.only);
  const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`carbon-budget benchmark: Node ${nodeVersion}, ${RUNS} runs each (median), ${new Date().toISOString()}`);
  for (const file of ['dist/action.js', 'dist/carbon-budget.js'])
    console.log(`  ${file}: ${(statSync(file).size / 1024).toFixed(0)} KB`);

  // A bare start is measured beside every run, and each row's ratios are to the bare starts taken
  // with it: this machine's speed drifts within a run, and the ratio should not drift with it.
  const bare = async () => (await measure(['-e', '0'], {}, ROOT)).ms;
  const allBare: number[] = [];
  for (let i = 0; i < 3; i++) await bare();

  const header =
    `${pad('workloads', 9)} ${pad('files', 5)} ${pad('bare ms', 7)}  ` +
    `${pad('CLI ms', 7)} ${pad('x bare', 6)} ${pad('MB', 4)}  ` +
    `${pad('action ms', 9)} ${pad('x bare', 6)} ${pad('MB', 4)} ${pad('API calls', 9)}  ${pad('µs/workload', 11)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  const server = new FakeGitHub();
  await server.start();
  try {
    for (const [workloads = 0, files = 1, specs] of sizes) {
      const repo = repository(workloads, files, specs === 'specs');
      const eventPath = pullRequestEvent(repo.dir, repo.baseSha, repo.headSha);
      const cli: Sample[] = [];
      const action: Sample[] = [];
      const calls: number[] = [];
      const bares: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        bares.push(await bare());
        cli.push(await measure([join(ROOT, 'dist/cli.js'), 'estimate', '--format', 'json'], {}, repo.dir));
        const runner = mkdtempSync(join(tmpdir(), 'bench-runner-'));
        writeFileSync(join(runner, 'output'), '');
        writeFileSync(join(runner, 'summary'), '');
        const before = server.requests.length;
        action.push(
          await measure(
            [join(ROOT, 'dist/index.js')],
            {
              GITHUB_EVENT_NAME: 'pull_request',
              GITHUB_EVENT_PATH: eventPath,
              GITHUB_OUTPUT: join(runner, 'output'),
              GITHUB_STEP_SUMMARY: join(runner, 'summary'),
              GITHUB_API_URL: server.url,
              GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
              GITHUB_WORKSPACE: repo.dir,
              RUNNER_TEMP: runner,
              'INPUT_GITHUB-TOKEN': server.token,
              INPUT_CONFIG: 'carbon-budget.yml',
              INPUT_COMMENT: 'update',
              'INPUT_COMMENT-ON': 'always',
              'INPUT_FAIL-ON': 'never',
            },
            repo.dir,
          ),
        );
        calls.push(server.requests.length - before);
        rmSync(runner, { recursive: true, force: true });
      }
      if (server.violations.length > 0) throw new Error(`API violations: ${server.violations.join('; ')}`);
      allBare.push(...bares);
      const bareMs = median(bares);
      const cliMs = median(cli.map((s) => s.ms));
      const actionMs = median(action.map((s) => s.ms));
      const perWorkload = workloads >= 1000 ? (((actionMs - bareMs) * 1000) / workloads).toFixed(0) : '';
      const cliMb = Math.max(...cli.map((s) => s.rssMb)).toFixed(0);
      const actionMb = Math.max(...action.map((s) => s.rssMb)).toFixed(0);
      console.log(
        `${pad(String(workloads), 9)} ${pad(specs === 'specs' ? `${files}+s` : String(files), 5)} ` +
          `${pad(bareMs.toFixed(0), 7)}  ` +
          `${pad(cliMs.toFixed(0), 7)} ${pad((cliMs / bareMs).toFixed(1), 6)} ${pad(cliMb, 4)}  ` +
          `${pad(actionMs.toFixed(0), 9)} ${pad((actionMs / bareMs).toFixed(1), 6)} ${pad(actionMb, 4)} ` +
          `${pad(calls.join('/'), 9)}  ${pad(perWorkload, 11)}`,
      );
      rmSync(repo.dir, { recursive: true, force: true });
      rmSync(eventPath, { force: true });
    }
  } finally {
    await server.stop();
  }
  console.log(
    `\nbare \`node -e 0\`: ${median(allBare).toFixed(0)} ms (median of all ` +
      `${String(allBare.length)}); each row's ratios are to the bare starts measured between its runs.`,
  );
  console.log(
    'API calls per run: the first run creates the comment (list, create, list again for the race ' +
      'guard); later runs list and update.',
  );
  console.log('files `N+s`: N workload files, and a SkyPilot task per workload read through `from:`.');
}

await main();
