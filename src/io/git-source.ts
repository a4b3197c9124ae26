import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { cached } from '../cached.js';
import { MAX_FILE_BYTES, type FileProblem, type FileSource } from '../config/file-source.js';
import { treeSource } from './tree-source.js';

// Every git process costs a run 5 to 10 ms (the spawn, mostly, on the 2-core runners), so the
// base side asks one `git cat-file --batch` per repository for everything it reads: the base
// commit, then each workload file. The tree is listed (`git ls-tree`) only when a glob needs it.

const run = promisify(execFile);

async function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    // A monorepo's tree listing (mode, id and path of every file) runs to tens of megabytes.
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch {
    return undefined;
  }
}

interface GitObject {
  readonly oid: string;
  readonly type: string;
  readonly size: number;
  /** Undefined when the object is larger than the read allowed: its bytes were let go unread. */
  readonly content: Buffer | undefined;
}

/** The child's pipes are sockets, which can stop holding the event loop open. */
interface Referenced {
  ref(): void;
  unref(): void;
}

interface Waiting {
  resolve(object: GitObject | undefined): void;
  reject(error: Error): void;
  /** The most bytes the object may have; a larger one is answered without its content. */
  readonly maxBytes: number;
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
  // Bytes of an object too large to keep that have not come yet: dropped as they come.
  #skip = 0;
  #failed: Error | undefined;

  constructor(repo: string) {
    this.#child = spawn('git', ['cat-file', '--batch'], { cwd: repo, stdio: ['pipe', 'pipe', 'ignore'] });
    this.#child.stdout.on('data', (data: Buffer) => {
      const dropped = Math.min(this.#skip, data.length);
      this.#skip -= dropped;
      const chunk = dropped === 0 ? data : data.subarray(dropped);
      if (chunk.length === 0) return;
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

  /**
   * The object `name` names (`<rev>^{commit}`, `<rev>:<path>`), or undefined when git has none.
   * An object over `maxBytes` comes without its content, which is dropped as git sends it.
   */
  read(name: string, maxBytes = Infinity): Promise<GitObject | undefined> {
    if (this.#failed !== undefined) return Promise.reject(this.#failed);
    // The protocol is a line per name, and git cuts a name at a NUL: such a name is not asked for.
    if (/[\0\n\r]/.test(name)) return Promise.resolve(undefined);
    if (this.#waiting.length === 0) this.#busy();
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject, maxBytes });
      this.#child.stdin.write(`${name}\n`);
    });
  }

  #answer(): void {
    const buffer =
      this.#chunks.length === 1 ? (this.#chunks[0] ?? Buffer.alloc(0)) : Buffer.concat(this.#chunks, this.#length);
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
      const size = Number(match[3]);
      const end = eol + 1 + size;
      if (size > (this.#waiting[0]?.maxBytes ?? Infinity)) {
        // Too large to keep: answered from the header, its bytes (and the newline) dropped.
        const here = Math.min(buffer.length, end + 1);
        this.#skip = end + 1 - here;
        at = here;
        this.#settle()?.resolve({ oid: match[1] ?? '', type: match[2] ?? '', size, content: undefined });
        continue;
      }
      if (buffer.length < end + 1) {
        this.#need = end + 1 - at;
        break;
      }
      const content = buffer.subarray(eol + 1, end);
      at = end + 1;
      this.#settle()?.resolve({ oid: match[1] ?? '', type: match[2] ?? '', size, content });
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
  return cached(readers, repo, () => new ObjectReader(repo));
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
  // A file is found through its directory's tree, whose entry gives its mode (a symbolic link is
  // refused, as on disk: it could lead outside the repository) and its object id. Once a glob has
  // listed the whole tree, that listing is used instead.
  let listed: ReadonlyMap<string, TreeEntry> | undefined;
  const directories = new Map<string, Promise<ReadonlyMap<string, TreeEntry> | undefined>>();
  const directory = (dir: string) =>
    cached(directories, dir, () =>
      reader
        .read(`${revision}:${dir}`)
        .then((tree) =>
          tree?.type === 'tree' && tree.content !== undefined
            ? treeObjectEntries(tree.content, tree.oid.length / 2)
            : undefined,
        ),
    );
  const readBlob = async (path: string): Promise<string | FileProblem | undefined> => {
    const slash = path.lastIndexOf('/');
    const entry =
      listed !== undefined
        ? listed.get(path)
        : (await directory(slash < 0 ? '' : path.slice(0, slash)))?.get(path.slice(slash + 1));
    if (entry === undefined) return undefined;
    if (entry.mode === SYMLINK) return { problem: 'symlink' };
    // A blob over the limit is refused from git's header, without being held.
    const object = await reader.read(entry.oid, MAX_FILE_BYTES);
    if (object?.type !== 'blob') return undefined;
    return object.content === undefined ? { problem: 'too-big', bytes: object.size } : object.content.toString('utf8');
  };
  const list = async () => {
    const listing = await git(repo, ['ls-tree', '-r', '-z', '--full-tree', revision]);
    if (listing === undefined) throw new Error(`git cannot list the files of \`${revision}\``);
    listed = treeEntries(listing);
    return [...listed.keys()];
  };
  return treeSource(repo, list, readBlob);
}

const SYMLINK = '120000';

interface TreeEntry {
  readonly mode: string;
  readonly oid: string;
}

/** A tree object's entries, `<mode> <name>\\0<id as bytes>` each, by name. */
function treeObjectEntries(tree: Buffer, idBytes: number): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  let at = 0;
  while (at < tree.length) {
    const space = tree.indexOf(0x20, at);
    const nul = tree.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > tree.length) break;
    entries.set(tree.toString('utf8', space + 1, nul), {
      mode: tree.toString('latin1', at, space).padStart(6, '0'),
      oid: tree.toString('hex', nul + 1, nul + 1 + idBytes),
    });
    at = nul + 1 + idBytes;
  }
  return entries;
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
    if (isGitDir(join(current, '.git'))) return current.replace(/\\/g, '/');
    if (dirname(current) === current) return undefined;
  }
}

/** What git takes for a repository: a `.git` directory with a HEAD, or a `.git` file naming one. */
function isGitDir(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return false;
  if (stat.isDirectory()) return statSync(join(path, 'HEAD'), { throwIfNoEntry: false })?.isFile() === true;
  try {
    return stat.isFile() && readFileSync(path, 'utf8').startsWith('gitdir:');
  } catch {
    return false;
  }
}
