import { cached } from '../cached.js';
import type { Budget, SourceRef, Workload } from '../model.js';
import type { RunCache } from '../run-cache.js';
import { listBudgets, type FileBudgets } from './budgets.js';
import { lookUpNames, type FileNames } from './catalog-names.js';
import type { Diagnostic } from './diagnostics.js';
import { inherit, type Inherited } from './inherit.js';
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
    diagnostics: [...diagnostics, ...budgets.diagnostics],
  };
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
  for (const [i, { index, entry }] of file.workloads.entries()) {
    // A workload that names an unknown catalog entry has a problem saying so already.
    const named = names[i];
    if (named === undefined) continue;
    const base: Path = ['workloads', index];
    const at = (path: Path, key = false) => sourceRef(file, [...base, ...path], key);
    const earlier = declared.get(entry.name);
    const problems = earlier === undefined ? [] : [duplicateName(earlier())];
    const workload = resolveWorkload(entry, named, inherited, at, cache, problems);
    for (const problem of problems)
      diagnostics.push({ ...at(problem.path, problem.key), message: `workload \`${entry.name}\`: ${problem.message}` });
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

function isBroken(file: LoadedFile, broken: ReadonlySet<LoadedFile>): boolean {
  for (let f: LoadedFile | undefined = file; f !== undefined; f = f.parent) if (broken.has(f)) return true;
  return false;
}
