import { describe, expect, it } from '@jest/globals';
import type { FileSource } from '../src/config/file-source.js';
import { inherit, nestPlacement } from '../src/config/inherit.js';
import { loadWorkloadFiles } from '../src/config/load.js';
import { resolveWorkloads, type Resolution } from '../src/config/resolve.js';
import { resolveLocation, type Location } from '../src/catalog/regions.js';
import type { DeviceDemand, PerUnitDemand, Workload } from '../src/model.js';
import { RunCache } from '../src/run-cache.js';
import { yaml } from './helpers/workspace.js';

// Unit tests of resolution: files are read from memory by the loader (which gives resolution its
// input, with positions), then resolved. Catalog figures used below: an NVIDIA T4 draws 70 W
// (TDP), an A100 SXM4 40 GB 400 W; a p4d.24xlarge carries 8 A100 SXM4 40 GB; aws:us-east-1 is the
// grid zone US-MIDA-PJM; AWS's PUE is 1.14 (2025) and the industry average 1.54 (2025).

const ROOT = '/repo';

function memorySource(files: Record<string, string>): FileSource {
  return {
    read: (path) => Promise.resolve(files[path.slice(ROOT.length + 1)] ?? { problem: 'missing' }),
    glob: () => Promise.reject(new Error('no globs in these tests')),
  };
}

async function resolveFiles(
  files: Record<string, string>,
  cache = new RunCache(),
  roots = ['carbon-budget.yml'],
): Promise<Resolution> {
  const loaded = await loadWorkloadFiles(
    roots.map((r) => `${ROOT}/${r}`),
    { root: ROOT, source: memorySource(files), cache },
  );
  expect(loaded.diagnostics).toEqual([]);
  return resolveWorkloads(loaded.files, cache);
}

function named(resolution: Resolution, name: string): Workload {
  const workload = resolution.workloads.find((w) => w.name === name);
  if (workload === undefined) throw new Error(`no workload ${name}`);
  return workload;
}

function devices(workload: Workload): DeviceDemand {
  if (workload.demand.type !== 'devices') throw new Error(`${workload.name} is not on devices`);
  return workload.demand;
}

function perUnit(workload: Workload): PerUnitDemand {
  if (workload.demand.type !== 'per-unit') throw new Error(`${workload.name} is not per unit`);
  return workload.demand;
}

function location(written: string): Location {
  const found = resolveLocation(written);
  if (!found.ok) throw new Error(found.message);
  return found.value;
}

function problems(resolution: Resolution): string[] {
  return resolution.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);
}

describe('placement, level by level', () => {
  const us = location('aws:us-east-1');
  const fr = location('country:FR');

  it('replaces everything above with a region, and only the grid figure with an intensity', () => {
    // A region set below drops the intensity set above: the region's grid figure is used.
    expect(nestPlacement({ region: us, intensity: 50 }, { region: fr })).toEqual({ region: fr, intensity: undefined });
    // An intensity alone keeps the region above (which still gives the PUE).
    expect(nestPlacement({ region: us }, { intensity: 7 })).toEqual({ region: us, intensity: 7 });
    // Neither: the placement above, as it is.
    const outer = { region: us };
    expect(nestPlacement(outer, {})).toBe(outer);
  });

  it('inherits each setting from the nearest level that sets it', () => {
    const root = inherit(undefined, { region: us, pue: 1.5, utilization: 0.5, period: 720, year: 2023 }, 0.7);
    const team = inherit(root, { intensity: 100, utilization: 0.8 }, undefined);
    // Own intensity over the root's region; own utilization 0.8; pue, period, year and warn from the root.
    expect(team).toEqual({
      placement: { region: us, intensity: 100 },
      year: 2023,
      pue: 1.5,
      utilization: 0.8,
      period: 720,
      warn: 0.7,
    });
    // A file that sets nothing inherits its includer's settings unchanged.
    expect(inherit(team, undefined, undefined)).toEqual(team);
  });
});

describe('resolving workloads', () => {
  it('applies defaults through includes: region, intensity, PUE, utilization, period and warn', async () => {
    const resolution = await resolveFiles({
      'carbon-budget.yml': yaml(
        'defaults: { region: aws:us-east-1, pue: 1.5, utilization: 50%, period: 30d, year: 2023 }',
        'budgets: { warn: 70% }',
        'include: [team/carbon-budget.yml]',
        'workloads:',
        '  - { name: root-train, kind: training, accelerator: nvidia-t4-16gb, count: 2, hours: 10 }',
      ),
      'team/carbon-budget.yml': yaml(
        'defaults: { intensity: 100 g/kWh, utilization: 80% }',
        'budgets: { total: 1 t }',
        'workloads:',
        '  - { name: team-train, kind: training, accelerator: nvidia-t4-16gb, count: 1, hours: 1 }',
        '  - { name: team-serve, kind: inference, requests: 24/day, energy-per-request: 1 Wh }',
        '  - { name: own-region, kind: training, power: 100 W, accelerator-hours: 1, region: country:FR }',
      ),
    });
    expect(problems(resolution)).toEqual([]);

    const rootTrain = named(resolution, 'root-train');
    // 70 W TDP x 50% utilisation from the root's defaults = 35 W; 2 x 10 h = 20 accelerator-hours.
    expect(devices(rootTrain)).toMatchObject({
      powerW: 35,
      powerBasis: 'catalog-tdp',
      utilization: 0.5,
      deviceHoursPerRun: 20,
    });
    // The root's region, its grid figure for the year it names (2023), and its declared PUE.
    expect(rootTrain.location?.id).toBe('aws:us-east-1');
    expect(rootTrain.intensity).toMatchObject({ basis: 'grid-data', zone: 'US-MIDA-PJM', year: 2023 });
    expect(rootTrain.pue).toEqual({ value: 1.5, basis: 'declared' });

    const teamTrain = named(resolution, 'team-train');
    // The team's 80% over the root's 50%: 70 W x 0.8 = 56 W.
    expect(devices(teamTrain).powerW).toBeCloseTo(56, 12);
    // The team's intensity replaces the grid figure only: the root's region and PUE still stand.
    expect(teamTrain.intensity).toEqual({ gPerKwh: 100, basis: 'declared', source: 'declared in the workload file' });
    expect(teamTrain.location?.id).toBe('aws:us-east-1');
    expect(teamTrain.pue.value).toBe(1.5);

    // 24 a day is 1 an hour, over the root's period of 30 days = 720 hours.
    expect(perUnit(named(resolution, 'team-serve'))).toMatchObject({ ratePerHour: 1, periodHours: 720 });

    const ownRegion = named(resolution, 'own-region');
    // A region on the workload replaces the team's intensity too: France's grid figure, in 2023.
    expect(ownRegion.location?.id).toBe('country:FR');
    expect(ownRegion.intensity).toMatchObject({ basis: 'grid-data', zone: 'FR', year: 2023 });
    // PUE is not part of the placement: the root's declared 1.5 still applies.
    expect(ownRegion.pue.value).toBe(1.5);

    // The team file's total warns at the root's 70%, which the team inherits (70 / 100 is a hair
    // above 0.7 in floating point).
    const [teamTotal] = resolution.budgets;
    expect(teamTotal?.name).toBe('total of team/carbon-budget.yml');
    expect(teamTotal?.warnAt).toBeCloseTo(0.7, 12);
  });

  it('takes the default PUE of the provider, or the industry average elsewhere', async () => {
    const resolution = await resolveFiles({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: cloud, kind: training, power: 1 kW, accelerator-hours: 1, region: aws:us-east-1 }',
        '  - { name: country, kind: training, power: 1 kW, accelerator-hours: 1, region: country:FR }',
      ),
    });
    // AWS publishes 1.14 for 2025; a country has the industry average, 1.54 for 2025.
    expect(named(resolution, 'cloud').pue).toMatchObject({ value: 1.14, basis: 'provider-default' });
    expect(named(resolution, 'country').pue).toMatchObject({ value: 1.54, basis: 'industry-default' });
  });

  it('restates an instance type as the accelerators it carries', async () => {
    const resolution = await resolveFiles({
      'carbon-budget.yml': yaml(
        'defaults: { intensity: 100, pue: 1 }',
        'workloads:',
        '  - { name: p4d, kind: training, instance: p4d.24xlarge, count: 2, hours: 10 }',
        '  - { name: fleet, kind: inference, instance: p4d.24xlarge, count: 1, period: 1d, requests: 1k/day }',
      ),
    });
    expect(problems(resolution)).toEqual([]);
    // 2 instances x 8 accelerators = 16 A100s at their 400 W TDP, for 10 h: 160 accelerator-hours.
    expect(devices(named(resolution, 'p4d'))).toMatchObject({
      count: 16,
      powerW: 400,
      instance: { id: 'p4d.24xlarge', instances: 2, acceleratorsPerInstance: 8 },
      hoursPerRun: 10,
      deviceHoursPerRun: 160,
    });
    expect(devices(named(resolution, 'p4d')).accelerator?.id).toBe('nvidia-a100-sxm4-40gb');
    // A serving fleet of 1 instance = 8 accelerators for the period's 24 h: 192 accelerator-hours.
    expect(devices(named(resolution, 'fleet'))).toMatchObject({ count: 8, hoursPerRun: 24, deviceHoursPerRun: 192 });
  });

  it('refuses an accelerator beside an instance type, at the accelerator key', async () => {
    const resolution = await resolveFiles({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, instance: p4d.24xlarge, ' +
          'accelerator: nvidia-t4-16gb, count: 1, hours: 1, intensity: 1 }',
      ),
    });
    // `accelerator` starts at column 56 of line 2:
    // `  - { name: a, kind: training, instance: p4d.24xlarge, ` is 55 characters.
    expect(problems(resolution)).toEqual([
      'carbon-budget.yml:2:56: workload `a`: `instance` p4d.24xlarge already carries 8 x nvidia-a100-sxm4-40gb: ' +
        'remove `accelerator`',
    ]);
    expect(resolution.workloads).toEqual([]);
  });

  it('shares the catalog entry and grid figure of a name among the workloads that write it', async () => {
    const resolution = await resolveFiles({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, accelerator: nvidia-t4-16gb, count: 1, hours: 1, region: aws:us-east-1 }',
        '  - { name: b, kind: training, accelerator: nvidia-t4-16gb, count: 1, hours: 1, region: aws:us-east-1 }',
      ),
    });
    const [a, b] = resolution.workloads;
    // The same text is looked up once: one location, one grid figure, one accelerator entry.
    expect(a?.location).toBe(b?.location);
    expect(a?.intensity).toBe(b?.intensity);
    expect(devices(a!).accelerator).toBe(devices(b!).accelerator);
  });

  it('reports a duplicate name with where the first is declared, and keeps only the first', async () => {
    const resolution = await resolveFiles({
      'carbon-budget.yml': yaml(
        'include: [b.yml]',
        'workloads:',
        '  - { name: dup, kind: training, power: 1 kW, accelerator-hours: 1, intensity: 1 }',
      ),
      'b.yml': yaml(
        'workloads:',
        '  - name: dup',
        '    kind: training',
        '    power: 2 kW',
        '    accelerator-hours: 1',
        '    intensity: 1',
      ),
    });
    // The first `dup` is at line 3, column 13 (`  - { name: ` is 12 characters); the second's
    // name is at line 2, column 11 of b.yml (`  - name: ` is 10).
    expect(problems(resolution)).toEqual([
      'b.yml:2:11: workload `dup`: the name is already used at carbon-budget.yml:3:13; workload names must be unique',
    ]);
    expect(resolution.workloads.map((w) => [w.name, w.at.file])).toEqual([['dup', 'carbon-budget.yml']]);
  });

  it('checks, but does not resolve, the workloads of a file whose defaults name an unknown region', async () => {
    const resolution = await resolveFiles({
      'carbon-budget.yml': yaml(
        'defaults: { region: aws:nowhere }',
        'include: [child.yml]',
        'workloads:',
        '  - { name: a, kind: training }',
      ),
      'child.yml': yaml('workloads:', '  - { name: b, kind: training }'),
    });
    // The unknown region (at its value, column 21), and what each workload lacks whatever the
    // region: both are said in one run. Nothing is said of the grid of a region that stands in.
    expect(problems(resolution)).toEqual([
      'carbon-budget.yml:1:21: `region`: unknown AWS region `nowhere`',
      'carbon-budget.yml:4:5: workload `a`: ' +
        'needs `accelerator` (a catalog id) or `power` (measured average per accelerator)',
      'carbon-budget.yml:4:5: workload `a`: needs `hours` (with `count`) or `accelerator-hours`',
      'child.yml:2:5: workload `b`: needs `accelerator` (a catalog id) or `power` (measured average per accelerator)',
      'child.yml:2:5: workload `b`: needs `hours` (with `count`) or `accelerator-hours`',
    ]);
    expect(resolution.workloads).toEqual([]);
  });
});

describe('budgets', () => {
  it('lists the total, the increase, each file total and each workload budget, in that order', async () => {
    const resolution = await resolveFiles({
      'carbon-budget.yml': yaml(
        'defaults: { intensity: 1, pue: 1 }',
        'budgets: { total: 2 t, increase: 100 kg, warn: 90% }',
        'include: [team.yml]',
        'workloads:',
        '  - { name: a, kind: training, power: 1 kW, accelerator-hours: 1, budget: 5 kg }',
      ),
      'team.yml': yaml(
        'budgets: { total: 1 t, warn: 60% }',
        'workloads:',
        '  - { name: b, kind: training, power: 1 kW, accelerator-hours: 1, budget: 3 kg }',
        '  - { name: c, kind: training, power: 1 kW, accelerator-hours: 1 }',
      ),
    });
    expect(problems(resolution)).toEqual([]);
    // The root's total and increase cover every workload and warn at its 90%; team.yml's total
    // covers its own two at its own 60%; a workload's budget warns at its file's threshold.
    expect(
      resolution.budgets.map((b) => [b.name, b.scope, b.limitKg, b.warnAt, b.workloads, `${b.at.file}:${b.at.line}`]),
    ).toEqual([
      ['total', 'total', 2000, 0.9, ['a', 'b', 'c'], 'carbon-budget.yml:2'],
      ['increase', 'increase', 100, 0.9, ['a', 'b', 'c'], 'carbon-budget.yml:2'],
      ['total of team.yml', 'file', 1000, 0.6, ['b', 'c'], 'team.yml:1'],
      ['workload a', 'workload', 5, 0.9, ['a'], 'carbon-budget.yml:5'],
      ['workload b', 'workload', 3, 0.6, ['b'], 'team.yml:3'],
    ]);
  });

  it('warns at 80% when no file says otherwise, and names each root total after its file', async () => {
    const resolution = await resolveFiles(
      {
        'a.yml': yaml('budgets: { total: 1 t }', 'workloads: []'),
        'b.yml': yaml('budgets: { total: 2 t }', 'workloads: []'),
      },
      new RunCache(),
      ['a.yml', 'b.yml'],
    );
    // Two roots: two totals, each named after its file, both at the default 80%.
    expect(resolution.budgets.map((b) => [b.name, b.scope, b.warnAt])).toEqual([
      ['total of a.yml', 'total', 0.8],
      ['total of b.yml', 'total', 0.8],
    ]);
  });

  it('keeps `increase` to one root file', async () => {
    const resolution = await resolveFiles(
      {
        'a.yml': yaml('budgets: { increase: 1 kg }', 'include: [c.yml]', 'workloads: []'),
        'b.yml': yaml('budgets: { increase: 2 kg }', 'workloads: []'),
        'c.yml': yaml('budgets: { increase: 3 kg }', 'workloads: []'),
      },
      new RunCache(),
      ['a.yml', 'b.yml'],
    );
    // `increase` is at column 12 of line 1 (`budgets: { ` is 11 characters), pointed at by its key.
    expect(problems(resolution)).toEqual([
      'c.yml:1:12: `increase` limits a whole pull request, so it belongs in the root workload file only',
      'b.yml:1:12: `increase` limits a whole pull request: declare it in one root file of the set only',
    ]);
    expect(resolution.budgets.map((b) => [b.name, b.limitKg])).toEqual([['increase', 1]]);
  });
});

describe('the run cache', () => {
  const root = yaml('defaults: { intensity: 100, pue: 1 }', 'include: [same.yml, changed.yml]', 'workloads: []');
  const same = yaml('workloads:', '  - { name: s, kind: training, power: 1 kW, accelerator-hours: 1 }');
  const changed = (hours: number) =>
    yaml('workloads:', `  - { name: c, kind: training, power: 1 kW, accelerator-hours: ${hours} }`);

  it('resolves a file that did not change once for the base and the head', async () => {
    const cache = new RunCache();
    const base = await resolveFiles({ 'carbon-budget.yml': root, 'same.yml': same, 'changed.yml': changed(1) }, cache);
    const head = await resolveFiles({ 'carbon-budget.yml': root, 'same.yml': same, 'changed.yml': changed(2) }, cache);
    // same.yml has the same text and inherits the same: both sides hold the one workload object.
    expect(named(head, 's')).toBe(named(base, 's'));
    // changed.yml's text differs (1 against 2 accelerator-hours): resolved again.
    expect(devices(named(base, 'c')).deviceHoursPerRun).toBe(1);
    expect(devices(named(head, 'c')).deviceHoursPerRun).toBe(2);
  });

  it('resolves it again when what it inherits changed, or in another run', async () => {
    const cache = new RunCache();
    const base = await resolveFiles({ 'carbon-budget.yml': root, 'same.yml': same, 'changed.yml': changed(1) }, cache);
    const otherRoot = root.replace('intensity: 100', 'intensity: 200');
    const head = await resolveFiles(
      { 'carbon-budget.yml': otherRoot, 'same.yml': same, 'changed.yml': changed(1) },
      cache,
    );
    // Same text, but it inherits 200 g/kWh now instead of 100: a workload of its own.
    expect(named(head, 's')).not.toBe(named(base, 's'));
    expect(named(head, 's').intensity.gPerKwh).toBe(200);
    const again = await resolveFiles({ 'carbon-budget.yml': root, 'same.yml': same, 'changed.yml': changed(1) });
    // Another run has its own cache: nothing is shared with it.
    expect(named(again, 's')).not.toBe(named(base, 's'));
    expect(named(again, 's')).toEqual(named(base, 's'));
  });
});
