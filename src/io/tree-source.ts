import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { FileProblem, FileSource } from '../config/file-source.js';

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@|\\]/g, '\\$&');
}

/**
 * A file source over a known list of files in a repository at some revision (from git or from the
 * REST API), reading each file's text on demand. `root` is where the repository's top directory
 * stands on disk, so that paths look the same as for the working tree.
 */
export function treeSource(
  root: string,
  relativePaths: readonly string[],
  readBlob: (relativePath: string) => Promise<string | undefined>,
  readBlobs?: (relativePaths: readonly string[]) => Promise<ReadonlyMap<string, string>>,
): FileSource {
  const files = relativePaths.map((p) => posix.join(root, p));
  const known = new Set(files);
  // Each file is fetched once, however often the loader asks (an API call per fetch).
  const cache = new Map<string, Promise<string | undefined>>();
  return {
    async read(path): Promise<string | FileProblem> {
      if (!known.has(path)) return { problem: 'missing' };
      let text = cache.get(path);
      if (text === undefined) {
        text = readBlob(posix.relative(root, path));
        cache.set(path, text);
      }
      return (await text) ?? { problem: 'missing' };
    },
    prefetch(paths) {
      if (readBlobs === undefined) return;
      const wanted = paths.filter((p) => known.has(p) && !cache.has(p)).map((p) => posix.relative(root, p));
      if (wanted.length < 2) return;
      const batch = readBlobs(wanted);
      for (const rel of wanted) cache.set(posix.join(root, rel), batch.then((texts) => texts.get(rel)));
    },
    glob(pattern, dir) {
      // Only the pattern is a glob: the directory part is matched literally, whatever it contains.
      const joined = posix.normalize(posix.join(escapeGlob(posix.relative(root, dir)), pattern));
      const matches = picomatch(joined, { dot: false });
      return Promise.resolve(files.filter((f) => matches(posix.relative(root, f))).sort());
    },
  };
}
