import { describe, expect, it } from '@jest/globals';
import { reportOf, yaml } from './helpers/workspace.js';

// Each workload below emits exactly (kWh x 1 kg/kWh): power 1 kW, PUE 1, intensity 1000 g/kWh.
const job = (name: string, hours: number, extra = '') =>
  `  - { name: ${name}, kind: training, power: 1 kW, accelerator-hours: ${hours}${extra} }`;
const defaults = 'defaults: { pue: 1, intensity: 1000 g/kWh }';

describe('budgets', () => {
  it('is ok below the warn threshold', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(defaults, 'budgets: { total: 1 t }', 'workloads:', job('a', 500)),
    });
    expect(report.status).toBe('ok');
    expect(report.budgets).toEqual([
      expect.objectContaining({
        name: 'total',
        limitKg: 1000,
        usedKg: 500,
        share: 0.5,
        warnAt: 0.8,
        status: 'ok',
        excessKg: 0,
        line: 2,
      }),
    ]);
  });

  it('warns from the threshold (80% by default) up to the limit itself', async () => {
    const at80 = await reportOf({
      'carbon-budget.yml': yaml(defaults, 'budgets: { total: 1 t }', 'workloads:', job('a', 800)),
    });
    expect(at80.status).toBe('warn');
    const atLimit = await reportOf({
      'carbon-budget.yml': yaml(defaults, 'budgets: { total: 1 t, warn: 50% }', 'workloads:', job('a', 1000)),
    });
    expect(atLimit.budgets[0]).toMatchObject({ status: 'warn', warnAt: 0.5, excessKg: 0 });
  });

  it('is over past the limit, with the excess', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        defaults,
        'budgets: { total: 2 t }',
        'workloads:',
        job('a', 1500),
        job('b', 700, ', budget: 600 kg'),
      ),
    });
    expect(report.status).toBe('over');
    expect(report.budgets.map((b) => [b.name, b.usedKg, b.status, b.excessKg])).toEqual([
      ['total', 2200, 'over', 200],
      ['workload b', 700, 'over', 100],
    ]);
  });

  it('gives an included file total the workloads of that file and what it includes', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(defaults, 'include: [llm/carbon-budget.yml]', 'workloads:', job('root-job', 100)),
      'llm/carbon-budget.yml': yaml(
        'budgets: { total: 250 kg, warn: 90% }',
        'include: [ft.yml]',
        'workloads:',
        job('pretrain', 200),
      ),
      'llm/ft.yml': yaml('workloads:', job('finetune', 30)),
    });
    expect(report.budgets).toEqual([
      expect.objectContaining({
        name: 'total of llm/carbon-budget.yml',
        scope: 'file',
        usedKg: 230,
        warnAt: 0.9,
        status: 'warn',
        workloads: ['pretrain', 'finetune'],
      }),
    ]);
    expect(report.totals.co2eKg).toBe(330);
  });

  it('accepts every mass unit in a budget', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        defaults,
        'workloads:',
        job('a', 1, ', budget: 2000 gCO2e'),
        job('b', 1, ', budget: 0.002 t'),
        job('c', 1, ', budget: 2'),
      ),
    });
    expect(report.budgets.map((b) => b.limitKg)).toEqual([2, 2, 2]);
  });
});
