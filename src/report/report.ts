import { fromReport, type FromReport } from './job-spec-report.js';
import { CO2JS_VERSION, ELECTRICITY_MAPS, EMBER } from '../catalog/data/grid-intensity-source.js';
import { BLOOM_EMBODIED, embodiedNote } from '../catalog/data/embodied.js';
import { EQUIVALENCES } from '../catalog/data/equivalences.js';
import type { BudgetResult, Status, Verdict } from '../budget/verdict.js';
import type { Comparison } from '../compare/compare.js';
import { cached } from '../cached.js';
import type { Accelerator } from '../catalog/accelerators.js';
import { acceleratorsLabel } from '../catalog/instances.js';
import { PROVIDER_LABELS, type Location } from '../catalog/regions.js';
import type { HostPower, Intensity, Mutable, Pue, TaskDefaultUsed } from '../model.js';
import type { Alternative } from '../estimate/alternatives.js';
import { countedKg, totalOf, type Estimate } from '../estimate/estimate.js';
import type { MeasuredReport, ReportedReport } from './evidence.js';
import {
  formatApprox,
  formatCount,
  formatEnergy,
  formatExact,
  formatMass,
  formatNumber,
  formatRateOverPeriod,
} from './format.js';

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
  /** Operational emissions: energy x grid intensity. */
  readonly co2eKg: number;
  /** Embodied emissions amortised over the hours used, when the workload declares `embodied`. */
  readonly embodiedKg?: number;
  /** Operational plus embodied: what budgets and comparisons count. */
  readonly totalCo2eKg: number;
  readonly budgetKg?: number;
  readonly assumptions: {
    readonly region?: { readonly id: string; readonly label: string; readonly note?: string };
    readonly power?: {
      readonly watts: number;
      readonly basis: 'declared' | 'catalog-tdp';
      readonly accelerator?: {
        readonly id: string;
        readonly name: string;
        readonly tdpW?: number;
        readonly rating?: string;
      } & SourceInfo;
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
    /** When the energy per request is a task's default: where from, and what it includes. */
    readonly task?: Pick<TaskDefaultUsed, 'id' | 'label' | 'source' | 'url'> &
      // Written since the defaults for LLM chat came; a report of an earlier version has none of these.
      Partial<Omit<TaskDefaultUsed, 'id' | 'label' | 'source' | 'url'>> & {
        /** `default for chat, Google 2025`: how every format names it. */
        readonly text?: string;
      };
    readonly pue: { readonly value: number; readonly basis: string } & Partial<SourceInfo>;
    readonly intensity: {
      readonly gPerKwh: number;
      readonly basis: string;
      readonly zone?: string;
      readonly zoneName?: string;
    } & SourceInfo;
    readonly overheadEnergyKwh?: number;
    /** Modelled host (CPU and memory) power, when asked for: its energy is part of `itEnergyKwh`. */
    readonly host?: HostPower & { readonly energyKwh: number };
    readonly embodied?: {
      readonly acceleratorKg: number;
      readonly serverKg: number;
      readonly acceleratorsPerServer: number;
      readonly lifetimeHours: number;
      readonly usage: number;
      readonly basis: string;
      readonly source?: string;
      readonly url?: string;
      /** When `embodied: true` used the A100 figure for another device: says so. */
      readonly note?: string;
    };
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
  /** What the workload's model card reports (`reported`), when it names one (see evidence.ts). */
  readonly reported?: ReportedReport;
  /** What CodeCarbon measured (`measured`), when the workload names its runs. */
  readonly measured?: MeasuredReport;
  /** The job spec the workload takes figures from (`from`), and which. */
  readonly from?: FromReport;
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
  readonly totals: {
    readonly energyKwh: number;
    /** Operational emissions. */
    readonly co2eKg: number;
    readonly embodiedKg: number;
    /** Operational plus embodied: what budgets and comparisons count. */
    readonly totalCo2eKg: number;
    readonly workloads: number;
  };
  readonly workloads: readonly WorkloadReport[];
  readonly budgets: readonly BudgetReport[];
  readonly equivalents: readonly ({
    readonly id: string;
    readonly count: number;
    readonly text: string;
  } & SourceInfo)[];
  /** Present when the report compares a change with its base branch. */
  readonly comparison?: Comparison;
  /** The pull request the action estimated, so that a later workflow can comment from this report. */
  readonly pullRequest?: {
    readonly number: number;
    readonly headSha: string;
    readonly baseSha: string;
    readonly updatedAt: string;
  };
  readonly data: {
    readonly co2js: string;
    readonly gridIntensity: readonly SourceInfo[];
  };
}

// A formula is joined from its parts rather than written as one template: V8 keeps a template's
// result as a tree of the pieces it was built from (about thirteen string objects a formula), and
// every report holds one formula per workload until it ends. A join makes one flat string.
/** `8 accelerators`, `1 accelerator`, or `1/6 of an accelerator` for a fractional GPU size. */
function acceleratorsEach(perInstance: number): string {
  return perInstance < 1
    ? `${acceleratorsLabel(perInstance)} of an accelerator`
    : formatCount(perInstance, 'accelerator');
}

function formula(e: Estimate): string {
  const { demand, pue, intensity } = e.workload;
  const energy =
    pue.basis === 'in-task-default'
      ? `= ${formatEnergy(e.energyKwh)} with the data centre's overhead (no PUE on top) `
      : `= ${formatEnergy(e.itEnergyKwh)} IT x PUE ${formatExact(pue.value)}${pueOrigin(e)} ` +
        `= ${formatEnergy(e.energyKwh)} `;
  const tail = `${energy}x ${formatExact(intensity.gPerKwh)} gCO2e/kWh = ${formatMass(e.co2eKg)}`;
  if (demand.type === 'per-unit') {
    const units = demand.ratePerHour * demand.periodHours;
    return [
      formatCount(units, demand.unit),
      ' (',
      formatRateOverPeriod(demand.ratePerHour, demand.periodHours),
      ') x ',
      formatExact(demand.energyPerUnitKwh * 1000),
      demand.task === undefined ? ' Wh ' : ` Wh (${taskText(demand.task)}) `,
      tail,
    ].join('');
  }
  const power =
    demand.powerBasis === 'catalog-tdp' && demand.utilization !== undefined
      ? `${formatExact(demand.accelerator?.tdpW ?? demand.powerW)} W x ${formatExact(demand.utilization * 100)}%`
      : `${formatExact(demand.powerW)} W`;
  const instance =
    demand.instance === undefined
      ? ''
      : ` (${formatExact(demand.instance.instances)} x ${demand.instance.id}, ` +
        `${acceleratorsEach(demand.instance.acceleratorsPerInstance)} each)`;
  const time =
    demand.count !== undefined && demand.hoursPerRun !== undefined
      ? `${formatExact(demand.count)}${instance} x ${formatExact(demand.hoursPerRun)} h`
      : `${formatExact(demand.deviceHoursPerRun)} accelerator-h`;
  const runs = demand.runs === 1 ? '' : ` x ${formatCount(demand.runs, 'run')}`;
  const overhead =
    (e.workload.overheadEnergyKwh ? ` + ${formatExact(e.workload.overheadEnergyKwh)} kWh overhead` : '') +
    (e.hostEnergyKwh === undefined || e.workload.host === undefined
      ? ''
      : ` + ${formatEnergy(e.hostEnergyKwh)} host (${formatNumber(e.workload.host.wattsPerInstance)} W per instance)`);
  // With energy beyond the accelerators', the accelerators' own share first: BLOOM's "dynamic" part.
  const accelerators =
    overhead === '' ? '' : ` = ${formatEnergy((demand.powerW / 1000) * demand.deviceHoursPerRun * demand.runs)}`;
  return [time, ' x ', power, runs, accelerators, overhead, ' ', tail, embodiedPart(e)].join('');
}

/** ` (AWS default, 2025)`: a default PUE is never a bare number either; nothing for a declared one. */
function pueOrigin(e: Estimate): string {
  const { pue, location } = e.workload;
  const year = typeof pue.year === 'number' ? `, ${pue.year}` : '';
  if (pue.basis === 'provider-default' && location?.provider !== undefined)
    return ` (${PROVIDER_LABELS[location.provider]} default${year})`;
  if (pue.basis === 'industry-default') return ` (industry default${year})`;
  return '';
}

/** `default for chat, Google 2025`: a task default is never shown as a bare number. */
export function taskText(task: Pick<TaskDefaultUsed, 'id' | 'citation'>): string {
  return `default for ${task.id}, ${task.citation}`;
}

/** `; + embodied 11.2 tCO2e = 50.5 tCO2e`: the embodied part and the total the budgets count. */
function embodiedPart(e: Estimate): string {
  if (e.embodiedKg === undefined) return '';
  const a100 = embodiedNoteOf(e) === undefined ? '' : ` (${BLOOM_EMBODIED.device} figure)`;
  return `; + embodied ${formatMass(e.embodiedKg)}${a100} = ${formatMass(countedKg(e))}`;
}

function embodiedNoteOf(e: Estimate): string | undefined {
  const { embodied, demand } = e.workload;
  if (embodied?.basis !== 'bloom-study') return undefined;
  const accelerator = demand.type === 'devices' ? demand.accelerator : undefined;
  return embodiedNote(accelerator?.id, accelerator?.name);
}

// The report is built by assignment, optional fields only when they apply, in the order the JSON
// is written in: a conditional object spread costs a call into the runtime, and a workload had
// twenty of them (a quarter of the time of a 10,000-workload run's report).

function workloadReport(e: Estimate, parts: SharedParts): WorkloadReport {
  const w = e.workload;
  const out = { name: w.name, kind: w.kind } as Mutable<WorkloadReport>;
  if (w.description !== undefined) out.description = w.description;
  out.file = w.at.file;
  out.line = w.at.line;
  out.energyKwh = e.energyKwh;
  out.itEnergyKwh = e.itEnergyKwh;
  out.co2eKg = e.co2eKg;
  if (e.embodiedKg !== undefined) out.embodiedKg = e.embodiedKg;
  out.totalCo2eKg = countedKg(e);
  if (w.budgetKg !== undefined) out.budgetKg = w.budgetKg;
  out.assumptions = assumptionsOf(e, parts);
  out.formula = formula(e);
  const perFunctionalUnit = perUnit(e);
  if (perFunctionalUnit !== undefined) out.perFunctionalUnit = perFunctionalUnit;
  if (e.alternatives !== undefined) out.alternatives = e.alternatives;
  if (w.spec !== undefined) out.from = fromReport(w.spec);
  return out;
}

type Assumptions = Mutable<WorkloadReport['assumptions']>;
type RegionAssumption = NonNullable<Assumptions['region']>;
type AcceleratorAssumption = NonNullable<NonNullable<Assumptions['power']>['accelerator']>;

/**
 * The parts of the assumptions that come from one catalog entry (a region, an accelerator, a
 * default PUE, a grid figure), made once per entry in a report and shared by the workloads that
 * use it: the JSON is the same, and 10,000 workloads hold a few dozen of them instead of 40,000.
 */
class SharedParts {
  private readonly regions = new Map<Location, RegionAssumption>();
  private readonly accelerators = new Map<Accelerator, AcceleratorAssumption>();
  private readonly pues = new Map<Pue, Assumptions['pue']>();
  private readonly intensities = new Map<Intensity, Assumptions['intensity']>();

  region(l: Location): RegionAssumption {
    return cached(this.regions, l, () => {
      const region: Mutable<RegionAssumption> = { id: l.id, label: l.label };
      if (l.note !== undefined) region.note = l.note;
      return region;
    });
  }

  accelerator(a: Accelerator): AcceleratorAssumption {
    return cached(this.accelerators, a, () => {
      const accelerator = { id: a.id, name: a.name } as Mutable<AcceleratorAssumption>;
      if (a.tdpW !== undefined) accelerator.tdpW = a.tdpW;
      if (a.rating !== undefined) accelerator.rating = a.rating;
      accelerator.source = a.source.title;
      accelerator.url = a.source.url;
      accelerator.year = a.source.year;
      accelerator.licence = a.source.licence;
      return accelerator;
    });
  }

  pue(p: Pue): Assumptions['pue'] {
    return cached(this.pues, p, () => {
      const pue = { value: p.value, basis: p.basis } as Mutable<Assumptions['pue']>;
      if (p.source !== undefined) pue.source = p.source;
      if (p.url !== undefined) pue.url = p.url;
      if (p.year !== undefined) pue.year = p.year;
      return pue;
    });
  }

  intensity(i: Intensity): Assumptions['intensity'] {
    return cached(this.intensities, i, () => {
      const intensity = { gPerKwh: i.gPerKwh, basis: i.basis, source: i.source } as Mutable<Assumptions['intensity']>;
      if (i.zone !== undefined) intensity.zone = i.zone;
      if (i.zoneName !== undefined) intensity.zoneName = i.zoneName;
      if (i.year !== undefined) intensity.year = i.year;
      if (i.licence !== undefined) intensity.licence = i.licence;
      return intensity;
    });
  }
}

function assumptionsOf(e: Estimate, parts: SharedParts): WorkloadReport['assumptions'] {
  const w = e.workload;
  const d = w.demand;
  const out = {} as Assumptions;
  if (w.location !== undefined) out.region = parts.region(w.location);
  if (d.type === 'devices') {
    const power = { watts: d.powerW, basis: d.powerBasis } as Mutable<NonNullable<Assumptions['power']>>;
    if (d.accelerator !== undefined) power.accelerator = parts.accelerator(d.accelerator);
    if (d.utilization !== undefined) power.utilization = d.utilization;
    out.power = power;
    if (d.count !== undefined) out.count = d.count;
    if (d.instance !== undefined) out.instance = d.instance;
    if (d.hoursPerRun !== undefined) out.hoursPerRun = d.hoursPerRun;
    out.acceleratorHoursPerRun = d.deviceHoursPerRun;
    out.runs = d.runs;
  } else {
    out.unit = d.unit;
    out.ratePerHour = d.ratePerHour;
    out.periodHours = d.periodHours;
    out.units = e.units ?? 0;
    out.energyPerUnitKwh = d.energyPerUnitKwh;
    if (d.task !== undefined) out.task = { ...d.task, text: taskText(d.task) };
  }
  out.pue = parts.pue(w.pue);
  out.intensity = parts.intensity(w.intensity);
  if (w.overheadEnergyKwh !== undefined) out.overheadEnergyKwh = w.overheadEnergyKwh;
  if (w.host !== undefined && e.hostEnergyKwh !== undefined) out.host = { ...w.host, energyKwh: e.hostEnergyKwh };
  if (w.embodied !== undefined) {
    const note = embodiedNoteOf(e);
    out.embodied = note === undefined ? { ...w.embodied } : { ...w.embodied, note };
  }
  return out;
}

function perUnit(e: Estimate): WorkloadReport['perFunctionalUnit'] {
  const d = e.workload.demand;
  const unit = d.type === 'per-unit' ? d.unit : d.functionalUnit?.unit;
  if (unit === undefined || !e.units) return undefined;
  const per = unit === 'request' ? 1000 : 1e6;
  const out = {
    unit: unit === 'request' ? '1,000 requests' : '1M tokens',
    co2eG: ((e.co2eKg * 1000) / e.units) * per,
  } as Mutable<NonNullable<WorkloadReport['perFunctionalUnit']>>;
  if (e.embodiedKg !== undefined) out.embodiedG = ((e.embodiedKg * 1000) / e.units) * per;
  out.energyWh = ((e.energyKwh * 1000) / e.units) * per;
  return out;
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

export function buildReport(
  config: string,
  version: string,
  estimates: readonly Estimate[],
  verdict: Verdict,
  comparison?: Comparison,
): Report {
  const totals = totalOf(estimates);
  const parts = new SharedParts();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'carbon-budget', version },
    config,
    status: verdict.status,
    totals: { ...totals, totalCo2eKg: countedKg(totals), workloads: estimates.length },
    workloads: estimates.map((e) => workloadReport(e, parts)),
    budgets: verdict.budgets.map(budgetReport),
    ...(comparison === undefined ? {} : { comparison }),
    equivalents: EQUIVALENCES.map((eq) => {
      // Of the same total the workload table, the headline and the budgets show.
      const count = countedKg(totals) / eq.kgPerUnit;
      return {
        id: eq.id,
        count,
        text: eq.phrase(formatApprox(count)),
        source: eq.source,
        url: eq.url,
        year: eq.year,
        licence: eq.licence,
      };
    }),
    data: {
      co2js: CO2JS_VERSION,
      gridIntensity: [
        {
          source: `${ELECTRICITY_MAPS.name}: ${ELECTRICITY_MAPS.description}`,
          url: ELECTRICITY_MAPS.url,
          year: ELECTRICITY_MAPS.years.join(', '),
          licence: ELECTRICITY_MAPS.licence,
        },
        { source: `${EMBER.name}: ${EMBER.description}`, url: EMBER.url, licence: EMBER.licence },
      ],
    },
  };
}

/**
 * Whether a report has embodied emissions to show: then its tables give operational and embodied
 * emissions apart and CO2e is their sum; otherwise CO2e is the operational figure, which is all there is.
 */
export function showsEmbodied(report: Pick<Report, 'workloads' | 'totals'>): boolean {
  return report.totals.embodiedKg > 0 || report.workloads.some((w) => w.embodiedKg !== undefined);
}

/** What a table's CO2e column holds, said under the table when it is more than operational emissions. */
export const CO2E_LEGEND =
  'CO2e is operational plus embodied emissions: what the budgets count and the change compares.';
