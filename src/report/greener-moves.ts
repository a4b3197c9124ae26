import type { Report, WorkloadReport } from './report.js';

// The greener choices both renderings (markdown and terminal) show under the tables.

export interface Move {
  readonly workload: WorkloadReport;
  readonly best: NonNullable<WorkloadReport['alternatives']>[number];
}

const TOP_MOVES = 3;

/**
 * The few moves that matter: the three workloads whose best cleaner region would avoid the most,
 * the earlier declared first on a tie. Picked in one pass: sorting every workload's move cost a
 * 10,000-workload report 14 ms a rendering.
 */
export function topMoves(report: Report): readonly Move[] {
  const top: Move[] = [];
  for (const workload of report.workloads) {
    const best = workload.alternatives?.[0];
    if (best === undefined) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]?.best.savingKg ?? Infinity) < best.savingKg) at--;
    if (at < TOP_MOVES) top.splice(at, 0, { workload, best });
    if (top.length > TOP_MOVES) top.pop();
  }
  return top;
}
