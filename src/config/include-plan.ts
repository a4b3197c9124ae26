import { posix } from 'node:path';

/** Characters that make an include or a config a glob rather than a path. */
export const GLOB_CHARS = /[*?[\]{}!]/;

/** What an include may name: YAML files, never inside .git. */
const WORKLOAD_FILE = /\.ya?ml$/i;

/**
 * A step that names .git, in any letter case (a disk that ignores case has `.GIT` too) and with
 * the trailing dots and spaces that Windows drops from a name.
 */
const GIT_STEP = /^\.git[. ]*$/i;

function isWorkloadFile(path: string): boolean {
  return WORKLOAD_FILE.test(path) && !isUnderGit(path);
}

/** Whether a relative path (or a pattern) has .git as one of its steps. */
export function isUnderGit(path: string): boolean {
  return path.split('/').some((step) => GIT_STEP.test(step));
}

export function isOutside(root: string, absolute: string): boolean {
  return leavesRoot(posix.relative(root, absolute));
}

/** Whether a path relative to a root (as `posix.relative` gives it) leads out of the root. */
export function leavesRoot(relative: string): boolean {
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
  /** A path of a YAML file inside the root, not under .git: read it. */
  | { readonly action: 'read'; readonly pattern: string; readonly path: string }
  | { readonly action: 'glob'; readonly pattern: string };

/** The files an include gives to load, once read or globbed; or the problem that stops it. */
export type Included = { readonly files: readonly string[] } | { readonly problem: string };

const NOT_A_WORKLOAD_FILE = 'must name .yml or .yaml workload files (and nothing under .git/)';

/** Longer than any path a system takes (Linux: 4,096 bytes), and than any sensible glob. */
export const MAX_PATTERN_LENGTH = 4096;

/** A glob's braces give at most this many patterns; more is refused rather than expanded. */
const MAX_ALTERNATIVES = 256;

function outside(pattern: string, root: string): string {
  return `include \`${pattern}\` points outside the repository (${root}); carbon-budget reads only files inside it`;
}

/** Control and invisible (format) characters: no path needs one, and a terminal obeys some. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/u;

/** A character as its code point, as an escaped text shows it: `\u0000`. */
function codePoint(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A text with its control and invisible characters written as code points (`\u001B`), safe to print. */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, codePoint);
}

/**
 * Why a path or glob cannot name a file at all, from its text: too long, or holding a control or
 * invisible character (NUL among them, which Node refuses to look up). The message starts with
 * `subject` (`include`, `the config`) and shows the text with such characters escaped.
 */
export function unusablePath(pattern: string, subject: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return (
      `${subject} is ${pattern.length.toLocaleString('en-US')} characters long; ` +
      `a path or glob may be at most ${MAX_PATTERN_LENGTH.toLocaleString('en-US')}`
    );
  const bad = UNPRINTABLE.exec(pattern)?.[0];
  if (bad === undefined) return undefined;
  const kind =
    bad === '\0' ? 'a NUL byte' : /\p{Cc}/u.test(bad) ? 'a control character' : 'an invisible formatting character';
  const shown = `\`${printable(pattern)}\``;
  return `${subject} ${shown} contains ${kind} (${codePoint(bad)}), which no file name may hold: remove it`;
}

/**
 * The patterns a glob's braces stand for (`{a,b}/*.yml`: `a/*.yml` and `b/*.yml`), so that each
 * is checked as a path; undefined past MAX_ALTERNATIVES. A brace without a comma at its own level
 * is text (a range, `{1..3}`, gives no dot or slash). A backslash escapes the next character.
 */
export function expandBraces(pattern: string): string[] | undefined {
  let open = -1;
  let depth = 0;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') {
      if (depth === 0) {
        open = i;
        commas.length = 0;
      }
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0 && commas.length > 0) {
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const bounds = [open, ...commas, i];
        const out: string[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) {
          const more = expandBraces(head + pattern.slice((bounds[k] ?? 0) + 1, bounds[k + 1]) + tail);
          if (more === undefined) return undefined;
          out.push(...more);
          if (out.length > MAX_ALTERNATIVES) return undefined;
        }
        return out;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return [pattern];
}

/**
 * Whether one step of a glob (no braces left) could match `.git`. With dotfiles not matched, a
 * wildcard never matches a leading dot; a step can begin with one through a literal dot, an escape
 * (`\.git`), a class (`[.]git`) or a group (`@(.git)`). Wider than it need be, never narrower: a
 * plain step is compared as text; one that starts with a class of letters and digits or with a
 * wildcard cannot begin with a dot; one that starts with a dot can be .git only if its plain
 * beginning is a beginning of `.git` (`.g?t`, `.*`; not `.github*`).
 */
export function stepMayBeGit(step: string): boolean {
  if (!/[*?[\]{}()!+@\\]/.test(step)) return GIT_STEP.test(step);
  if (/^[@!+*?]?\(/.test(step) || step.startsWith('\\')) return true;
  if (step.startsWith('[')) return !/^\[[A-Za-z0-9_]+\]/.test(step);
  if (!step.startsWith('.')) return false;
  const plain = step.slice(0, step.search(/[*?[\]{}()!+@\\]/)).toLowerCase();
  return '.git'.startsWith(plain) || GIT_STEP.test(plain.replace(/[. ]+$/, ''));
}

/** Whether each `open` in `text` is closed by a `close` after it, and none closes what was not opened. */
function balanced(text: string, open: string, close: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === open) depth++;
    else if (c === close && --depth < 0) return false;
  }
  return depth === 0;
}

/** Whether `text` has a `|` outside parentheses, where the matcher takes it for "or" of the whole pattern. */
function hasTopLevelBar(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Why a glob cannot be walked as written, from its text: shapes that make the walk (tinyglobby)
 * start above the directory the pattern names, or look into every directory, whatever the
 * pattern then matches. A leading `!` (a negation: files to leave out), a backslash (an escape,
 * or a Windows separator), an unmatched brace or parenthesis (a step then holds a `/`), a `|`
 * outside parentheses, an empty step (`a//*`, which leaves picomatch an empty pattern to throw
 * on), and a step that starts with `..` but is not `..` (`..*` is read as the parent directory).
 * Found by running random patterns through tinyglobby.
 */
export function malformedGlob(pattern: string): string | undefined {
  if (/^!(?!\()/.test(pattern))
    return 'starts with `!`, which makes a pattern of files to leave out; an include names files to read';
  if (pattern.includes('\\')) return 'holds a backslash: write paths with `/`, and no escapes in a glob';
  if (!balanced(pattern, '{', '}')) return 'has an unmatched `{` or `}`';
  if (!balanced(pattern, '(', ')')) return 'has an unmatched `(` or `)`';
  if (hasTopLevelBar(pattern)) return 'has a `|` outside parentheses, which a glob takes for "or" of the whole pattern';
  if (pattern.includes('//') || pattern.endsWith('/'))
    return 'has an empty step (`//`, or a `/` at the end): name files';
  return undefined;
}

/** Whether one of the patterns a glob stands for has a step like `..*`, which the walk reads as `..`. */
export function dotDotStep(pattern: string): string | undefined {
  return pattern.split('/').some((step) => step.startsWith('..') && step !== '..')
    ? 'has a step that starts with `..` but is more than `..`, which a glob takes for the parent directory'
    : undefined;
}

/**
 * Refuses, from the patterns alone, an include that cannot name a file (a NUL, a control
 * character, absurd length), is absolute, leads outside `root` (for a glob: any pattern its braces
 * stand for), names a file that is not YAML, could reach .git, or names the including file
 * itself; the rest are read or globbed. Nothing here touches the disk.
 */
export function planIncludes(patterns: readonly string[], from: Including, root: string): IncludePlan[] {
  const dir = posix.dirname(from.absolute);
  return patterns.map((pattern): IncludePlan => {
    const refuse = (why: string): IncludePlan => ({ action: 'refuse', message: `include \`${pattern}\` ${why}` });
    const unusable = unusablePath(pattern, 'include');
    if (unusable !== undefined) return { action: 'refuse', message: unusable };
    if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern)) {
      return refuse(`is an absolute path; includes are relative to ${from.file} and stay inside the repository`);
    }
    const target = posix.normalize(posix.join(dir, pattern));
    if (isOutside(root, target)) return { action: 'refuse', message: outside(pattern, root) };
    if (GLOB_CHARS.test(pattern)) {
      const expanded = expandBraces(pattern);
      if (expanded === undefined)
        return refuse(`stands for more than ${MAX_ALTERNATIVES} patterns through its braces; name fewer`);
      const malformed = malformedGlob(pattern);
      if (malformed !== undefined) return refuse(malformed);
      for (const one of expanded) {
        const path = posix.normalize(posix.join(dir, one));
        if (isOutside(root, path)) return { action: 'refuse', message: outside(pattern, root) };
        const parent = dotDotStep(one);
        if (parent !== undefined) return refuse(parent);
        if (posix.relative(root, path).split('/').some(stepMayBeGit))
          return refuse(
            `could match files under .git/, which carbon-budget never reads: ` +
              `write a dot directory's name plainly (\`.github/*.yml\`), not through a wildcard`,
          );
      }
      return { action: 'glob', pattern };
    }
    if (target === from.absolute) return refuse('names this file itself');
    if (!isWorkloadFile(posix.relative(root, target))) {
      // Without an extension it is likely a directory: the glob of its files is what was meant.
      const last = pattern.replace(/\/+$/, '').split('/').pop() ?? '';
      const hint =
        last.includes('.') || isUnderGit(pattern)
          ? ''
          : `; for the files of a directory, write \`${pattern.replace(/\/+$/, '')}/*.yml\``;
      return refuse(NOT_A_WORKLOAD_FILE + hint);
    }
    return { action: 'read', pattern, path: target };
  });
}

/**
 * The workload files a glob's matches give to load: every YAML file outside .git but the including
 * one. A glob whose text stays inside `root` but matches outside it is then refused as a whole, as
 * one whose text leads outside is (planIncludes refuses those it can see; this is the backstop).
 */
export function globbedFiles(pattern: string, matches: readonly string[], from: Including, root: string): Included {
  const candidates = matches.filter((m) => isWorkloadFile(posix.relative(root, m)));
  if (candidates.some((m) => isOutside(root, m))) return { problem: outside(pattern, root) };
  const files = candidates.filter((m) => m !== from.absolute);
  if (files.length > 0) return { files };
  const why = candidates.length > 0 ? 'matches only this file itself' : 'matches no file';
  return {
    problem: `include \`${pattern}\` ${why} (paths are relative to ${from.file}; symbolic links are not followed)`,
  };
}

/** What the action does with its `config` input, decided from its text before any I/O. */
export type ConfigPlan =
  | { readonly action: 'refuse'; readonly message: string }
  | { readonly action: 'read'; readonly path: string }
  | { readonly action: 'glob'; readonly pattern: string };

/**
 * The action's `config` input, planned as an include is: a path or glob inside `workspace`, not
 * absolute, not under .git, holding no control character; a glob is refused if any pattern its
 * braces stand for leads outside or could match .git.
 */
export function planConfig(config: string, workspace: string): ConfigPlan {
  const unusable = unusablePath(config, 'the config');
  if (unusable !== undefined) return { action: 'refuse', message: unusable };
  const inside = `the config \`${config}\` must be a path or glob inside the workspace`;
  if (posix.isAbsolute(config) || /^[A-Za-z]:[\\/]/.test(config)) return { action: 'refuse', message: inside };
  const patterns = GLOB_CHARS.test(config) ? expandBraces(config) : [config];
  if (patterns === undefined)
    return {
      action: 'refuse',
      message: `the config \`${config}\` stands for more than ${MAX_ALTERNATIVES} patterns through its braces`,
    };
  const malformed = GLOB_CHARS.test(config) ? malformedGlob(config) : undefined;
  if (malformed !== undefined) return { action: 'refuse', message: `the config \`${config}\` ${malformed}` };
  for (const one of patterns) {
    const path = posix.normalize(posix.join(workspace, one));
    if (isOutside(workspace, path)) return { action: 'refuse', message: inside };
    const parent = GLOB_CHARS.test(config) ? dotDotStep(one) : undefined;
    if (parent !== undefined) return { action: 'refuse', message: `the config \`${config}\` ${parent}` };
    const steps = posix.relative(workspace, path).split('/');
    if (GLOB_CHARS.test(config) ? steps.some(stepMayBeGit) : steps.some((s) => GIT_STEP.test(s)))
      return { action: 'refuse', message: `the config \`${config}\` must not name anything under .git/` };
  }
  return GLOB_CHARS.test(config)
    ? { action: 'glob', pattern: config }
    : { action: 'read', path: posix.normalize(posix.join(workspace, config)) };
}
