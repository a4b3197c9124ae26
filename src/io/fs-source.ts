import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { posix } from 'node:path';
import { MAX_FILE_BYTES, type FileProblem, type FileSource } from '../config/file-source.js';
import { isOutside, isUnderGit } from '../config/include-plan.js';

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown }).code;
}

/** A path that names no file: a missing one, one under a file, or a name longer than the system allows. */
function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ENAMETOOLONG';
}

/** Why a path is not a regular file to read, from its stat; undefined when it is one. */
function notRegular(stat: Stats): FileProblem | undefined {
  if (stat.isSymbolicLink()) return { problem: 'symlink' };
  if (stat.isDirectory()) return { problem: 'directory' };
  return stat.isFile() ? undefined : { problem: 'special' };
}

function tooBig(bytes: number, maxBytes: number): FileProblem | undefined {
  return bytes > maxBytes ? { problem: 'too-big', bytes } : undefined;
}

/**
 * The first directory on the way from `root` down to `dir` (`dir` included, `root` not) that is a
 * symbolic link, as a problem; or a `missing` one when a step is not a directory. Undefined when
 * every step is a real directory, or when `dir` is not below `root`. Each step is looked at with
 * lstat, which follows no link in the last step and no earlier step is one: no link is followed, a
 * link cycle (`loop -> .`) included. `checked` holds directories already found real, to skip.
 */
export function linkBelow(root: string, dir: string, checked?: Set<string>): FileProblem | undefined {
  // Its steps were all checked when it was.
  if (checked?.has(dir)) return undefined;
  const relative = posix.relative(root, dir);
  if (relative === '' || isOutside(root, dir)) return undefined;
  let current = root;
  for (const step of relative.split('/')) {
    current = posix.join(current, step);
    if (checked?.has(current)) continue;
    let stat: Stats | undefined;
    try {
      stat = lstatSync(current, { throwIfNoEntry: false });
    } catch (error) {
      if (isMissing(error)) return { problem: 'missing' };
      throw error;
    }
    if (stat === undefined) return { problem: 'missing' };
    if (stat.isSymbolicLink()) return { problem: 'linked-directory', link: posix.relative(root, current) };
    if (!stat.isDirectory()) return { problem: 'missing' };
    checked?.add(current);
  }
  return undefined;
}

// Opened without following a link and without waiting for a pipe's writer. Windows has neither
// flag: undefined there, which `|` reads as 0.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * The bytes of a regular file of at most `maxBytes`, checked on the open file itself: a path
 * swapped for a link or a named pipe after it was looked at is refused too, where reading the pipe
 * would wait for ever. The size is checked before reading, and at most `maxBytes` and one more
 * byte are read, so that a file that grows meanwhile is refused without being held whole.
 */
export function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): Buffer | FileProblem {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    if (errorCode(error) === 'ELOOP') return { problem: 'symlink' };
    // A socket cannot be opened.
    if (errorCode(error) === 'ENXIO') return { problem: 'special' };
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    const problem = notRegular(stat) ?? tooBig(stat.size, maxBytes);
    if (problem !== undefined) return problem;
    // Sized from the stat, grown only for a file that grew (or reports no size, as /proc does).
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { problem: 'too-big', bytes: length };
        const grown = Buffer.allocUnsafe(Math.min(length * 2 + 4096, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const asked = buffer.length - length;
      const read = readSync(fd, buffer, length, asked, null);
      length += read;
      // Once the size the file had is read, a read that gives less than asked is at its end: one
      // read, not a second that finds nothing. Short of that size (a network file system may give
      // less), and for a file that says it is empty (as /proc's do), reading goes on until a read
      // finds nothing.
      if (read === 0 || (stat.size > 0 && read < asked && length >= stat.size)) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * A regular file's bytes, read as readRegularFile does, after its directories below `root` were
 * found to be no links (when `root` is given and the path is below it) and the path itself to be
 * a regular file of at most `maxBytes` (looked at before it is opened: opening a device can do
 * things, such as rewind a tape).
 */
function readChecked(
  path: string,
  root: string | undefined,
  maxBytes: number,
  checked?: Set<string>,
): Buffer | FileProblem {
  // No file has a NUL in its name, and Node refuses to look one up (with a TypeError).
  if (path.includes('\0')) return { problem: 'missing' };
  try {
    const through = root === undefined ? undefined : linkBelow(root, posix.dirname(path), checked);
    if (through !== undefined) return through;
    const stat = lstatSync(path);
    const problem = notRegular(stat) ?? tooBig(stat.size, maxBytes);
    if (problem !== undefined) return problem;
    return readRegularFile(path, maxBytes);
  } catch (error) {
    if (isMissing(error)) return { problem: 'missing' };
    throw error;
  }
}

/**
 * A file's bytes when it is a regular file below one of `roots` (the first that holds its path),
 * reached through no symbolic link below that root, and of at most `maxBytes`; or why not. For
 * files named by a setting (the action's `report`), not by a workload file.
 */
export function readFileInside(path: string, roots: readonly string[], maxBytes: number): Buffer | FileProblem {
  const root = roots.find((r) => posix.relative(r, path) !== '' && !isOutside(r, path));
  return root === undefined ? { problem: 'outside' } : readChecked(path, root, maxBytes);
}

/**
 * A file's text, read synchronously: a workload file is a few kilobytes in the page cache, and the
 * promise API's open, stat, read and close (each a trip through the thread pool) cost about ten
 * times the read itself (1,000 files: 160 against 15 ms of the main thread).
 */
function readText(path: string, root: string | undefined, checked: Set<string>): string | FileProblem {
  const bytes = readChecked(path, root, MAX_FILE_BYTES, checked);
  if (!Buffer.isBuffer(bytes)) return bytes;
  const text = bytes.toString('utf8');
  // Invalid UTF-8 decodes to U+FFFD, which re-encodes to three bytes: a size change gives it away.
  if (Buffer.byteLength(text) !== bytes.length) {
    const before = text.slice(0, text.indexOf('\uFFFD'));
    return { problem: 'encoding', line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
  }
  return text;
}

/**
 * Whether a glob below `root` may list `dir`: a directory inside the root, not under .git, and
 * reached through no symbolic link (the walk itself follows none; this keeps to the root the
 * directory a pattern starts from, `teams/*.yml` where `teams` is a link say).
 */
function listableBelow(root: string, checked: Set<string>): (dir: string) => boolean {
  return (dir) => {
    const relative = posix.relative(root, dir);
    if (relative === '') return true;
    if (isOutside(root, dir) || isUnderGit(relative)) return false;
    try {
      return linkBelow(root, dir, checked) === undefined;
    } catch {
      return false;
    }
  };
}

/**
 * Workload files on the local disk, for one run. Directories found to be no links are remembered for
 * the run (a tree does not change under a run): 10,000 job specs, four directories deep, would
 * otherwise cost 40,000 lstat calls, about 200 ms, where 3,000 directories hold them.
 */
export function createFileSystemSource(): FileSource {
  // Keyed by root and directory: a directory is remembered as checked below the root it was checked from.
  const checkedBelow = new Map<string, Set<string>>();
  const checkedFor = (root: string | undefined): Set<string> => {
    const key = root ?? '';
    let checked = checkedBelow.get(key);
    if (checked === undefined) {
      checked = new Set();
      checkedBelow.set(key, checked);
    }
    return checked;
  };
  return {
    // An unexpected error (permissions, say) rejects, as the source's contract has it.
    read: (path, root) =>
      new Promise((resolve) => {
        resolve(readText(path, root, checkedFor(root)));
      }),
    async glob(pattern, dir, root) {
      const mayList = root === undefined ? undefined : listableBelow(root, checkedFor(root));
      if (mayList !== undefined && !mayList(dir)) return [];
      const { globFiles } = await import('./glob.js');
      const found = await globFiles(pattern, dir, mayList);
      return found.map((p) => posix.normalize(p)).sort();
    },
  };
}
