import { INFERENCE_TASKS } from '../catalog/data/inference-tasks.js';
import type { Accelerator } from '../catalog/accelerators.js';
import type { Demand, DeviceDemand } from '../model.js';
import type { Named } from './catalog-names.js';
import type { Inherited } from './inherit.js';
import type { Problem } from './resolve-workload.js';
import type { InferenceEntry, TrainingEntry } from './schema.js';

// What a workload asks of the hardware: accelerators at a power for a time, or requests or tokens
// at an energy each. The rules that span fields are checked here, each problem at its field.

/**
 * The accelerators a workload runs on: those it names, or those of the instance type it names,
 * restated as accelerators (`count` instances of `acceleratorsPerInstance` each). Everything after
 * works on accelerators.
 */
interface Devices {
  readonly accelerator?: Accelerator;
  readonly count?: number;
  /** The instance type named, and how many: when `count` is given. */
  readonly instance?: NonNullable<DeviceDemand['instance']>;
}

function devicesOf(entry: TrainingEntry | InferenceEntry, named: Named, problems: Problem[]): Devices {
  const instance = named.instance;
  if (instance === undefined) return { accelerator: named.accelerator, count: entry.count };
  if (entry.accelerator !== undefined) {
    problems.push({
      path: ['accelerator'],
      key: true,
      message:
        `\`instance\` ${instance.type.id} already carries ${instance.type.acceleratorsPerInstance} x ` +
        `${instance.accelerator.id}: remove \`accelerator\``,
    });
  }
  const per = instance.type.acceleratorsPerInstance;
  if (entry.count === undefined) return { accelerator: instance.accelerator };
  const instances = { id: instance.type.id, instances: entry.count, acceleratorsPerInstance: per };
  return { accelerator: instance.accelerator, count: entry.count * per, instance: instances };
}

function devicePower(
  entry: TrainingEntry | InferenceEntry,
  devices: Devices,
  inherited: Inherited,
  problems: Problem[],
) {
  const { accelerator } = devices;
  if (entry.power !== undefined) {
    if (entry.utilization !== undefined) {
      problems.push({
        path: ['utilization'],
        key: true,
        message:
          '`utilization` has no effect with `power` (a measured average already includes it): remove one of them',
      });
    }
    return { powerW: entry.power, powerBasis: 'declared' as const, ...(accelerator ? { accelerator } : {}) };
  }
  if (accelerator !== undefined) {
    const { tdpW } = accelerator;
    if (tdpW === undefined) {
      const field = entry.instance === undefined ? 'accelerator' : 'instance';
      problems.push({
        path: [field],
        message:
          `\`${field}\`: ${accelerator.name}: ${accelerator.note ?? 'no power figure is known'} ` +
          '(e.g. `power: 300 W`)',
      });
      return { powerW: 0, powerBasis: 'declared' as const, accelerator };
    }
    const utilization = entry.utilization ?? inherited.utilization;
    return {
      powerW: tdpW * (utilization ?? 1),
      powerBasis: 'catalog-tdp' as const,
      accelerator,
      ...(utilization === undefined ? {} : { utilization }),
    };
  }
  return undefined;
}

export function trainingDemand(
  entry: TrainingEntry,
  named: Named,
  inherited: Inherited,
  problems: Problem[],
): Demand | undefined {
  const devices = devicesOf(entry, named, problems);
  const { count, instance } = devices;
  const power = devicePower(entry, devices, inherited, problems);
  if (power === undefined)
    problems.push({
      path: [],
      message: 'needs `accelerator` (a catalog id) or `power` (measured average per accelerator)',
    });
  const acceleratorHours = entry['accelerator-hours'];
  let deviceHours: number | undefined;
  if (acceleratorHours !== undefined) {
    if (entry.hours !== undefined)
      problems.push({
        path: ['hours'],
        key: true,
        message: 'give either `hours` (with `count`) or `accelerator-hours`, not both',
      });
    if (count !== undefined)
      problems.push({
        path: ['count'],
        key: true,
        message:
          '`count` has no effect with `accelerator-hours`, which already counts every accelerator: remove one of them',
      });
    deviceHours = acceleratorHours;
  } else if (entry.hours !== undefined) {
    if (count === undefined) {
      const counted = entry.instance === undefined ? 'accelerators' : 'instances';
      problems.push({ path: [], message: `needs \`count\`, the number of ${counted} running for \`hours\`` });
    } else deviceHours = count * entry.hours;
  } else {
    problems.push({ path: [], message: 'needs `hours` (with `count`) or `accelerator-hours`' });
  }
  if (power === undefined || deviceHours === undefined) return undefined;
  return {
    type: 'devices',
    ...power,
    ...(count === undefined ? {} : { count }),
    ...(instance === undefined ? {} : { instance }),
    ...(entry.hours === undefined ? {} : { hoursPerRun: entry.hours }),
    deviceHoursPerRun: deviceHours,
    runs: entry.runs ?? 1,
  };
}

const NEEDS_PERIOD: Problem = {
  path: [],
  message: 'needs `period`, the horizon the rate is summed over (e.g. `365d`), here or in `defaults`',
};

export function inferenceDemand(
  entry: InferenceEntry,
  named: Named,
  inherited: Inherited,
  problems: Problem[],
): Demand | undefined {
  const devices = devicesOf(entry, named, problems);
  const { count, instance } = devices;
  const period = entry.period ?? inherited.period;
  const fleet = devices.accelerator !== undefined || entry.power !== undefined || count !== undefined;
  // A fleet's `requests` or `tokens` (with no energy per unit) is its functional unit, not a load.
  const served =
    fleet &&
    entry['energy-per-request'] === undefined &&
    entry['energy-per-token'] === undefined &&
    entry.task === undefined
      ? entry.requests !== undefined && entry.tokens === undefined
        ? { unit: 'request' as const, rate: entry.requests }
        : entry.tokens !== undefined && entry.requests === undefined
          ? { unit: 'token' as const, rate: entry.tokens }
          : undefined
      : undefined;
  const modes = [
    served === undefined && (entry.requests !== undefined || entry['energy-per-request'] !== undefined)
      ? 'requests'
      : undefined,
    served === undefined && (entry.tokens !== undefined || entry['energy-per-token'] !== undefined)
      ? 'tokens'
      : undefined,
    fleet ? 'fleet' : undefined,
  ].filter((m) => m !== undefined);
  if (modes.length === 0) {
    problems.push({
      path: [],
      message:
        'needs `requests` with `energy-per-request`, `tokens` with `energy-per-token`, ' +
        'or a serving fleet (`accelerator` or `power`, with `count`)',
    });
    return undefined;
  }
  const mismatch =
    entry.tokens !== undefined && entry['energy-per-request'] !== undefined && entry.requests === undefined
      ? ['energy-per-request', 'tokens', 'energy-per-token']
      : entry.requests !== undefined && entry['energy-per-token'] !== undefined && entry.tokens === undefined
        ? ['energy-per-token', 'requests', 'energy-per-request']
        : undefined;
  if (mismatch !== undefined) {
    problems.push({
      path: [mismatch[0] ?? ''],
      key: true,
      message: `\`${mismatch[0] ?? ''}\` does not go with \`${mismatch[1] ?? ''}\`: use \`${mismatch[2] ?? ''}\``,
    });
    // Whichever is kept, a rate is summed over a period: said now rather than once this is fixed.
    if (period === undefined) problems.push(NEEDS_PERIOD);
    return undefined;
  }
  if (modes.length > 1) {
    problems.push({
      path: [],
      message:
        `describes the load in more than one way (${modes.join(' and ')}): ` +
        'keep one, or split it into two workloads',
    });
    if (period === undefined && modes.every((m) => m !== 'fleet')) problems.push(NEEDS_PERIOD);
    return undefined;
  }
  if (modes[0] === 'fleet') {
    const power = devicePower(entry, devices, inherited, problems);
    if (power === undefined) problems.push({ path: [], message: 'a serving fleet needs `accelerator` or `power`' });
    if (count === undefined) {
      const counted = entry.instance === undefined ? 'accelerators' : 'instances';
      problems.push({ path: [], message: `a serving fleet needs \`count\`, the number of ${counted} serving` });
    }
    const hours = entry.hours ?? period;
    if (hours === undefined)
      problems.push({ path: [], message: 'a serving fleet needs `period` (it serves the whole period) or `hours`' });
    if (entry.hours !== undefined && period !== undefined && entry.hours > period * (1 + 1e-9)) {
      problems.push({
        path: ['hours'],
        message:
          `\`hours\` (${entry.hours} h) is longer than \`period\` (${period} h): ` +
          'a fleet cannot serve longer than the period',
      });
    }
    if (power === undefined || count === undefined || hours === undefined) return undefined;
    const servedOver = period ?? hours;
    const functionalUnit =
      served === undefined
        ? {}
        : { functionalUnit: { unit: served.unit, ratePerHour: served.rate, periodHours: servedOver } };
    return {
      type: 'devices',
      ...power,
      count,
      ...(instance === undefined ? {} : { instance }),
      hoursPerRun: hours,
      deviceHoursPerRun: count * hours,
      runs: 1,
      ...functionalUnit,
    };
  }
  if (entry.hours !== undefined)
    problems.push({ path: ['hours'], key: true, message: '`hours` is for a serving fleet; with a rate, use `period`' });
  if (entry.utilization !== undefined)
    problems.push({
      path: ['utilization'],
      key: true,
      message:
        '`utilization` scales accelerator power, so it has no effect on an energy per request or token: remove it',
    });
  const unit = modes[0] === 'requests' ? 'request' : 'token';
  const rate = unit === 'request' ? entry.requests : entry.tokens;
  const declared = unit === 'request' ? entry['energy-per-request'] : entry['energy-per-token'];
  const task = entry.task === undefined ? undefined : INFERENCE_TASKS[entry.task];
  if (task !== undefined && (declared !== undefined || unit !== 'request')) {
    problems.push({
      path: ['task'],
      key: true,
      message:
        unit === 'request'
          ? 'give `task` (a default) or `energy-per-request` (measured), not both'
          : '`task` gives an energy per request: use it with `requests`, not `tokens`',
    });
  }
  const energy = declared ?? (task === undefined ? undefined : task.whPerRequest / 1000);
  if (rate === undefined)
    problems.push({ path: [], message: `needs \`${unit}s\`, the ${unit} rate (e.g. \`2M/day\`)` });
  if (energy === undefined)
    problems.push({
      path: [],
      message:
        `needs \`energy-per-${unit}\` (e.g. \`0.3 Wh\`)` + (unit === 'request' ? ', or a `task` for a default' : ''),
    });
  if (period === undefined) problems.push(NEEDS_PERIOD);
  if (rate === undefined || energy === undefined || period === undefined) return undefined;
  const fromTask =
    declared === undefined && task !== undefined && entry.task !== undefined
      ? {
          task: {
            id: entry.task,
            label: task.label,
            source: task.source.title,
            url: task.source.url,
            citation: task.source.citation,
            year: task.source.year,
            boundary: task.boundary,
            includes: task.includes,
          },
        }
      : {};
  return { type: 'per-unit', unit, ratePerHour: rate, periodHours: period, energyPerUnitKwh: energy, ...fromTask };
}
