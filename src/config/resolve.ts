import { cached } from '../cached.js';
import type { Budget, Mutable, SourceRef, Workload } from '../model.js';
import type { RunCache } from '../run-cache.js';
import { listBudgets, type FileBudgets } from './budgets.js';
import { lookUpNames, workloadNames } from './catalog-names.js';
import type { Diagnostic } from './diagnostics.js';
import { inherit, stillStandingIn, type Inherited } from './inherit.js';
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
  const resolved = files.map((file): FileBudgets => {
    const names = lookUpNames(file, cache);
    diagnostics.push(...names.problems);
    const defaults = names.defaults;
    const parent = file.parent === undefined ? undefined : inherited.get(file.parent);
    // What did not validate of `defaults` (or names nothing known) stands in, so that the
    // workloads below are checked all the same (salvage.ts).
    const standIns = [...(file.defaultsStandIns ?? []), ...(defaults.standIns ?? [])];
    const own = inherit(
      parent,
      { ...file.envelope.defaults, region: defaults.region },
      file.envelope.budgets?.warn,
      standIns,
    );
    inherited.set(file, own);
    const workloads = resolveFile(file, own, declared, cache, diagnostics);
    return { file, budgets: file.envelope.budgets, warn: own.warn, workloads };
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
  // Looked up only here: a file resolved before had no unknown name (it would have a problem).
  const names = workloadNames(file, cache, diagnostics);
  const resolved: ResolvedFile['workloads'][number][] = [];
  for (const [i, { index, entry, standIns: own, spec }] of file.workloads.entries()) {
    const named = names[i];
    if (named === undefined) continue;
    const base: Path = ['workloads', index];
    const at = (path: Path, key = false) => sourceRef(file, [...base, ...path], key);
    const earlier = declared.get(entry.name);
    const problems = earlier === undefined ? [] : [duplicateName(earlier())];
    const workload = resolveWorkload(entry, named, inherited, at, cache, problems);
    // A field that stands in for what was written has a problem saying so already: what is said
    // about it here is about the stand-in, and what is worked out from it is not estimated.
    const standIns = new Set([
      ...(own ?? []),
      ...(named.standIns ?? []),
      ...stillStandingIn(inherited.standIns ?? [], entry),
    ]);
    const who = spec === undefined ? `workload \`${entry.name}\`` : `workload \`${entry.name}\` (from ${spec.file})`;
    for (const problem of problems) {
      if (standIns.size > 0 && concernsStandIn(problem, standIns)) continue;
      const hint = spec === undefined || problem.path.length > 0 ? '' : specHint(spec);
      diagnostics.push({ ...at(problem.path, problem.key), message: `${who}: ${problem.message}${hint}` });
    }
    if (workload !== undefined && spec !== undefined) (workload as Mutable<Workload>).spec = spec;
    const nameAt = () => at(['name']);
    if (earlier === undefined) declared.set(entry.name, nameAt);
    if (workload !== undefined && standIns.size === 0) resolved.push({ workload, declared: nameAt });
  }
  if (diagnostics.length === problemsBefore && resolved.length === file.workloads.length) {
    cached(cache.resolvedFiles, file.workloads, () => new Map<string, ResolvedFile>()).set(key, {
      workloads: resolved,
    });
  }
  return resolved.map(({ workload }) => workload);
}

/**
 * Whether a problem is about a field that stands in: at it, or naming it. A problem at the
 * workload itself says what it lacks, and a stand-in lacks nothing: it stays.
 */
function concernsStandIn(problem: Problem, standIns: ReadonlySet<string>): boolean {
  const first = problem.path[0];
  if (first === undefined) return false;
  if (standIns.has(String(first))) return true;
  for (const field of standIns) if (problem.message.includes(`\`${field}\``)) return true;
  return false;
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
