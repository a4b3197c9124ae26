import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import type { FileProblem, FileSource } from '../config/file-source.js';
import { treeSource } from './tree-source.js';

// Every git process costs a run 5 to 10 ms (the spawn, mostly, on the 2-core runners), so the
// base side asks one `git cat-file --batch` per repository for everything it reads: the base
// commit, then each workload file. The tree is listed (`git ls-tree`) only when a glob needs it.

const run = promisify(execFile);

async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch {
    return undefined;
  }
}

interface GitObject {
  readonly oid: string;
  readonly type: string;
  readonly content: Buffer;
}

/** The child's pipes are sockets, which can stop holding the event loop open. */
interface Referenced {
  ref(): void;
  unref(): void;
}

interface Waiting {
  resolve(object: GitObject | undefined): void;
  reject(error: Error): void;
}

/**
 * One long-lived `git cat-file --batch`: object names in, objects out, in order. The process
 * holds the event loop only while an answer is awaited, so an idle one never keeps a run alive.
 */
class ObjectReader {
  readonly #child: ChildProcessByStdio<Writable, Readable, null>;
  readonly #waiting: Waiting[] = [];
  // Output not yet answered, in the chunks it came in, and how many bytes the next answer needs:
  // a large file is joined once, not once per chunk.
  #chunks: Buffer[] = [];
  #length = 0;
  #need = 1;
  #failed: Error | undefined;

  constructor(repo: string) {
    this.#child = spawn('git', ['cat-file', '--batch'], { cwd: repo, stdio: ['pipe', 'pipe', 'ignore'] });
    this.#child.stdout.on('data', (chunk: Buffer) => {
      this.#chunks.push(chunk);
      this.#length += chunk.length;
      if (this.#length >= this.#need) this.#answer();
    });
    const fail = (error: Error) => {
      this.#failed = error;
      for (const w of this.#waiting.splice(0)) w.reject(error);
    };
    this.#child.on('error', fail);
    this.#child.on('close', (code) => {
      fail(new Error(`git cat-file exited with ${String(code)}`));
    });
    // A closed pipe (git gone) is reported through 'close'; the write error itself adds nothing.
    this.#child.stdin.on('error', () => undefined);
    this.#idle();
  }

  /** The object `name` names (`<rev>^{commit}`, `<rev>:<path>`), or undefined when git has none. */
  read(name: string): Promise<GitObject | undefined> {
    if (this.#failed !== undefined) return Promise.reject(this.#failed);
    // The protocol is a line per name: a name with a line break cannot be asked for (nor exist).
    if (/[\n\r]/.test(name)) return Promise.resolve(undefined);
    if (this.#waiting.length === 0) this.#busy();
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#child.stdin.write(`${name}\n`);
    });
  }

  #answer(): void {
    const buffer = this.#chunks.length === 1 ? (this.#chunks[0] ?? Buffer.alloc(0)) : Buffer.concat(this.#chunks, this.#length);
    let at = 0;
    this.#need = 1;
    while (this.#waiting.length > 0) {
      const eol = buffer.indexOf(10, at);
      if (eol < 0) {
        this.#need = buffer.length - at + 1;
        break;
      }
      const header = buffer.toString('utf8', at, eol);
      // `<oid> <type> <size>` then the content and a newline; `<name> missing` (or ambiguous) alone.
      const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (match === null) {
        at = eol + 1;
        this.#settle()?.resolve(undefined);
        continue;
      }
      const end = eol + 1 + Number(match[3]);
      if (buffer.length < end + 1) {
        this.#need = end + 1 - at;
        break;
      }
      const content = buffer.subarray(eol + 1, end);
      at = end + 1;
      this.#settle()?.resolve({ oid: match[1] ?? '', type: match[2] ?? '', content });
    }
    const rest = buffer.subarray(at);
    this.#chunks = rest.length > 0 ? [rest] : [];
    this.#length = rest.length;
  }

  #settle(): Waiting | undefined {
    const waiting = this.#waiting.shift();
    if (this.#waiting.length === 0) this.#idle();
    return waiting;
  }

  #busy(): void {
    this.#child.ref();
    (this.#child.stdout as Readable & Partial<Referenced>).ref?.();
  }

  #idle(): void {
    this.#child.unref();
    (this.#child.stdout as Readable & Partial<Referenced>).unref?.();
    (this.#child.stdin as Writable & Partial<Referenced>).unref?.();
  }
}

const readers = new Map<string, ObjectReader>();

function objects(repo: string): ObjectReader {
  let reader = readers.get(repo);
  if (reader === undefined) {
    reader = new ObjectReader(repo);
    readers.set(repo, reader);
  }
  return reader;
}

/** The commit a revision names, or undefined when git does not have it (a shallow checkout). */
export async function resolveRevision(repo: string, revision: string): Promise<string | undefined> {
  try {
    const commit = await objects(repo).read(`${revision}^{commit}`);
    return commit?.type === 'commit' ? commit.oid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Workload files as they are at a git revision, for the base side of a comparison. `repo` is the
 * work tree's top directory; paths are absolute, as for the disk.
 */
export function gitRevisionSource(repo: string, revision: string): FileSource {
  const reader = objects(repo);
  // Once the tree is listed, files are read by object id: git finds `<rev>:<path>` by walking the
  // path's trees, which for a thousand files in one directory is 4 times slower than by id.
  let entries: ReadonlyMap<string, TreeEntry> | undefined;
  const readBlob = async (path: string): Promise<string | FileProblem | undefined> => {
    const entry = entries?.get(path);
    if (entries !== undefined && entry === undefined) return undefined;
    // As on disk: a link could lead outside the repository.
    if (entry?.mode === SYMLINK) return { problem: 'symlink' };
    const object = await reader.read(entry?.oid ?? `${revision}:${path}`);
    return object?.type === 'blob' ? object.content.toString('utf8') : undefined;
  };
  const list = async () => {
    const listing = await git(repo, ['ls-tree', '-r', '-z', '--full-tree', revision]);
    if (listing === undefined) throw new Error(`git cannot list the files of \`${revision}\``);
    entries = treeEntries(listing);
    return [...entries.keys()];
  };
  return treeSource(repo, list, readBlob);
}

const SYMLINK = '120000';

interface TreeEntry {
  readonly mode: string;
  readonly oid: string;
}

/** `git ls-tree -z` records, `<mode> <type> <oid>\t<path>`, by path. */
function treeEntries(listing: string): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const record of listing.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', , oid = ''] = record.slice(0, tab).split(' ');
    entries.set(record.slice(tab + 1), { mode, oid });
  }
  return entries;
}

/**
 * The top directory of the git work tree holding `dir`, with forward slashes: the nearest directory
 * with a `.git` (a directory, or the file a worktree or submodule has), as git finds it, without
 * starting git. GIT_DIR or GIT_WORK_TREE put it elsewhere: then git itself is asked.
 */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) {
    const out = await git(dir, ['rev-parse', '--show-toplevel']);
    return out?.trim().replace(/\\/g, '/') || undefined;
  }
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (statSync(join(current, '.git'), { throwIfNoEntry: false }) !== undefined) return current.replace(/\\/g, '/');
    if (dirname(current) === current) return undefined;
  }
}
