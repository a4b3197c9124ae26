import { posix } from 'node:path';
import { cached } from '../cached.js';
import type { FileProblem, FileSource } from '../config/file-source.js';

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@|\\]/g, '\\$&');
}

function inside(root: string, path: string): boolean {
  const relative = posix.relative(root, path);
  return relative !== '' && !relative.startsWith('../') && relative !== '..' && !posix.isAbsolute(relative);
}

/**
 * A file source over a repository at some revision (from git or from the REST API), reading each
 * file's text on demand. The list of its files is asked for only when a glob needs it: most
 * repositories have one workload file and no glob. `root` is where the repository's top directory
 * stands on disk, so that paths look the same as for the working tree.
 */
export function treeSource(
  root: string,
  listFiles: () => Promise<readonly string[]>,
  readBlob: (relativePath: string) => Promise<string | FileProblem | undefined>,
): FileSource {
  let files: Promise<string[]> | undefined;
  // Each file is fetched once, however often the loader asks (an API call per fetch).
  const cache = new Map<string, Promise<string | FileProblem | undefined>>();
  const start = (path: string) =>
    cached(cache, path, () => {
      const text = readBlob(posix.relative(root, path));
      // Started ahead of need: a failure belongs to the read that awaits it.
      text.catch(() => undefined);
      return text;
    });
  return {
    async read(path): Promise<string | FileProblem> {
      if (!inside(root, path)) return { problem: 'missing' };
      return (await start(path)) ?? { problem: 'missing' };
    },
    prefetch(paths) {
      // Asked for all at once: git answers them in one stream, the API a few at a time.
      for (const path of paths) if (inside(root, path)) void start(path);
    },
    async glob(pattern, dir) {
      files ??= listFiles().then((relative) => relative.map((p) => posix.join(root, p)));
      // Only the pattern is a glob: the directory part is matched literally, whatever it contains.
      const joined = posix.normalize(posix.join(escapeGlob(posix.relative(root, dir)), pattern));
      const { globMatcher } = await import('./glob.js');
      const matches = globMatcher(joined);
      return (await files).filter((f) => matches(posix.relative(root, f))).sort();
    },
  };
}
