import type { Estimate } from '../estimate/estimate.js';
import type { Budget } from '../model.js';

export type Status = 'ok' | 'warn' | 'over';

export interface BudgetResult {
  readonly budget: Budget;
  readonly usedKg: number;
  /** used / limit. */
  readonly share: number;
  readonly status: Status;
  /** How far over the limit (0 unless over). */
  readonly excessKg: number;
}

export interface Verdict {
  readonly status: Status;
  readonly budgets: readonly BudgetResult[];
}

const RANK: Record<Status, number> = { ok: 0, warn: 1, over: 2 };

export function worst(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((w, s) => (RANK[s] > RANK[w] ? s : w), 'ok');
}

/** Checks each budget against the estimates of the workloads it covers. */
export function judge(budgets: readonly Budget[], estimates: readonly Estimate[]): Verdict {
  const byName = new Map(estimates.map((e) => [e.workload.name, e.co2eKg]));
  const results = budgets.map((budget): BudgetResult => {
    const usedKg = budget.workloads.reduce((sum, name) => sum + (byName.get(name) ?? 0), 0);
    const share = usedKg / budget.limitKg;
    const status: Status = usedKg > budget.limitKg ? 'over' : share >= budget.warnAt ? 'warn' : 'ok';
    return { budget, usedKg, share, status, excessKg: Math.max(0, usedKg - budget.limitKg) };
  });
  return { status: worst(results.map((r) => r.status)), budgets: results };
}
