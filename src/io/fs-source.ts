import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { posix } from 'node:path';
import type { FileProblem, FileSource } from '../config/file-source.js';

function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown }).code;
}

/** Why a path is not a regular file to read, from its stat; undefined when it is one. */
function notRegular(stat: Stats): FileProblem | undefined {
  if (stat.isSymbolicLink()) return { problem: 'symlink' };
  if (stat.isDirectory()) return { problem: 'directory' };
  return stat.isFile() ? undefined : { problem: 'special' };
}

// Opened without following a link and without waiting for a pipe's writer. Windows has neither
// flag: undefined there, which `|` reads as 0.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * The bytes of a regular file, checked on the open file itself: a path swapped for a link or a
 * named pipe after it was looked at is refused too, where reading the pipe would wait for ever.
 */
export function readRegularFile(path: string): Buffer | FileProblem {
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
    return notRegular(fstatSync(fd)) ?? readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's text, read synchronously: a workload file is a few kilobytes in the page cache, and the
 * promise API's open, stat, read and close (each a trip through the thread pool) cost about ten
 * times the read itself (1,000 files: 160 against 15 ms of the main thread).
 */
function readText(path: string): string | FileProblem {
  try {
    // Looked at before it is opened: opening a device can do things (rewind a tape, say).
    const problem = notRegular(lstatSync(path));
    if (problem !== undefined) return problem;
    const bytes = readRegularFile(path);
    if (!Buffer.isBuffer(bytes)) return bytes;
    const text = bytes.toString('utf8');
    // Invalid UTF-8 decodes to U+FFFD, which re-encodes to three bytes: a size change gives it away.
    if (Buffer.byteLength(text) !== bytes.length) {
      const before = text.slice(0, text.indexOf('\uFFFD'));
      return { problem: 'encoding', line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
    }
    return text;
  } catch (error) {
    if (isMissing(error)) return { problem: 'missing' };
    throw error;
  }
}

/** Workload files on the local disk. */
export const fileSystemSource: FileSource = {
  // An unexpected error (permissions, say) rejects, as the source's contract has it.
  read: (path) =>
    new Promise((resolve) => {
      resolve(readText(path));
    }),
  async glob(pattern, dir) {
    const { globFiles } = await import('./glob.js');
    const found = await globFiles(pattern, dir);
    return found.map((p) => posix.normalize(p)).sort();
  },
};
