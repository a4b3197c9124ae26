import { execFile } from 'node:child_process';
import { posix } from 'node:path';
import { promisify } from 'node:util';
import picomatch from 'picomatch';
import type { FileSource } from '../config/file-source.js';

const run = promisify(execFile);

async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch {
    return undefined;
  }
}

/** The commit a revision names, or undefined when git does not have it (a shallow checkout). */
export async function resolveRevision(repo: string, revision: string): Promise<string | undefined> {
  const out = await git(repo, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  return out?.trim() || undefined;
}

/**
 * Workload files as they are at a git revision (`git show REV:path`), for the base side of a
 * comparison. `repo` is the work tree's top directory; paths are absolute, as for the disk.
 */
export async function gitRevisionSource(repo: string, revision: string): Promise<FileSource> {
  const listing = await git(repo, ['ls-tree', '-r', '--name-only', '-z', revision]);
  if (listing === undefined) throw new Error(`git cannot list the files of \`${revision}\``);
  const files = listing.split('\0').filter((f) => f.length > 0).map((f) => posix.join(repo, f));
  const known = new Set(files);
  return {
    async read(path) {
      if (!known.has(path)) return { problem: 'missing' };
      return (await git(repo, ['show', `${revision}:${posix.relative(repo, path)}`])) ?? { problem: 'missing' };
    },
    glob(pattern, dir) {
      // Only the pattern is a glob: the directory part is matched literally, whatever it contains.
      const base = posix.relative(repo, dir);
      const joined = posix.normalize(posix.join(escapeGlob(base), pattern));
      const matches = picomatch(joined, { dot: false });
      return Promise.resolve(files.filter((f) => matches(posix.relative(repo, f))).sort());
    },
  };
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@|\\]/g, '\\$&');
}

/** The top directory of the git work tree holding `dir`, with forward slashes. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  const out = await git(dir, ['rev-parse', '--show-toplevel']);
  return out?.trim().replace(/\\/g, '/') || undefined;
}
