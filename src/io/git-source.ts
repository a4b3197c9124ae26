import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FileSource } from '../config/file-source.js';
import { treeSource } from './tree-source.js';

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
  const paths = listing.split('\0').filter((f) => f.length > 0);
  return treeSource(repo, paths, (path) => git(repo, ['show', `${revision}:${path}`]));
}

/** The top directory of the git work tree holding `dir`, with forward slashes. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  const out = await git(dir, ['rev-parse', '--show-toplevel']);
  return out?.trim().replace(/\\/g, '/') || undefined;
}
