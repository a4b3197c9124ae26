import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { analyse } from '../src/analyse.js';
import { formatDiagnostic, problemCount } from '../src/config/diagnostics.js';
import { createFileSystemSource, readRegularFile } from '../src/io/fs-source.js';
import { problemsOf, workspace, yaml } from './helpers/workspace.js';

// Hostile input: every case is refused with a message, in bounded time and memory.

async function problemsIn(root: string, config = 'carbon-budget.yml'): Promise<string[]> {
  const analysis = await analyse([`${root}/${config}`], { root, source: createFileSystemSource() });
  return analysis.ok ? [] : analysis.diagnostics.map(formatDiagnostic);
}

describe('hostile workload files', () => {
  it('refuses an alias bomb (billion laughs) quickly', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    expect(await problemsOf({ 'carbon-budget.yml': yaml(...lines) })).toEqual([
      expect.stringMatching(/^carbon-budget\.yml:\d+:\d+: YAML: aliases expand to too much data/),
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('lists the first 100 problems of a file of 20,000 unknown keys, and counts the rest', async () => {
    // Locating each problem walks the file: 60,000 took 34 s before the cap (found in review).
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`);
    const problems = await problemsOf({ 'carbon-budget.yml': yaml('workloads: []', ...keys) });
    expect(problems).toHaveLength(101);
    expect(problems[0]).toBe('carbon-budget.yml:2:1: unknown key `k0`');
    expect(problems[100]).toBe(
      'carbon-budget.yml:102:1: and 19,900 more problems in this file, not listed: fix these first',
    );
    const root = workspace({ 'carbon-budget.yml': yaml('workloads: []', ...keys) });
    const analysis = await analyse([`${root}/carbon-budget.yml`], { root, source: createFileSystemSource() });
    expect(analysis.ok ? 0 : problemCount(analysis.diagnostics)).toBe(20_000);
  });

  it('refuses very deep nesting', async () => {
    expect(await problemsOf({ 'carbon-budget.yml': `workloads: ${'['.repeat(20000)}${']'.repeat(20000)}\n` })).toEqual([
      expect.stringMatching(/^carbon-budget\.yml:1:\d+: YAML: the file is nested too deeply to read/),
    ]);
  });

  it('refuses an empty (0-byte) root file instead of passing every budget with zero', async () => {
    expect(await problemsOf({ 'carbon-budget.yml': '' })).toEqual([
      'carbon-budget.yml:1:1: the file is empty (or only comments): ' +
        'declare `workloads:` (an empty list `workloads: []` is fine)',
    ]);
  });

  it('refuses a file over 1 MB before parsing it', async () => {
    // `# `, 2,000,000 x, a newline and `workloads: []` with its newline: 2,000,017 bytes.
    expect(await problemsOf({ 'carbon-budget.yml': `# ${'x'.repeat(2_000_000)}\nworkloads: []\n` })).toEqual([
      'carbon-budget.yml: is 2,000,017 bytes; a workload file may be at most 1 MB (1,048,576 bytes): ' +
        'split it into several files with `include`',
    ]);
  });

  it('treats __proto__ and constructor as unknown keys, polluting nothing', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        '__proto__: { polluted: true }',
        'constructor: { prototype: { polluted: true } }',
        'workloads: []',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:1:1: unknown key `__proto__`',
      'carbon-budget.yml:2:1: unknown key `constructor`',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses includes outside the repository, absolute ones, and symbolic links', async () => {
    const root = workspace({
      'repo/carbon-budget.yml': yaml('include: [/etc/passwd, ../secret.yml, "../*.yml", link.yml]'),
      'secret.yml': yaml('workloads: []'),
      'repo/real.yml': '',
    });
    symlinkSync(`${root}/secret.yml`, `${root}/repo/link.yml`);
    expect(await problemsIn(`${root}/repo`)).toEqual([
      'carbon-budget.yml:1:11: include `/etc/passwd` is an absolute path; ' +
        'includes are relative to carbon-budget.yml and stay inside the repository',
      `carbon-budget.yml:1:24: include \`../secret.yml\` points outside the repository (${root}/repo); ` +
        `carbon-budget reads only files inside it`,
      `carbon-budget.yml:1:39: include \`../*.yml\` points outside the repository (${root}/repo); ` +
        `carbon-budget reads only files inside it`,
      'carbon-budget.yml:1:51: include `link.yml`: link.yml is a symbolic link; ' +
        'carbon-budget reads only regular files, so that a link cannot lead outside the repository ' +
        '(paths are relative to carbon-budget.yml)',
    ]);
  });

  it('refuses a named pipe rather than waiting on it for ever (a glob matches only regular files)', async () => {
    const root = workspace({
      'carbon-budget.yml': yaml('include: [pipe.yml, "team/*.yml"]', 'workloads: []'),
      'team/ok.yml': yaml('workloads: []'),
    });
    execFileSync('mkfifo', [`${root}/pipe.yml`, `${root}/team/pipe.yml`]);
    expect(await problemsIn(root)).toEqual([
      'carbon-budget.yml:1:11: include `pipe.yml`: pipe.yml is not a regular file (a pipe, socket or device); ' +
        'carbon-budget reads only regular files (paths are relative to carbon-budget.yml)',
    ]);
  });

  it('checks the opened file itself: a path swapped for a pipe, link or socket after a check is refused', async () => {
    // readRegularFile is what runs after the lstat: calling it on each kind of path is the swap.
    const root = workspace({ 'real.yml': 'workloads: []\n' });
    execFileSync('mkfifo', [`${root}/pipe.yml`]);
    symlinkSync(`${root}/real.yml`, `${root}/link.yml`);
    mkdirSync(`${root}/dir.yml`);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(`${root}/socket.yml`, resolve));
    try {
      expect(readRegularFile(`${root}/pipe.yml`)).toEqual({ problem: 'special' });
      expect(readRegularFile(`${root}/link.yml`)).toEqual({ problem: 'symlink' });
      expect(readRegularFile(`${root}/socket.yml`)).toEqual({ problem: 'special' });
      expect(readRegularFile(`${root}/dir.yml`)).toEqual({ problem: 'directory' });
      expect(readRegularFile(`${root}/real.yml`)).toEqual(Buffer.from('workloads: []\n'));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("refuses includes of .git or of files that are not YAML, and never quotes a file's text", async () => {
    const secret = 'extraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu';
    const root = workspace({
      'carbon-budget.yml': yaml('include: [.git/config, notes.txt, creds.yml]'),
      '.git/config': `[http]\n\t${secret}\n`,
      'notes.txt': 'x',
      'creds.yml': `- a\ntoken: "${secret}" junk\n`,
    });
    const problems = await problemsIn(root);
    expect(problems.slice(0, 2)).toEqual([
      'carbon-budget.yml:1:11: include `.git/config` must name .yml or .yaml workload files (and nothing under .git/)',
      'carbon-budget.yml:1:24: include `notes.txt` must name .yml or .yaml workload files (and nothing under .git/)',
    ]);
    // The YAML parser's own messages would quote the offending text: they are cut before it.
    expect(problems.slice(2).length).toBeGreaterThan(0);
    for (const p of problems.slice(2)) expect(p).toMatch(/^creds\.yml:2:\d+: YAML syntax: [^"]*$/);
    expect(problems.join('\n')).not.toContain('c2VjcmV0LXRva2Vu');
  });

  it('refuses absurd magnitudes, saying why', async () => {
    expect(
      await problemsOf({
        'carbon-budget.yml': yaml(
          'workloads:',
          '  - { name: x, kind: training, power: 300 W, count: 1e12, hours: 2, intensity: 100 }',
        ),
      }),
    ).toEqual([
      'carbon-budget.yml:2:53: `count`: must be at most 10,000,000, ' +
        'got `1000000000000` (more accelerators than any cluster has; check the value)',
    ]);
  });

  it('reads thousands of files in bounded time', async () => {
    const files: Record<string, string> = {
      'carbon-budget.yml': yaml('defaults: { intensity: 100, pue: 1 }', 'include: ["t/*.yml"]'),
    };
    for (let i = 0; i < 3000; i++)
      files[`t/${i}.yml`] = yaml(
        'workloads:',
        `  - { name: w${i}, kind: training, power: 1 kW, accelerator-hours: 1 }`,
      );
    const root = workspace(files);
    const started = Date.now();
    const analysis = await analyse([`${root}/carbon-budget.yml`], { root, source: createFileSystemSource() });
    expect(analysis.ok && analysis.report.totals.workloads).toBe(3000);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('stops at 10,000 files', async () => {
    const root = workspace({ 'carbon-budget.yml': yaml('include: ["t-*.yml"]') });
    for (let i = 0; i < 10_001; i++) writeFileSync(`${root}/t-${i}.yml`, '');
    const problems = await problemsIn(root);
    expect(problems).toEqual([
      expect.stringMatching(/: more than 10,000 workload files are included; carbon-budget reads at most that many$/),
    ]);
    // Writing and reading 10,001 files takes 2 to 3 s here alone, more beside the other test files.
  }, 30_000);
});

const WORKLOAD = (name: string) =>
  yaml('workloads:', `  - { name: ${name}, kind: training, power: 300 W, accelerator-hours: 1, intensity: 100 }`);
const THROUGH_LINK = (link: string) =>
  `leads through \`${link}\`, a symbolic link; carbon-budget reads no path through a link, ` +
  'so that none can lead outside the repository: name the file where it really is';
const RELATIVE = '(paths are relative to carbon-budget.yml)';

describe('paths through symbolic links', () => {
  it('refuses an include through a link to a directory outside the repository, reading nothing there', async () => {
    const root = workspace({
      'repo/carbon-budget.yml': yaml('include: [ext/x.yml, "ext/*.yml", "**/*.yml", inner/a.yml]', 'workloads: []'),
      // Were it read, its workload would be estimated (and shown in a comment), or its text
      // would fail as YAML: either would show in the problems below.
      'outside/x.yml': WORKLOAD('secret-outside'),
      'outside/y.yml': 'not: [yaml',
      'repo/t/a.yml': WORKLOAD('a'),
    });
    symlinkSync(`${root}/outside`, `${root}/repo/ext`);
    // A link to a directory inside the repository is refused too: the rule is no link on the way.
    symlinkSync(`${root}/repo/t`, `${root}/repo/inner`);
    expect(await problemsIn(`${root}/repo`)).toEqual([
      `carbon-budget.yml:1:11: include \`ext/x.yml\`: ext/x.yml ${THROUGH_LINK('ext')} ${RELATIVE}`,
      // The directory a glob starts from is not listed through a link; the walk follows none.
      'carbon-budget.yml:1:22: include `ext/*.yml` matches no file ' +
        '(paths are relative to carbon-budget.yml; symbolic links are not followed)',
      `carbon-budget.yml:1:47: include \`inner/a.yml\`: inner/a.yml ${THROUGH_LINK('inner')} ${RELATIVE}`,
    ]);
  });

  it('refuses a link cycle once, at the include, where it was followed 40 times', async () => {
    const root = workspace({
      'carbon-budget.yml': yaml('include: [loop/carbon-budget.yml, "loop/*.yml", "**/*.yml"]', 'workloads: []'),
      't/a.yml': WORKLOAD('a'),
    });
    symlinkSync('.', `${root}/loop`);
    // `**/*.yml` reads t/a.yml once: the walk does not go round loop/.
    expect(await problemsIn(root)).toEqual([
      `carbon-budget.yml:1:11: include \`loop/carbon-budget.yml\`: loop/carbon-budget.yml ${THROUGH_LINK('loop')} ` +
        RELATIVE,
      'carbon-budget.yml:1:35: include `loop/*.yml` matches no file ' +
        '(paths are relative to carbon-budget.yml; symbolic links are not followed)',
    ]);
  });

  it('refuses a root file named through a link, naming the link', async () => {
    const root = workspace({ 'real/carbon-budget.yml': yaml('workloads: []') });
    symlinkSync(`${root}/real`, `${root}/alias`);
    expect(await problemsIn(root, 'alias/carbon-budget.yml')).toEqual([
      `alias/carbon-budget.yml: ${THROUGH_LINK('alias')}`,
    ]);
  });

  it('refuses .git in any letter case, from the text, for paths and globs', async () => {
    const root = workspace({
      'carbon-budget.yml': yaml('include: [.GIT/x.yml, ".Git/*.yml", ".g?t/*.yml", "{a,.git}/*.yml"]'),
      '.GIT/x.yml': WORKLOAD('in-git'),
    });
    const git = "could match files under .git/, which carbon-budget never reads: write a dot directory's name plainly";
    expect(await problemsIn(root)).toEqual([
      'carbon-budget.yml:1:11: include `.GIT/x.yml` must name .yml or .yaml workload files (and nothing under .git/)',
      `carbon-budget.yml:1:23: include \`.Git/*.yml\` ${git} (\`.github/*.yml\`), not through a wildcard`,
      `carbon-budget.yml:1:37: include \`.g?t/*.yml\` ${git} (\`.github/*.yml\`), not through a wildcard`,
      `carbon-budget.yml:1:51: include \`{a,.git}/*.yml\` ${git} (\`.github/*.yml\`), not through a wildcard`,
    ]);
  });
});

const TOO_BIG = (size: string) =>
  `is ${size}; a workload file may be at most 1 MB (1,048,576 bytes): split it into several files with \`include\``;

describe('sizes, checked before reading', () => {
  it('refuses a 200 MB and a 3 GB include, and a 600 MB glob match, at the include line', async () => {
    const root = workspace({ 'carbon-budget.yml': yaml('include: [big.yml, huge.yml, "t/*.yml"]', 'workloads: []') });
    // Sparse: nothing is written, so these take no room; a read would still take the time and memory.
    const sparse = (path: string, bytes: number) => {
      writeFileSync(`${root}/${path}`, '');
      truncateSync(`${root}/${path}`, bytes);
    };
    mkdirSync(`${root}/t`);
    sparse('big.yml', 200 * 1024 * 1024);
    // Past 2 GB, which Node could not even read into one buffer ("this is a bug" and a trace).
    sparse('huge.yml', 3 * 1024 * 1024 * 1024);
    sparse('t/mid.yml', 600 * 1024 * 1024);
    expect(await problemsIn(root)).toEqual([
      `carbon-budget.yml:1:11: include \`big.yml\`: big.yml ${TOO_BIG('200.0 MB')} ${RELATIVE}`,
      `carbon-budget.yml:1:20: include \`huge.yml\`: huge.yml ${TOO_BIG('3072.0 MB')} ${RELATIVE}`,
      `carbon-budget.yml:1:30: include \`t/*.yml\`: t/mid.yml ${TOO_BIG('600.0 MB')} ${RELATIVE}`,
    ]);
  });

  it('counts bytes, not characters: 1 MB exactly is read, a byte more is not, nor 400,000 euro signs', async () => {
    const head = 'workloads: []\n# ';
    const exact = head + 'x'.repeat(1024 * 1024 - head.length - 1) + '\n';
    const root = workspace({
      'carbon-budget.yml': yaml('include: [exact.yml, over.yml, euro.yml]', 'workloads: []'),
      'exact.yml': exact,
      'over.yml': `${exact}\n`,
      // 400,000 characters, 3 bytes each in UTF-8: 1,200,000 bytes and the 17 of `workloads: []\n# ` and `\n`.
      'euro.yml': `${head}${'€'.repeat(400_000)}\n`,
    });
    expect(Buffer.byteLength(exact)).toBe(1_048_576);
    expect(await problemsIn(root)).toEqual([
      `carbon-budget.yml:1:22: include \`over.yml\`: over.yml ${TOO_BIG('1,048,577 bytes')} ${RELATIVE}`,
      `carbon-budget.yml:1:32: include \`euro.yml\`: euro.yml ${TOO_BIG('1,200,017 bytes')} ${RELATIVE}`,
    ]);
  });

  it('reads at most the limit and one byte of a file whose size the system does not tell (/proc)', () => {
    // /proc files are regular files of size 0 that hold text: the stat alone cannot be trusted.
    expect(readRegularFile('/proc/self/status', 10)).toEqual({ problem: 'too-big', bytes: 11 });
    const whole = readRegularFile('/proc/self/status');
    expect(Buffer.isBuffer(whole) && whole.toString('utf8').startsWith('Name:')).toBe(true);
  });
});

describe('a root or an include that is not a regular file', () => {
  it('names a root that is a directory or a named pipe, and reports an include of one at its line', async () => {
    const dir = workspace({});
    mkdirSync(`${dir}/carbon-budget.yml`);
    expect(await problemsIn(dir)).toEqual(['carbon-budget.yml: is a directory, not a workload file']);
    const pipe = workspace({});
    execFileSync('mkfifo', [`${pipe}/carbon-budget.yml`]);
    expect(await problemsIn(pipe)).toEqual([
      'carbon-budget.yml: is not a regular file (a pipe, socket or device); carbon-budget reads only regular files',
    ]);
    const root = workspace({ 'carbon-budget.yml': yaml('include: [d.yml]', 'workloads: []') });
    mkdirSync(`${root}/d.yml`);
    expect(await problemsIn(root)).toEqual([
      `carbon-budget.yml:1:11: include \`d.yml\`: d.yml is a directory, not a workload file ${RELATIVE}`,
    ]);
  });

  it('refuses an include path holding a NUL byte at its line, where it crashed with a stack trace', async () => {
    const root = workspace({ 'carbon-budget.yml': yaml('include: ["a\\0b.yml"]', 'workloads: []') });
    expect(await problemsIn(root)).toEqual([
      'carbon-budget.yml:1:11: include `a\\u0000b.yml` contains a NUL byte (\\u0000), ' +
        'which no file name may hold: remove it',
    ]);
  });
});

describe("names that are Object's own", () => {
  it('reads `constructor` as a name like any other, in workload files and job specs', async () => {
    const problems = await problemsOf({
      'jobs/t.sky.yaml': yaml('resources:', '  accelerators: constructor:1', '  infra: aws/us-east-1'),
      'infra/x.tf': yaml('resource "constructor" "x" {', '  count = 1', '}'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, accelerator: nvidia-l4-24gb, count: 1, hours: 1, region: constructor:x }',
        '  - { name: b, kind: training, from: jobs/t.sky.yaml, hours: 1 }',
        '  - { name: c, kind: training, from: infra/x.tf, hours: 1 }',
      ),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^carbon-budget\.yml:2:\d+: `region`: unknown region prefix `constructor`/),
      'carbon-budget.yml:4:38: `from` `infra/x.tf`: found no resource that asks for accelerators in infra/x.tf',
      expect.stringMatching(/^jobs\/t\.sky\.yaml:2:17: `accelerator`: unknown accelerator `constructor`/),
    ]);
  });
});
