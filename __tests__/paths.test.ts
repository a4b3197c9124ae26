import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { formatDiagnostic } from '../src/config/diagnostics.js';
import type { FileProblem, FileSource } from '../src/config/file-source.js';
import { planIncludes } from '../src/config/include-plan.js';
import { loadWorkloadFiles } from '../src/config/load.js';
import { apiRevisionSource, type Octokit } from '../src/github/client.js';
import { readReportFile } from '../src/github/settings.js';
import { configFiles } from '../src/io/config-files.js';
import { createFileSystemSource } from '../src/io/fs-source.js';
import { globFiles } from '../src/io/glob.js';
import { RunCache } from '../src/run-cache.js';
import { workspace, yaml } from './helpers/workspace.js';

// Paths that lead outside the repository, through a link or into .git, and the report input:
// refused before the file or directory they name is opened or listed.

/** A source that serves `files` from memory and records every call made to it. */
function spySource(files: Record<string, string>): { source: FileSource; calls: string[] } {
  const calls: string[] = [];
  const source: FileSource = {
    read(path, root) {
      calls.push(`read ${path} (root ${root ?? '-'})`);
      return Promise.resolve(files[path] ?? ({ problem: 'missing' } satisfies FileProblem));
    },
    glob(pattern, dir, root) {
      calls.push(`glob ${pattern} in ${dir} (root ${root ?? '-'})`);
      return Promise.resolve([]);
    },
  };
  return { source, calls };
}

describe('refused before any I/O', () => {
  it('reads only the including file when every include is refused from its text', async () => {
    const refused = [
      '/etc/passwd',
      'C:\\x.yml',
      '../x.yml',
      '../*/x.yml',
      '../../../**/*.yml',
      '.git/config',
      '.git/hooks/x.yml',
      '.GIT/x.yml',
      'sub/../.git/x.yml',
      '.git/*.yml',
      '.g?t/*.yml',
      '{a,.git}/*.yml',
      '[.]git/*.yml',
      '{a,../..}/*.yml',
      '{.git/x,a}/*.yml',
      'notes.txt',
      'teams',
      'a\0b.yml',
      'x\u001b[2J.yml',
      `${'a/'.repeat(3000)}x.yml`,
      'carbon-budget.yml',
      '{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}/*.yml',
      '!/x.yml',
      '..*',
      '|*[!a]',
      '?,//',
      '{a/*.yml',
      'a\\*.yml',
    ];
    const text = JSON.stringify({ include: refused, workloads: [] });
    const { source, calls } = spySource({ '/repo/carbon-budget.yml': text });
    const loaded = await loadWorkloadFiles(['/repo/carbon-budget.yml'], {
      root: '/repo',
      source,
      cache: new RunCache(),
    });
    expect(calls).toEqual(['read /repo/carbon-budget.yml (root /repo)']);
    // One problem each, at its entry of the flow list: every one is positioned on line 1.
    expect(loaded.diagnostics).toHaveLength(refused.length);
    for (const d of loaded.diagnostics) expect(formatDiagnostic(d)).toMatch(/^carbon-budget\.yml:1:\d+: include /);
  });

  it('globs a glob that stays inside only with the root, so that the disk keeps to it', async () => {
    const { source, calls } = spySource({
      '/repo/teams/carbon-budget.yml': yaml('include: ["../ml/*.yml", "{a,b}/*.yml"]', 'workloads: []'),
    });
    await loadWorkloadFiles(['/repo/teams/carbon-budget.yml'], { root: '/repo', source, cache: new RunCache() });
    expect(calls).toEqual([
      'read /repo/teams/carbon-budget.yml (root /repo)',
      'glob ../ml/*.yml in /repo/teams (root /repo)',
      'glob {a,b}/*.yml in /repo/teams (root /repo)',
    ]);
  });

  it('refuses the action config input from its text, without listing or reading anything', async () => {
    const cases: [string, string][] = [
      ['/etc/carbon-budget.yml', 'the config `/etc/carbon-budget.yml` must be a path or glob inside the workspace'],
      ['../x.yml', 'the config `../x.yml` must be a path or glob inside the workspace'],
      ['../*/x.yml', 'the config `../*/x.yml` must be a path or glob inside the workspace'],
      // /ws/{..,a}: /ws/.. is outside, whatever /ws/a holds.
      ['{..,a}/*.yml', 'the config `{..,a}/*.yml` must be a path or glob inside the workspace'],
      ['../../../**/*.yml', 'the config `../../../**/*.yml` must be a path or glob inside the workspace'],
      ['.git/config', 'the config `.git/config` must not name anything under .git/'],
      ['.GIT/*.yml', 'the config `.GIT/*.yml` must not name anything under .git/'],
      ['.g?t/*.yml', 'the config `.g?t/*.yml` must not name anything under .git/'],
      ['a\0.yml', 'the config `a\\u0000.yml` contains a NUL byte (\\u0000), which no file name may hold: remove it'],
    ];
    const { source, calls } = spySource({});
    for (const [config, message] of cases) expect(await configFiles(config, '/ws', source)).toBe(message);
    expect(calls).toEqual([]);
    expect(await configFiles('teams/*/carbon-budget.yml', '/ws', source)).toBe(
      'the config `teams/*/carbon-budget.yml` matches no workload file in the workspace',
    );
    expect(calls).toEqual(['glob teams/*/carbon-budget.yml in /ws (root /ws)']);
  });

  it('refuses a config path through a link below the workspace before it is read', async () => {
    const ws = workspace({ 'real/carbon-budget.yml': yaml('workloads: []') });
    symlinkSync(`${ws}/real`, `${ws}/checkout`);
    expect(await configFiles('checkout/carbon-budget.yml', ws, createFileSystemSource())).toBe(
      'the config `checkout/carbon-budget.yml` leads through `checkout`, a symbolic link; carbon-budget reads ' +
        'no path through a link, so that none can lead outside the repository: name the file where it really is',
    );
    expect(await configFiles('real/carbon-budget.yml', ws, createFileSystemSource())).toEqual([
      `${ws}/real/carbon-budget.yml`,
    ]);
    // A glob's walk does not go through the link: only the real file is found.
    expect(await configFiles('*/carbon-budget.yml', ws, createFileSystemSource())).toEqual([
      `${ws}/real/carbon-budget.yml`,
    ]);
  });
});

it('reports a glob the matcher cannot compile at its include line, not as a crash', async () => {
  const { source } = spySource({ '/repo/carbon-budget.yml': yaml('include: ["*.yml"]', 'workloads: []') });
  const throwing: FileSource = {
    ...source,
    glob: () => Promise.reject(new TypeError('Expected pattern to be a non-empty string')),
  };
  const loaded = await loadWorkloadFiles(['/repo/carbon-budget.yml'], {
    root: '/repo',
    source: throwing,
    cache: new RunCache(),
  });
  expect(loaded.diagnostics.map(formatDiagnostic)).toEqual([
    'carbon-budget.yml:1:11: include `*.yml` is not a glob carbon-budget can read ' +
      '(Expected pattern to be a non-empty string)',
  ]);
  expect(await configFiles('*.yml', '/ws', throwing)).toBe(
    'the config `*.yml` is not a glob carbon-budget can read (Expected pattern to be a non-empty string)',
  );
});

describe('a glob on the disk, given the root', () => {
  function tree(): string {
    const top = workspace({
      'repo/.git/hooks/x.yml': '',
      'repo/.git/x.yml': '',
      'repo/.github/w.yml': '',
      'repo/a/b.yml': '',
      'repo/a/c/d.yml': '',
      'sibling/x.yml': '',
    });
    symlinkSync(`${top}/sibling`, `${top}/repo/ext`);
    symlinkSync('.', `${top}/repo/loop`);
    return top;
  }

  it('lists nothing outside the root, through a link or under .git, even for patterns the plan refuses', async () => {
    const top = tree();
    const repo = `${top}/repo`;
    const glob = (pattern: string, root?: string) => createFileSystemSource().glob(pattern, repo, root);
    // Unconfined (no root), the walk goes where these patterns lead: the root is what stops it.
    expect(await glob('../*/x.yml')).toEqual([`${top}/sibling/x.yml`]);
    expect(await glob('../*/x.yml', repo)).toEqual([]);
    expect(await glob('.g?t/*.yml')).toEqual([`${repo}/.git/x.yml`]);
    expect(await glob('.g?t/*.yml', repo)).toEqual([]);
    expect(await glob('ext/*.yml')).toEqual([`${repo}/ext/x.yml`]);
    expect(await glob('ext/*.yml', repo)).toEqual([]);
    // Links are neither walked nor matched, so the cycle is not gone round.
    expect(await glob('**/*.yml', repo)).toEqual([`${repo}/a/b.yml`, `${repo}/a/c/d.yml`]);
    expect(await glob('.github/*.yml', repo)).toEqual([`${repo}/.github/w.yml`]);
  });

  it('still refuses a link to a directory it has already read through, and remembers per root', async () => {
    const top = tree();
    const repo = `${top}/repo`;
    symlinkSync(`${repo}/a/c`, `${repo}/a/cc`);
    const source = createFileSystemSource();
    // The same source for the whole run: `a` and `a/c` are found real once, the link beside them never is.
    expect(await source.read(`${repo}/a/c/d.yml`, repo)).toBe('');
    expect(await source.read(`${repo}/a/cc/d.yml`, repo)).toEqual({ problem: 'linked-directory', link: 'a/cc' });
    expect(await source.read(`${repo}/ext/x.yml`, repo)).toEqual({ problem: 'linked-directory', link: 'ext' });
    // Below the top, `repo/ext` is a link too: what was found real below `repo` says nothing of it.
    expect(await source.read(`${repo}/ext/x.yml`, top)).toEqual({ problem: 'linked-directory', link: 'repo/ext' });
    expect(await source.read(`${top}/sibling/x.yml`, top)).toBe('');
  });

  it('never lists .git or leaves the root for a pattern the plan accepts (checked with tinyglobby)', async () => {
    const top = tree();
    const repo = `${top}/repo`;
    const from = { file: 'carbon-budget.yml', absolute: `${repo}/carbon-budget.yml` };
    const patterns = [
      '*',
      '**/*',
      '*/*',
      '{.,a}/*.yml',
      '{..,a}/*.yml',
      'a/../*',
      '?git/*',
      '*git/*',
      '[!a]git/*',
      '.[!a]it/*',
      '.[^a]it/*',
      '.gi[t]/*',
      '\\.git/*',
      '@(.git)/*',
      '*(.git)/*',
      '!(a)/*',
      '+(a|.git)/*',
      '{,.}git/*',
      '.{g,x}it/*',
      '{[.]git/x,a}/*',
      '.*/*',
      '.github/*',
      'a/**/*.yml',
    ];
    const accepted: string[] = [];
    const refusedIntoGit: string[] = [];
    for (const pattern of patterns) {
      const [plan] = planIncludes([pattern], from, repo);
      // Every directory the walk asks to list, none refused: where tinyglobby alone would go.
      const listed: string[] = [];
      await globFiles(pattern, repo, (dir) => {
        listed.push(dir);
        return true;
      });
      if (plan?.action !== 'glob') {
        if (listed.some((dir) => /\/\.git(\/|$)/.test(dir))) refusedIntoGit.push(pattern);
        continue;
      }
      accepted.push(pattern);
      for (const dir of listed) {
        expect({ pattern, dir, git: /\/\.git(\/|$)/i.test(dir) }).toEqual({ pattern, dir, git: false });
        expect({ pattern, dir, inside: dir === repo || dir.startsWith(`${repo}/`) }).toEqual({
          pattern,
          dir,
          inside: true,
        });
      }
    }
    expect(accepted).toEqual([
      '*',
      '**/*',
      '*/*',
      '{.,a}/*.yml',
      'a/../*',
      '?git/*',
      '*git/*',
      '.github/*',
      'a/**/*.yml',
    ]);
    // The rule is not idle: left to tinyglobby, each of these lists .git (some, such as `[!a]git/*`,
    // though picomatch would match nothing there: the walk lists a directory to look into it).
    expect(refusedIntoGit).toEqual([
      '[!a]git/*',
      '.[!a]it/*',
      '.[^a]it/*',
      '.gi[t]/*',
      '\\.git/*',
      '@(.git)/*',
      '*(.git)/*',
      '!(a)/*',
      '+(a|.git)/*',
      '{,.}git/*',
      '.{g,x}it/*',
      '{[.]git/x,a}/*',
      '.*/*',
    ]);
  });
});

describe('the report input', () => {
  it('reads a report in the workspace or runner temp, and none outside, through a link or too large', () => {
    const top = workspace({ 'ws/report.json': '{}', 'temp/report.json': '[]', 'ws/real/r.json': '1' });
    const settings = { workspace: `${top}/ws`, runnerTemp: `${top}/temp` };
    const read = (path: string) => readReportFile(settings, path);
    expect(read(`${top}/ws/report.json`)).toEqual({ ok: true, text: '{}' });
    expect(read(`${top}/temp/report.json`)).toEqual({ ok: true, text: '[]' });
    const outside = {
      ok: false,
      message:
        "it is neither in the workspace nor in the runner's temp directory, the only places carbon-budget reads " +
        'a report from: download it into the workspace (actions/download-artifact does by default)',
    };
    expect(read('/etc/passwd')).toEqual(outside);
    expect(readReportFile({ workspace: `${top}/ws` }, `${top}/temp/report.json`)).toEqual(outside);
    symlinkSync('/etc', `${top}/ws/etc`);
    expect(read(`${top}/ws/etc/passwd`)).toEqual({
      ok: false,
      message: 'its path leads through `etc`, a symbolic link: name the file where it really is',
    });
    symlinkSync(`${top}/ws/real/r.json`, `${top}/ws/link.json`);
    expect(read(`${top}/ws/link.json`)).toEqual({ ok: false, message: 'it is a symbolic link: name the file itself' });
    // 64 MB is the limit: a byte more is refused from its size (a sparse file: nothing is written).
    writeFileSync(`${top}/ws/big.json`, '');
    truncateSync(`${top}/ws/big.json`, 64 * 1024 * 1024 + 1);
    expect(read(`${top}/ws/big.json`)).toEqual({
      ok: false,
      message: 'it is 64.1 MB; a report may be at most 64 MB (one of 10,000 workloads is about 23 MB)',
    });
    truncateSync(`${top}/ws/big.json`, 100 * 1024 * 1024);
    expect(read(`${top}/ws/big.json`)).toEqual({
      ok: false,
      message: 'it is 100.0 MB; a report may be at most 64 MB (one of 10,000 workloads is about 23 MB)',
    });
    execFileSync('mkfifo', [`${top}/ws/pipe.json`]);
    expect(read(`${top}/ws/pipe.json`)).toEqual({
      ok: false,
      message: 'it is not a regular file (a pipe, socket or device)',
    });
    mkdirSync(`${top}/ws/dir.json`);
    expect(read(`${top}/ws/dir.json`)).toEqual({ ok: false, message: 'it is a directory' });
    expect(read(`${top}/ws/none.json`)).toEqual({ ok: false, message: 'no such file' });
  });
});

describe('the base read through the API', () => {
  function fakeOctokit(calls: string[]): Octokit {
    const tree = [
      { path: 'a.yml', type: 'blob', mode: '100644', size: 12 },
      { path: 'link.yml', type: 'blob', mode: '120000', size: 5 },
      { path: 'big.yml', type: 'blob', mode: '100644', size: 2_000_000 },
      { path: 'd', type: 'tree', mode: '040000' },
    ];
    const api = {
      rest: {
        git: {
          getTree: () => {
            calls.push('tree');
            return Promise.resolve({ data: { truncated: false, tree } });
          },
        },
        repos: {
          getContent: ({ path }: { path: string }) => {
            calls.push(`content ${path}`);
            return Promise.resolve({ data: `text of ${path}` });
          },
        },
      },
    };
    return api as unknown as Octokit;
  }

  it('refuses a link or a file over 1 MB from the listing a glob made, without fetching it', async () => {
    const calls: string[] = [];
    const source = apiRevisionSource(fakeOctokit(calls), { owner: 'o', repo: 'r' }, 'main', '/repo');
    expect(await source.glob('*.yml', '/repo')).toEqual(['/repo/a.yml', '/repo/big.yml', '/repo/link.yml']);
    expect(await source.read('/repo/link.yml')).toEqual({ problem: 'symlink' });
    expect(await source.read('/repo/big.yml')).toEqual({ problem: 'too-big', bytes: 2_000_000 });
    expect(await source.read('/repo/a.yml')).toBe('text of a.yml');
    expect(calls).toEqual(['tree', 'content a.yml']);
  });

  it('without a glob, lists nothing: a path is fetched as GitHub serves it (documented in SECURITY.md)', async () => {
    const calls: string[] = [];
    const source = apiRevisionSource(fakeOctokit(calls), { owner: 'o', repo: 'r' }, 'main', '/repo');
    expect(await source.read('/repo/link.yml')).toBe('text of link.yml');
    expect(calls).toEqual(['content link.yml']);
  });
});
