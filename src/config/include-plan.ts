import { posix } from 'node:path';

/** Characters that make an include or a config a glob rather than a path. */
export const GLOB_CHARS = /[*?[\]{}!]/;

/** What an include may name: YAML files, never inside .git. */
const WORKLOAD_FILE = /\.ya?ml$/i;

function isWorkloadFile(path: string): boolean {
  return WORKLOAD_FILE.test(path) && !isUnderGit(path);
}

function isUnderGit(path: string): boolean {
  return path.split('/').includes('.git');
}

export function isOutside(root: string, absolute: string): boolean {
  const relative = posix.relative(root, absolute);
  return relative === '..' || relative.startsWith('../') || posix.isAbsolute(relative);
}

/** The file whose `include` is planned: its path as shown, and its absolute path. */
export interface Including {
  readonly file: string;
  readonly absolute: string;
}

/** What the loader does about one `include` entry, decided from its text before any file is read. */
export type IncludePlan =
  | { readonly action: 'refuse'; readonly message: string }
  /**
   * A path: read it. A file that cannot be read is reported as such (a missing file, a directory);
   * one that can is then refused with `refusal` when there is one (it is not YAML, or under .git).
   */
  | { readonly action: 'read'; readonly pattern: string; readonly path: string; readonly refusal?: string }
  | { readonly action: 'glob'; readonly pattern: string };

/** The files an include gives to load, once read or globbed; or the problem that stops it. */
export type Included = { readonly files: readonly string[] } | { readonly problem: string };

const NOT_A_WORKLOAD_FILE = 'must name .yml or .yaml workload files (and nothing under .git/)';

function outside(pattern: string, root: string): string {
  return `include \`${pattern}\` points outside the repository (${root}); carbon-budget reads only files inside it`;
}

/**
 * Refuses, from the patterns alone, an include that is absolute, leads outside `root`, names .git
 * or a file that is not YAML, or names the including file itself; the rest are read or globbed.
 */
export function planIncludes(patterns: readonly string[], from: Including, root: string): IncludePlan[] {
  const dir = posix.dirname(from.absolute);
  return patterns.map((pattern): IncludePlan => {
    const refuse = (why: string): IncludePlan => ({ action: 'refuse', message: `include \`${pattern}\` ${why}` });
    if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern)) {
      return refuse(`is an absolute path; includes are relative to ${from.file} and stay inside the repository`);
    }
    const target = posix.normalize(posix.join(dir, pattern));
    if (isOutside(root, target)) return { action: 'refuse', message: outside(pattern, root) };
    if (GLOB_CHARS.test(pattern))
      return isUnderGit(pattern) ? refuse(NOT_A_WORKLOAD_FILE) : { action: 'glob', pattern };
    if (target === from.absolute) return refuse('names this file itself');
    return isWorkloadFile(pattern)
      ? { action: 'read', pattern, path: target }
      : { action: 'read', pattern, path: target, refusal: `include \`${pattern}\` ${NOT_A_WORKLOAD_FILE}` };
  });
}

/**
 * The workload files a glob's matches give to load: every YAML file outside .git but the including
 * one. A glob whose text stays inside `root` can still match outside it (`{..,a}/*.yml`): it is
 * then refused as a whole, as one whose text leads outside is.
 */
export function globbedFiles(pattern: string, matches: readonly string[], from: Including, root: string): Included {
  const candidates = matches.filter(isWorkloadFile);
  if (candidates.some((m) => isOutside(root, m))) return { problem: outside(pattern, root) };
  const files = candidates.filter((m) => m !== from.absolute);
  if (files.length > 0) return { files };
  const why = candidates.length > 0 ? 'matches only this file itself' : 'matches no file';
  return {
    problem: `include \`${pattern}\` ${why} (paths are relative to ${from.file}; symbolic links are not followed)`,
  };
}
