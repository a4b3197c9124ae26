import { readEvidence, type WorkloadEvidence } from './adapters/evidence.js';
import { countedEstimates } from './budget/counted.js';
import { judge } from './budget/verdict.js';
import { cached } from './cached.js';
import { baselineOf, compare, type BaseInput } from './compare/compare.js';
import { byPosition, capPerFile, problemCount, type Diagnostic } from './config/diagnostics.js';
import type { FileSource } from './config/file-source.js';
import { displayPath, loadWorkloadFiles } from './config/load.js';
import { emptySet, resolveWorkloads } from './config/resolve.js';
import type { Budget, Workload } from './model.js';
import { greenerRegions } from './estimate/alternatives.js';
import { estimateWorkload, totalOf, type Estimate } from './estimate/estimate.js';
import { unusableFigures } from './estimate/finite.js';
import { withEvidence } from './report/evidence.js';
import { buildReport, type Report } from './report/report.js';
import { RunCache } from './run-cache.js';
import { VERSION } from './version.js';

export type Analysis = { ok: true; report: Report } | { ok: false; diagnostics: readonly Diagnostic[] };

/** Files -> validated workloads -> estimates -> budget verdict -> report. */
export interface AnalyseOptions {
  readonly root: string;
  readonly source: FileSource;
  /** The run's caches, shared with the base side's analysis (see RunCache); a fresh one when not given. */
  readonly cache?: RunCache;
  /**
   * The base branch's side, for a pull request. It may still be on its way: the head's files are
   * read and estimated meanwhile (the base waits on git or the API), and it is awaited to judge.
   */
  readonly base?: BaseInput | Promise<BaseInput | undefined>;
}

/** `configPaths`: the root workload files of the set (absolute); `label` names the set in reports. */
export async function analyse(
  configPaths: readonly string[],
  options: AnalyseOptions & { readonly label?: string },
): Promise<Analysis> {
  const cache = runCacheOf(options);
  const evaluated = await evaluate(configPaths, options.root, options.source, cache);
  if (!evaluated.ok) return evaluated;
  const { estimates, budgets, evidence } = evaluated;
  const base = await options.base;
  cache.parses.clear();
  // Budgets and the comparison count measured figures where a file asks them to.
  const counted = countedEstimates(estimates, evidence);
  const verdict = judge(budgets, counted, baselineOf(base));
  const comparison = base === undefined ? undefined : compare(base, counted);
  const label = options.label ?? configPaths.map((p) => displayPath(options.root, p)).join(' ');
  const report = buildReport(label, VERSION, estimates, verdict, comparison);
  return { ok: true, report: withEvidence(report, estimates, evidence) };
}

type Evaluation =
  | {
      ok: true;
      estimates: readonly Estimate[];
      budgets: readonly Budget[];
      evidence: ReadonlyMap<string, WorkloadEvidence>;
    }
  | { ok: false; diagnostics: readonly Diagnostic[] };

function runCacheOf(options: AnalyseOptions): RunCache {
  return options.cache ?? new RunCache();
}

async function evaluate(
  configPaths: readonly string[],
  root: string,
  source: FileSource,
  cache: RunCache,
): Promise<Evaluation> {
  const loaded = await loadWorkloadFiles(configPaths, { root, source, cache });
  const resolved = resolveWorkloads(loaded.files, cache);
  // Model cards and CodeCarbon runs the workloads point at, read through the same source.
  const evidence = await readEvidence(loaded.files, { root, source });
  const diagnostics = capPerFile(
    [...loaded.diagnostics, ...resolved.diagnostics, ...evidence.diagnostics].sort(byPosition),
  );
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  // No workload at all would pass every budget with zero, unless a file says so with `workloads: []`.
  const empty = emptySet(loaded.files);
  if (empty !== undefined) return { ok: false, diagnostics: [empty] };
  const estimates = resolved.workloads.map((workload) => estimateOf(workload, cache));
  // Infinity or NaN would pass every budget and be null in the JSON: a problem, never a figure.
  const rootFile = { file: displayPath(root, configPaths[0] ?? root), line: 1, column: 1 };
  const unusable = unusableFigures(estimates, resolved.budgets, rootFile);
  if (unusable.length > 0) return { ok: false, diagnostics: unusable };
  return { ok: true, estimates, budgets: resolved.budgets, evidence: evidence.evidence };
}

/** A workload's estimate, with the cleaner regions it could move to: the report only shows them. */
function estimateOf(workload: Workload, cache: RunCache): Estimate {
  return cached(cache.estimates, workload, () => {
    const estimate = estimateWorkload(workload);
    const alternatives = greenerRegions(estimate, cache);
    return alternatives.length === 0 ? estimate : { ...estimate, alternatives };
  });
}

/**
 * Estimates the base side of a comparison from its own files: `absent` when the base has no root
 * workload file, `invalid` when its files do not validate (the change may be fixing them).
 */
export async function analyseBase(
  configPaths: readonly string[],
  options: AnalyseOptions & { ref: string; sha?: string },
): Promise<BaseInput> {
  const where = { ref: options.ref, ...(options.sha === undefined ? {} : { sha: options.sha }) };
  const present: string[] = [];
  for (const path of configPaths) if (typeof (await options.source.read(path)) === 'string') present.push(path);
  if (present.length === 0) return { state: 'absent', ...where };
  const evaluated = await evaluate(present, options.root, options.source, runCacheOf(options));
  if (!evaluated.ok) return { state: 'invalid', ...where, problems: problemCount(evaluated.diagnostics) };
  // Only the figures a comparison uses: a whole report of the base would be built for nothing.
  const estimates = countedEstimates(evaluated.estimates, evaluated.evidence);
  const verdict = judge(evaluated.budgets, estimates, { kind: 'none' });
  return {
    state: 'compared',
    ...where,
    report: {
      totals: totalOf(estimates),
      budgets: verdict.budgets.map((b) => ({ name: b.budget.name, usedKg: b.usedKg, status: b.status })),
      workloads: estimates.map((e) => ({
        name: e.workload.name,
        co2eKg: e.co2eKg,
        energyKwh: e.energyKwh,
        ...(e.embodiedKg === undefined ? {} : { embodiedKg: e.embodiedKg }),
      })),
    },
  };
}
