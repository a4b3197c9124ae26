import picomatch from 'picomatch';
import { glob } from 'tinyglobby';

// Glob matching, for workload file sets named by a pattern (`include: teams/*/carbon-budget.yml`).
// A module of its own, which the bundles load only when a pattern asks for it (dist/glob.js):
// tinyglobby and picomatch take about 7 ms to compile and set up, and most repositories name
// their files plainly.

/**
 * Files under `dir` that match `pattern`, as absolute paths: symbolic links are not followed, and dotfiles not
 * matched.
 */
export function globFiles(pattern: string, dir: string): Promise<string[]> {
  return glob(pattern, {
    cwd: dir,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
}

/** A test of relative paths against `pattern`, with the same rules as globFiles. */
export function globMatcher(pattern: string): (path: string) => boolean {
  return picomatch(pattern, { dot: false });
}
