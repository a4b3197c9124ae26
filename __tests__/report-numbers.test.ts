import { describe, expect, it } from '@jest/globals';
import { INDUSTRY_PUE, PROVIDER_PUE } from '../src/catalog/data/pue.js';
import { formatCount, formatRateOverPeriod } from '../src/report/format.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { reportOf, yaml } from './helpers/workspace.js';

// Numbers a reader can redo by hand without float noise, and counts that agree with their nouns.

describe('rates over a period', () => {
  it('are written in the unit they are round in, hours first', () => {
    // 2M/day is 83,333.3…/h: per day it is exact, over 365 days.
    expect(formatRateOverPeriod(2e6 / 24, 8760)).toBe('2,000,000/day x 365 days');
    // 150/s is 540,000/h: round per hour already.
    expect(formatRateOverPeriod(150 * 3600, 720)).toBe('540,000/h x 720 h');
    // 1M/year over a year.
    expect(formatRateOverPeriod(1e6 / 8760, 8760)).toBe('1,000,000/year x 1 year');
    // 1k/day over 30 days; 10 days likewise.
    expect(formatRateOverPeriod(1000 / 24, 720)).toBe('1,000/day x 30 days');
    // Nothing round: per hour, to ten significant digits.
    expect(formatRateOverPeriod(1 / 7, 1)).toBe('0.1428571429/h x 1 h');
  });
});

describe('counts', () => {
  it('agree with their nouns', () => {
    expect(formatCount(1, 'accelerator')).toBe('1 accelerator');
    expect(formatCount(8, 'accelerator')).toBe('8 accelerators');
    expect(formatCount(1_000_000, 'request')).toBe('1,000,000 requests');
    expect(formatCount(1, 'request')).toBe('1 request');
  });
});

describe('the formula and the assumptions', () => {
  it('give an instance with one accelerator, and a host, without float noise', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: one, kind: training, instance: g5.xlarge, count: 1, hours: 1, pue: 1, intensity: 100 }',
        '  - { name: big, kind: training, instance: p5.48xlarge, count: 1, hours: 10, pue: 1, intensity: 100, ' +
          'host: true }',
      ),
    });
    const [one, big] = report.workloads;
    // g5.xlarge carries one A10G (300 W): 1 x 1 x 1 h x 300 W = 0.3 kWh.
    expect(one?.formula).toBe(
      '1 (1 x g5.xlarge, 1 accelerator each) x 1 h x 300 W = 0.3 kWh IT x PUE 1 = 0.3 kWh x 100 gCO2e/kWh = 30 gCO2e',
    );
    // p5.48xlarge: 192 vCPU EPYC 3rd Gen at 50%: 192 x (0.45 + 0.5 x (2.02 - 0.45)) = 237.12 W; 2,048 GiB =
    // 2,199.023255552 GB x 0.392 W = 862.0171 W; 1,099.137116 W per instance, shown as 1,099 W (and 2,199 GB),
    // x 10 h = 10.99 kWh beside 8 x 700 W x 10 h = 56 kWh.
    expect(big?.assumptions.host?.wattsPerInstance).toBeCloseTo(1099.1371161764, 6);
    expect(big?.formula).toContain('x 700 W = 56 kWh + 11 kWh host (1,099 W per instance) = 67 kWh IT');
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      'host: p5.48xlarge, 192 vCPU x (0.45 + 50% x (2.02 - 0.45)) W (AMD EPYC 3rd Gen (Milan)) + ' +
        '2,199 GB x 0.392 W = 1,099 W per instance',
    );
    expect(markdown).not.toMatch(/1,099\.137|2,199\.023|1 accelerators/);
  });

  it('gives a request count its rate as written', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: api, kind: inference, requests: 2M/day, energy-per-request: 0.3 Wh, period: 365d, pue: 1, ' +
          'intensity: 100 }',
      ),
    });
    // 2,000,000 x 365 = 730,000,000 requests x 0.3 Wh = 219,000 kWh = 219 MWh; x 0.1 kg/kWh = 21.9 t.
    expect(report.workloads[0]?.formula).toBe(
      '730,000,000 requests (2,000,000/day x 365 days) x 0.3 Wh = 219 MWh IT x PUE 1 = 219 MWh ' +
        'x 100 gCO2e/kWh = 21.9 tCO2e',
    );
  });

  it('names a default PUE with its origin and year, and a declared one bare', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, power: 1 kW, accelerator-hours: 1, region: aws:us-east-1 }',
        '  - { name: b, kind: training, power: 1 kW, accelerator-hours: 1, region: country:DE }',
        '  - { name: c, kind: training, power: 1 kW, accelerator-hours: 1, region: country:DE, pue: 1.3 }',
      ),
    });
    const [a, b, c] = report.workloads;
    const year = (y: number | null | undefined) => (typeof y === 'number' ? `, ${y}` : '');
    expect(a?.formula).toContain(
      `1 kWh IT x PUE ${PROVIDER_PUE.aws.value} (AWS default${year(PROVIDER_PUE.aws.year)}) =`,
    );
    expect(b?.formula).toContain(`1 kWh IT x PUE ${INDUSTRY_PUE.value} (industry default${year(INDUSTRY_PUE.year)}) =`);
    expect(c?.formula).toContain('1 kWh IT x PUE 1.3 = 1.3 kWh');
  });
});
