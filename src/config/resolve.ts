import { cached } from '../cached.js';
import { INDUSTRY_PUE, PROVIDER_PUE } from '../catalog/data/pue.js';
import { LATEST_YEAR, type IntensityYear } from '../catalog/data/grid-intensity-source.js';
import { isIntensityYear } from '../catalog/intensity.js';
import { gridIntensity, type Location, type Resolved } from '../catalog/regions.js';
import { BLOOM_EMBODIED } from '../catalog/data/embodied.js';
import { CPU_POWER, HOST_POWER_SOURCE, HOST_UTILIZATION, MEMORY_W_PER_GB } from '../catalog/data/host-power.js';
import { INFERENCE_TASKS, TASK_SOURCE } from '../catalog/data/inference-tasks.js';
import type { Budget, Demand, DeviceDemand, Embodied, Intensity, Mutable, Pue, SourceRef, Workload, HostPower } from '../model.js';
import type { Diagnostic } from './diagnostics.js';
import type { LoadedFile } from './load.js';
import type { Defaults, InferenceEntry, TrainingEntry, WorkloadEntry } from './schema.js';
import type { Path } from './yaml-positions.js';
import type { RunCache } from '../run-cache.js';

/** The default warn threshold: a budget warns once it is this full. */
export const DEFAULT_WARN_AT = 0.8;

export interface Resolution {
  readonly workloads: readonly Workload[];
  readonly budgets: readonly Budget[];
  readonly diagnostics: readonly Diagnostic[];
}

type Problem = { path: Path; key?: boolean; message: string };

/**
 * Where a workload runs. A region set at some level replaces everything set above it; an
 * intensity alone replaces only the grid figure, so the region above still gives the PUE.
 */
interface Placement {
  region?: Location;
  intensity?: number;
}

interface Inherited {
  placement: Placement;
  year?: number;
  pue?: number;
  utilization?: number;
  period?: number;
  warn?: number;
}

function nestPlacement(outer: Placement, level: { region?: Location | undefined; intensity?: number | undefined } | undefined): Placement {
  if (level?.region !== undefined) return { region: level.region, ...(level.intensity === undefined ? {} : { intensity: level.intensity }) };
  if (level?.intensity !== undefined) return { ...(outer.region === undefined ? {} : { region: outer.region }), intensity: level.intensity };
  return outer;
}

function inherit(parent: Inherited | undefined, own: Defaults | undefined, warn: number | undefined): Inherited {
  const base: Inherited = parent ?? { placement: {} };
  return {
    placement: nestPlacement(base.placement, own),
    ...pick('year', own?.year ?? base.year),
    ...pick('pue', own?.pue ?? base.pue),
    ...pick('utilization', own?.utilization ?? base.utilization),
    ...pick('period', own?.period ?? base.period),
    ...pick('warn', warn ?? base.warn),
  };
}

function pick<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

/** The default PUEs, one object each, shared by every workload that takes one. */
const DEFAULT_PUE = {
  industry: { value: INDUSTRY_PUE.value, basis: 'industry-default', source: INDUSTRY_PUE.source, url: INDUSTRY_PUE.url, year: INDUSTRY_PUE.year } satisfies Pue,
  provider: Object.fromEntries(Object.entries(PROVIDER_PUE).map(([provider, d]) => [provider, { value: d.value, basis: 'provider-default', source: d.source, url: d.url, year: d.year } satisfies Pue])) as Record<
    keyof typeof PROVIDER_PUE,
    Pue
  >,
};

function resolvePue(entry: WorkloadEntry, inherited: Inherited, location: Location | undefined): Pue {
  const declared = entry.pue ?? inherited.pue;
  if (declared !== undefined) return { value: declared, basis: 'declared' };
  return location?.provider !== undefined ? DEFAULT_PUE.provider[location.provider] : DEFAULT_PUE.industry;
}

/** A location's grid figure for a year, found once a run and shared by the workloads there. */
function gridFigure(location: Location, year: IntensityYear, cache: RunCache): Resolved<Intensity> {
  return cached(cache.gridFigures, `${location.id} ${year}`, () => {
    const found = gridIntensity(location, year);
    if (!found.ok) return found;
    const g = found.value;
    return {
      ok: true,
      value: { gPerKwh: g.gPerKwh, basis: 'grid-data', source: g.source, year: g.year, zone: g.zone, zoneName: g.zoneName, licence: g.licence, attribution: g.attribution },
    };
  });
}

function resolveIntensity(placement: Placement, year: IntensityYear, cache: RunCache, problems: Problem[]): Intensity | undefined {
  if (placement.intensity !== undefined) {
    return { gPerKwh: placement.intensity, basis: 'declared', source: 'declared in the workload file' };
  }
  if (placement.region === undefined) {
    problems.push({ path: [], message: 'no region: set `region` (e.g. `aws:us-east-1`, `country:FR`) or `intensity`, here or in `defaults`' });
    return undefined;
  }
  const found = gridFigure(placement.region, year, cache);
  if (!found.ok) {
    problems.push({ path: ['region'], message: found.message });
    return undefined;
  }
  return found.value;
}

function devicePower(entry: TrainingEntry | InferenceEntry, inherited: Inherited, problems: Problem[]) {
  if (entry.power !== undefined) {
    if (entry.utilization !== undefined) {
      problems.push({ path: ['utilization'], key: true, message: '`utilization` has no effect with `power` (a measured average already includes it): remove one of them' });
    }
    return { powerW: entry.power, powerBasis: 'declared' as const, ...(entry.accelerator ? { accelerator: entry.accelerator } : {}) };
  }
  if (entry.accelerator !== undefined) {
    const { tdpW } = entry.accelerator;
    if (tdpW === undefined) {
      const field = entry.instance === undefined ? 'accelerator' : 'instance';
      problems.push({ path: [field], message: `\`${field}\`: ${entry.accelerator.name}: ${entry.accelerator.note ?? 'no power figure is known'} (e.g. \`power: 300 W\`)` });
      return { powerW: 0, powerBasis: 'declared' as const, accelerator: entry.accelerator };
    }
    const utilization = entry.utilization ?? inherited.utilization;
    return {
      powerW: tdpW * (utilization ?? 1),
      powerBasis: 'catalog-tdp' as const,
      accelerator: entry.accelerator,
      ...(utilization === undefined ? {} : { utilization }),
    };
  }
  return undefined;
}

/**
 * A workload that names an instance type, restated as the accelerators it carries: `count`
 * instances of `acceleratorsPerInstance` each. Everything after works on accelerators.
 */
function withInstance<T extends TrainingEntry | InferenceEntry>(entry: T, problems: Problem[]): { entry: T; instance?: NonNullable<DeviceDemand['instance']> } {
  const instance = entry.instance;
  if (instance === undefined) return { entry };
  if (entry.accelerator !== undefined) {
    problems.push({ path: ['accelerator'], key: true, message: `\`instance\` ${instance.type.id} already carries ${instance.type.acceleratorsPerInstance} x ${instance.accelerator.id}: remove \`accelerator\`` });
  }
  const per = instance.type.acceleratorsPerInstance;
  const count = entry.count === undefined ? undefined : entry.count * per;
  return {
    entry: { ...entry, accelerator: instance.accelerator, ...(count === undefined ? {} : { count }) },
    ...(entry.count === undefined ? {} : { instance: { id: instance.type.id, instances: entry.count, acceleratorsPerInstance: per } }),
  };
}

function trainingDemand(written: TrainingEntry, inherited: Inherited, problems: Problem[]): Demand | undefined {
  const { entry, instance } = withInstance(written, problems);
  const power = devicePower(entry, inherited, problems);
  if (power === undefined) problems.push({ path: [], message: 'needs `accelerator` (a catalog id) or `power` (measured average per accelerator)' });
  const acceleratorHours = entry['accelerator-hours'];
  let deviceHours: number | undefined;
  if (acceleratorHours !== undefined) {
    if (entry.hours !== undefined) problems.push({ path: ['hours'], key: true, message: 'give either `hours` (with `count`) or `accelerator-hours`, not both' });
    if (entry.count !== undefined) problems.push({ path: ['count'], key: true, message: '`count` has no effect with `accelerator-hours`, which already counts every accelerator: remove one of them' });
    deviceHours = acceleratorHours;
  } else if (entry.hours !== undefined) {
    if (entry.count === undefined) problems.push({ path: [], message: 'needs `count`, the number of accelerators running for `hours`' });
    else deviceHours = entry.count * entry.hours;
  } else {
    problems.push({ path: [], message: 'needs `hours` (with `count`) or `accelerator-hours`' });
  }
  if (power === undefined || deviceHours === undefined) return undefined;
  return {
    type: 'devices',
    ...power,
    ...(entry.count === undefined ? {} : { count: entry.count }),
    ...(instance === undefined ? {} : { instance }),
    ...(entry.hours === undefined ? {} : { hoursPerRun: entry.hours }),
    deviceHoursPerRun: deviceHours,
    runs: entry.runs ?? 1,
  };
}

function inferenceDemand(written: InferenceEntry, inherited: Inherited, problems: Problem[]): Demand | undefined {
  const { entry, instance } = withInstance(written, problems);
  const period = entry.period ?? inherited.period;
  const fleet = entry.accelerator !== undefined || entry.power !== undefined || entry.count !== undefined;
  // A fleet's `requests` or `tokens` (with no energy per unit) is its functional unit, not a load.
  const served = fleet && entry['energy-per-request'] === undefined && entry['energy-per-token'] === undefined && entry.task === undefined
    ? entry.requests !== undefined && entry.tokens === undefined
      ? { unit: 'request' as const, rate: entry.requests }
      : entry.tokens !== undefined && entry.requests === undefined ? { unit: 'token' as const, rate: entry.tokens } : undefined
    : undefined;
  const modes = [
    served === undefined && (entry.requests !== undefined || entry['energy-per-request'] !== undefined) ? 'requests' : undefined,
    served === undefined && (entry.tokens !== undefined || entry['energy-per-token'] !== undefined) ? 'tokens' : undefined,
    fleet ? 'fleet' : undefined,
  ].filter((m) => m !== undefined);
  if (modes.length === 0) {
    problems.push({ path: [], message: 'needs `requests` with `energy-per-request`, `tokens` with `energy-per-token`, or a serving fleet (`accelerator` or `power`, with `count`)' });
    return undefined;
  }
  const mismatch = entry.tokens !== undefined && entry['energy-per-request'] !== undefined && entry.requests === undefined
    ? ['energy-per-request', 'tokens', 'energy-per-token']
    : entry.requests !== undefined && entry['energy-per-token'] !== undefined && entry.tokens === undefined
      ? ['energy-per-token', 'requests', 'energy-per-request']
      : undefined;
  if (mismatch !== undefined) {
    problems.push({ path: [mismatch[0] ?? ''], key: true, message: `\`${mismatch[0] ?? ''}\` does not go with \`${mismatch[1] ?? ''}\`: use \`${mismatch[2] ?? ''}\`` });
    return undefined;
  }
  if (modes.length > 1) {
    problems.push({ path: [], message: `describes the load in more than one way (${modes.join(' and ')}): keep one, or split it into two workloads` });
    return undefined;
  }
  if (modes[0] === 'fleet') {
    const power = devicePower(entry, inherited, problems);
    if (power === undefined) problems.push({ path: [], message: 'a serving fleet needs `accelerator` or `power`' });
    if (entry.count === undefined) problems.push({ path: [], message: 'a serving fleet needs `count`, the number of accelerators serving' });
    const hours = entry.hours ?? period;
    if (hours === undefined) problems.push({ path: [], message: 'a serving fleet needs `period` (it serves the whole period) or `hours`' });
    if (entry.hours !== undefined && period !== undefined && entry.hours > period * (1 + 1e-9)) {
      problems.push({ path: ['hours'], message: `\`hours\` (${entry.hours} h) is longer than \`period\` (${period} h): a fleet cannot serve longer than the period` });
    }
    if (power === undefined || entry.count === undefined || hours === undefined) return undefined;
    const servedOver = period ?? hours;
    const functionalUnit = served === undefined ? {} : { functionalUnit: { unit: served.unit, ratePerHour: served.rate, periodHours: servedOver } };
    return { type: 'devices', ...power, count: entry.count, ...(instance === undefined ? {} : { instance }), hoursPerRun: hours, deviceHoursPerRun: entry.count * hours, runs: 1, ...functionalUnit };
  }
  if (entry.hours !== undefined) problems.push({ path: ['hours'], key: true, message: '`hours` is for a serving fleet; with a rate, use `period`' });
  if (entry.utilization !== undefined) problems.push({ path: ['utilization'], key: true, message: '`utilization` scales accelerator power, so it has no effect on an energy per request or token: remove it' });
  const unit = modes[0] === 'requests' ? 'request' : 'token';
  const rate = unit === 'request' ? entry.requests : entry.tokens;
  const declared = unit === 'request' ? entry['energy-per-request'] : entry['energy-per-token'];
  const task = entry.task === undefined ? undefined : INFERENCE_TASKS[entry.task];
  if (task !== undefined && (declared !== undefined || unit !== 'request')) {
    problems.push({ path: ['task'], key: true, message: unit === 'request' ? 'give `task` (a default) or `energy-per-request` (measured), not both' : '`task` gives an energy per request: use it with `requests`, not `tokens`' });
  }
  // The study gives kWh per 1,000 inferences.
  const energy = declared ?? (task === undefined ? undefined : task.kwhPer1000 / 1000);
  if (rate === undefined) problems.push({ path: [], message: `needs \`${unit}s\`, the ${unit} rate (e.g. \`2M/day\`)` });
  if (energy === undefined) problems.push({ path: [], message: `needs \`energy-per-${unit}\` (e.g. \`0.3 Wh\`)${unit === 'request' ? ', or a `task` for a default' : ''}` });
  if (period === undefined) problems.push({ path: [], message: 'needs `period`, the horizon the rate is summed over (e.g. `365d`), here or in `defaults`' });
  if (rate === undefined || energy === undefined || period === undefined) return undefined;
  const fromTask = declared === undefined && task !== undefined && entry.task !== undefined ? { task: { id: entry.task, label: task.label, source: TASK_SOURCE.source, url: TASK_SOURCE.url } } : {};
  return { type: 'per-unit', unit, ratePerHour: rate, periodHours: period, energyPerUnitKwh: energy, ...fromTask };
}

function resolveEmbodied(entry: WorkloadEntry, demand: Demand, problems: Problem[]): Embodied | undefined {
  const written = entry.embodied;
  if (written === undefined) return undefined;
  if (demand.type !== 'devices') {
    problems.push({ path: ['embodied'], key: true, message: '`embodied` needs accelerator-hours to amortise over: give a serving fleet (`accelerator` or `power`, with `count`) instead of an energy per request or token' });
    return undefined;
  }
  if (written === true) {
    const b = BLOOM_EMBODIED;
    return { acceleratorKg: b.acceleratorKg, serverKg: b.serverKg, acceleratorsPerServer: b.acceleratorsPerServer, lifetimeHours: b.lifetimeYears * 8760, usage: b.usage, basis: 'bloom-study', source: b.source, url: b.url };
  }
  return { acceleratorKg: written.accelerator, serverKg: written.server, acceleratorsPerServer: written['accelerators-per-server'], lifetimeHours: written.lifetime, usage: written.usage, basis: 'declared' };
}

const GIB_IN_GB = 1.073741824;

function resolveHost(entry: WorkloadEntry, demand: Demand, problems: Problem[]): HostPower | undefined {
  const written = entry.host;
  if (written === undefined) return undefined;
  const type = entry.instance?.type;
  if (type === undefined || demand.type !== 'devices') {
    problems.push({ path: ['host'], key: true, message: '`host` models the CPUs and memory of an `instance` type: name the instance (or give measured `overhead-energy`)' });
    return undefined;
  }
  if (type.cpu === undefined || type.vcpus === undefined || type.memoryGiB === undefined) {
    const missing = type.cpu === undefined ? 'its processor family has no published per-vCPU power figures' : 'its vCPUs and memory are not known';
    problems.push({ path: ['host'], key: true, message: `\`host\`: cannot model ${type.id}'s host power (${missing}); give measured \`overhead-energy\` instead` });
    return undefined;
  }
  const cpu = CPU_POWER[type.cpu];
  const utilization = written === true ? HOST_UTILIZATION : written.utilization;
  // AWS states memory in GiB; Google and Azure write GB. The coefficient is per GB.
  const memoryGb = type.provider === 'aws' ? type.memoryGiB * GIB_IN_GB : type.memoryGiB;
  const wattsPerInstance = type.vcpus * (cpu.minWPerVcpu + utilization * (cpu.maxWPerVcpu - cpu.minWPerVcpu)) + memoryGb * MEMORY_W_PER_GB;
  return {
    instance: type.id,
    acceleratorsPerInstance: type.acceleratorsPerInstance,
    vcpus: type.vcpus,
    memoryGb,
    cpu: cpu.name,
    minWPerVcpu: cpu.minWPerVcpu,
    maxWPerVcpu: cpu.maxWPerVcpu,
    utilization,
    memoryWPerGb: MEMORY_W_PER_GB,
    wattsPerInstance,
    source: HOST_POWER_SOURCE.title,
    url: HOST_POWER_SOURCE.url,
  };
}

/** A file's workloads as resolved, each with where its name is written, and the budgets they declare. */
export interface ResolvedFile {
  readonly workloads: readonly { readonly workload: Workload; readonly declared: () => SourceRef }[];
  readonly budgets: readonly Budget[];
}

/** Applies defaults, checks the rules that span fields, and lists the budgets. */
export function resolveWorkloads(files: readonly LoadedFile[], cache: RunCache): Resolution {
  const diagnostics: Diagnostic[] = [];
  const workloads: Workload[] = [];
  const budgets: Budget[] = [];
  const inheritedByFile = new Map<LoadedFile, Inherited>();
  const workloadsByFile = new Map<LoadedFile, string[]>();
  // Where each name was first declared, found only when a second declaration needs to say so.
  const firstDeclared = new Map<string, () => SourceRef>();

  const at = (file: LoadedFile, path: Path, key = false): SourceRef => {
    const { line, column } = file.positions.find(path, { key });
    return { file: file.file, line, column };
  };

  for (const file of files) {
    const inherited = inherit(file.parent && inheritedByFile.get(file.parent), file.envelope.defaults, file.envelope.budgets?.warn);
    inheritedByFile.set(file, inherited);
    const names: string[] = [];
    workloadsByFile.set(file, names);

    // Below a file that did not validate, inherited settings are unknown: its problems are reported.
    if (hasBrokenAncestor(file)) continue;
    // The base and head of a pull request share the parse of every file that did not change (the
    // same workload list): where the file and what it inherits are the same too, so are its
    // workloads. A file is resolved once for both sides, and only when it had no problem.
    const key = `${file.file}\n${JSON.stringify(inherited)}`;
    const reused = cache.resolvedFiles.get(file.workloads)?.get(key);
    if (reused !== undefined && reused.workloads.every(({ workload }) => !firstDeclared.has(workload.name))) {
      for (const { workload, declared } of reused.workloads) {
        workloads.push(workload);
        names.push(workload.name);
        firstDeclared.set(workload.name, declared);
      }
      budgets.push(...reused.budgets);
      continue;
    }
    const problemsBefore = diagnostics.length;
    const fileWorkloads: ResolvedFile['workloads'][number][] = [];
    const fileBudgets: Budget[] = [];
    for (const { index, entry } of file.workloads) {
      const base: Path = ['workloads', index];
      const problems: Problem[] = [];
      const earlier = firstDeclared.get(entry.name);
      if (earlier !== undefined) {
        const first = earlier();
        problems.push({ path: ['name'], message: `the name is already used at ${first.file}:${first.line}:${first.column}; workload names must be unique` });
      }
      const yearWritten = entry.year ?? inherited.year;
      const year: IntensityYear = yearWritten !== undefined && isIntensityYear(yearWritten) ? yearWritten : LATEST_YEAR;
      const placement = nestPlacement(inherited.placement, entry);
      const intensity = resolveIntensity(placement, year, cache, problems);
      const demand = entry.kind === 'training' ? trainingDemand(entry, inherited, problems) : inferenceDemand(entry, inherited, problems);

      const reportProblems = (): boolean => {
        for (const problem of problems) {
          const where = at(file, [...base, ...problem.path], problem.key ?? false);
          diagnostics.push({ ...where, message: `workload \`${entry.name}\`: ${problem.message}` });
        }
        return problems.length > 0;
      };
      const failed = reportProblems();
      const declared = () => at(file, [...base, 'name']);
      if (earlier === undefined) firstDeclared.set(entry.name, declared);
      if (failed || intensity === undefined || demand === undefined) continue;

      const embodied = resolveEmbodied(entry, demand, problems);
      const host = resolveHost(entry, demand, problems);
      if (reportProblems()) continue;
      // Built by assignment: a conditional spread is a call into V8's runtime, and 10,000
      // workloads had five each.
      const workload = { name: entry.name, kind: entry.kind } as Mutable<Workload>;
      if (entry.description !== undefined) workload.description = entry.description;
      workload.at = at(file, base);
      workload.demand = demand;
      if (placement.region !== undefined) workload.location = placement.region;
      workload.pue = resolvePue(entry, inherited, placement.region);
      workload.intensity = intensity;
      if (entry.budget !== undefined) {
        workload.budgetKg = entry.budget;
        workload.budgetAt = at(file, [...base, 'budget']);
      }
      if (embodied !== undefined) workload.embodied = embodied;
      if (entry['overhead-energy'] !== undefined) workload.overheadEnergyKwh = entry['overhead-energy'];
      if (host !== undefined) workload.host = host;
      workloads.push(workload);
      names.push(entry.name);
      fileWorkloads.push({ workload, declared });
      if (entry.budget !== undefined) {
        const budget: Budget = {
          name: `workload ${entry.name}`,
          scope: 'workload',
          limitKg: entry.budget,
          warnAt: inherited.warn ?? DEFAULT_WARN_AT,
          workloads: [entry.name],
          at: at(file, [...base, 'budget']),
        };
        budgets.push(budget);
        fileBudgets.push(budget);
      }
    }
    if (diagnostics.length === problemsBefore && fileWorkloads.length === file.workloads.length) {
      cached(cache.resolvedFiles, file.workloads, () => new Map<string, ResolvedFile>()).set(key, { workloads: fileWorkloads, budgets: fileBudgets });
    }
  }

  // File totals cover the file and everything it includes, so they are listed once all are read.
  const roots = files.filter((f) => f.parent === undefined);
  for (const file of files) {
    const total = file.envelope.budgets?.total;
    if (total === undefined) continue;
    const covered = files.filter((f) => isWithin(f, file)).flatMap((f) => workloadsByFile.get(f) ?? []);
    budgets.push({
      name: file.parent === undefined && roots.length === 1 ? 'total' : `total of ${file.file}`,
      scope: file.parent === undefined ? 'total' : 'file',
      limitKg: total,
      warnAt: inheritedByFile.get(file)?.warn ?? DEFAULT_WARN_AT,
      workloads: covered,
      at: at(file, ['budgets', 'total']),
    });
  }
  for (const file of files) {
    const increase = file.envelope.budgets?.increase;
    if (increase === undefined) continue;
    if (file.parent !== undefined) {
      diagnostics.push({ ...at(file, ['budgets', 'increase'], true), message: '`increase` limits a whole pull request, so it belongs in the root workload file only' });
      continue;
    }
    if (budgets.some((b) => b.scope === 'increase')) {
      diagnostics.push({ ...at(file, ['budgets', 'increase'], true), message: '`increase` limits a whole pull request: declare it in one root file of the set only' });
      continue;
    }
    budgets.push({
      name: 'increase',
      scope: 'increase',
      limitKg: increase,
      warnAt: inheritedByFile.get(file)?.warn ?? DEFAULT_WARN_AT,
      workloads: files.flatMap((f) => workloadsByFile.get(f) ?? []),
      at: at(file, ['budgets', 'increase']),
    });
  }
  budgets.sort((a, b) => scopeOrder(a) - scopeOrder(b));
  return { workloads, budgets, diagnostics };
}

function scopeOrder(b: Budget): number {
  return { total: 0, increase: 1, file: 2, workload: 3 }[b.scope];
}

function hasBrokenAncestor(file: LoadedFile): boolean {
  for (let f: LoadedFile | undefined = file.parent; f !== undefined; f = f.parent) if (f.broken) return true;
  return false;
}

function isWithin(file: LoadedFile, ancestor: LoadedFile): boolean {
  for (let f: LoadedFile | undefined = file; f !== undefined; f = f.parent) if (f === ancestor) return true;
  return false;
}
