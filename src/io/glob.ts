import { readdir, readdirSync } from 'node:fs';
import picomatch from 'picomatch';
import { glob, type GlobOptions } from 'tinyglobby';

// Glob matching, for workload file sets named by a pattern (`include: teams/*/carbon-budget.yml`).
// A module of its own, which the bundles load only when a pattern asks for it (dist/glob.js):
// tinyglobby and picomatch take about 7 ms to compile and set up, and most repositories name
// their files plainly.

type Listing = (error: NodeJS.ErrnoException | null, entries: import('node:fs').Dirent[]) => void;

/** The directory a listing is asked for, without the trailing slash the walk adds. */
function directoryOf(path: unknown): string {
  const text = String(path);
  return text.length > 1 ? text.replace(/\/+$/, '') : text;
}

/** Node's readdir, listing nothing where `mayList` says no (as an empty directory would). */
function guardedFs(mayList: (dir: string) => boolean): NonNullable<GlobOptions['fs']> {
  const guarded = (path: string, options: { withFileTypes: true }, callback: Listing): void => {
    if (mayList(directoryOf(path))) readdir(path, options, callback);
    else callback(null, []);
  };
  const guardedSync = (path: string, options: { withFileTypes: true }) =>
    mayList(directoryOf(path)) ? readdirSync(path, options) : [];
  return {
    readdir: guarded as unknown as typeof readdir,
    readdirSync: guardedSync as unknown as typeof readdirSync,
  };
}

/**
 * Files under `dir` that match `pattern`, as absolute paths: symbolic links are neither followed
 * nor matched (a link cycle is not walked), dotfiles are not matched, and a directory that
 * `mayList` refuses is not listed at all (it looks empty).
 */
export function globFiles(pattern: string, dir: string, mayList?: (dir: string) => boolean): Promise<string[]> {
  return glob(pattern, {
    cwd: dir,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false,
    ...(mayList === undefined ? {} : { fs: guardedFs(mayList) }),
  });
}

/** A test of relative paths against `pattern`, with the same rules as globFiles. */
export function globMatcher(pattern: string): (path: string) => boolean {
  return picomatch(pattern, { dot: false });
}
