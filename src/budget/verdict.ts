import { countedKg, type Estimate } from '../estimate/estimate.js';
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
  /** What the same budget used on the base branch, when there is one to compare with. */
  readonly baseUsedKg?: number;
  /** Why the status is not what the figures alone would give. */
  readonly note?: string;
}

export interface Verdict {
  readonly status: Status;
  readonly budgets: readonly BudgetResult[];
}

/** What the base branch used, per budget name and in total: all that judging a change needs. */
export type Baseline =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'absent' }
  | {
      readonly kind: 'report';
      readonly totalKg: number;
      readonly budgets: ReadonlyMap<string, { usedKg: number; status: Status }>;
    };

const RANK: Record<Status, number> = { ok: 0, warn: 1, over: 2 };

export function worst(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((w, s) => (RANK[s] > RANK[w] ? s : w), 'ok');
}

// Sums of products carry float noise (0.1 + 0.2 != 0.3): a budget is over only past this share.
const TOLERANCE = 1e-9;

function statusOf(usedKg: number, budget: Budget): Status {
  const share = usedKg / budget.limitKg;
  return share > 1 + TOLERANCE ? 'over' : share >= budget.warnAt - TOLERANCE ? 'warn' : 'ok';
}

/**
 * Checks each budget against the estimates of the workloads it covers. With a baseline (the base
 * branch of a pull request), `increase` is judged on what the change adds, and a budget the base
 * already exceeds only counts as over when the change makes it worse: nobody should be blocked
 * behind an overrun they did not cause.
 */
export function judge(
  budgets: readonly Budget[],
  estimates: readonly Estimate[],
  baseline: Baseline = { kind: 'none' },
): Verdict {
  const byName = new Map(estimates.map((e) => [e.workload.name, countedKg(e)]));
  const headTotal = estimates.reduce((sum, e) => sum + countedKg(e), 0);
  const results: BudgetResult[] = [];
  for (const budget of budgets) {
    if (budget.scope === 'increase') {
      if (baseline.kind === 'none') continue;
      if (baseline.kind === 'invalid') {
        results.push({
          budget,
          usedKg: 0,
          share: 0,
          status: 'ok',
          excessKg: 0,
          note: "not checked: the base branch's workload files are invalid",
        });
        continue;
      }
      const baseTotal = baseline.kind === 'report' ? baseline.totalKg : 0;
      const usedKg = headTotal - baseTotal;
      const status = statusOf(usedKg, budget);
      results.push({
        budget,
        usedKg,
        share: usedKg / budget.limitKg,
        status,
        excessKg: status === 'over' ? usedKg - budget.limitKg : 0,
      });
      continue;
    }
    const usedKg = budget.workloads.reduce((sum, name) => sum + (byName.get(name) ?? 0), 0);
    const base = baseline.kind === 'report' ? baseline.budgets.get(budget.name) : undefined;
    let status = statusOf(usedKg, budget);
    let note: string | undefined;
    if (status === 'over' && base?.status === 'over' && usedKg <= base.usedKg * (1 + TOLERANCE)) {
      status = 'warn';
      note = 'already over on the base branch; this change does not make it worse';
    }
    results.push({
      budget,
      usedKg,
      share: usedKg / budget.limitKg,
      status,
      excessKg: statusOf(usedKg, budget) === 'over' ? usedKg - budget.limitKg : 0,
      ...(base === undefined ? {} : { baseUsedKg: base.usedKg }),
      ...(note === undefined ? {} : { note }),
    });
  }
  return { status: worst(results.map((r) => r.status)), budgets: results };
}
