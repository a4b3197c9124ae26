import { execFile, spawn } from 'node:child_process';
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
  return treeSource(
    repo,
    paths,
    (path) => git(repo, ['show', `${revision}:${path}`]),
    (many) => catFileBatch(repo, many.map((p) => `${revision}:${p}`)).then((texts) => new Map(many.flatMap((p, i) => (texts[i] === undefined ? [] : [[p, texts[i] ?? ''] as const])))),
  );
}

/** Many blobs through one `git cat-file --batch`, in order; undefined for a missing one. */
function catFileBatch(repo: string, objects: readonly string[]): Promise<(string | undefined)[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: repo, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) { reject(new Error(`git cat-file exited with ${String(code)}`)); return; }
      const out = Buffer.concat(chunks);
      const texts: (string | undefined)[] = [];
      let at = 0;
      for (let i = 0; i < objects.length; i++) {
        const eol = out.indexOf(10, at);
        const header = out.toString('utf8', at, eol);
        at = eol + 1;
        // `<oid> <type> <size>` is followed by the content; `<object> missing` is not.
        const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (match === null) {
          texts.push(undefined);
          continue;
        }
        const size = Number(match[2]);
        texts.push(match[1] === 'blob' ? out.toString('utf8', at, at + size) : undefined);
        at += size + 1;
      }
      resolve(texts);
    });
    child.stdin.end(objects.map((o) => `${o}\n`).join(''));
  });
}

/** The top directory of the git work tree holding `dir`, with forward slashes. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  const out = await git(dir, ['rev-parse', '--show-toplevel']);
  return out?.trim().replace(/\\/g, '/') || undefined;
}
