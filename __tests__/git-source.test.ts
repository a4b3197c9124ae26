import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gitRevisionSource, gitTopLevel, resolveRevision } from '../src/io/git-source.js';
import { workspace } from './helpers/workspace.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'init.defaultBranch=main', ...args],
    { cwd: dir, encoding: 'utf8' },
  ).trim();
}

// A file several times the 64 KB a pipe delivers at once, with multi-byte text across the chunks.
const large = Array.from({ length: 40_000 }, (_, i) => `# line ${String(i)}: é✅\n`).join('');

function committed(files: Record<string, string>): { dir: string; sha: string } {
  const dir = workspace(files);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return { dir, sha: git(dir, 'rev-parse', 'HEAD') };
}

describe('reading a git revision through one git cat-file', () => {
  it('reads large and small files, asked for together or one by one, and knows what is missing', async () => {
    const { dir, sha } = committed({ 'big.yml': large, 'teams/a/carbon-budget.yml': 'a: 1\n', 'empty.yml': '' });
    expect(Buffer.byteLength(large)).toBeGreaterThan(10 * 65_536);
    const source = gitRevisionSource(dir, sha);
    const paths = ['big.yml', 'teams/a/carbon-budget.yml', 'empty.yml', 'absent.yml', 'teams'].map(
      (p) => `${dir}/${p}`,
    );
    source.prefetch?.(paths);
    const texts = await Promise.all(paths.map((p) => source.read(p)));
    expect(texts).toEqual([large, 'a: 1\n', '', { problem: 'missing' }, { problem: 'missing' }]);
    // Outside the repository, and a name the line-per-name protocol cannot carry.
    expect(await source.read(`${dir}/../elsewhere.yml`)).toEqual({ problem: 'missing' });
    expect(await source.read(`${dir}/two\nlines.yml`)).toEqual({ problem: 'missing' });
    // git would cut the name at the NUL and answer for big.yml.
    expect(await source.read(`${dir}/big.yml\0.yml`)).toEqual({ problem: 'missing' });
    expect(await source.read(`${dir}/teams/a/carbon-budget.yml`)).toBe('a: 1\n');
  });

  it('refuses a blob over 1 MB from the size git gives, letting its bytes go, and reads on in step', async () => {
    // 5 MB: many pipe chunks to drop. Exactly 1 MB is read, a byte more is not.
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const exact = 'y'.repeat(1024 * 1024);
    const { dir, sha } = committed({
      'huge.yml': huge,
      'exact.yml': exact,
      'over.yml': `${exact}z`,
      'a.yml': 'a: 1\n',
    });
    const source = gitRevisionSource(dir, sha);
    const paths = ['huge.yml', 'a.yml', 'over.yml', 'exact.yml', 'huge.yml'].map((p) => `${dir}/${p}`);
    source.prefetch?.(paths);
    const texts = await Promise.all(paths.map((p) => source.read(p)));
    expect(texts).toEqual([
      { problem: 'too-big', bytes: 5_242_880 },
      'a: 1\n',
      { problem: 'too-big', bytes: 1_048_577 },
      exact,
      { problem: 'too-big', bytes: 5_242_880 },
    ]);
    // Asked for alone, after the others: the stream is still in step.
    expect(await gitRevisionSource(dir, sha).read(`${dir}/huge.yml`)).toEqual({ problem: 'too-big', bytes: 5_242_880 });
    expect(await gitRevisionSource(dir, sha).read(`${dir}/a.yml`)).toBe('a: 1\n');
  });

  it('refuses a symbolic link, as the disk does, whether or not a glob has listed the tree', async () => {
    const { dir } = committed({ 'teams/a/carbon-budget.yml': 'a: 1\n' });
    execFileSync('ln', ['-s', '../a/carbon-budget.yml', `${dir}/teams/b.yml`]);
    execFileSync('ln', ['-s', 'teams/a/carbon-budget.yml', `${dir}/root-link.yml`]);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'link');
    const sha = git(dir, 'rev-parse', 'HEAD');
    const unlisted = gitRevisionSource(dir, sha);
    expect(await unlisted.read(`${dir}/teams/b.yml`)).toEqual({ problem: 'symlink' });
    expect(await unlisted.read(`${dir}/root-link.yml`)).toEqual({ problem: 'symlink' });
    expect(await unlisted.read(`${dir}/teams/a/carbon-budget.yml`)).toBe('a: 1\n');
    const source = gitRevisionSource(dir, sha);
    expect(await source.glob('teams/*', dir)).toEqual([`${dir}/teams/b.yml`]);
    expect(await source.read(`${dir}/teams/b.yml`)).toEqual({ problem: 'symlink' });
    expect(await source.read(`${dir}/teams/a/carbon-budget.yml`)).toBe('a: 1\n');
    expect(await source.read(`${dir}/teams/c.yml`)).toEqual({ problem: 'missing' });
  });

  it('lists the tree only for a glob, and matches it like the disk', async () => {
    const { dir, sha } = committed({
      'teams/a/carbon-budget.yml': 'a: 1\n',
      'teams/b/carbon-budget.yml': 'b: 1\n',
      'teams/b/notes.md': '',
    });
    expect(await gitRevisionSource(dir, sha).glob('teams/*/carbon-budget.yml', dir)).toEqual([
      `${dir}/teams/a/carbon-budget.yml`,
      `${dir}/teams/b/carbon-budget.yml`,
    ]);
  });

  it('resolves revisions to commits, and says when git has none', async () => {
    const { dir, sha } = committed({ 'a.yml': 'a: 1\n' });
    expect(await resolveRevision(dir, 'main')).toBe(sha);
    expect(await resolveRevision(dir, sha)).toBe(sha);
    expect(await resolveRevision(dir, '0123456789012345678901234567890123456789')).toBeUndefined();
    expect(await resolveRevision(dir, `${sha}^{tree}`)).toBeUndefined();
    // Not a repository: git cat-file exits at once, and nothing is resolved.
    expect(await resolveRevision(workspace({}), 'main')).toBeUndefined();
  });

  it('finds the top of the work tree from a directory inside it, as git does', async () => {
    const { dir } = committed({ 'deep/er/a.yml': 'a: 1\n' });
    mkdirSync(`${dir}/deep/er/est`, { recursive: true });
    expect(await gitTopLevel(`${dir}/deep/er/est`)).toBe(git(`${dir}/deep/er/est`, 'rev-parse', '--show-toplevel'));
    // A worktree's (or submodule's) .git is a file.
    const linked = workspace({});
    writeFileSync(`${linked}/.git`, `gitdir: ${dir}/.git\n`);
    expect(await gitTopLevel(linked)).toBe(linked);
    // An empty .git directory is not a repository: git looks further up, and so does this.
    mkdirSync(`${dir}/deep/.git`);
    expect(await gitTopLevel(`${dir}/deep/er`)).toBe(git(`${dir}/deep/er`, 'rev-parse', '--show-toplevel'));
    expect(await gitTopLevel(workspace({}))).toBeUndefined();
  });
});
