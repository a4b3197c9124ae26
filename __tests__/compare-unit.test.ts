import { describe, expect, it } from '@jest/globals';
import { baselineOf, compare, type BaseFigures, type BaseInput, type WorkloadChange } from '../src/compare/compare.js';
import type { Estimate } from '../src/estimate/estimate.js';
import type { Workload } from '../src/model.js';

// Unit tests of the comparison with the base branch: compare() and baselineOf() are given base
// figures and head estimates made by hand. (__tests__/compare.test.ts runs the same through git.)

const at = { file: 'carbon-budget.yml', line: 3, column: 5 };

function workload(name: string): Workload {
  return {
    name,
    kind: 'training',
    at,
    demand: { type: 'devices', powerW: 1000, powerBasis: 'declared', deviceHoursPerRun: 1, runs: 1 },
    pue: { value: 1, basis: 'declared' },
    intensity: { gPerKwh: 1000, basis: 'declared', source: 'declared in the workload file' },
  };
}

/** A head estimate: its operational kg, energy (kWh) and, when given, embodied kg. */
function head(name: string, co2eKg: number, energyKwh: number, embodiedKg?: number): Estimate {
  const e: Estimate = { workload: workload(name), itEnergyKwh: energyKwh, energyKwh, co2eKg };
  return embodiedKg === undefined ? e : { ...e, embodiedKg };
}

type BaseWorkload = BaseFigures['workloads'][number];

/** Base figures whose totals are the sums of their workloads. */
function figures(workloads: readonly BaseWorkload[], budgets: BaseFigures['budgets'] = []): BaseFigures {
  let co2eKg = 0;
  let energyKwh = 0;
  let embodiedKg = 0;
  for (const w of workloads) {
    co2eKg += w.co2eKg;
    energyKwh += w.energyKwh;
    embodiedKg += w.embodiedKg ?? 0;
  }
  return { totals: { co2eKg, energyKwh, embodiedKg }, budgets, workloads };
}

const compared = (report: BaseFigures): BaseInput => ({ state: 'compared', ref: 'main', sha: 'a1b2c3d4e5f6', report });

/** name, change, base kg, head kg, delta kg, delta kWh */
const row = (w: WorkloadChange) => [w.name, w.change, w.baseCo2eKg, w.headCo2eKg, w.deltaCo2eKg, w.deltaEnergyKwh];

describe('compare: each workload matched by name', () => {
  // At 0.5 kg/kWh: kept 20 kWh = 10 kg; grown 40 -> 52 kWh = 20 -> 26 kg; dropped 10 kWh = 5 kg; new 6 kWh = 3 kg.
  const base = compared(
    figures([
      { name: 'kept', co2eKg: 10, energyKwh: 20 },
      { name: 'grown', co2eKg: 20, energyKwh: 40 },
      { name: 'dropped', co2eKg: 5, energyKwh: 10 },
    ]),
  );
  const comparison = compare(base, [head('kept', 10, 20), head('grown', 26, 52), head('new', 3, 6)]);

  it('classifies the head in its own order, then what the base had and the head has not', () => {
    expect(comparison.workloads.map((w) => [w.name, w.change])).toEqual([
      ['kept', 'unchanged'],
      ['grown', 'changed'],
      ['new', 'added'],
      ['dropped', 'removed'],
    ]);
  });

  it('gives each workload its base, head and delta', () => {
    expect(comparison.workloads).toEqual([
      // Same figures: 0 delta.
      {
        name: 'kept',
        change: 'unchanged',
        baseCo2eKg: 10,
        headCo2eKg: 10,
        deltaCo2eKg: 0,
        baseEnergyKwh: 20,
        headEnergyKwh: 20,
        deltaEnergyKwh: 0,
      },
      // 26 - 20 = +6 kg; 52 - 40 = +12 kWh.
      {
        name: 'grown',
        change: 'changed',
        baseCo2eKg: 20,
        headCo2eKg: 26,
        deltaCo2eKg: 6,
        baseEnergyKwh: 40,
        headEnergyKwh: 52,
        deltaEnergyKwh: 12,
      },
      // Added: from nothing.
      {
        name: 'new',
        change: 'added',
        baseCo2eKg: 0,
        headCo2eKg: 3,
        deltaCo2eKg: 3,
        baseEnergyKwh: 0,
        headEnergyKwh: 6,
        deltaEnergyKwh: 6,
      },
      // Removed: down to nothing.
      {
        name: 'dropped',
        change: 'removed',
        baseCo2eKg: 5,
        headCo2eKg: 0,
        deltaCo2eKg: -5,
        baseEnergyKwh: 10,
        headEnergyKwh: 0,
        deltaEnergyKwh: -10,
      },
    ]);
  });

  it('gives the change in total and where the base was read', () => {
    // Head 10 + 26 + 3 = 39 kg against the base's 10 + 20 + 5 = 35 kg: +4 kg.
    expect(comparison.deltaCo2eKg).toBe(4);
    // Head 20 + 52 + 6 = 78 kWh against 20 + 40 + 10 = 70 kWh: +8 kWh.
    expect(comparison.deltaEnergyKwh).toBe(8);
    expect(comparison.base).toEqual({ ref: 'main', sha: 'a1b2c3d4e5f6', state: 'compared' });
  });

  it('is changed when only the energy moved (a cleaner grid for more energy)', () => {
    // 20 kWh at 500 g/kWh = 10 kg before; 25 kWh at 400 g/kWh = 10 kg now: same emissions, +5 kWh.
    const c = compare(compared(figures([{ name: 'a', co2eKg: 10, energyKwh: 20 }])), [head('a', 10, 25)]);
    expect(c.workloads).toEqual([expect.objectContaining({ change: 'changed', deltaCo2eKg: 0, deltaEnergyKwh: 5 })]);
  });

  it("counts embodied emissions in each workload's figures and deltas, but not in its energy", () => {
    const base = compared(
      figures([
        { name: 'a', co2eKg: 10, energyKwh: 20, embodiedKg: 1 },
        { name: 'b', co2eKg: 4, energyKwh: 8, embodiedKg: 2 },
        { name: 'c', co2eKg: 7, energyKwh: 14, embodiedKg: 0.5 },
      ]),
    );
    const c = compare(base, [head('a', 10, 20, 1.5), head('b', 4, 8, 2)]);
    expect(c.workloads.map(row)).toEqual([
      // Same operational figures, embodied 1 -> 1.5 kg: 11 -> 11.5 kg, changed by 0.5 kg and 0 kWh.
      ['a', 'changed', 11, 11.5, 0.5, 0],
      // 4 + 2 = 6 kg on both sides.
      ['b', 'unchanged', 6, 6, 0, 0],
      // 7 + 0.5 = 7.5 kg removed.
      ['c', 'removed', 7.5, 0, -7.5, -14],
    ]);
    // Head 11.5 + 6 = 17.5 kg against the base's 11 + 6 + 7.5 = 24.5 kg: -7 kg. Energy 28 - 42 = -14 kWh.
    expect(c.deltaCo2eKg).toBe(-7);
    expect(c.deltaEnergyKwh).toBe(-14);
  });

  it('takes a base workload without embodied emissions as none', () => {
    // 10 kg operational before; 10 + 2 embodied now: +2 kg, energy the same.
    const c = compare(compared(figures([{ name: 'a', co2eKg: 10, energyKwh: 20 }])), [head('a', 10, 20, 2)]);
    expect(c.workloads[0]).toMatchObject({ change: 'changed', baseCo2eKg: 10, headCo2eKg: 12, deltaCo2eKg: 2 });
    expect(c.deltaCo2eKg).toBe(2);
  });
});

describe('compare: float noise is not a change', () => {
  it('is unchanged when the figures differ only in the last bits', () => {
    // 0.1 + 0.2 = 0.30000000000000004 on the base, 0.3 now: the same 0.3 kg.
    const c = compare(compared(figures([{ name: 'a', co2eKg: 0.1 + 0.2, energyKwh: 0.6 }])), [head('a', 0.3, 0.6)]);
    expect(c.workloads[0]!.change).toBe('unchanged');
    expect(Math.abs(c.workloads[0]!.deltaCo2eKg)).toBeLessThan(1e-15);
  });

  it.each<[string, number, number, 'changed' | 'unchanged']>([
    // what, base kg, head kg, change: two figures differ when apart by more than 1e-9 of the larger (or of 1 kg)
    ['1 g in a tonne', 1000, 1000.001, 'changed'], // 1e-3 / 1000 = 1e-6 of it
    ['0.1 mg in a tonne', 1000, 1000.0000001, 'unchanged'], // 1e-7 / 1000 = 1e-10 of it
    ['1 mg in 1 MtCO2e', 1e9, 1e9 + 1e-6, 'unchanged'], // 1e-6 / 1e9 = 1e-15 of it
    ['10 kg in 1 MtCO2e', 1e9, 1e9 + 10, 'changed'], // 10 / 1e9 = 1e-8 of it
    ['0.01 ug from nothing', 0, 1e-11, 'unchanged'], // 1e-11 kg, below 1e-9 of 1 kg
    ['1 mg from nothing', 0, 1e-6, 'changed'], // 1e-6 kg, above 1e-9 of 1 kg
  ])('%s: %d -> %d kg is %s', (_what, baseKg, headKg, change) => {
    const c = compare(compared(figures([{ name: 'a', co2eKg: baseKg, energyKwh: 1 }])), [head('a', headKg, 1)]);
    expect(c.workloads[0]!.change).toBe(change);
  });

  it('applies the same test to energy', () => {
    const same = compare(compared(figures([{ name: 'a', co2eKg: 1, energyKwh: 5000 }])), [head('a', 1, 5000.0000001)]);
    expect(same.workloads[0]!.change).toBe('unchanged'); // 1e-7 kWh of 5,000 kWh: 2e-11 of it
    const moved = compare(compared(figures([{ name: 'a', co2eKg: 1, energyKwh: 5000 }])), [head('a', 1, 5000.01)]);
    expect(moved.workloads[0]!.change).toBe('changed'); // 10 Wh of 5,000 kWh: 2e-6 of it
  });
});

describe('compare: base states', () => {
  it('counts every head workload as added when the base has no workload files', () => {
    const c = compare({ state: 'absent', ref: 'main' }, [head('a', 3, 6), head('b', 4, 8, 1)]);
    expect(c.base).toEqual({ ref: 'main', state: 'absent' });
    expect(c.base).not.toHaveProperty('sha');
    expect(c.workloads.map(row)).toEqual([
      ['a', 'added', 0, 3, 3, 6],
      ['b', 'added', 0, 5, 5, 8], // 4 kg operational + 1 kg embodied
    ]);
    // 3 + 5 = 8 kg and 6 + 8 = 14 kWh, all new.
    expect(c.deltaCo2eKg).toBe(8);
    expect(c.deltaEnergyKwh).toBe(14);
  });

  it('keeps the sha of an absent base', () => {
    const c = compare({ state: 'absent', ref: 'v2', sha: 'ffff0000' }, []);
    expect(c.base).toEqual({ ref: 'v2', sha: 'ffff0000', state: 'absent' });
  });

  it('has no figures when the base cannot be estimated: its files are invalid', () => {
    const c = compare({ state: 'invalid', ref: 'main', sha: 'abc123', problems: 3 }, [head('a', 3, 6)]);
    expect(c).toEqual({
      base: { ref: 'main', sha: 'abc123', state: 'invalid' },
      deltaCo2eKg: null,
      deltaEnergyKwh: null,
      workloads: [],
    });
  });

  it('lists everything as removed when the head has no workloads left', () => {
    const base = figures([
      { name: 'a', co2eKg: 2, energyKwh: 4 },
      { name: 'b', co2eKg: 1, energyKwh: 2 },
    ]);
    const c = compare(compared(base), []);
    expect(c.workloads.map(row)).toEqual([
      ['a', 'removed', 2, 0, -2, -4],
      ['b', 'removed', 1, 0, -1, -2],
    ]);
    expect(c.deltaCo2eKg).toBe(-3); // 0 - (2 + 1)
    expect(c.deltaEnergyKwh).toBe(-6); // 0 - (4 + 2)
  });

  it('takes the total deltas from the base totals, as the increase budget does', () => {
    // A base whose totals include a workload it does not list (3 kg, 6 kWh more than its list):
    // the workloads are compared one by one, the totals as totals.
    const report: BaseFigures = {
      totals: { co2eKg: 13, energyKwh: 26 },
      budgets: [],
      workloads: [{ name: 'a', co2eKg: 10, energyKwh: 20 }],
    };
    const c = compare(compared(report), [head('a', 10, 20)]);
    expect(c.workloads.map((w) => w.change)).toEqual(['unchanged']);
    expect(c.deltaCo2eKg).toBe(-3); // 10 - 13
    expect(c.deltaEnergyKwh).toBe(-6); // 20 - 26
  });
});

describe('baselineOf', () => {
  it('is none without a base side (not a pull request)', () => {
    expect(baselineOf(undefined)).toEqual({ kind: 'none' });
  });

  it('is absent or invalid as the base is', () => {
    expect(baselineOf({ state: 'absent', ref: 'main' })).toEqual({ kind: 'absent' });
    expect(baselineOf({ state: 'invalid', ref: 'main', sha: 'abc', problems: 2 })).toEqual({ kind: 'invalid' });
  });

  it("carries the base total, embodied included, and each budget's use and status by name", () => {
    const report: BaseFigures = {
      totals: { co2eKg: 120, energyKwh: 240, embodiedKg: 6 },
      budgets: [
        { name: 'total', usedKg: 126, status: 'over' },
        { name: 'workload a', usedKg: 41, status: 'warn' },
      ],
      workloads: [],
    };
    const baseline = baselineOf({ state: 'compared', ref: 'main', report });
    expect(baseline.kind).toBe('report');
    if (baseline.kind !== 'report') return;
    expect(baseline.totalKg).toBe(126); // 120 kg operational + 6 kg embodied
    expect([...baseline.budgets]).toEqual([
      ['total', { usedKg: 126, status: 'over' }],
      ['workload a', { usedKg: 41, status: 'warn' }],
    ]);
  });

  it('takes base totals without embodied emissions as operational only', () => {
    const baseline = baselineOf(compared({ totals: { co2eKg: 50, energyKwh: 100 }, budgets: [], workloads: [] }));
    expect(baseline).toEqual({ kind: 'report', totalKg: 50, budgets: new Map() });
  });
});
