import { CO2JS_VERSION, ELECTRICITY_MAPS, EMBER } from '../catalog/data/grid-intensity-source.js';
import { EQUIVALENCES } from '../catalog/data/equivalences.js';
import type { BudgetResult, Status, Verdict } from '../budget/verdict.js';
import type { Comparison } from '../compare/compare.js';
import type { HostPower } from '../model.js';
import { greenerRegions, type Alternative } from '../estimate/alternatives.js';
import { totalOf, type Estimate } from '../estimate/estimate.js';
import { formatApprox, formatEnergy, formatExact, formatMass } from './format.js';

// The JSON report: a stable contract that other tools read (docs/report-format.md). Add fields
// freely; never rename or remove one without raising REPORT_SCHEMA_VERSION.

export const REPORT_SCHEMA_VERSION = 1;

export interface SourceInfo {
  readonly source: string;
  readonly url?: string;
  readonly year?: number | string | null;
  readonly licence?: string;
}

export interface WorkloadReport {
  readonly name: string;
  readonly kind: 'training' | 'inference';
  readonly description?: string;
  readonly file: string;
  readonly line: number;
  readonly energyKwh: number;
  readonly itEnergyKwh: number;
  readonly co2eKg: number;
  /** Embodied emissions amortised over the hours used, when the workload declares `embodied`. */
  readonly embodiedKg?: number;
  readonly budgetKg?: number;
  readonly assumptions: {
    readonly region?: { readonly id: string; readonly label: string; readonly note?: string };
    readonly power?: {
      readonly watts: number;
      readonly basis: 'declared' | 'catalog-tdp';
      readonly accelerator?: { readonly id: string; readonly name: string; readonly tdpW?: number; readonly rating?: string } & SourceInfo;
      readonly utilization?: number;
    };
    readonly count?: number;
    readonly instance?: { readonly id: string; readonly instances: number; readonly acceleratorsPerInstance: number };
    readonly hoursPerRun?: number;
    readonly acceleratorHoursPerRun?: number;
    readonly runs?: number;
    readonly unit?: 'request' | 'token';
    readonly ratePerHour?: number;
    readonly periodHours?: number;
    readonly units?: number;
    readonly energyPerUnitKwh?: number;
    /** When the energy per request is the study's default for a task. */
    readonly task?: { readonly id: string; readonly label: string; readonly source: string; readonly url: string };
    readonly pue: { readonly value: number; readonly basis: string } & Partial<SourceInfo>;
    readonly intensity: { readonly gPerKwh: number; readonly basis: string; readonly zone?: string; readonly zoneName?: string } & SourceInfo;
    readonly overheadEnergyKwh?: number;
    /** Modelled host (CPU and memory) power, when asked for: its energy is part of `itEnergyKwh`. */
    readonly host?: HostPower & { readonly energyKwh: number };
    readonly embodied?: { readonly acceleratorKg: number; readonly serverKg: number; readonly acceleratorsPerServer: number; readonly lifetimeHours: number; readonly usage: number; readonly basis: string; readonly source?: string; readonly url?: string };
  };
  /** The sum written out, so a reader can redo it by hand. */
  readonly formula: string;
  /** SCI-style intensity per functional unit, for request and token workloads. */
  readonly perFunctionalUnit?: {
    readonly unit: '1,000 requests' | '1M tokens';
    /** Operational, as `co2eKg`. */
    readonly co2eG: number;
    /** The embodied share, when the workload declares `embodied`: SCI counts both. */
    readonly embodiedG?: number;
    readonly energyWh: number;
  };
  /** Cleaner regions of the same provider, best first, with what moving would avoid. */
  readonly alternatives?: readonly Alternative[];
}

export interface BudgetReport {
  readonly name: string;
  readonly scope: 'total' | 'file' | 'workload' | 'increase';
  readonly limitKg: number;
  readonly usedKg: number;
  readonly share: number;
  readonly warnAt: number;
  readonly status: Status;
  readonly excessKg: number;
  readonly file: string;
  readonly line: number;
  readonly workloads: readonly string[];
  /** The same budget's use on the base branch, when compared. */
  readonly baseUsedKg?: number;
  readonly note?: string;
}

export interface Report {
  readonly schemaVersion: number;
  readonly tool: { readonly name: 'carbon-budget'; readonly version: string };
  readonly config: string;
  readonly status: Status;
  readonly totals: { readonly energyKwh: number; readonly co2eKg: number; readonly embodiedKg: number; readonly workloads: number };
  readonly workloads: readonly WorkloadReport[];
  readonly budgets: readonly BudgetReport[];
  readonly equivalents: readonly ({ readonly id: string; readonly count: number; readonly text: string } & SourceInfo)[];
  /** Present when the report compares a change with its base branch. */
  readonly comparison?: Comparison;
  /** The pull request the action estimated, so that a later workflow can comment from this report. */
  readonly pullRequest?: { readonly number: number; readonly headSha: string; readonly baseSha: string; readonly updatedAt: string };
  readonly data: {
    readonly co2js: string;
    readonly gridIntensity: readonly SourceInfo[];
  };
}

function formula(e: Estimate): string {
  const { demand, pue, intensity } = e.workload;
  const tail = `= ${formatEnergy(e.itEnergyKwh)} IT x PUE ${formatExact(pue.value)} = ${formatEnergy(e.energyKwh)} x ${formatExact(intensity.gPerKwh)} gCO2e/kWh = ${formatMass(e.co2eKg)}`;
  if (demand.type === 'per-unit') {
    return `${formatExact(demand.ratePerHour * demand.periodHours)} ${demand.unit}s (${formatExact(demand.ratePerHour)}/h x ${formatExact(demand.periodHours)} h) x ${formatExact(demand.energyPerUnitKwh * 1000)} Wh ${tail}`;
  }
  const power = demand.powerBasis === 'catalog-tdp' && demand.utilization !== undefined
    ? `${formatExact(demand.accelerator?.tdpW ?? demand.powerW)} W x ${formatExact(demand.utilization * 100)}%`
    : `${formatExact(demand.powerW)} W`;
  const instance = demand.instance === undefined ? '' : ` (${formatExact(demand.instance.instances)} x ${demand.instance.id}, ${formatExact(demand.instance.acceleratorsPerInstance)} accelerators each)`;
  const time = demand.count !== undefined && demand.hoursPerRun !== undefined
    ? `${formatExact(demand.count)}${instance} x ${formatExact(demand.hoursPerRun)} h`
    : `${formatExact(demand.deviceHoursPerRun)} accelerator-h`;
  const runs = demand.runs === 1 ? '' : ` x ${formatExact(demand.runs)} runs`;
  const overhead = (e.workload.overheadEnergyKwh ? ` + ${formatExact(e.workload.overheadEnergyKwh)} kWh overhead` : '')
    + (e.hostEnergyKwh === undefined || e.workload.host === undefined ? '' : ` + ${formatEnergy(e.hostEnergyKwh)} host (${formatExact(e.workload.host.wattsPerInstance)} W per instance)`);
  const embodied = e.embodiedKg === undefined ? '' : `; embodied ${formatMass(e.embodiedKg)}`;
  return `${time} x ${power}${runs}${overhead} ${tail}${embodied}`;
}

function workloadReport(e: Estimate): WorkloadReport {
  const w = e.workload;
  const d = w.demand;
  const intensity = w.intensity;
  return {
    name: w.name,
    kind: w.kind,
    ...(w.description === undefined ? {} : { description: w.description }),
    file: w.at.file,
    line: w.at.line,
    energyKwh: e.energyKwh,
    itEnergyKwh: e.itEnergyKwh,
    co2eKg: e.co2eKg,
    ...(e.embodiedKg === undefined ? {} : { embodiedKg: e.embodiedKg }),
    ...(w.budgetKg === undefined ? {} : { budgetKg: w.budgetKg }),
    assumptions: {
      ...(w.location === undefined ? {} : { region: { id: w.location.id, label: w.location.label, ...(w.location.note === undefined ? {} : { note: w.location.note }) } }),
      ...(d.type === 'devices'
        ? {
            power: {
              watts: d.powerW,
              basis: d.powerBasis,
              ...(d.accelerator === undefined
                ? {}
                : {
                    accelerator: {
                      id: d.accelerator.id,
                      name: d.accelerator.name,
                      ...(d.accelerator.tdpW === undefined ? {} : { tdpW: d.accelerator.tdpW }),
                      ...(d.accelerator.rating === undefined ? {} : { rating: d.accelerator.rating }),
                      source: d.accelerator.source.title,
                      url: d.accelerator.source.url,
                      year: d.accelerator.source.year,
                      licence: d.accelerator.source.licence,
                    },
                  }),
              ...(d.utilization === undefined ? {} : { utilization: d.utilization }),
            },
            ...(d.count === undefined ? {} : { count: d.count }),
            ...(d.instance === undefined ? {} : { instance: d.instance }),
            ...(d.hoursPerRun === undefined ? {} : { hoursPerRun: d.hoursPerRun }),
            acceleratorHoursPerRun: d.deviceHoursPerRun,
            runs: d.runs,
          }
        : { unit: d.unit, ratePerHour: d.ratePerHour, periodHours: d.periodHours, units: e.units ?? 0, energyPerUnitKwh: d.energyPerUnitKwh, ...(d.task === undefined ? {} : { task: d.task }) }),
      pue: {
        value: w.pue.value,
        basis: w.pue.basis,
        ...(w.pue.source === undefined ? {} : { source: w.pue.source }),
        ...(w.pue.url === undefined ? {} : { url: w.pue.url }),
        ...(w.pue.year === undefined ? {} : { year: w.pue.year }),
      },
      intensity: {
        gPerKwh: intensity.gPerKwh,
        basis: intensity.basis,
        source: intensity.source,
        ...(intensity.zone === undefined ? {} : { zone: intensity.zone }),
        ...(intensity.zoneName === undefined ? {} : { zoneName: intensity.zoneName }),
        ...(intensity.year === undefined ? {} : { year: intensity.year }),
        ...(intensity.licence === undefined ? {} : { licence: intensity.licence }),
      },
      ...(w.overheadEnergyKwh === undefined ? {} : { overheadEnergyKwh: w.overheadEnergyKwh }),
      ...(w.host === undefined || e.hostEnergyKwh === undefined ? {} : { host: { ...w.host, energyKwh: e.hostEnergyKwh } }),
      ...(w.embodied === undefined ? {} : { embodied: { ...w.embodied } }),
    },
    formula: formula(e),
    ...perUnit(e),
    ...alternativesOf(e),
  };
}

function perUnit(e: Estimate): { perFunctionalUnit?: WorkloadReport['perFunctionalUnit'] } {
  const d = e.workload.demand;
  const unit = d.type === 'per-unit' ? d.unit : d.functionalUnit?.unit;
  if (unit === undefined || !e.units) return {};
  const per = unit === 'request' ? 1000 : 1e6;
  return {
    perFunctionalUnit: {
      unit: unit === 'request' ? '1,000 requests' : '1M tokens',
      co2eG: ((e.co2eKg * 1000) / e.units) * per,
      ...(e.embodiedKg === undefined ? {} : { embodiedG: ((e.embodiedKg * 1000) / e.units) * per }),
      energyWh: ((e.energyKwh * 1000) / e.units) * per,
    },
  };
}

function alternativesOf(e: Estimate): { alternatives?: readonly Alternative[] } {
  const found = greenerRegions(e);
  return found.length === 0 ? {} : { alternatives: found };
}

function budgetReport(r: BudgetResult): BudgetReport {
  return {
    name: r.budget.name,
    scope: r.budget.scope,
    limitKg: r.budget.limitKg,
    usedKg: r.usedKg,
    share: r.share,
    warnAt: r.budget.warnAt,
    status: r.status,
    excessKg: r.excessKg,
    file: r.budget.at.file,
    line: r.budget.at.line,
    workloads: r.budget.workloads,
    ...(r.baseUsedKg === undefined ? {} : { baseUsedKg: r.baseUsedKg }),
    ...(r.note === undefined ? {} : { note: r.note }),
  };
}

export function buildReport(config: string, version: string, estimates: readonly Estimate[], verdict: Verdict, comparison?: Comparison): Report {
  const totals = totalOf(estimates);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'carbon-budget', version },
    config,
    status: verdict.status,
    totals: { ...totals, workloads: estimates.length },
    workloads: estimates.map(workloadReport),
    budgets: verdict.budgets.map(budgetReport),
    ...(comparison === undefined ? {} : { comparison }),
    equivalents: EQUIVALENCES.map((eq) => {
      const count = totals.co2eKg / eq.kgPerUnit;
      return { id: eq.id, count, text: eq.phrase(formatApprox(count)), source: eq.source, url: eq.url, year: eq.year, licence: eq.licence };
    }),
    data: {
      co2js: CO2JS_VERSION,
      gridIntensity: [
        { source: `${ELECTRICITY_MAPS.name}: ${ELECTRICITY_MAPS.description}`, url: ELECTRICITY_MAPS.url, year: ELECTRICITY_MAPS.years.join(', '), licence: ELECTRICITY_MAPS.licence },
        { source: `${EMBER.name}: ${EMBER.description}`, url: EMBER.url, licence: EMBER.licence },
      ],
    },
  };
}
