import type { MeasuredFigure, ReportedFigure, WorkloadEvidence } from '../adapters/evidence.js';
import { countsMeasured, measuredKg } from '../budget/counted.js';
import type { Estimate } from '../estimate/estimate.js';
import type { Mutable } from '../model.js';
import { formatEnergy, formatExact, formatMass, formatNumber } from './format.js';
import type { Report, WorkloadReport } from './report.js';

// What a model card reports and what CodeCarbon measured, beside each estimate: the JSON
// report's `reported` and `measured` (docs/report-format.md), and their lines in the text and
// markdown reports, which only workloads with such figures get.

/** A model card's figure in the JSON report. */
export interface ReportedReport {
  readonly co2eKg: number;
  readonly source?: string;
  readonly file: string;
  readonly line: number;
  readonly trainingType?: string;
  readonly geographicalLocation?: string;
  readonly hardwareUsed?: string;
  /** reported / estimated operational emissions - 1; absent when the estimate is 0. */
  readonly differenceShare?: number;
  /** Set when the two differ by more than a factor of two. */
  readonly note?: string;
}

/** CodeCarbon's runs in the JSON report. */
export interface MeasuredReport {
  readonly energyKwh: number;
  readonly co2eKg: number;
  readonly runs: number;
  readonly file: string;
  readonly line: number;
  readonly files: readonly string[];
  readonly durationHours?: number;
  readonly pue?: number;
  readonly locations: readonly string[];
  readonly project?: string;
  readonly experiment?: string;
  /** With `grid: workload`: the measured energy at the workload's grid intensity. */
  readonly costed?: { readonly gPerKwh: number; readonly co2eKg: number };
  /** The estimate's energy it is compared with: IT energy, or with PUE when CodeCarbon applied one. */
  readonly estimateEnergyKwh: number;
  readonly energyDifferenceShare?: number;
  readonly co2eDifferenceShare?: number;
  /** Whether the budgets count this figure (`budgets.counts: measured`) instead of the estimate. */
  readonly counted: boolean;
}

function share(figure: number, estimate: number): number | undefined {
  return estimate > 0 ? figure / estimate - 1 : undefined;
}

/** Why a card's figure is far from the estimate, said when it is more than twice or under half of it. */
function farApart(reportedKg: number, estimateKg: number): string | undefined {
  if (estimateKg <= 0) return undefined;
  const ratio = reportedKg / estimateKg;
  if (ratio > 0.5 && ratio < 2) return undefined;
  if (ratio >= 1 / 3000 && ratio <= 1 / 300)
    return (
      `the card's figure is about 1/1,000 of the estimate: the Hub's \`co2_eq_emissions\` is in grams, ` +
      'and a card that wrote kilograms there shows a thousand times too little'
    );
  if (ratio >= 300 && ratio <= 3000)
    return (
      `the card's figure is about 1,000 times the estimate: check that the card wrote grams ` +
      '(and that the workload declares all of the run)'
    );
  return ratio >= 2
    ? `the card's figure is ${formatNumber(ratio)} times the estimate: ` +
        "check the card's unit (grams) and the declaration"
    : `the card's figure is ${formatNumber(1 / ratio)} times smaller than the estimate: ` +
        "check the card's unit (grams) and the declaration";
}

function reportedReport(e: Estimate, r: ReportedFigure): ReportedReport {
  const out = { co2eKg: r.co2eKg } as Mutable<ReportedReport>;
  if (r.source !== undefined) out.source = r.source;
  out.file = r.at.file;
  out.line = r.at.line;
  if (r.trainingType !== undefined) out.trainingType = r.trainingType;
  if (r.geographicalLocation !== undefined) out.geographicalLocation = r.geographicalLocation;
  if (r.hardwareUsed !== undefined) out.hardwareUsed = r.hardwareUsed;
  const difference = share(r.co2eKg, e.co2eKg);
  if (difference !== undefined) out.differenceShare = difference;
  const note = farApart(r.co2eKg, e.co2eKg);
  if (note !== undefined) out.note = note;
  return out;
}

function measuredReport(e: Estimate, m: MeasuredFigure, counted: boolean): MeasuredReport {
  const out = { energyKwh: m.energyKwh, co2eKg: m.co2eKg, runs: m.runs } as Mutable<MeasuredReport>;
  out.file = m.at.file;
  out.line = m.at.line;
  out.files = m.files;
  if (m.durationHours !== undefined) out.durationHours = m.durationHours;
  if (m.pue !== undefined) out.pue = m.pue;
  out.locations = m.locations;
  if (m.project !== undefined) out.project = m.project;
  if (m.experiment !== undefined) out.experiment = m.experiment;
  if (m.grid === 'workload') out.costed = { gPerKwh: e.workload.intensity.gPerKwh, co2eKg: measuredKg(e, m) };
  // CodeCarbon measures the machine; its energy includes a data centre's overhead only when it was given a PUE.
  out.estimateEnergyKwh = m.pue !== undefined && m.pue > 1 ? e.energyKwh : e.itEnergyKwh;
  const energy = share(m.energyKwh, out.estimateEnergyKwh);
  if (energy !== undefined) out.energyDifferenceShare = energy;
  const co2e = share(measuredKg(e, m), e.co2eKg);
  if (co2e !== undefined) out.co2eDifferenceShare = co2e;
  out.counted = counted;
  return out;
}

/** The report with `reported` and `measured` on the workloads that have them (and nothing else changed). */
export function withEvidence(
  report: Report,
  estimates: readonly Estimate[],
  evidence: ReadonlyMap<string, WorkloadEvidence>,
): Report {
  if (evidence.size === 0) return report;
  const byName = new Map(estimates.map((e) => [e.workload.name, e]));
  const workloads = report.workloads.map((w): WorkloadReport => {
    const found = evidence.get(w.name);
    const e = byName.get(w.name);
    if (found === undefined || e === undefined) return w;
    const out: Mutable<WorkloadReport> = { ...w };
    if (found.reported !== undefined) out.reported = reportedReport(e, found.reported);
    if (found.measured !== undefined) out.measured = measuredReport(e, found.measured, countsMeasured(found));
    return out;
  });
  return { ...report, workloads };
}

function percent(difference: number | undefined): string {
  if (difference === undefined) return '';
  const value = difference * 100;
  if (Math.abs(value) < 0.05) return '±0%';
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value))}%`;
}

/**
 * One sentence per workload with a reported or measured figure, for the text and markdown reports.
 * `name`, `code` and `text` escape what comes from files for the output at hand.
 */
export function evidenceSentences(
  w: WorkloadReport,
  show: {
    readonly name: (t: string) => string;
    readonly code: (t: string) => string;
    readonly text: (t: string) => string;
  },
): string[] {
  const out: string[] = [];
  const r = w.reported;
  if (r !== undefined) {
    const vs = r.differenceShare === undefined ? '' : ` (${percent(r.differenceShare)} against the estimate)`;
    const source = r.source === undefined ? '' : `, source ${show.text(r.source)}`;
    out.push(
      `${show.name(w.name)}: the model card ${show.code(`${r.file}:${r.line}`)} reports ${formatMass(r.co2eKg)}` +
        `${vs}${source}${r.note === undefined ? '' : `; note: ${show.text(r.note)}`}`,
    );
  }
  const m = w.measured;
  if (m !== undefined) {
    const where = m.locations.length === 0 ? '' : ` in ${show.text(m.locations.slice(0, 3).join(', '))}`;
    const vs =
      m.co2eDifferenceShare === undefined
        ? ''
        : ` (${percent(m.energyDifferenceShare)} energy, ${percent(m.co2eDifferenceShare)} CO2e against the estimate)`;
    const costed =
      m.costed === undefined
        ? ''
        : `; at this workload's grid, ${formatEnergy(m.energyKwh)} x ${formatExact(m.costed.gPerKwh)} gCO2e/kWh = ` +
          formatMass(m.costed.co2eKg);
    const files = m.files.length === 1 ? show.code(m.file) : `${m.files.length} files from ${show.code(m.file)}`;
    out.push(
      `${show.name(w.name)}: measured ${formatEnergy(m.energyKwh)} and ${formatMass(m.co2eKg)} in ` +
        `${m.runs.toLocaleString('en-US')} CodeCarbon run${m.runs === 1 ? '' : 's'}${where} (${files})${costed}${vs}` +
        (m.counted ? '; budgets count this measured figure' : ''),
    );
  }
  return out;
}

/** Whether any workload of the report has a reported or measured figure. */
export function hasEvidence(report: Report): boolean {
  return report.workloads.some((w) => w.reported !== undefined || w.measured !== undefined);
}

/**
 * The sentences of the workloads with reported or measured figures, at most `max` workloads (the
 * rest counted, with where they are), or none: a report without such figures shows nothing new.
 */
export function evidenceLines(
  report: Report,
  show: Parameters<typeof evidenceSentences>[1],
  max: number,
  moreIn: string,
): string[] {
  const shown = report.workloads.filter((w) => w.reported !== undefined || w.measured !== undefined);
  const out = shown.slice(0, max).flatMap((w) => evidenceSentences(w, show));
  if (shown.length > max) out.push(`…and ${(shown.length - max).toLocaleString('en-US')} more in ${moreIn}`);
  return out;
}
