import type { Workload } from '../model.js';

export interface Estimate {
  readonly workload: Workload;
  /** Energy drawn by the IT equipment itself (accelerators, or the per-unit figure). */
  readonly itEnergyKwh: number;
  /** IT energy times PUE: what the data centre draws from the grid for this work. */
  readonly energyKwh: number;
  /** Operational emissions, location-based: energy times grid intensity. */
  readonly co2eKg: number;
  /** Requests or tokens summed over the period, for per-unit inference. */
  readonly units?: number;
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
  } else {
    units = demand.ratePerHour * demand.periodHours;
    itEnergyKwh = units * demand.energyPerUnitKwh;
  }
  const energyKwh = itEnergyKwh * workload.pue.value;
  const co2eKg = (energyKwh * workload.intensity.gPerKwh) / 1000;
  return { workload, itEnergyKwh, energyKwh, co2eKg, ...(units === undefined ? {} : { units }) };
}

export interface Totals {
  readonly energyKwh: number;
  readonly co2eKg: number;
}

export function totalOf(estimates: readonly Estimate[]): Totals {
  return estimates.reduce((sum, e) => ({ energyKwh: sum.energyKwh + e.energyKwh, co2eKg: sum.co2eKg + e.co2eKg }), { energyKwh: 0, co2eKg: 0 });
}
