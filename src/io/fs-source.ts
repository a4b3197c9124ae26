import { lstat, readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import type { FileSource } from '../config/file-source.js';

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/** Workload files on the local disk. */
export const fileSystemSource: FileSource = {
  async read(path) {
    try {
      const stat = await lstat(path);
      if (stat.isSymbolicLink()) return { problem: 'symlink' };
      if (stat.isDirectory()) return { problem: 'directory' };
      const bytes = await readFile(path);
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
  },
  async glob(pattern, dir) {
    const { globFiles } = await import('./glob.js');
    const found = await globFiles(pattern, dir);
    return found.map((p) => posix.normalize(p)).sort();
  },
};
