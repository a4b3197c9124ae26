import { describe, expect, it } from '@jest/globals';
import { headline } from '../src/report/verdict-text.js';
import { reportOf } from './helpers/workspace.js';

describe('the headline', () => {
  it('counts workloads as the tables write numbers, with grouping commas', async () => {
    // 1,200 inference workloads of 1 kWh each (1,000 requests x 1 Wh, PUE 1) at 100 g/kWh:
    // 1,200 kWh = 1.2 MWh and 120 kgCO2e in all.
    const lines = Array.from(
      { length: 1200 },
      (_, i) =>
        `  - { name: w${i}, kind: inference, requests: 1000/day, energy-per-request: 1 Wh, pue: 1, ` +
        'intensity: 100 g/kWh, period: 1d }',
    );
    const report = await reportOf({ 'carbon-budget.yml': ['workloads:', ...lines].join('\n') + '\n' });
    expect(headline(report).detail).toBe('120 kgCO2e and 1.2 MWh for 1,200 workloads');
  });

  it('says one workload in the singular', async () => {
    // 1,000 requests x 1 Wh at PUE 1 and 100 g/kWh: 1 kWh and 0.1 kg, shown as 100 g.
    const report = await reportOf({
      'carbon-budget.yml':
        'workloads:\n  - { name: w, kind: inference, requests: 1000/day, energy-per-request: 1 Wh, pue: 1, ' +
        'intensity: 100 g/kWh, period: 1d }\n',
    });
    expect(headline(report).detail).toBe('100 gCO2e and 1 kWh for 1 workload');
  });
});
