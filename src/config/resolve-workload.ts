import { cached } from '../cached.js';
import { BLOOM_EMBODIED } from '../catalog/data/embodied.js';
import { LATEST_YEAR, type IntensityYear } from '../catalog/data/grid-intensity-source.js';
import { CPU_POWER, HOST_POWER_SOURCE, HOST_UTILIZATION, MEMORY_W_PER_GB } from '../catalog/data/host-power.js';
import { INDUSTRY_PUE, PROVIDER_PUE } from '../catalog/data/pue.js';
import { isIntensityYear } from '../catalog/intensity.js';
import { gridIntensity, type Location, type Resolved } from '../catalog/regions.js';
import type { Demand, Embodied, HostPower, Intensity, Mutable, Pue, SourceRef, Workload } from '../model.js';
import type { RunCache } from '../run-cache.js';
import type { Named } from './catalog-names.js';
import { inferenceDemand, trainingDemand } from './demand.js';
import { nestPlacement, type Inherited, type Placement } from './inherit.js';
import type { WorkloadEntry } from './schema.js';
import type { Path } from './yaml-positions.js';

/** A problem with one workload, at a path within it (`key`: point at the key rather than the value). */
export interface Problem {
  readonly path: Path;
  readonly key?: boolean;
  readonly message: string;
}

/** Where a path within the workload is written in its file. */
export type WorkloadAt = (path: Path, key?: boolean) => SourceRef;

/**
 * One workload from its entry, the catalog entries it names and what it inherits; undefined when
 * `problems` says why not. Any problem already in `problems` (a duplicate name) counts: the
 * settings that build on the demand and grid figure (embodied, host) are checked only once those
 * stand without a problem.
 */
export function resolveWorkload(
  entry: WorkloadEntry,
  named: Named,
  inherited: Inherited,
  at: WorkloadAt,
  cache: RunCache,
  problems: Problem[],
): Workload | undefined {
  const yearWritten = entry.year ?? inherited.year;
  const year: IntensityYear = yearWritten !== undefined && isIntensityYear(yearWritten) ? yearWritten : LATEST_YEAR;
  const placement = nestPlacement(inherited.placement, { region: named.region, intensity: entry.intensity });
  const intensity = resolveIntensity(placement, year, cache, problems);
  const demand =
    entry.kind === 'training'
      ? trainingDemand(entry, named, inherited, problems)
      : inferenceDemand(entry, named, inherited, problems);
  if (problems.length > 0 || intensity === undefined || demand === undefined) return undefined;
  const embodied = resolveEmbodied(entry, demand, problems);
  const host = resolveHost(entry, named, demand, problems);
  if (problems.length > 0) return undefined;
  // Built by assignment: a conditional spread is a call into V8's runtime, and 10,000
  // workloads had five each.
  const workload = { name: entry.name, kind: entry.kind } as Mutable<Workload>;
  if (entry.description !== undefined) workload.description = entry.description;
  workload.at = at([]);
  workload.demand = demand;
  if (placement.region !== undefined) workload.location = placement.region;
  const pue = resolvePue(entry, inherited, placement.region, demand, problems);
  if (pue === undefined) return undefined;
  workload.pue = pue;
  workload.intensity = intensity;
  if (entry.budget !== undefined) {
    workload.budgetKg = entry.budget;
    workload.budgetAt = at(['budget']);
  }
  if (embodied !== undefined) workload.embodied = embodied;
  if (entry['overhead-energy'] !== undefined) workload.overheadEnergyKwh = entry['overhead-energy'];
  if (host !== undefined) workload.host = host;
  return workload;
}

/** The default PUEs, one object each, shared by every workload that takes one. */
const DEFAULT_PUE = {
  industry: {
    value: INDUSTRY_PUE.value,
    basis: 'industry-default',
    source: INDUSTRY_PUE.source,
    url: INDUSTRY_PUE.url,
    year: INDUSTRY_PUE.year,
  } satisfies Pue,
  provider: Object.fromEntries(
    Object.entries(PROVIDER_PUE).map(([provider, d]) => [
      provider,
      { value: d.value, basis: 'provider-default', source: d.source, url: d.url, year: d.year } satisfies Pue,
    ]),
  ) as Record<keyof typeof PROVIDER_PUE, Pue>,
};

/**
 * The PUE to apply. A task default that already includes the data centre's overhead takes none
 * (1): a region's or an inherited PUE would count the overhead twice, and one written on the
 * workload itself is refused as a contradiction.
 */
function resolvePue(
  entry: WorkloadEntry,
  inherited: Inherited,
  location: Location | undefined,
  demand: Demand,
  problems: Problem[],
): Pue | undefined {
  const task = demand.type === 'per-unit' ? demand.task : undefined;
  if (task?.boundary === 'facility') {
    if (entry.pue !== undefined) {
      problems.push({
        path: ['pue'],
        key: true,
        message:
          `the default for \`task: ${task.id}\` (${task.citation}) already includes the data centre's overhead, ` +
          'so no PUE is applied to it: remove `pue`, or give a measured `energy-per-request` for it to apply to',
      });
      return undefined;
    }
    return {
      value: 1,
      basis: 'in-task-default',
      source: `included in the default for ${task.id} (${task.citation})`,
      url: task.url,
      year: task.year,
    };
  }
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
      value: {
        gPerKwh: g.gPerKwh,
        basis: 'grid-data',
        source: g.source,
        year: g.year,
        zone: g.zone,
        zoneName: g.zoneName,
        licence: g.licence,
        attribution: g.attribution,
      },
    };
  });
}

function resolveIntensity(
  placement: Placement,
  year: IntensityYear,
  cache: RunCache,
  problems: Problem[],
): Intensity | undefined {
  if (placement.intensity !== undefined) {
    return { gPerKwh: placement.intensity, basis: 'declared', source: 'declared in the workload file' };
  }
  if (placement.region === undefined) {
    problems.push({
      path: [],
      message: 'no region: set `region` (e.g. `aws:us-east-1`, `country:FR`) or `intensity`, here or in `defaults`',
    });
    return undefined;
  }
  const found = gridFigure(placement.region, year, cache);
  if (!found.ok) {
    problems.push({ path: ['region'], message: found.message });
    return undefined;
  }
  return found.value;
}

function resolveEmbodied(entry: WorkloadEntry, demand: Demand, problems: Problem[]): Embodied | undefined {
  const written = entry.embodied;
  if (written === undefined) return undefined;
  if (demand.type !== 'devices') {
    problems.push({
      path: ['embodied'],
      key: true,
      message:
        '`embodied` needs accelerator-hours to amortise over: ' +
        'give a serving fleet (`accelerator` or `power`, with `count`) instead of an energy per request or token',
    });
    return undefined;
  }
  if (written === true) {
    const b = BLOOM_EMBODIED;
    return {
      acceleratorKg: b.acceleratorKg,
      serverKg: b.serverKg,
      acceleratorsPerServer: b.acceleratorsPerServer,
      lifetimeHours: b.lifetimeYears * 8760,
      usage: b.usage,
      basis: 'bloom-study',
      source: b.source,
      url: b.url,
    };
  }
  // The footprint is spread over the hours in use: over less than a day, a slipped unit makes it
  // enormous (a lifetime of `1e-300 h` made it infinite).
  const usedHours = written.lifetime * written.usage;
  if (usedHours < 24) {
    problems.push({
      path: ['embodied', 'lifetime'],
      message:
        `the hardware would be in use for ${String(Number(usedHours.toPrecision(3)))} h of its life ` +
        '(`lifetime` x `usage`), and its manufacturing footprint is spread over those hours: ' +
        'it must be at least a day. Write `lifetime` in years (e.g. `6y`) and `usage` as a share (e.g. `85%`)',
    });
    return undefined;
  }
  return {
    acceleratorKg: written.accelerator,
    serverKg: written.server,
    acceleratorsPerServer: written['accelerators-per-server'],
    lifetimeHours: written.lifetime,
    usage: written.usage,
    basis: 'declared',
  };
}

const GIB_IN_GB = 1.073741824;

function resolveHost(entry: WorkloadEntry, named: Named, demand: Demand, problems: Problem[]): HostPower | undefined {
  const written = entry.host;
  if (written === undefined) return undefined;
  const type = named.instance?.type;
  if (type === undefined || demand.type !== 'devices') {
    problems.push({
      path: ['host'],
      key: true,
      message:
        '`host` models the CPUs and memory of an `instance` type: ' +
        'name the instance (or give measured `overhead-energy`)',
    });
    return undefined;
  }
  if (type.cpu === undefined || type.vcpus === undefined || type.memoryGiB === undefined) {
    const missing =
      type.cpu === undefined
        ? 'its processor family has no published per-vCPU power figures'
        : 'its vCPUs and memory are not known';
    problems.push({
      path: ['host'],
      key: true,
      message: `\`host\`: cannot model ${type.id}'s host power (${missing}); give measured \`overhead-energy\` instead`,
    });
    return undefined;
  }
  const cpu = CPU_POWER[type.cpu];
  const utilization = written === true ? HOST_UTILIZATION : written.utilization;
  // AWS states memory in GiB; Google and Azure write GB. The coefficient is per GB.
  const memoryGb = type.provider === 'aws' ? type.memoryGiB * GIB_IN_GB : type.memoryGiB;
  const wattsPerInstance =
    type.vcpus * (cpu.minWPerVcpu + utilization * (cpu.maxWPerVcpu - cpu.minWPerVcpu)) + memoryGb * MEMORY_W_PER_GB;
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
