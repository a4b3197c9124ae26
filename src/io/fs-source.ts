import { lstatSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import type { FileProblem, FileSource } from '../config/file-source.js';

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * A file's text, read synchronously: a workload file is a few kilobytes in the page cache, and the
 * promise API's open, stat, read and close (each a trip through the thread pool) cost about ten
 * times the read itself (1,000 files: 160 against 15 ms of the main thread).
 */
function readText(path: string): string | FileProblem {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return { problem: 'symlink' };
    if (stat.isDirectory()) return { problem: 'directory' };
    // Reading a named pipe would wait for a writer, for ever.
    if (!stat.isFile()) return { problem: 'special' };
    const bytes = readFileSync(path);
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
  read: (path) => new Promise((resolve) => { resolve(readText(path)); }),
  async glob(pattern, dir) {
    const { globFiles } = await import('./glob.js');
    const found = await globFiles(pattern, dir);
    return found.map((p) => posix.normalize(p)).sort();
  },
};
