import type { Baseline } from '../budget/verdict.js';
import { countedKg, type Estimate } from '../estimate/estimate.js';
import type { Status } from '../budget/verdict.js';

/** The figures of the base side that a comparison uses (a report has them all). */
export interface BaseFigures {
  readonly totals: { readonly co2eKg: number; readonly energyKwh: number; readonly embodiedKg?: number };
  readonly budgets: readonly { readonly name: string; readonly usedKg: number; readonly status: Status }[];
  readonly workloads: readonly {
    readonly name: string;
    readonly co2eKg: number;
    readonly embodiedKg?: number;
    readonly energyKwh: number;
  }[];
}

/** The base side of a comparison: the base branch's figures, or why there are none. */
export type BaseInput =
  | { readonly state: 'compared'; readonly ref: string; readonly sha?: string; readonly report: BaseFigures }
  | { readonly state: 'absent'; readonly ref: string; readonly sha?: string }
  | { readonly state: 'invalid'; readonly ref: string; readonly sha?: string; readonly problems: number };

export type Change = 'added' | 'removed' | 'changed' | 'unchanged';

export interface WorkloadChange {
  readonly name: string;
  readonly change: Change;
  readonly baseCo2eKg: number;
  readonly headCo2eKg: number;
  readonly deltaCo2eKg: number;
  readonly baseEnergyKwh: number;
  readonly headEnergyKwh: number;
  readonly deltaEnergyKwh: number;
}

export interface Comparison {
  readonly base: { readonly ref: string; readonly sha?: string; readonly state: BaseInput['state'] };
  /** Null when the base could not be estimated (its workload files are invalid). */
  readonly deltaCo2eKg: number | null;
  readonly deltaEnergyKwh: number | null;
  readonly workloads: readonly WorkloadChange[];
}

export function baselineOf(base: BaseInput | undefined): Baseline {
  if (base === undefined) return { kind: 'none' };
  if (base.state === 'invalid') return { kind: 'invalid' };
  if (base.state === 'absent') return { kind: 'absent' };
  return {
    kind: 'report',
    totalKg: countedKg(base.report.totals),
    budgets: new Map(base.report.budgets.map((b) => [b.name, { usedKg: b.usedKg, status: b.status }])),
  };
}

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** What a change adds or removes, per workload (matched by name) and in total. */
export function compare(base: BaseInput, head: readonly Estimate[]): Comparison {
  const where = { ref: base.ref, ...(base.sha === undefined ? {} : { sha: base.sha }), state: base.state };
  if (base.state === 'invalid') return { base: where, deltaCo2eKg: null, deltaEnergyKwh: null, workloads: [] };
  const before = new Map((base.state === 'compared' ? base.report.workloads : []).map((w) => [w.name, w]));
  const changes: WorkloadChange[] = [];
  for (const e of head) {
    const old = before.get(e.workload.name);
    before.delete(e.workload.name);
    const baseCo2eKg = old === undefined ? 0 : countedKg(old);
    const headCo2eKg = countedKg(e);
    const baseEnergyKwh = old?.energyKwh ?? 0;
    const change: Change =
      old === undefined
        ? 'added'
        : differs(baseCo2eKg, headCo2eKg) || differs(baseEnergyKwh, e.energyKwh)
          ? 'changed'
          : 'unchanged';
    changes.push({
      name: e.workload.name,
      change,
      baseCo2eKg,
      headCo2eKg,
      deltaCo2eKg: headCo2eKg - baseCo2eKg,
      baseEnergyKwh,
      headEnergyKwh: e.energyKwh,
      deltaEnergyKwh: e.energyKwh - baseEnergyKwh,
    });
  }
  for (const old of before.values()) {
    changes.push({
      name: old.name,
      change: 'removed',
      baseCo2eKg: countedKg(old),
      headCo2eKg: 0,
      deltaCo2eKg: -countedKg(old),
      baseEnergyKwh: old.energyKwh,
      headEnergyKwh: 0,
      deltaEnergyKwh: -old.energyKwh,
    });
  }
  // Totals minus totals, the same sum the `increase` budget makes, so the two figures agree.
  const baseTotals = base.state === 'compared' ? base.report.totals : { co2eKg: 0, energyKwh: 0 };
  return {
    base: where,
    deltaCo2eKg: head.reduce((sum, e) => sum + countedKg(e), 0) - countedKg(baseTotals),
    deltaEnergyKwh: head.reduce((sum, e) => sum + e.energyKwh, 0) - baseTotals.energyKwh,
    workloads: changes,
  };
}
