import { cached } from '../cached.js';
import type { Budget, SourceRef, Workload } from '../model.js';
import type { RunCache } from '../run-cache.js';
import { listBudgets } from './budgets.js';
import type { Diagnostic } from './diagnostics.js';
import { inheritance, type Inherited } from './inherit.js';
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

/** Applies defaults, checks the rules that span fields and that names are unique, and lists the budgets. */
export function resolveWorkloads(files: readonly LoadedFile[], cache: RunCache): Resolution {
  const inherited = inheritance(files);
  const declared: Declared = new Map();
  const diagnostics: Diagnostic[] = [];
  const resolved = files.map((file) => {
    const own = inherited.get(file) ?? { placement: {} };
    // Below a file that did not validate, inherited settings are unknown: its problems are reported.
    const workloads = hasBrokenAncestor(file) ? [] : resolveFile(file, own, declared, cache, diagnostics);
    return { file, warn: own.warn, workloads };
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
  for (const { index, entry } of file.workloads) {
    const base: Path = ['workloads', index];
    const at = (path: Path, key = false) => sourceRef(file, [...base, ...path], key);
    const earlier = declared.get(entry.name);
    const problems = earlier === undefined ? [] : [duplicateName(earlier())];
    const workload = resolveWorkload(entry, inherited, at, cache, problems);
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

function hasBrokenAncestor(file: LoadedFile): boolean {
  for (let f: LoadedFile | undefined = file.parent; f !== undefined; f = f.parent) if (f.broken) return true;
  return false;
}
