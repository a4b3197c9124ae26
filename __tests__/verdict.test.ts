import { describe, expect, it } from '@jest/globals';
import { judge, worst, type Baseline, type Status } from '../src/budget/verdict.js';
import { estimateWorkload, type Estimate } from '../src/estimate/estimate.js';
import type { Budget, Workload } from '../src/model.js';

// Unit tests of the budget verdict: judge() is given budgets, estimates and a baseline made by hand.
// The estimates are written directly (co2eKg and embodiedKg are all judge() reads), except where
// estimateWorkload() is used to show that embodied emissions reach a budget.

const at = { file: 'carbon-budget.yml', line: 4, column: 3 };

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

/** An estimate at 1 kg/kWh and PUE 1, so that its energy is its operational emissions. */
function estimate(name: string, co2eKg: number, embodiedKg?: number): Estimate {
  const e: Estimate = { workload: workload(name), itEnergyKwh: co2eKg, energyKwh: co2eKg, co2eKg };
  return embodiedKg === undefined ? e : { ...e, embodiedKg };
}

/** A budget warning at 80% unless told otherwise. */
function budget(
  name: string,
  limitKg: number,
  workloads: readonly string[],
  scope: Budget['scope'] = 'total',
  warnAt = 0.8,
): Budget {
  return { name, scope, limitKg, warnAt, workloads, at };
}

const ofWorkload = (name: string, limitKg: number) => budget(`workload ${name}`, limitKg, [name], 'workload');
const increase = (limitKg: number, workloads: readonly string[] = ['a']) =>
  budget('increase', limitKg, workloads, 'increase');

function baseReport(totalKg: number, budgets: Record<string, { usedKg: number; status: Status }> = {}): Baseline {
  return { kind: 'report', totalKg, budgets: new Map(Object.entries(budgets)) };
}

const ALREADY_OVER = 'already over on the base branch; this change does not make it worse';
const BASE_INVALID = "not checked: the base branch's workload files are invalid";

describe('worst', () => {
  it('is ok for no statuses at all, and otherwise the worst of ok < warn < over', () => {
    expect(worst([])).toBe('ok');
    expect(worst(['ok', 'ok'])).toBe('ok');
    expect(worst(['ok', 'warn', 'ok'])).toBe('warn');
    expect(worst(['warn', 'over', 'ok'])).toBe('over');
    expect(worst(['over', 'warn'])).toBe('over');
  });
});

describe('a budget on its own (no base branch)', () => {
  // A 100 kg budget warning at 80%.
  it.each<[number, Status, number, number]>([
    // used kg, status, share (used / 100), excess kg
    [0, 'ok', 0, 0],
    [79, 'ok', 0.79, 0],
    [80, 'warn', 0.8, 0], // exactly at the threshold: warns
    [99, 'warn', 0.99, 0],
    [100, 'warn', 1, 0], // exactly at the limit: not over yet
    [101, 'over', 1.01, 1], // 101 - 100 = 1 kg over
    [250, 'over', 2.5, 150], // 250 - 100 = 150 kg over
  ])('uses %d kg of 100 kg: %s, share %d, excess %d kg', (usedKg, status, share, excessKg) => {
    const verdict = judge([budget('total', 100, ['a'])], [estimate('a', usedKg)]);
    expect(verdict.budgets).toHaveLength(1);
    expect(verdict.budgets[0]).toMatchObject({ usedKg, status, excessKg });
    expect(verdict.budgets[0]!.share).toBeCloseTo(share, 12);
    expect(verdict.status).toBe(status);
  });

  it('warns from its own threshold', () => {
    const half = budget('total', 100, ['a'], 'total', 0.5);
    expect(judge([half], [estimate('a', 49)]).status).toBe('ok'); // 49% < 50%
    expect(judge([half], [estimate('a', 50)]).status).toBe('warn'); // 50% = 50%
    const atLimit = budget('total', 100, ['a'], 'total', 1);
    expect(judge([atLimit], [estimate('a', 99.9)]).status).toBe('ok'); // 99.9% < 100%
    expect(judge([atLimit], [estimate('a', 100)]).status).toBe('warn'); // 100%: warns, not over
  });

  it('does not let the float noise of a sum cross a threshold or the limit', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: a 0.3 kg budget is at its limit, not over.
    const atLimit = judge([budget('total', 0.3, ['a', 'b'])], [estimate('a', 0.1), estimate('b', 0.2)]);
    expect(atLimit.budgets[0]).toMatchObject({ status: 'warn', excessKg: 0 });
    // 0.7 + 0.1 is 0.7999999999999999: of a 1 kg budget, that is the 80% threshold.
    const atThreshold = judge([budget('total', 1, ['a', 'b'])], [estimate('a', 0.7), estimate('b', 0.1)]);
    expect(atThreshold.budgets[0]!.status).toBe('warn');
  });

  it('is over as soon as the excess is more than noise', () => {
    // 1000.01 kg of 1000 kg: 0.01 kg (10 g) over, a share of 1.00001.
    const result = judge([budget('total', 1000, ['a'])], [estimate('a', 1000.01)]).budgets[0]!;
    expect(result.status).toBe('over');
    expect(result.excessKg).toBeCloseTo(0.01, 9);
  });

  it('sums only the workloads the budget covers, and a name it covers but nobody declares as nothing', () => {
    const estimates = [estimate('a', 30), estimate('b', 45), estimate('c', 500)];
    const verdict = judge(
      [budget('total of team.yml', 100, ['a', 'b'], 'file'), ofWorkload('b', 50), ofWorkload('gone', 10)],
      estimates,
    );
    expect(verdict.budgets.map((b) => [b.budget.name, b.usedKg, b.status])).toEqual([
      ['total of team.yml', 75, 'ok'], // 30 + 45 = 75 kg of 100 kg: 75% < 80%; c's 500 kg is not in it
      ['workload b', 45, 'warn'], // 45 of 50 kg: 90%
      ['workload gone', 0, 'ok'],
    ]);
  });

  it('keeps the budgets in order, each with the budget it judged, and takes the worst status', () => {
    const budgets = [budget('total', 1000, ['a', 'b']), ofWorkload('a', 10), ofWorkload('b', 100)];
    const verdict = judge(budgets, [estimate('a', 12), estimate('b', 85)]);
    // total: 12 + 85 = 97 of 1000 kg: ok; a: 12 of 10 kg: over by 2 kg; b: 85 of 100 kg: warn.
    expect(verdict.budgets.map((b) => b.budget)).toEqual(budgets);
    expect(verdict.budgets[0]!.budget).toBe(budgets[0]);
    expect(verdict.budgets.map((b) => [b.status, b.excessKg])).toEqual([
      ['ok', 0],
      ['over', 2],
      ['warn', 0],
    ]);
    expect(verdict.status).toBe('over');
  });

  it('is ok with no budgets', () => {
    expect(judge([], [estimate('a', 1e6)])).toEqual({ status: 'ok', budgets: [] });
  });

  it('has no base figure and no note without a base branch', () => {
    const result = judge([budget('total', 10, ['a'])], [estimate('a', 20)]).budgets[0]!;
    expect(result).not.toHaveProperty('baseUsedKg');
    expect(result).not.toHaveProperty('note');
  });
});

describe('embodied emissions in budgets', () => {
  it('counts operational and embodied emissions together', () => {
    // 70 kg operational alone would be 70% of 100 kg (ok); with 15 kg embodied it is 85 kg: warn.
    const warn = judge([ofWorkload('a', 100)], [estimate('a', 70, 15)]).budgets[0]!;
    expect(warn).toMatchObject({ usedKg: 85, status: 'warn', excessKg: 0 });
    // 95 + 10 = 105 kg of 100 kg: 5 kg over, where 95 kg alone would only warn.
    const over = judge([budget('total', 100, ['a'])], [estimate('a', 95, 10)]).budgets[0]!;
    expect(over).toMatchObject({ usedKg: 105, status: 'over', excessKg: 5 });
  });

  it('counts the embodied share that estimateWorkload amortises', () => {
    const gpu: Workload = {
      ...workload('gpu'),
      demand: {
        type: 'devices',
        powerW: 500,
        powerBasis: 'declared',
        count: 4,
        hoursPerRun: 25,
        deviceHoursPerRun: 100,
        runs: 1,
      },
      pue: { value: 1.2, basis: 'declared' },
      intensity: { gPerKwh: 500, basis: 'declared', source: 'declared in the workload file' },
      embodied: {
        acceleratorKg: 150,
        serverKg: 2500,
        acceleratorsPerServer: 8,
        lifetimeHours: 50_000,
        usage: 0.5,
        basis: 'declared',
      },
    };
    const e = estimateWorkload(gpu);
    // Operational: 4 x 25 h = 100 accelerator-h x 500 W = 50 kWh; x 1.2 PUE = 60 kWh; x 500 g/kWh = 30 kg.
    expect(e.co2eKg).toBeCloseTo(30, 10);
    // Embodied, over 50,000 h x 50% = 25,000 h of use: accelerators 100 h x 150 kg / 25,000 h = 0.6 kg;
    // servers 100 / 8 = 12.5 server-h x 2,500 kg / 25,000 h = 1.25 kg; 1.85 kg in all.
    expect(e.embodiedKg).toBeCloseTo(1.85, 10);
    // 30 + 1.85 = 31.85 kg against 31 kg: 0.85 kg over (30 kg alone would be 96.8%, a warning).
    const result = judge([ofWorkload('gpu', 31)], [e]).budgets[0]!;
    expect(result.status).toBe('over');
    expect(result.usedKg).toBeCloseTo(31.85, 10);
    expect(result.excessKg).toBeCloseTo(0.85, 10);
  });

  it('counts embodied emissions in what a change adds', () => {
    // The base counted 100 kg (its operational and embodied together); now 100 kg operational + 5 kg embodied.
    const result = judge([increase(4)], [estimate('a', 100, 5)], baseReport(100)).budgets[0]!;
    expect(result).toMatchObject({ usedKg: 5, status: 'over', excessKg: 1 }); // 105 - 100 = 5 kg of 4 kg: 1 kg over
  });
});

describe('the `increase` budget', () => {
  it('is not checked without a base branch to compare with', () => {
    const verdict = judge([increase(10), budget('total', 1000, ['a'])], [estimate('a', 500)]);
    expect(verdict.budgets.map((b) => b.budget.name)).toEqual(['total']);
    expect(verdict.status).toBe('ok'); // 500 of 1000 kg
  });

  it('counts everything as added when the base has no workload files', () => {
    const absent: Baseline = { kind: 'absent' };
    // 3 + 4 = 7 kg added, of 10 kg: 70%.
    const within = judge([increase(10, ['a', 'b'])], [estimate('a', 3), estimate('b', 4)], absent);
    expect(within.budgets[0]).toMatchObject({ usedKg: 7, share: 0.7, status: 'ok', excessKg: 0 });
    // 12 kg added, of 10 kg: 2 kg over.
    const over = judge([increase(10)], [estimate('a', 12)], absent);
    expect(over.budgets[0]).toMatchObject({ usedKg: 12, share: 1.2, status: 'over', excessKg: 2 });
  });

  it.each<[number, number, Status, number]>([
    // head kg (against a 100 kg base, with a 10 kg increase budget), added kg, status, excess kg
    [103, 3, 'ok', 0], // 3 of 10 kg: 30%
    [108, 8, 'warn', 0], // 8 of 10 kg: the 80% threshold
    [110, 10, 'warn', 0], // 10 of 10 kg: at the limit
    [112, 12, 'over', 2], // 12 - 10 = 2 kg over
    [100, 0, 'ok', 0], // nothing added
    [90, -10, 'ok', 0], // a change that saves 10 kg
  ])('judges a head of %d kg on what it adds: %d kg, %s', (headKg, addedKg, status, excessKg) => {
    const result = judge([increase(10)], [estimate('a', headKg)], baseReport(100)).budgets[0]!;
    expect(result).toMatchObject({ usedKg: addedKg, status, excessKg });
    expect(result.share).toBeCloseTo(addedKg / 10, 12); // added kg / 10 kg
  });

  it('compares the whole head with the whole base, across files and names', () => {
    // The base's 100 kg in one workload; the head splits it into a (60 kg) and b (45 kg): 105 kg, 5 kg added.
    const baseline = baseReport(100, { total: { usedKg: 100, status: 'ok' } });
    const result = judge([increase(10, ['a', 'b'])], [estimate('a', 60), estimate('b', 45)], baseline).budgets[0]!;
    expect(result).toMatchObject({ usedKg: 5, share: 0.5, status: 'ok' });
    expect(result).not.toHaveProperty('baseUsedKg');
  });

  it("is not checked, with a note, when the base branch's files are invalid", () => {
    const verdict = judge([increase(1)], [estimate('a', 1000)], { kind: 'invalid' });
    expect(verdict).toEqual({
      status: 'ok',
      budgets: [{ budget: increase(1), usedKg: 0, share: 0, status: 'ok', excessKg: 0, note: BASE_INVALID }],
    });
  });
});

describe('a budget the base branch already exceeds', () => {
  const total = budget('total', 100, ['a']);
  const baseOver = baseReport(150, { total: { usedKg: 150, status: 'over' } });

  it('only warns, with a note and the excess, when the change leaves the overrun as it was', () => {
    const result = judge([total], [estimate('a', 150)], baseOver).budgets[0]!;
    // 150 kg, as on the base: still 50 kg over the limit, but not this change's doing.
    expect(result).toEqual({
      budget: total,
      usedKg: 150,
      share: 1.5,
      status: 'warn',
      excessKg: 50,
      baseUsedKg: 150,
      note: ALREADY_OVER,
    });
  });

  it('only warns when the change reduces the overrun without ending it', () => {
    const result = judge([total], [estimate('a', 120)], baseOver).budgets[0]!;
    // 120 kg: 20 kg over, 30 kg less than the base's 150 kg.
    expect(result).toMatchObject({ usedKg: 120, status: 'warn', excessKg: 20, baseUsedKg: 150, note: ALREADY_OVER });
  });

  it('is ok, without a note, when the change brings it back within the limit', () => {
    const result = judge([total], [estimate('a', 60)], baseOver).budgets[0]!;
    expect(result).toMatchObject({ usedKg: 60, status: 'ok', excessKg: 0, baseUsedKg: 150 }); // 60% of 100 kg
    expect(result).not.toHaveProperty('note');
  });

  it('is over when the change makes it worse, even by 1 kg', () => {
    const result = judge([total], [estimate('a', 151)], baseOver).budgets[0]!;
    // 151 kg against the base's 150 kg: 51 kg over, and 1 kg of it is this change's.
    expect(result).toMatchObject({ usedKg: 151, status: 'over', excessKg: 51, baseUsedKg: 150 });
    expect(result).not.toHaveProperty('note');
    // 1 g more than the base is more than float noise: 150.001 kg, 50.001 kg over.
    const gram = judge([total], [estimate('a', 150.001)], baseOver).budgets[0]!;
    expect(gram.status).toBe('over');
    expect(gram.excessKg).toBeCloseTo(50.001, 9);
  });

  it('is not excused by a base that only warned: a change that lowers the limit causes its own overrun', () => {
    // The base used 170 kg of a 200 kg limit (85%: warn); the change lowers the limit to 100 kg: 70 kg over.
    const baseWarned = baseReport(170, { total: { usedKg: 170, status: 'warn' } });
    const result = judge([total], [estimate('a', 170)], baseWarned).budgets[0]!;
    expect(result).toMatchObject({ usedKg: 170, status: 'over', excessKg: 70, baseUsedKg: 170 });
    expect(result).not.toHaveProperty('note');
  });

  it('is matched by name: a budget the base did not have is judged on its own figures', () => {
    const result = judge([ofWorkload('a', 100)], [estimate('a', 150)], baseOver).budgets[0]!;
    expect(result).toMatchObject({ status: 'over', excessKg: 50 });
    expect(result).not.toHaveProperty('baseUsedKg');
    expect(result).not.toHaveProperty('note');
  });

  it('is not excused when there is no base report to show the overrun: absent or invalid', () => {
    for (const kind of ['absent', 'invalid'] as const) {
      expect(judge([total], [estimate('a', 150)], { kind }).budgets[0]).toMatchObject({ status: 'over', excessKg: 50 });
    }
  });

  it('gives the base figure of every budget the base had, whatever its status', () => {
    const baseline = baseReport(20, { total: { usedKg: 20, status: 'ok' } });
    const result = judge([total], [estimate('a', 30)], baseline).budgets[0]!;
    expect(result).toMatchObject({ usedKg: 30, status: 'ok', baseUsedKg: 20 });
  });

  it('leaves the verdict to the other budgets', () => {
    const budgets = [budget('total', 100, ['a', 'b']), ofWorkload('b', 10)];
    const baseline = baseReport(148, {
      total: { usedKg: 148, status: 'over' },
      'workload b': { usedKg: 8, status: 'warn' },
    });
    const same = judge(budgets, [estimate('a', 140), estimate('b', 8)], baseline);
    // total: 140 + 8 = 148 kg, as on the base: warn. workload b: 8 of 10 kg: warn.
    expect(same.budgets.map((b) => b.status)).toEqual(['warn', 'warn']);
    expect(same.status).toBe('warn');
    const moved = judge(budgets, [estimate('a', 137), estimate('b', 11)], baseline);
    // total: 137 + 11 = 148 kg, as on the base: warn. workload b: 11 of 10 kg, 1 kg over: over.
    expect(moved.budgets.map((b) => b.status)).toEqual(['warn', 'over']);
    expect(moved.status).toBe('over');
  });

  it('is not made worse by the float noise of summing the same workloads in another order', () => {
    // Moving workloads around in a file changes the order they are summed in, not what they emit:
    // 0.3 + 0.2 + 0.1 is 0.6, but 0.1 + 0.2 + 0.3 is 0.6000000000000001. Against a 0.5 kg budget
    // (120% used on both sides) the change does not make the overrun worse.
    const estimates = [estimate('a', 0.1), estimate('b', 0.2), estimate('c', 0.3)];
    const base = judge([budget('total', 0.5, ['c', 'b', 'a'])], estimates).budgets[0]!;
    expect(base.status).toBe('over');
    const baseline = baseReport(0.6, { total: { usedKg: base.usedKg, status: base.status } });
    const head = judge([budget('total', 0.5, ['a', 'b', 'c'])], estimates, baseline).budgets[0]!;
    expect(head.usedKg).toBeCloseTo(0.6, 12);
    expect(head).toMatchObject({ status: 'warn', note: ALREADY_OVER });
  });
});
