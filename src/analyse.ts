import { judge } from './budget/verdict.js';
import { byPosition, type Diagnostic } from './config/diagnostics.js';
import type { FileSource } from './config/file-source.js';
import { displayPath, loadWorkloadFiles } from './config/load.js';
import { resolveWorkloads } from './config/resolve.js';
import { estimateWorkload } from './estimate/estimate.js';
import { buildReport, type Report } from './report/report.js';
import { VERSION } from './version.js';

export type Analysis = { ok: true; report: Report } | { ok: false; diagnostics: readonly Diagnostic[] };

/** Files -> validated workloads -> estimates -> budget verdict -> report. */
export async function analyse(configPath: string, options: { root: string; source: FileSource }): Promise<Analysis> {
  const loaded = await loadWorkloadFiles(configPath, options);
  const resolved = resolveWorkloads(loaded.files);
  const diagnostics = [...loaded.diagnostics, ...resolved.diagnostics].sort(byPosition);
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const estimates = resolved.workloads.map(estimateWorkload);
  const verdict = judge(resolved.budgets, estimates);
  return { ok: true, report: buildReport(displayPath(options.root, configPath), VERSION, estimates, verdict) };
}
