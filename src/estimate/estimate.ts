import type { Workload } from '../model.js';
import type { Alternative } from './alternatives.js';

export interface Estimate {
  readonly workload: Workload;
  /** Energy drawn by the IT equipment itself (accelerators, or the per-unit figure). */
  readonly itEnergyKwh: number;
  /** IT energy times PUE: what the data centre draws from the grid for this work. */
  readonly energyKwh: number;
  /** Operational emissions, location-based: energy times grid intensity. */
  readonly co2eKg: number;
  /** Requests or tokens summed over the period: per-unit inference, or a fleet's functional unit. */
  readonly units?: number;
  /** Embodied emissions amortised over the hours used, when the workload asks for them. */
  readonly embodiedKg?: number;
  /** IT energy of the instances' CPUs and memory, when the workload asks for it (part of itEnergyKwh). */
  readonly hostEnergyKwh?: number;
  /**
   * Cleaner regions of the same provider, best first, with what moving would avoid: added by analyse when there
   * are any.
   */
  readonly alternatives?: readonly Alternative[];
}

/** What budgets and comparisons count: operational and embodied emissions together. */
export function countedKg(e: { readonly co2eKg: number; readonly embodiedKg?: number }): number {
  return e.co2eKg + (e.embodiedKg ?? 0);
}

/**
 * Operational energy and emissions of one workload.
 *   devices:  IT kWh = average power (W) / 1000 x device-hours per run x runs
 *   per unit: IT kWh = rate (per hour) x period (hours) x energy per unit (kWh)
 *   then      kWh = IT kWh x PUE, and kgCO2e = kWh x intensity (g/kWh) / 1000
 */
export function estimateWorkload(workload: Workload): Estimate {
  const { demand } = workload;
  let itEnergyKwh: number;
  let units: number | undefined;
  if (demand.type === 'devices') {
    itEnergyKwh = (demand.powerW / 1000) * demand.deviceHoursPerRun * demand.runs;
    if (demand.functionalUnit !== undefined)
      units = demand.functionalUnit.ratePerHour * demand.functionalUnit.periodHours;
  } else {
    units = demand.ratePerHour * demand.periodHours;
    itEnergyKwh = units * demand.energyPerUnitKwh;
  }
  // Host: the instance-hours (accelerator-hours / accelerators per instance) at the modelled host power.
  const hostEnergyKwh =
    workload.host === undefined || demand.type !== 'devices'
      ? undefined
      : ((demand.deviceHoursPerRun * demand.runs) / workload.host.acceleratorsPerInstance) *
        (workload.host.wattsPerInstance / 1000);
  itEnergyKwh += (workload.overheadEnergyKwh ?? 0) + (hostEnergyKwh ?? 0);
  const energyKwh = itEnergyKwh * workload.pue.value;
  const co2eKg = (energyKwh * workload.intensity.gPerKwh) / 1000;
  const embodiedKg = embodiedOf(workload);
  return {
    workload,
    itEnergyKwh,
    energyKwh,
    co2eKg,
    ...(units === undefined ? {} : { units }),
    ...(embodiedKg === undefined ? {} : { embodiedKg }),
    ...(hostEnergyKwh === undefined ? {} : { hostEnergyKwh }),
  };
}

/**
 * Embodied emissions, as the BLOOM study amortised them: each accelerator's and each server's
 * manufacturing footprint spread over the hours it is in use in its life (lifetime x usage), times
 * the accelerator-hours (and server-hours: accelerator-hours / accelerators per server) of the work.
 */
function embodiedOf(workload: Workload): number | undefined {
  const { embodied, demand } = workload;
  if (embodied === undefined || demand.type !== 'devices') return undefined;
  const usedHours = embodied.lifetimeHours * embodied.usage;
  const acceleratorHours = demand.deviceHoursPerRun * demand.runs;
  return (
    (acceleratorHours * embodied.acceleratorKg) / usedHours +
    (acceleratorHours / embodied.acceleratorsPerServer) * (embodied.serverKg / usedHours)
  );
}

export interface Totals {
  readonly energyKwh: number;
  readonly co2eKg: number;
  readonly embodiedKg: number;
}

export function totalOf(estimates: readonly Estimate[]): Totals {
  return estimates.reduce(
    (sum, e) => ({
      energyKwh: sum.energyKwh + e.energyKwh,
      co2eKg: sum.co2eKg + e.co2eKg,
      embodiedKg: sum.embodiedKg + (e.embodiedKg ?? 0),
    }),
    { energyKwh: 0, co2eKg: 0, embodiedKg: 0 },
  );
}
