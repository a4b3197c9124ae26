import { cached } from '../cached.js';
import type { Budget, Mutable, SourceRef, Workload } from '../model.js';
import type { RunCache } from '../run-cache.js';
import { listBudgets, type FileBudgets } from './budgets.js';
import { lookUpNames, type FileNames } from './catalog-names.js';
import type { Diagnostic } from './diagnostics.js';
import { inherit, type Inherited } from './inherit.js';
import { specHint } from './job-spec-fields.js';
import { sourceRef, type LoadedFile } from './load.js';
import { resolveWorkload, type Problem } from './resolve-workload.js';
import type { Path } from './yaml-positions.js';

export interface Resolution {
  readonly workloads: readonly Workload[];
  readonly budgets: readonly Budget[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A file's workloads as resolved, each with where its name is written. */
export interface ResolvedFile {
  readonly workloads: readonly { readonly workload: Workload; readonly declared: () => SourceRef }[];
}

/** Where each workload name was first declared, found only when a second declaration needs to say so. */
type Declared = Map<string, () => SourceRef>;

/**
 * Looks up the catalog names, applies defaults, checks the rules that span fields and that names
 * are unique, and lists the budgets.
 */
export function resolveWorkloads(files: readonly LoadedFile[], cache: RunCache): Resolution {
  const diagnostics: Diagnostic[] = [];
  const declared: Declared = new Map();
  const inherited = new Map<LoadedFile, Inherited>();
  // Files that did not validate, or whose `defaults` name an unknown region: what their workloads
  // (and those of the files they include) inherit is not known, so only their problems are reported.
  const broken = new Set<LoadedFile>();
  const resolved = files.map((file): FileBudgets => {
    const names = lookUpNames(file, cache);
    diagnostics.push(...names.problems);
    const defaults = file.broken ? undefined : names.defaults;
    if (defaults === undefined) broken.add(file);
    const parent = file.parent === undefined ? undefined : inherited.get(file.parent);
    const own =
      defaults === undefined
        ? inherit(parent, undefined, undefined)
        : inherit(parent, { ...file.envelope.defaults, region: defaults.region }, file.envelope.budgets?.warn);
    inherited.set(file, own);
    const workloads = isBroken(file, broken)
      ? []
      : resolveFile(file, names.workloads, own, declared, cache, diagnostics);
    return { file, budgets: defaults === undefined ? undefined : file.envelope.budgets, warn: own.warn, workloads };
  });
  const budgets = listBudgets(resolved);
  return {
    workloads: resolved.flatMap((f) => f.workloads),
    budgets: budgets.budgets,
    diagnostics: capPerFile([...diagnostics, ...budgets.diagnostics]),
  };
}

/** As for validation (load.ts): past this many problems in a file, the rest are counted, not listed. */
const MAX_PROBLEMS_PER_FILE = 100;

/**
 * The first 100 problems of each file, then one line counting the rest: 7,000 aliased copies of
 * one workload made 7,000 lines saying its name is taken.
 */
function capPerFile(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const listed = new Map<string, number>();
  const hidden = new Map<string, { first: Diagnostic; count: number }>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const n = (listed.get(d.file) ?? 0) + 1;
    listed.set(d.file, n);
    if (n <= MAX_PROBLEMS_PER_FILE) out.push(d);
    else {
      const more = hidden.get(d.file);
      if (more === undefined) hidden.set(d.file, { first: d, count: d.count ?? 1 });
      else more.count += d.count ?? 1;
    }
  }
  for (const [file, { first, count }] of hidden) {
    const message =
      `and ${count.toLocaleString('en-US')} more problem${count === 1 ? '' : 's'} in this file, ` +
      'not listed: fix these first';
    out.push({ file, line: first.line, column: first.column, message, count });
  }
  return out;
}

/**
 * A file's workloads, each problem added to `diagnostics`. The base and head of a pull request
 * share the parse of every file that did not change (the same workload list): where the file and
 * what it inherits are the same too, so are its workloads, which are resolved once for both sides
 * (when they had no problem).
 */
function resolveFile(
  file: LoadedFile,
  names: FileNames['workloads'],
  inherited: Inherited,
  declared: Declared,
  cache: RunCache,
  diagnostics: Diagnostic[],
): Workload[] {
  const key = `${file.file}\n${JSON.stringify(inherited)}`;
  const reused = cache.resolvedFiles.get(file.workloads)?.get(key);
  if (reused !== undefined && reused.workloads.every(({ workload }) => !declared.has(workload.name))) {
    for (const { workload, declared: at } of reused.workloads) declared.set(workload.name, at);
    return reused.workloads.map(({ workload }) => workload);
  }
  const problemsBefore = diagnostics.length;
  const resolved: ResolvedFile['workloads'][number][] = [];
  for (const [i, { index, entry, spec }] of file.workloads.entries()) {
    // A workload that names an unknown catalog entry has a problem saying so already.
    const named = names[i];
    if (named === undefined) continue;
    const base: Path = ['workloads', index];
    const at = (path: Path, key = false) => sourceRef(file, [...base, ...path], key);
    const earlier = declared.get(entry.name);
    const problems = earlier === undefined ? [] : [duplicateName(earlier())];
    const workload = resolveWorkload(entry, named, inherited, at, cache, problems);
    const who = spec === undefined ? `workload \`${entry.name}\`` : `workload \`${entry.name}\` (from ${spec.file})`;
    for (const problem of problems) {
      const hint = spec === undefined || problem.path.length > 0 ? '' : specHint(spec);
      diagnostics.push({ ...at(problem.path, problem.key), message: `${who}: ${problem.message}${hint}` });
    }
    if (workload !== undefined && spec !== undefined) (workload as Mutable<Workload>).spec = spec;
    const nameAt = () => at(['name']);
    if (earlier === undefined) declared.set(entry.name, nameAt);
    if (workload !== undefined) resolved.push({ workload, declared: nameAt });
  }
  if (diagnostics.length === problemsBefore && resolved.length === file.workloads.length) {
    cached(cache.resolvedFiles, file.workloads, () => new Map<string, ResolvedFile>()).set(key, {
      workloads: resolved,
    });
  }
  return resolved.map(({ workload }) => workload);
}

/** Workload names are unique across the set: a second declaration says where the first is. */
function duplicateName(first: SourceRef): Problem {
  return {
    path: ['name'],
    message: `the name is already used at ${first.file}:${first.line}:${first.column}; workload names must be unique`,
  };
}

/**
 * A set of files that declares no workload at all would pass every budget with zero: a root file
 * that is `{}`, `~` or `workloads:` alone, or that includes only such files, is a mistake unless a
 * file of the set says so with `workloads: []`. Said at the first root file: at its `workloads:`
 * when it has one. Asked only of a set without other problems: a missing include or a file that
 * did not validate is the cause to fix, and is said already.
 */
export function emptySet(files: readonly LoadedFile[]): Diagnostic | undefined {
  const root = files[0];
  if (root === undefined || files.some((f) => f.broken === true || Array.isArray(f.envelope.workloads)))
    return undefined;
  const advice =
    'list the workloads, or write `workloads: []` to say there are none yet ' +
    '(an empty set would pass every budget with zero)';
  if (root.envelope.workloads === null) {
    const included = files.length > 1 ? ' and no file it includes declares one' : '';
    return {
      ...sourceRef(root, ['workloads'], true),
      message: `\`workloads:\` has nothing after it${included}: ${advice}`,
    };
  }
  const included = files.length > 1 ? ', nor does any file it includes' : '';
  return { ...sourceRef(root, []), message: `no workloads: the file declares none${included}; ${advice}` };
}

function isBroken(file: LoadedFile, broken: ReadonlySet<LoadedFile>): boolean {
  for (let f: LoadedFile | undefined = file; f !== undefined; f = f.parent) if (broken.has(f)) return true;
  return false;
}
