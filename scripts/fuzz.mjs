// `npm run fuzz`: mutates the example and corpus workload files and runs the bundled CLI on each
// mutant, as a user would, checking what must hold for any input whatever: an exit code of 0, 1 or
// 2; no stack trace; no workflow command (a line starting with `::`) and no terminal control
// character in the output; at most 2 s and 200 MB a run. Options: --runs N (default 3000), --seed S,
// --jobs J (default 2). Failing mutants are kept in a directory the summary names.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '2' },
  },
});
const RUNS = Number(values.runs);
const JOBS = Number(values.jobs);
const CLI = resolve('dist/cli.js');
const RSS_HOOK = resolve('scripts/bench/rss-hook.mjs');
const MAX_MS = 2000;
const MAX_MB = 200;

/** mulberry32: a small seeded generator, so that a run can be repeated from its seed. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(Number(values.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

// Valid files, so that most mutants are near a file that estimates (the corpus files are all broken).
const VALID = [
  [
    'version: 1',
    'defaults: { region: gcp:europe-west4, utilization: 80%, period: 365d }',
    'budgets: { total: 60 tCO2e, warn: 75% }',
    'workloads:',
    '  - name: pretrain',
    '    kind: training',
    '    accelerator: nvidia-h100-sxm5-80gb',
    '    count: 64',
    '    hours: 14d',
    '    runs: 2',
    '    budget: 30 t',
    '  - name: chat',
    '    kind: inference',
    '    requests: 2M/day',
    '    energy-per-request: 0.3 Wh',
    '    region: country:FR',
    '  - { name: fleet, kind: inference, instance: g5.12xlarge, count: 2, tokens: 1B/month, region: aws:us-east-1 }',
    '  - { name: bloom, kind: training, power: 400 W, accelerator-hours: 1082990, intensity: 57, pue: 1.2, ' +
      'embodied: true, overhead-energy: 256646 kWh }',
    '  - { name: host, kind: training, instance: p4d.24xlarge, count: 2, hours: 10, host: { utilization: 30% } }',
    '',
  ].join('\n'),
  'workloads:\n  - name: a\n    kind: training\n    power: 1 kW\n    accelerator-hours: 10\n    intensity: 100\n',
  'defaults: &d { region: azure:westeurope }\nworkloads:\n' +
    '  - { <<: *d, name: x, kind: inference, task: text-generation, requests: 1k/day, period: 30d }\n',
];

function seeds() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name)) files.push(readFileSync(path, 'latin1'));
    }
  };
  walk('examples');
  walk('__tests__/corpus');
  return files;
}

// What YAML, the units parser and the renderers treat specially, and what a hostile file would try.
const PIECES = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '&a',
  '*a',
  '!',
  '!!binary',
  '|',
  '>',
  "'",
  '"',
  '#',
  '\n',
  ' ',
  '\t',
  '%YAML 1.1\n',
  '<<: *a',
  '@octocat',
  '&commat;x',
  '`',
  '\\',
  '\u0000',
  '\u001b[31m',
  '\u0007',
  '\u202e',
  '\u2028',
  '\r',
  '::warning::x',
  '\n::add-mask::x\n',
  '1e308',
  '-1e308',
  '1e-300',
  'NaN',
  '.inf',
  '-0',
  '0x10',
  '010',
  '1:30',
  '99999999999999999999',
  'M',
  'k',
  'B',
  '/day',
  ' per year',
  'kWh',
  'W',
  'tCO2e',
  '%',
  'name:',
  'kind: training',
  'kind: inference',
  'include: [../x.yml]',
  'include: ["**/*.yml"]',
  'include: [/etc/passwd]',
  'workloads:',
  'embodied: true',
  'host: yes',
  'region: aws:us-east-1',
  'accelerator: nvidia-h100-sxm5-80gb',
];
const NUMBER = /\d+(?:\.\d+)?/g;

function mutate(text, others) {
  let out = text;
  for (let n = between(1, 3); n > 0; n--) {
    const at = between(0, out.length);
    switch (between(0, 7)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + between(1, 8));
        break;
      case 1:
        out = out.slice(0, at) + pick(PIECES) + out.slice(at);
        break;
      case 2: {
        const lines = out.split('\n');
        const i = between(0, lines.length - 1);
        lines.splice(i, 0, lines[i] ?? '');
        out = lines.join('\n');
        break;
      }
      case 3: {
        const lines = out.split('\n');
        const i = between(0, lines.length - 1);
        const j = between(0, lines.length - 1);
        [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
        out = lines.join('\n');
        break;
      }
      case 4:
        out = out.replace(NUMBER, (m) => (random() < 0.2 ? pick(['1e308', '0', '-1', '1e-300', '123456789012']) : m));
        break;
      case 5: {
        const lines = pick(others).split('\n');
        out = out.slice(0, at) + (lines[between(0, lines.length - 1)] ?? '') + '\n' + out.slice(at);
        break;
      }
      case 6: {
        // A segment repeated: amplification by size rather than by aliases.
        const piece = out.slice(at, at + between(1, 200));
        out = out.slice(0, at) + piece.repeat(between(2, 200)) + out.slice(at);
        break;
      }
      default:
        out = out.slice(0, at) + String.fromCharCode(between(0, 0xffff)) + out.slice(at + 1);
    }
  }
  return out;
}

/** A change that keeps the file valid YAML, mostly: a number scaled, or hostile text in a name. */
function mild(text) {
  if (random() < 0.5) {
    return text.replace(NUMBER, (m) => (random() < 0.3 ? String(Number(m) * 10 ** between(-12, 12)) : m));
  }
  const hostile = pick([
    '\\u001b[31m',
    '\\u0007',
    '\\u202e',
    '\\n::warning::x',
    '&commat;octocat',
    '@team/x',
    '\\u0000',
  ]);
  return text.replace(/name: ([^,\n}]+)/, (_, name) => `name: "${name}${hostile}"`);
}

function run(dir, format) {
  const rssFile = join(dir, 'rss');
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', RSS_HOOK, CLI, 'estimate', '--format', format], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d.toString()));
  child.stderr.on('data', (d) => (stderr += d.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((done) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      let rssMb = 0;
      try {
        rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        // Killed before it could write: the time check says why.
      }
      done({ code, ms: performance.now() - start, rssMb, stdout, stderr });
    }),
  );
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function problems(result, format) {
  const found = [];
  if (![0, 1, 2].includes(result.code)) found.push(`exit code ${String(result.code)}`);
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(`${result.stderr}\n`) || /this is a bug/.test(result.stderr)) {
    found.push('a stack trace');
  }
  if (result.ms > MAX_MS) found.push(`${Math.round(result.ms)} ms`);
  if (result.rssMb > MAX_MB) found.push(`${Math.round(result.rssMb)} MB`);
  const printed = format === 'json' ? result.stderr : result.stdout + result.stderr;
  if (/^::/m.test(printed)) found.push('a workflow command in the output');
  if (CONTROL.test(printed)) found.push('a control character in the output');
  return found;
}

const bases = seeds();
const work = mkdtempSync(join(tmpdir(), 'carbon-budget-fuzz-'));
const kept = join(work, 'failures');
mkdirSync(kept);
const counts = { 0: 0, 1: 0, 2: 0 };
let failures = 0;
let slowest = 0;
let largest = 0;
let next = 0;

async function worker() {
  for (;;) {
    const i = next++;
    if (i >= RUNS) return;
    // Mostly near a valid file, so that mutants reach estimation and rendering, not only the parser.
    const roll = random();
    const text = roll < 0.3 ? mild(pick(VALID)) : mutate(roll < 0.6 ? pick(VALID) : pick(bases), bases);
    const format = pick(['text', 'markdown', 'json']);
    const dir = join(work, `m${i}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'carbon-budget.yml'), text, 'latin1');
    const result = await run(dir, format);
    counts[result.code] = (counts[result.code] ?? 0) + 1;
    slowest = Math.max(slowest, result.ms);
    largest = Math.max(largest, result.rssMb);
    const found = problems(result, format);
    if (found.length > 0) {
      failures++;
      writeFileSync(join(kept, `m${i}.yml`), text, 'latin1');
      writeFileSync(
        join(kept, `m${i}.txt`),
        `${format}: ${found.join(', ')}\n\n${result.stdout}\n---\n${result.stderr}`,
      );
      console.log(`m${i} (${format}): ${found.join(', ')}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

await Promise.all(Array.from({ length: JOBS }, worker));
console.log(
  `${RUNS} mutants (seed ${values.seed}): exit codes ${JSON.stringify(counts)}; slowest ${Math.round(slowest)} ms; ` +
    `largest ${Math.round(largest)} MB; ${failures} failing${failures > 0 ? `, kept in ${kept}` : ''}`,
);
if (failures === 0) rmSync(work, { recursive: true, force: true });
process.exitCode = failures > 0 ? 1 : 0;
