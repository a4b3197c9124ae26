import { describe, expect, it } from '@jest/globals';
import electricityMaps from '@tgwf/co2/data/electricity-maps';
import { findAccelerator } from '../src/catalog/accelerators.js';
import { EQUIVALENCES } from '../src/catalog/data/equivalences.js';
import { INSTANCE_TYPES } from '../src/catalog/data/instances.js';
import { PROVIDER_PUE } from '../src/catalog/data/pue.js';
import { acceleratorsLabel, findInstance } from '../src/catalog/instances.js';
import { runCli } from '../src/cli.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { problemsOf, reportOf, yaml } from './helpers/workspace.js';

// Each figure added to the catalog, checked against the number read in its source (the source's
// own words are in its title, so the check is also that the title states the figure it holds).
describe('accelerators added for 2026', () => {
  const cases: readonly [id: string, watts: number, readInSource: string][] = [
    // K80: one board, two GPUs, 300 W: each GPU as nvidia-smi counts it draws 300 / 2 = 150 W.
    ['nvidia-k80', 300 / 2, 'TDP 300 W per board'],
    ['nvidia-p100-pcie-16gb', 250, '250 W'],
    ['nvidia-p100-pcie-12gb', 250, '250 W'],
    ['nvidia-a40-48gb', 300, '"Max power consumption 300 W"'],
    ['nvidia-l40-48gb', 300, '"Max Power Consumption 300W | 350W"'],
    ['nvidia-rtx-6000-ada-48gb', 300, 'limited to 300 W'],
    ['nvidia-rtx-pro-6000-96gb', 600, '600 W board power'],
    ['nvidia-h20-96gb', 400, '400 W TDP'],
    // DGX B300: 14.5 kW for the server, 8 GPUs: 14,500 / 8 = 1,812.5 W.
    ['nvidia-b300-288gb', 14_500 / 8, '14.5 kW for 8 B300 GPUs'],
    // NVL72 racks: about 120 kW for 72 GPUs: 120,000 / 72 = 1,666.7, rounded to 1,667 W.
    ['nvidia-gb200', Math.round(120_000 / 72), 'about 120 kW'],
    ['nvidia-gb300', Math.round(120_000 / 72), 'about 120 kW'],
    ['amd-mi210-64gb', 300, '300 W TDP'],
    ['amd-mi350x-288gb', 1000, 'MI350X 1,000 W'],
    ['amd-mi355x-288gb', 1400, 'MI355X 1,400 W'],
    ['google-tpu-v2', 208, 'TPU v2: 208 W'],
    ['google-tpu-v3', 310, 'TPU v3: 310, 289, 288 and 245 W'],
    // Ironwood: 10 MW for a pod of 9,216 chips: 10,000,000 / 9,216 = 1,085.07, rounded to 1,085 W.
    ['google-tpu-v7', Math.round(10_000_000 / 9216), '9,216 chips per pod, 10 MW'],
  ];

  it.each(cases)('%s: %d W, as its source reads (%s)', (id, watts, readInSource) => {
    const found = findAccelerator(id);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.tdpW).toBe(watts);
    expect(found.value.source.title).toContain(readInSource);
  });

  it('says what a figure is whenever it is not a board TDP', () => {
    const rating = (id: string) => (findAccelerator(id) as { value: { rating?: string } }).value.rating;
    expect(rating('nvidia-gb200')).toMatch(/^system-level estimate/);
    expect(rating('nvidia-b300-288gb')).toMatch(/^system-level estimate/);
    expect(rating('google-tpu-v7')).toMatch(/^system-level estimate/);
    expect(rating('google-tpu-v3')).toMatch(/^measured average/);
    expect(rating('nvidia-k80')).toBe("half the board's 300 W TDP");
    expect(rating('nvidia-h20-96gb')).toBeUndefined();
  });

  it('knows Trainium2 and Inferentia, and asks for their power', async () => {
    expect(findAccelerator('Trainium2')).toMatchObject({ ok: true, value: { id: 'aws-trainium2' } });
    expect(findAccelerator('Inferentia')).toMatchObject({ ok: true, value: { id: 'aws-inferentia' } });
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: t, kind: training, instance: trn2.48xlarge, count: 1, hours: 1, intensity: 1 }',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:2:42: workload `t`: `instance`: AWS Trainium2 (Trn2): the vendor publishes no power ' +
        'figure: give the measured average draw per chip with `power` (e.g. `power: 300 W`)',
    ]);
  });
});

describe('an estimate from count and hours alone', () => {
  it('8 x H20 for 10 h in aws:us-east-1: 32 kWh IT x PUE 1.14 x the PJM grid', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: h20, kind: training, accelerator: nvidia-h20-96gb, count: 8, hours: 10, region: aws:us-east-1 }',
      ),
    });
    // Energy = count x W x h x PUE = 8 x 400 W x 10 h = 32 kWh IT; x 1.14 (AWS, 2025) = 36.48 kWh.
    // Emissions = energy x intensity of US-MIDA-PJM, the newest year CO2.js ships (2025).
    const pjm = electricityMaps.yearly2025.data['US-MIDA-PJM']!.carbonIntensity.value;
    const w = report.workloads[0]!;
    expect(w.itEnergyKwh).toBeCloseTo(32, 10);
    expect(w.energyKwh).toBeCloseTo(36.48, 10);
    expect(w.co2eKg).toBeCloseTo((36.48 * pjm) / 1000, 10);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('NVIDIA H20 96 GB, 400 W TDP');
    // The PUE default is shown with the year it measures.
    expect(markdown).toMatch(/PUE 1\.14: .*, 2025/);
  });

  it('TPU v3 on Google Cloud: the measured figure, named as such, and Google PUE 1.09 of 2025', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: v3, kind: training, accelerator: TPU v3, count: 16, hours: 24, region: gcp:us-central1 }',
      ),
    });
    // 16 chips x 24 h x 310 W = 119.04 kWh IT; x 1.09 = 129.7536 kWh.
    const w = report.workloads[0]!;
    expect(w.itEnergyKwh).toBeCloseTo(119.04, 10);
    expect(w.energyKwh).toBeCloseTo(129.7536, 10);
    expect(w.assumptions.pue).toMatchObject({ value: 1.09, year: 2025 });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('Google TPU v3, 310 W measured average system power per chip');
    expect(markdown).toMatch(/PUE 1\.09: .*, 2025/);
  });

  it('TPU v7 VMs: 2 x tpu7x-standard-4t x 5 h at the system-level 1,085 W', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'defaults: { pue: 1, intensity: 100 }',
        'workloads:',
        '  - { name: v7, kind: training, instance: tpu7x-standard-4t, count: 2, hours: 5 }',
      ),
    });
    // 2 VMs x 4 chips x 5 h x 1,085 W = 43.4 kWh; x 100 g/kWh = 4.34 kg.
    expect(report.workloads[0]?.energyKwh).toBeCloseTo(43.4, 10);
    expect(report.workloads[0]?.co2eKg).toBeCloseTo(4.34, 10);
    expect(renderMarkdown(report)).toContain('1,085 W system-level estimate: superpod power / 9,216 chips');
  });

  it('TPU v5e has no published figure yet: a ct5lp VM still asks for `power`', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: e, kind: training, instance: ct5lp-hightpu-8t, count: 1, hours: 1, intensity: 1 }',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Google TPU v5e: the vendor publishes no power figure');
  });

  it('counts a fractional GPU as its share of the board', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'defaults: { pue: 1, intensity: 1000 }',
        'workloads:',
        '  - { name: vdi, kind: training, instance: Standard_NV6ads_A10_v5, count: 6, hours: 10 }',
        '  - { name: gb, kind: training, instance: Standard_ND128isr_NDR_GB200_v6, count: 1, hours: 2 }',
      ),
    });
    // 6 VMs x 1/6 of an A10 = one A10: 150 W x 10 h = 1.5 kWh.
    // 1 VM x 4 GB200 GPUs x 1,667 W x 2 h = 13.336 kWh.
    expect(report.workloads.map((w) => w.energyKwh)).toEqual([expect.closeTo(1.5, 10), expect.closeTo(13.336, 10)]);
    // The formula says the share as the provider does, not as 0.1666666667 accelerators.
    expect(report.workloads[0]?.formula).toMatch(
      /^1 \(6 x Standard_NV6ads_A10_v5, 1\/6 of an accelerator each\) x 10 h/,
    );
    expect(report.workloads[1]?.formula).toMatch(
      /^4 \(1 x Standard_ND128isr_NDR_GB200_v6, 4 accelerators each\) x 2 h/,
    );
  });
});

describe('instance types added for 2026', () => {
  const spec = (id: string) => {
    const found = findInstance(id);
    if (!found.ok) throw new Error(found.message);
    const t = found.value.type;
    return [t.accelerator, t.acceleratorsPerInstance, t.vcpus, t.memoryGiB];
  };

  it('carries the counts, vCPUs and memory of the cited tables', () => {
    // EC2 User Guide, hardware specifications table (vCPUs, GiB, accelerators).
    expect(spec('g4dn.12xlarge')).toEqual(['nvidia-t4-16gb', 4, 48, 192]);
    expect(spec('g4dn.metal')).toEqual(['nvidia-t4-16gb', 8, 96, 384]);
    expect(spec('inf1.24xlarge')).toEqual(['aws-inferentia', 16, 96, 192]);
    expect(spec('p2.16xlarge')).toEqual(['nvidia-k80', 16, 64, 732]);
    // AWS's current specification table: accelerators, vCPUs, memory (GiB).
    expect(spec('trn2.48xlarge')).toEqual(['aws-trainium2', 16, 192, 2048]);
    expect(spec('trn2.3xlarge')).toEqual(['aws-trainium2', 1, 12, 128]);
    expect(spec('p5.4xlarge')).toEqual(['nvidia-h100-sxm5-80gb', 1, 16, 256]);
    expect(spec('p6-b200.48xlarge')).toEqual(['nvidia-b200-180gb', 8, 192, 2048]);
    expect(spec('p6e-gb200.36xlarge')).toEqual(['nvidia-gb200', 4, 144, 960]);
    // "0.125 x NVIDIA L4 GPU", "0.5 x NVIDIA L4 GPU".
    expect(spec('g6f.large')).toEqual(['nvidia-l4-24gb', 0.125, 2, 8]);
    expect(spec('gr6f.4xlarge')).toEqual(['nvidia-l4-24gb', 0.5, 16, 128]);
    expect(spec('g7e.48xlarge')).toEqual(['nvidia-rtx-pro-6000-96gb', 8, 192, 2048]);
    // Cluster Toolkit: b200-8 is a4-highgpu-8g, gb200-4 is a4x-highgpu-4g, v5litepod-8 is ct5lp-hightpu-8t.
    expect(spec('a4-highgpu-8g')).toEqual(['nvidia-b200-180gb', 8, undefined, undefined]);
    expect(spec('a4x-highgpu-4g')).toEqual(['nvidia-gb200', 4, undefined, undefined]);
    expect(spec('ct5lp-hightpu-8t')).toEqual(['google-tpu-v5e', 8, undefined, undefined]);
    expect(spec('g4-standard-6')).toEqual(['nvidia-rtx-pro-6000-96gb', 1 / 8, undefined, undefined]);
    // Microsoft: NV6ads_A10_v5 6 vCPUs, 55 GiB, 1/6 GPU; ND128isr_NDR_GB200_v6 128 vCPUs, 900 GiB, 4 GPUs.
    expect(spec('Standard_NV6ads_A10_v5')).toEqual(['nvidia-a10-24gb', 1 / 6, 6, 55]);
    expect(spec('Standard_NV72ads_A10_v5')).toEqual(['nvidia-a10-24gb', 2, 72, 880]);
    expect(spec('Standard_ND128isr_NDR_GB200_v6')).toEqual(['nvidia-gb200', 4, 128, 900]);
  });

  it("gives a2-ultragpu-1g Google's 170 GB, half of a2-ultragpu-2g", () => {
    expect(spec('a2-ultragpu-1g')[3]).toBe(170);
    expect(spec('a2-ultragpu-2g')[3]).toBe(2 * 170);
  });

  it('names only accelerators the catalog knows', () => {
    for (const t of INSTANCE_TYPES) expect({ id: t.id, ok: findInstance(t.id).ok }).toEqual({ id: t.id, ok: true });
  });

  it('lists fractional sizes as fractions in `carbon-budget catalog instances`', async () => {
    expect([1 / 6, 1 / 3, 1 / 2, 1 / 8, 1, 16].map(acceleratorsLabel)).toEqual(['1/6', '1/3', '1/2', '1/8', '1', '16']);
    let out = '';
    const code = await runCli(['catalog', 'instances'], {
      cwd: process.cwd(),
      out: (text) => (out += text),
      err: () => undefined,
    });
    expect(code).toBe(0);
    expect(out).toMatch(/azure +Standard_NV6ads_A10_v5 +1\/6 x nvidia-a10-24gb\n/);
    expect(out).toMatch(/aws +p2\.16xlarge +16 x nvidia-k80\n/);
  });
});

describe('data that went stale', () => {
  it("uses Google's 1.09 for 2025", () => {
    expect(PROVIDER_PUE.gcp).toMatchObject({ value: 1.09, year: 2025 });
    expect(PROVIDER_PUE.gcp.source).toContain('a 2025 average annual PUE of 1.09');
  });

  it('names the exact DESNZ 2024 row of each equivalence factor', () => {
    const [car, flight] = EQUIVALENCES;
    // Row 25_301_3074_4_1: Cars (by size) > Average car > Unknown, 0.16691 kg per km.
    expect(car?.kgPerUnit).toBe(0.16691);
    expect(car?.source).toContain('25_301_3074_4_1');
    // Row 21_316_3170_11_1: Long-haul, to/from UK > Economy class > With RF, 0.20011 kg per passenger-km;
    // a return London-New York: 2 x 5,540 km x 0.20011 = 2,217.2188 kg.
    expect(flight?.kgPerUnit).toBeCloseTo(2217.2188, 10);
    expect(flight?.source).toContain('21_316_3170_11_1');
    expect(flight?.source).toContain('Economy class > With RF');
  });
});
