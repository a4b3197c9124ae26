import { describe, expect, it } from '@jest/globals';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderTerminal } from '../src/report/terminal.js';
import electricityMaps from '@tgwf/co2/data/electricity-maps';
import { problemsOf, reportOf, yaml } from './helpers/workspace.js';

// Published figures reproduced from the same inputs.
describe('published figures', () => {
  // Patterson et al. 2021, Table 4.
  it('GPT-3: 10,000 V100 x 14.8 d x 330 W x PUE 1.10 x 429 g/kWh = 1,287 MWh, 552 tCO2e (Patterson 2021)', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: gpt-3',
        '    kind: training',
        '    accelerator: nvidia-v100-sxm2-32gb',
        '    power: 330 W',
        '    count: 10,000',
        '    hours: 14.8 days',
        '    pue: 1.1',
        '    intensity: 429 gCO2e/kWh',
      ),
    });
    // By hand: 10,000 x 355.2 h x 0.33 kW = 1,172,160 kWh; x 1.1 = 1,289,376 kWh; x 0.429 = 553,142 kg.
    expect(report.totals.energyKwh).toBeCloseTo(1_289_376, 3);
    expect(report.totals.co2eKg).toBeCloseTo(553_142.3, 1);
    expect(Math.abs(report.totals.energyKwh / 1_287_000 - 1)).toBeLessThan(0.01);
    expect(Math.abs(report.totals.co2eKg / 552_100 - 1)).toBeLessThan(0.01);
  });

  it('BLOOM dynamic: 1,082,990 A100-hours x 400 W at 57 g/kWh = 433 MWh, 24.7 t (Luccioni et al. 2022)', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: bloom-176b',
        '    kind: training',
        '    accelerator: nvidia-a100-sxm4-80gb',
        '    accelerator-hours: 1,082,990',
        '    pue: 1.0',
        '    intensity: 57 g/kWh',
      ),
    });
    // By hand: 1,082,990 h x 0.4 kW (the catalog TDP) = 433,196 kWh; x 0.057 = 24,692.2 kg.
    expect(report.totals.energyKwh).toBeCloseTo(433_196, 6);
    expect(report.totals.co2eKg).toBeCloseTo(24_692.172, 3);
    expect(Math.abs(report.totals.co2eKg / 24_700 - 1)).toBeLessThan(0.01);
    expect(report.workloads[0]!.assumptions.power).toMatchObject({ watts: 400, basis: 'catalog-tdp' });
  });
});

describe('training', () => {
  it('scales the catalog TDP by utilisation and multiplies runs, PUE and the region grid figure', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: sweep',
        '    kind: training',
        '    accelerator: nvidia-h100-sxm5-80gb',
        '    count: 8',
        '    hours: 90 min',
        '    utilization: 50%',
        '    runs: 4',
        '    region: gcp:europe-west4',
      ),
    });
    const netherlands = electricityMaps.yearly2025.data.NL!.carbonIntensity.value;
    // 8 x 1.5 h x 0.35 kW x 4 runs = 16.8 kWh IT; Google's PUE 1.09 (2025) gives 16.8 x 1.09 = 18.312 kWh.
    const w = report.workloads[0]!;
    expect(w.itEnergyKwh).toBeCloseTo(16.8, 10);
    expect(w.energyKwh).toBeCloseTo(18.312, 10);
    expect(w.co2eKg).toBeCloseTo((18.312 * netherlands) / 1000, 10);
    expect(w.assumptions.pue).toMatchObject({ value: 1.09, basis: 'provider-default', year: 2025 });
    expect(w.assumptions.intensity).toMatchObject({
      gPerKwh: netherlands,
      zone: 'NL',
      year: 2025,
      licence: 'ODbL 1.0',
    });
  });

  it('uses the pinned year of grid data and the industry PUE for a country', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'defaults:',
        '  region: country:DEU',
        '  year: 2022',
        'workloads:',
        '  - name: job',
        '    kind: training',
        '    power: 1 kW',
        '    accelerator-hours: 100',
      ),
    });
    const germany2022 = electricityMaps.yearly2022.data.DE!.carbonIntensity.value;
    // 100 h x 1 kW = 100 kWh IT; Uptime Institute's 1.54 (2025) gives 154 kWh.
    const w = report.workloads[0]!;
    expect(w.energyKwh).toBeCloseTo(154, 10);
    expect(w.co2eKg).toBeCloseTo((154 * germany2022) / 1000, 10);
    expect(w.assumptions.region?.id).toBe('country:DE');
    expect(w.assumptions.pue).toMatchObject({ value: 1.54, basis: 'industry-default' });
  });
});

describe('inference', () => {
  it('sums a request rate over the period', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: chat',
        '    kind: inference',
        '    requests: 2M/day',
        '    energy-per-request: 0.3 Wh',
        '    period: 365d',
        '    pue: 1.2',
        '    intensity: 100 g/kWh',
      ),
    });
    // 2,000,000 x 365 = 730,000,000 requests x 0.0003 kWh = 219,000 kWh; x 1.2 = 262,800 kWh; x 0.1 = 26,280 kg.
    expect(report.workloads[0]!.assumptions.units).toBeCloseTo(730_000_000, 3);
    expect(report.totals.energyKwh).toBeCloseTo(262_800, 6);
    expect(report.totals.co2eKg).toBeCloseTo(26_280, 6);
  });

  it('sums a token rate with an energy in joules', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: tokens',
        '    kind: inference',
        '    tokens: 1B/month',
        '    energy-per-token: 3.6 J',
        '    period: 1 year',
        '    pue: 1',
        '    intensity: 500 g/kWh',
      ),
    });
    // 12 x 1e9 tokens x 1e-6 kWh (3.6 J) = 12,000 kWh; x 0.5 = 6,000 kg.
    expect(report.totals.energyKwh).toBeCloseTo(12_000, 6);
    expect(report.totals.co2eKg).toBeCloseTo(6_000, 6);
  });

  it('runs a serving fleet for the whole period unless hours are given', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'defaults:',
        '  period: 30',
        '  pue: 1',
        '  intensity: 200',
        'workloads:',
        '  - name: always-on',
        '    kind: inference',
        '    accelerator: nvidia-l4-24gb',
        '    count: 4',
        '  - name: office-hours',
        '    kind: inference',
        '    power: 100',
        '    count: 2',
        '    hours: 250',
      ),
    });
    // 4 x 720 h x 0.072 kW = 207.36 kWh; 2 x 250 h x 0.1 kW = 50 kWh; at 200 g/kWh: 41.472 and 10 kg.
    const [always, office] = report.workloads;
    expect(always!.energyKwh).toBeCloseTo(207.36, 10);
    expect(always!.co2eKg).toBeCloseTo(41.472, 10);
    expect(office!.energyKwh).toBeCloseTo(50, 10);
    expect(office!.co2eKg).toBeCloseTo(10, 10);
  });
});

describe('inheritance', () => {
  it('takes the region/intensity pair from the nearest level that sets either', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'defaults:',
        '  intensity: 1000 g/kWh',
        '  pue: 1',
        'include: [team/carbon-budget.yml]',
      ),
      'team/carbon-budget.yml': yaml(
        'defaults:',
        '  region: zone:FR',
        'workloads:',
        '  - { name: inherits-team, kind: training, power: 1 kW, accelerator-hours: 10 }',
        '  - { name: own-intensity, kind: training, power: 1 kW, accelerator-hours: 10, intensity: 5 }',
      ),
    });
    const france = electricityMaps.yearly2025.data.FR!.carbonIntensity.value;
    const [team, own] = report.workloads;
    // The team's region replaces the root's intensity; pue 1 is still inherited from the root.
    expect(team!.co2eKg).toBeCloseTo((10 * france) / 1000, 10);
    expect(team!.assumptions.pue.value).toBe(1);
    expect(own!.co2eKg).toBeCloseTo(0.05, 10);
    expect(team!.file).toBe('team/carbon-budget.yml');
    expect(team!.line).toBe(4);
  });
});

it('keeps the region (and its PUE) when a workload overrides only the intensity', async () => {
  const report = await reportOf({
    'carbon-budget.yml': yaml(
      'defaults: { region: aws:us-east-1 }',
      'workloads:',
      '  - { name: a, kind: training, power: 1 kW, accelerator-hours: 100, intensity: 50 }',
    ),
  });
  // 100 kWh x AWS's 1.14 (2025) = 114 kWh; x 50 g/kWh = 5.7 kg.
  expect(report.workloads[0]!.energyKwh).toBeCloseTo(114, 12);
  expect(report.workloads[0]).toMatchObject({
    assumptions: {
      region: { id: 'aws:us-east-1' },
      pue: { value: 1.14 },
      intensity: { gPerKwh: 50, basis: 'declared' },
    },
  });
  expect(report.workloads[0]!.co2eKg).toBeCloseTo(5.7, 12);
});

describe('greener choices', () => {
  it('lists the cleanest regions of the same provider with what moving would avoid', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, power: 1 kW, accelerator-hours: 1000, region: gcp:us-central1, pue: 1 }',
      ),
    });
    const { CLOUD_REGIONS } = await import('../src/catalog/data/cloud-regions.js');
    const data = electricityMaps.yearly2025.data;
    const current = data['US-MIDW-MISO']!.carbonIntensity.value;
    // Independently: every other Google region, by 2025 intensity, keeping those at least 10% cleaner.
    const expected = CLOUD_REGIONS.filter((r) => r.provider === 'gcp' && !r.restricted && r.region !== 'us-central1')
      .map((r) => ({ region: `gcp:${r.region}`, g: data[r.zone]!.carbonIntensity.value }))
      .filter((r) => r.g <= current * 0.9)
      .sort((x, y) => x.g - y.g || x.region.localeCompare(y.region))
      .slice(0, 3);
    const kg = current; // 1,000 kWh at `current` g/kWh
    expect(report.workloads[0]!.co2eKg).toBeCloseTo(kg, 9);
    expect(report.workloads[0]!.alternatives?.map((a) => [a.region, a.gPerKwh])).toEqual(
      expected.map((e) => [e.region, e.g]),
    );
    const best = report.workloads[0]!.alternatives![0]!;
    expect(best.savingKg).toBeCloseTo(kg * (1 - expected[0]!.g / current), 9);
  });

  it('offers none for a declared intensity or a country', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, power: 1 kW, accelerator-hours: 1, intensity: 900 }',
        '  - { name: b, kind: training, power: 1 kW, accelerator-hours: 1, region: country:PL }',
      ),
    });
    expect(report.workloads.map((w) => w.alternatives)).toEqual([undefined, undefined]);
  });
});

describe('embodied emissions and overhead energy', () => {
  it('reproduces BLOOM: 24.7 t dynamic, 14.6 t idle, 11.2 t embodied, 50.5 t total (Luccioni 2023)', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'budgets: { total: 60 t }',
        'workloads:',
        '  - name: bloom-176b',
        '    kind: training',
        '    accelerator: nvidia-a100-sxm4-80gb',
        '    accelerator-hours: 1,082,990',
        '    overhead-energy: 256,646 kWh   # idle and infrastructure, as measured',
        '    embodied: true',
        '    pue: 1.0',
        '    intensity: 57 g/kWh',
      ),
    });
    // Luccioni, Viguier and Ligozat, "Estimating the Carbon Footprint of BLOOM" (arXiv 2211.02001, 2022;
    // JMLR 2023), Table 3 and section 5:
    //   dynamic:  1,082,990 GPU-hours x 400 W = 433,196 kWh x 57 g/kWh = 24,692 kg  (24.69 t)
    //   idle:     256,646 kWh (idle nodes, infrastructure) x 57 g/kWh    = 14,629 kg  (14.6 t)
    //   embodied: 1,082,990 h x 150 kg / (6 y x 8,760 h x 85% = 44,676 h) = 3,636.1 kg (GPUs)
    //           + 1,082,990 / 8 h x 2,500 kg / 44,676 h                   = 7,575.3 kg (servers): 11,211.5 kg (11.2 t)
    //   total:    24,692 + 14,629 + 11,211 = 50,532 kg                                            (50.5 t)
    const w = report.workloads[0]!;
    expect(w.energyKwh).toBeCloseTo(689_842, 6);
    expect(w.co2eKg).toBeCloseTo(39_320.994, 3);
    const used = 6 * 8760 * 0.85;
    expect(w.embodiedKg).toBeCloseTo((1_082_990 * 150) / used + ((1_082_990 / 8) * 2500) / used, 6);
    expect(w.embodiedKg).toBeCloseTo(11_211.45, 1);
    expect(w.totalCo2eKg).toBeCloseTo(50_532.45, 1);
    expect(Math.abs(w.totalCo2eKg / 50_500 - 1)).toBeLessThan(0.01);
    expect(report.totals).toMatchObject({ embodiedKg: w.embodiedKg, totalCo2eKg: w.totalCo2eKg });
    // The A100 figure is BLOOM's own: no note that it was borrowed.
    expect(w.assumptions.embodied?.note).toBeUndefined();
    // Every part and the total, as the study gives them, where a reader looks: the formula, the table and the
    // budget all say 50.5 t.
    expect(w.formula).toBe(
      '1,082,990 accelerator-h x 400 W = 433 MWh + 256,646 kWh overhead = 690 MWh IT x PUE 1 = 690 MWh ' +
        'x 57 gCO2e/kWh = 39.3 tCO2e; + embodied 11.2 tCO2e = 50.5 tCO2e',
    );
    const text = renderTerminal(report);
    expect(text).toMatch(/^bloom-176b +training +57 g\/kWh +690 MWh +39\.3 tCO2e +11\.2 tCO2e +50\.5 tCO2e +-$/m);
    expect(text).toMatch(/^total +50\.5 tCO2e +60 tCO2e +84\.2% +WARN$/m);
    expect(renderMarkdown(report)).toContain(
      '| bloom-176b | training | 57 g/kWh | 690 MWh | 39.3 tCO2e | 11.2 tCO2e | 50.5 tCO2e |  |',
    );
  });

  it('says when embodied: true used the A100 figure for another device', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: h, kind: training, accelerator: nvidia-h100-sxm5-80gb, count: 8, hours: 100, pue: 1, ' +
          'intensity: 100, embodied: true }',
        '  - { name: p, kind: training, power: 300 W, count: 8, hours: 100, pue: 1, intensity: 100, embodied: true }',
      ),
    });
    // 800 H100-hours x 150 kg / 44,676 h + 100 server-hours x 2,500 kg / 44,676 h = 2.686 + 5.596 = 8.282 kg,
    // beside 800 h x 700 W = 560 kWh x 0.1 kg/kWh = 56 kg operational: 64.3 kg.
    const [h, p] = report.workloads;
    expect(h?.embodiedKg).toBeCloseTo((800 * 150 + 100 * 2500) / 44_676, 9);
    expect(h?.assumptions.embodied?.note).toBe(
      'the NVIDIA A100 figure (150 kg), used for NVIDIA H100 SXM5 80 GB, for which the catalog has no published figure',
    );
    expect(h?.formula).toMatch(/; \+ embodied 8\.28 kgCO2e \(NVIDIA A100 figure\) = 64\.3 kgCO2e$/);
    expect(p?.assumptions.embodied?.note).toMatch(/^the NVIDIA A100 figure \(150 kg\), used for an accelerator the/);
    expect(renderMarkdown(report)).toContain(
      "([the BLOOM study's figures](https://arxiv.org/abs/2211.02001); per accelerator the NVIDIA A100 figure (150 kg), " +
        'used for NVIDIA H100 SXM5 80 GB, for which the catalog has no published figure)',
    );
  });

  it('counts embodied emissions in budgets, and refuses them on a per-request figure', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, power: 1 kW, accelerator-hours: 10, intensity: 1000, pue: 1, budget: 10 kg, ' +
          'embodied: { accelerator: 876 kg, server: 0, accelerators-per-server: 8, lifetime: 1y, usage: 100% } }',
      ),
    });
    // 10 h x 876 kg / 8,760 h = 1 kg embodied on top of 10 kg operational: 10% over.
    expect(report.workloads[0]!.embodiedKg).toBeCloseTo(1, 12);
    expect(report.budgets[0]).toMatchObject({ usedKg: 11, status: 'over' });
    expect(
      await problemsOf({
        'carbon-budget.yml': yaml(
          'workloads:',
          '  - { name: r, kind: inference, requests: 1/s, energy-per-request: 1 Wh, period: 1d, intensity: 1, ' +
            'embodied: true }',
        ),
      }),
    ).toEqual([
      'carbon-budget.yml:2:100: workload `r`: `embodied` needs accelerator-hours to amortise over: ' +
        'give a serving fleet (`accelerator` or `power`, with `count`) instead of an energy per request or token',
    ]);
  });
});

describe('cloud instance types', () => {
  it('reads an instance type as the accelerators it carries, count being instances', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, instance: p4d.24xlarge, count: 2, hours: 10, intensity: 100, pue: 1 }',
      ),
    });
    // 2 instances x 8 A100 SXM4 40 GB x 400 W x 10 h = 64 kWh; x 0.1 kg/kWh = 6.4 kg.
    const w = report.workloads[0]!;
    expect(w.energyKwh).toBeCloseTo(64, 10);
    expect(w.co2eKg).toBeCloseTo(6.4, 10);
    expect(w.assumptions).toMatchObject({
      count: 16,
      instance: { id: 'p4d.24xlarge', instances: 2, acceleratorsPerInstance: 8 },
      power: { accelerator: { id: 'nvidia-a100-sxm4-40gb' } },
    });
  });

  it("adds the hosts' CPUs and memory as Cloud Carbon Footprint models them, with `host`", async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, instance: p4d.24xlarge, count: 2, hours: 10, intensity: 100, pue: 1, ' +
          'host: true }',
        '  - { name: b, kind: training, instance: g5.48xlarge, accelerator-hours: 80, intensity: 100, pue: 1, ' +
          'host: { utilization: 20% } }',
      ),
    });
    // p4d.24xlarge: 96 vCPU Cascade Lake at 50%: 96 x (0.64 + 0.5 x (3.97 - 0.64)) = 221.28 W;
    // 1,152 GiB (AWS's unit) = 1,236.950581248 GB x 0.392 W = 484.8846278492 W; 706.1646278492 W per
    // instance, x 2 instances x 10 h = 14.123292556984 kWh, beside 2 x 8 A100 x 400 W x 10 h = 64 kWh.
    const [a, b] = report.workloads;
    expect(a?.itEnergyKwh).toBeCloseTo(78.123292556984, 9);
    expect(a?.co2eKg).toBeCloseTo(7.8123292556984, 9);
    expect(a?.assumptions.host).toMatchObject({
      instance: 'p4d.24xlarge',
      vcpus: 96,
      memoryGb: expect.closeTo(1236.950581248, 9),
      cpu: 'Intel Cascade Lake',
      utilization: 0.5,
      energyKwh: expect.closeTo(14.123292556984, 9),
    });
    expect(a?.assumptions.host?.wattsPerInstance).toBeCloseTo(706.1646278492, 9);
    // Shown to sensible digits (the JSON keeps them all); the accelerators' 64 kWh first.
    expect(a?.formula).toContain('x 400 W = 64 kWh + 14.1 kWh host (706 W per instance) = 78.1 kWh IT');
    // g5.48xlarge: 192 vCPU EPYC 2nd Gen at 20%: 192 x (0.47 + 0.2 x 1.22) = 137.088 W; 768 GiB =
    // 824.633720832 GB x 0.392 = 323.2564185661 W; 460.3444185661 W. 80 accelerator-h / 8 A10G =
    // 10 instance-hours: 4.603444185661 kWh, beside 80 x 300 W = 24 kWh.
    expect(b?.itEnergyKwh).toBeCloseTo(28.603444185661, 9);
    expect(renderMarkdown(report)).toContain(
      'host: p4d.24xlarge, 96 vCPU x (0.64 + 50% x (3.97 - 0.64)) W (Intel Cascade Lake) + ' +
        '1,237 GB x 0.392 W = 706 W per instance',
    );
    expect(
      await problemsOf({
        'carbon-budget.yml': yaml(
          'workloads:',
          '  - { name: c, kind: training, accelerator: nvidia-t4-16gb, count: 1, hours: 1, intensity: 1, host: true }',
          '  - { name: d, kind: training, instance: p5en.48xlarge, count: 1, hours: 1, intensity: 1, host: true }',
        ),
      }),
    ).toEqual([
      'carbon-budget.yml:2:95: workload `c`: `host` models the CPUs and memory of an `instance` type: ' +
        'name the instance (or give measured `overhead-energy`)',
      'carbon-budget.yml:3:91: workload `d`: `host`: ' +
        "cannot model p5en.48xlarge's host power (its processor family has no published per-vCPU power figures); " +
        'give measured `overhead-energy` instead',
    ]);
  });

  it('refuses an instance together with an accelerator, and suggests near instance ids', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, instance: p4d.24xlarge, accelerator: nvidia-t4-16gb, count: 2, hours: 1, ' +
          'intensity: 1 }',
        '  - { name: b, kind: training, instance: p4d.24xlarg, count: 1, hours: 1, intensity: 1 }',
      ),
    });
    expect(problems[0]).toBe(
      'carbon-budget.yml:2:56: workload `a`: `instance` p4d.24xlarge already carries 8 x nvidia-a100-sxm4-40gb: ' +
        'remove `accelerator`',
    );
    expect(problems[1]).toMatch(
      /^carbon-budget\.yml:3:42: `instance`: unknown instance type `p4d\.24xlarg` \(did you mean `p4d\.24xlarge`/,
    );
  });
});

describe('accelerators without a datasheet TDP, and on-premises placement', () => {
  it('uses what the vendor publishes instead, and names it in the method', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'defaults: { intensity: 100, pue: 1 }',
        'workloads:',
        // TPU v4: Google's measured maximum, 192 W per chip; 4 x 10 h x 192 W = 7.68 kWh.
        '  - { name: tpu, kind: training, accelerator: google-tpu-v4, count: 4, hours: 10 }',
        // GH200: the whole module, up to 1,000 W; 2 x 5 h x 1 kW = 10 kWh.
        '  - { name: gh, kind: training, accelerator: nvidia-gh200, count: 2, hours: 5 }',
        // Gaudi 3: hl-smi's 850 W cap; 8 x 1 h x 850 W x 50% = 3.4 kWh.
        '  - { name: gaudi, kind: training, accelerator: Gaudi 3, count: 8, hours: 1, utilization: 50% }',
      ),
    });
    expect(report.workloads.map((w) => [w.name, w.energyKwh])).toEqual([
      ['tpu', expect.closeTo(7.68, 10)],
      ['gh', expect.closeTo(10, 10)],
      ['gaudi', expect.closeTo(3.4, 10)],
    ]);
    expect(report.workloads[0]?.assumptions.power?.accelerator).toMatchObject({
      tdpW: 192,
      rating: 'measured maximum',
      url: 'https://cloud.google.com/tpu/docs/v4',
    });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('Google TPU v4, 192 W measured maximum');
    expect(markdown).toContain('Intel Gaudi 3 (OAM), 850 W maximum power limit x 50% utilisation');
  });

  it('asks for the measured power of a chip whose vendor publishes none, at the accelerator', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: t, kind: training, instance: trn1.32xlarge, count: 2, hours: 10, intensity: 1 }',
        '  - { name: v, kind: training, accelerator: google-tpu-v5e, count: 2, hours: 1, intensity: 1 }',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:2:42: workload `t`: `instance`: AWS Trainium (Trn1): the vendor publishes no power figure: ' +
        'give the measured average draw per chip with `power` (e.g. `power: 300 W`)',
      'carbon-budget.yml:3:45: workload `v`: `accelerator`: Google TPU v5e: the vendor publishes no power figure: ' +
        'give the measured average draw per chip with `power` (e.g. `power: 300 W`)',
    ]);
    // With a measured draw: 2 trn1.32xlarge x 16 Trainium chips x 10 h x 150 W = 48 kWh.
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: t, kind: training, instance: trn1.32xlarge, count: 2, hours: 10, power: 150 W, intensity: 100, ' +
          'pue: 1 }',
      ),
    });
    expect(report.workloads[0]?.energyKwh).toBeCloseTo(48, 10);
    expect(report.workloads[0]?.assumptions).toMatchObject({
      count: 32,
      power: { basis: 'declared', accelerator: { id: 'aws-trainium' } },
    });
    expect(report.workloads[0]?.assumptions.power?.accelerator?.tdpW).toBeUndefined();
  });

  it("reads on-prem:CODE as the country's grid with the industry PUE, and bare on-prem with an intensity", async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: own, kind: training, power: 1 kW, accelerator-hours: 100, region: on-prem:DE }',
        '  - { name: lab, kind: training, power: 1 kW, accelerator-hours: 100, region: on-prem, intensity: 200 }',
      ),
    });
    const [own, lab] = report.workloads;
    // 100 kWh IT x PUE 1.54 (Uptime Institute's industry average, 2025) = 154 kWh, at Germany's grid.
    expect(own?.energyKwh).toBeCloseTo(154, 10);
    expect(own?.assumptions).toMatchObject({
      region: { id: 'on-prem:DE', label: 'on-premises, Germany' },
      pue: { value: 1.54, basis: 'industry-default' },
      intensity: { zone: 'DE' },
    });
    expect(own?.co2eKg).toBeCloseTo((154 * (own?.assumptions.intensity.gPerKwh ?? NaN)) / 1000, 10);
    expect(own?.alternatives).toBeUndefined();
    expect(lab?.co2eKg).toBeCloseTo(154 * 0.2, 10);
    expect(
      await problemsOf({
        'carbon-budget.yml': yaml(
          'workloads:',
          '  - { name: x, kind: training, power: 1 kW, accelerator-hours: 1, region: on-prem }',
        ),
      }),
    ).toEqual([
      'carbon-budget.yml:2:75: workload `x`: no grid carbon intensity is known for on-premises: ' +
        'set `intensity` (e.g. `350 g/kWh`) on the workload',
    ]);
  });
});

describe('inference by task, and per functional unit', () => {
  it("uses the study's mean for a task and reports intensity per 1,000 requests", async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: chat, kind: inference, requests: 1M/day, task: text-generation, period: 10d, pue: 1, ' +
          'intensity: 100 }',
      ),
    });
    // 10M requests x 0.047 kWh / 1,000 = 470 kWh; x 0.1 kg/kWh = 47 kg; per 1,000 requests: 4.7 g and 47 Wh.
    const w = report.workloads[0]!;
    expect(w.energyKwh).toBeCloseTo(470, 9);
    expect(w.co2eKg).toBeCloseTo(47, 9);
    expect(w.perFunctionalUnit?.unit).toBe('1,000 requests');
    expect(w.perFunctionalUnit?.co2eG).toBeCloseTo(4.7, 9);
    expect(w.perFunctionalUnit?.energyWh).toBeCloseTo(47, 9);
    expect(w.assumptions.task).toMatchObject({ id: 'text-generation', url: 'https://arxiv.org/abs/2311.16863' });
  });

  it('takes the chat defaults as their sources state them: PUE only on a figure without overhead', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'defaults: { pue: 1.5, intensity: 400 g/kWh, period: 365d }',
        'workloads:',
        '  - { name: gemini, kind: inference, requests: 1M/year, task: chat }',
        '  - { name: same, kind: inference, requests: 1M/year, task: chat-gemini, region: gcp:europe-west4 }',
        '  - { name: gpt, kind: inference, requests: 1M/year, task: chat-chatgpt }',
        '  - { name: small, kind: inference, requests: 1M/year, task: text-generation }',
      ),
    });
    const [gemini, same, gpt, small] = report.workloads;
    // Google 2025: 1,000,000 prompts x 0.24 Wh = 240 kWh, overhead included: no PUE (not the inherited 1.5);
    // x 0.4 kg/kWh = 96 kg.
    expect(gemini?.energyKwh).toBeCloseTo(240, 9);
    expect(gemini?.co2eKg).toBeCloseTo(96, 9);
    expect(gemini?.assumptions.pue).toMatchObject({ value: 1, basis: 'in-task-default', year: 2025 });
    expect(gemini?.assumptions.task).toMatchObject({
      id: 'chat',
      citation: 'Google 2025',
      year: 2025,
      boundary: 'facility',
      url: 'https://arxiv.org/abs/2508.15734',
      text: 'default for chat, Google 2025',
    });
    expect(gemini?.formula).toBe(
      '1,000,000 requests (1,000,000/year x 1 year) x 0.24 Wh (default for chat, Google 2025) ' +
        "= 240 kWh with the data centre's overhead (no PUE on top) x 400 gCO2e/kWh = 96 kgCO2e",
    );
    // Nor Google Cloud's own 1.1 in a GCP region: 240 kWh again.
    expect(same?.energyKwh).toBeCloseTo(240, 9);
    // OpenAI 2025 does not say what 0.34 Wh includes: taken as IT energy, PUE on top.
    // 340 kWh x 1.5 = 510 kWh; x 0.4 = 204 kg.
    expect(gpt?.itEnergyKwh).toBeCloseTo(340, 9);
    expect(gpt?.energyKwh).toBeCloseTo(510, 9);
    expect(gpt?.co2eKg).toBeCloseTo(204, 9);
    expect(gpt?.formula).toContain('x 0.34 Wh (default for chat-chatgpt, OpenAI 2025) = 340 kWh IT x PUE 1.5');
    // Luccioni et al. 2024, measured at the server: 47 kWh x 1.5 = 70.5 kWh; x 0.4 = 28.2 kg.
    expect(small?.energyKwh).toBeCloseTo(70.5, 9);
    expect(small?.formula).toContain('0.047 Wh (default for text-generation, Luccioni et al. 2024)');
    // The markdown names every default the same way, with what it includes.
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      '  - energy per request 0.24 Wh: [default for chat, Google 2025](https://arxiv.org/abs/2508.15734) ' +
        '(LLM chat prompt, the median Gemini Apps text prompt): active accelerators, host CPUs and memory, ' +
        'idle machines kept ready, and data-centre overhead (PUE): no PUE is applied on top',
    );
    expect(markdown).toContain(
      '  - energy per request 0.34 Wh: [default for chat-chatgpt, OpenAI 2025]' +
        '(https://blog.samaltman.com/the-gentle-singularity)',
    );
    expect(markdown).toContain(
      '  - energy per request 0.047 Wh: [default for text-generation, Luccioni et al. 2024]' +
        '(https://arxiv.org/abs/2311.16863)',
    );
  });

  it('refuses a pue written beside a default that already includes the overhead', async () => {
    expect(
      await problemsOf({
        'carbon-budget.yml': yaml(
          'workloads:',
          '  - { name: g, kind: inference, requests: 1/s, task: chat, period: 1d, intensity: 1, pue: 1.2 }',
        ),
      }),
    ).toEqual([
      'carbon-budget.yml:2:86: workload `g`: the default for `task: chat` (Google 2025) already includes ' +
        "the data centre's overhead, so no PUE is applied to it: remove `pue`, or give a measured " +
        '`energy-per-request` for it to apply to',
    ]);
  });

  it('reports intensity per million tokens', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: t, kind: inference, tokens: 1B/day, energy-per-token: 0.36 J, period: 1d, pue: 1, ' +
          'intensity: 500 }',
      ),
    });
    // 0.36 J = 0.1 mWh per token: 1M tokens use 100 Wh and emit 50 g.
    expect(report.workloads[0]!.perFunctionalUnit).toEqual({
      unit: '1M tokens',
      co2eG: expect.closeTo(50, 9),
      energyWh: expect.closeTo(100, 9),
    });
  });

  it('gives a serving fleet its intensity per the requests or tokens it serves', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        // 4 L4 x 72 W x 720 h = 207.36 kWh at PUE 1 and 200 g/kWh: 41.472 kg, over 3M/day x 30 d = 90M requests:
        // per 1,000 requests 2.304 Wh and 0.4608 g.
        '  - { name: chat, kind: inference, accelerator: nvidia-l4-24gb, count: 4, requests: 3M/day, period: 30d, ' +
          'pue: 1, intensity: 200 }',
        // 2 x 100 W x 24 h = 4.8 kWh for 1B tokens/day over 1 day: per 1M tokens 4.8 Wh, 0.96 g at 200 g/kWh.
        '  - { name: gen, kind: inference, power: 100 W, count: 2, tokens: 1B/day, period: 1d, pue: 1, ' +
          'intensity: 200 }',
      ),
    });
    const [chat, gen] = report.workloads;
    expect(chat?.energyKwh).toBeCloseTo(207.36, 9);
    expect(chat?.perFunctionalUnit).toEqual({
      unit: '1,000 requests',
      co2eG: expect.closeTo(0.4608, 9),
      energyWh: expect.closeTo(2.304, 9),
    });
    expect(gen?.perFunctionalUnit).toEqual({
      unit: '1M tokens',
      co2eG: expect.closeTo(0.96, 9),
      energyWh: expect.closeTo(4.8, 9),
    });
    // With embodied (BLOOM's figures): per L4-hour 150 kg / (6 x 8,760 h x 85%) + 2,500 kg / 8 / (44,676 h)
    // = 0.0033575 + 0.0069948 = 0.0103523 kg; x 2,880 L4-hours = 29.8147 kg over 90M requests: 0.331 g per 1,000.
    const withEmbodied = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: chat, kind: inference, accelerator: nvidia-l4-24gb, count: 4, requests: 3M/day, period: 30d, ' +
          'pue: 1, intensity: 200, embodied: true }',
      ),
    });
    const usedHours = 6 * 8760 * 0.85;
    const embodiedKg = 2880 * (150 / usedHours + 2500 / 8 / usedHours);
    expect(withEmbodied.workloads[0]?.perFunctionalUnit?.embodiedG).toBeCloseTo((embodiedKg * 1000 * 1000) / 90e6, 9);
    expect(withEmbodied.workloads[0]?.perFunctionalUnit?.embodiedG).toBeCloseTo(0.3313, 4);
    // With an energy per request as well, the load is described twice: that stays an error.
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: x, kind: inference, power: 100 W, count: 2, requests: 1/s, energy-per-request: 1 Wh, ' +
          'period: 1d, intensity: 1 }',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:2:5: workload `x`: describes the load in more than one way (requests and fleet): ' +
        'keep one, or split it into two workloads',
    ]);
  });
});

describe("the JSON report's workload entries", () => {
  it('write their fields in the documented order and omit (not null, not undefined) what does not apply', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: plain, kind: training, accelerator: nvidia-t4-16gb, count: 1, hours: 1, intensity: 100, pue: 1 }',
        '  - { name: full, kind: training, description: all of it, instance: p4d.24xlarge, count: 2, hours: 10, ' +
          'utilization: 90%, region: aws:us-east-1, budget: 1 t, embodied: true, host: true, overhead-energy: 5 kWh, ' +
          'runs: 2 }',
        '  - { name: served, kind: inference, requests: 1k/day, task: text-generation, period: 30d, ' +
          'region: country:FR }',
      ),
    });
    const [plain, full, served] = report.workloads;
    // The order the report has always been written in (the fields of docs/report-format.md, with
    // embodiedKg after co2eKg and perFunctionalUnit before alternatives): readers diff these files.
    expect(Object.keys(plain!)).toEqual([
      'name',
      'kind',
      'file',
      'line',
      'energyKwh',
      'itEnergyKwh',
      'co2eKg',
      'totalCo2eKg',
      'assumptions',
      'formula',
    ]);
    expect(Object.keys(plain!.assumptions)).toEqual([
      'power',
      'count',
      'hoursPerRun',
      'acceleratorHoursPerRun',
      'runs',
      'pue',
      'intensity',
    ]);
    expect(Object.keys(plain!.assumptions.power!)).toEqual(['watts', 'basis', 'accelerator']);
    expect(Object.keys(plain!.assumptions.intensity)).toEqual(['gPerKwh', 'basis', 'source']);
    expect(Object.keys(full!)).toEqual([
      'name',
      'kind',
      'description',
      'file',
      'line',
      'energyKwh',
      'itEnergyKwh',
      'co2eKg',
      'embodiedKg',
      'totalCo2eKg',
      'budgetKg',
      'assumptions',
      'formula',
      'alternatives',
    ]);
    expect(Object.keys(full!.assumptions)).toEqual([
      'region',
      'power',
      'count',
      'instance',
      'hoursPerRun',
      'acceleratorHoursPerRun',
      'runs',
      'pue',
      'intensity',
      'overheadEnergyKwh',
      'host',
      'embodied',
    ]);
    expect(Object.keys(full!.assumptions.power!)).toEqual(['watts', 'basis', 'accelerator', 'utilization']);
    expect(Object.keys(served!)).toEqual([
      'name',
      'kind',
      'file',
      'line',
      'energyKwh',
      'itEnergyKwh',
      'co2eKg',
      'totalCo2eKg',
      'assumptions',
      'formula',
      'perFunctionalUnit',
    ]);
    expect(Object.keys(served!.assumptions)).toEqual([
      'region',
      'unit',
      'ratePerHour',
      'periodHours',
      'units',
      'energyPerUnitKwh',
      'task',
      'pue',
      'intensity',
    ]);
  });

  it('share only the parts from one catalog entry (region, accelerator, default PUE, grid figure)', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, accelerator: nvidia-a100-sxm4-80gb, count: 1, hours: 1, ' +
          'region: aws:us-east-1 }',
        '  - { name: b, kind: training, accelerator: A100-SXM4-80GB, count: 2, hours: 3, region: aws:us-east-1 }',
        '  - { name: c, kind: training, accelerator: nvidia-a100-sxm4-80gb, count: 1, hours: 1, ' +
          'region: aws:us-east-1, year: 2023 }',
        '  - { name: d, kind: training, accelerator: nvidia-h100-sxm5-80gb, count: 1, hours: 1, ' +
          'region: aws:eu-west-1 }',
        '  - { name: e, kind: training, accelerator: nvidia-h100-sxm5-80gb, count: 1, hours: 1, ' +
          'region: aws:eu-west-1, pue: 1.3 }',
      ),
    });
    const [a, b, c, d, e] = report.workloads.map((w) => w.assumptions);
    expect(b!.region).toBe(a!.region);
    expect(b!.power!.accelerator).toBe(a!.power!.accelerator);
    expect(b!.intensity).toBe(a!.intensity);
    expect(d!.pue).toBe(a!.pue);
    // What differs is not shared: the workload's own figures, another year's grid figure, another
    // accelerator, a declared PUE.
    expect(b!.power).not.toBe(a!.power);
    expect(c!.intensity).not.toBe(a!.intensity);
    expect(c!.intensity.year).toBe(2023);
    expect(d!.power!.accelerator).not.toBe(a!.power!.accelerator);
    expect(e!.pue).toEqual({ value: 1.3, basis: 'declared' });
    expect(e!.pue).not.toBe(d!.pue);
  });
});
