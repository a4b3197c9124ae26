import { parse, type CsvError } from 'csv-parse/sync';
import type { Diagnostic } from '../config/diagnostics.js';
import { printable } from '../text/printable.js';

// CodeCarbon's emissions.csv, one row per tracked run, read by header name: its columns changed
// across versions (v1 had 12 and no run_id; v2.0 added run_id and the power and energy split; v2.2
// codecarbon_version; v2.3 pue; v2.7 experiment_id after run_id; v3.1 water_consumed and wue; v3.2
// the utilisation columns). Only `energy_consumed` (kWh, with CodeCarbon's `pue` applied) and
// `emissions` (kgCO2e) are needed; the rest say which run, where and for how long.

/** One run as CodeCarbon wrote it. */
export interface CodeCarbonRun {
  /** The row of its figures (1-based). */
  readonly line: number;
  readonly project?: string;
  readonly experiment?: string;
  readonly runId?: string;
  readonly durationS?: number;
  readonly energyKwh: number;
  readonly co2eKg: number;
  readonly pue?: number;
  /** `gcp:europe-west4` for a run on a cloud, else the country code and region (`FRA île-de-france`). */
  readonly location?: string;
}

export interface CodeCarbonReading {
  readonly runs: readonly CodeCarbonRun[];
  readonly diagnostics: readonly Diagnostic[];
}

const REQUIRED = ['energy_consumed', 'emissions'] as const;

/** An energy or emissions figure past this is a slipped unit or a broken file, not a run. */
const MAX_KWH_PER_RUN = 1e9;
const MAX_KG_PER_RUN = 1e9;
/** Emissions over energy above this are more than 3 kg per kWh: no grid is that dirty. */
const MAX_KG_PER_KWH = 3;

/** Where each field of a raw record starts, as (line, column) offsets from the record's first character. */
function fieldStarts(raw: string): { line: number; column: number }[] {
  const starts = [{ line: 0, column: 1 }];
  let line = 0;
  let column = 1;
  let quoted = false;
  for (const char of raw) {
    if (char === '"') quoted = !quoted;
    if (char === '\n') {
      if (!quoted) break;
      line++;
      column = 1;
      continue;
    }
    column++;
    if (char === ',' && !quoted) starts.push({ line, column });
  }
  return starts;
}

interface Row {
  readonly fields: readonly string[];
  readonly line: number;
  readonly starts: readonly { line: number; column: number }[];
}

/** The records with where each starts: csv-parse gives the line a record ends on and its raw text. */
function rowsOf(text: string): Row[] {
  const records = parse(text, {
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  return records.map(({ record, raw, info }) => {
    // The raw text holds the empty lines skipped before the record, and its own line break.
    const body = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
    const line = info.lines - (body.match(/\n/g)?.length ?? 0);
    return { fields: record, line, starts: fieldStarts(body) };
  });
}

function isCsvError(error: unknown): error is CsvError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/**
 * The runs of a CodeCarbon emissions.csv (`file` is its path as shown), with a problem at its
 * line and column for each row that cannot be read. A run that CodeCarbon wrote more than once
 * (its `flush()` appends the running totals under the same run_id) counts once, at its last row.
 */
export function readCodeCarbon(text: string, file: string): CodeCarbonReading {
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, column: number, message: string) => diagnostics.push({ file, line, column, message });
  if (text.trim() === '') {
    at(1, 1, 'the file is empty: a CodeCarbon emissions.csv starts with its header line');
    return { runs: [], diagnostics };
  }
  let rows: Row[];
  try {
    rows = rowsOf(text);
  } catch (error) {
    if (!isCsvError(error)) throw error;
    const line = (error as { lines?: unknown }).lines;
    at(typeof line === 'number' && line > 0 ? line : 1, 1, `not CSV as CodeCarbon writes it: ${csvMessage(error)}`);
    return { runs: [], diagnostics };
  }
  const [header, ...data] = rows;
  if (header === undefined) {
    at(1, 1, 'the file is empty: a CodeCarbon emissions.csv starts with its header line');
    return { runs: [], diagnostics };
  }
  const names = header.fields.map((name) => name.trim());
  const column = new Map(names.map((name, index) => [name, index]));
  if (column.has('task_name')) {
    at(
      header.line,
      header.starts[column.get('task_name') ?? 0]?.column ?? 1,
      'this is a CodeCarbon task file (it has `task_name`): its tasks are parts of a run that emissions.csv ' +
        'already counts; point `measured` at emissions.csv',
    );
    return { runs: [], diagnostics };
  }
  const missing = REQUIRED.filter((name) => !column.has(name));
  if (missing.length > 0) {
    const listed = names.slice(0, 12).map((n) => `\`${printable(n)}\``);
    at(
      header.line,
      1,
      `no ${missing.map((m) => `\`${m}\``).join(' or ')} column in the header, so this is not a CodeCarbon ` +
        `emissions.csv (its columns: ${listed.join(', ')}${names.length > 12 ? ', …' : ''})`,
    );
    return { runs: [], diagnostics };
  }
  const byRun = new Map<string, CodeCarbonRun>();
  const runs: CodeCarbonRun[] = [];
  for (const row of data) {
    if (row.fields.length !== names.length) {
      at(
        row.line,
        1,
        `this row has ${row.fields.length} fields and the header ${names.length}, so its values cannot be matched ` +
          'to the columns (CodeCarbon before 3.0 could append a row without its empty columns): ' +
          'fill in the missing fields or remove the row',
      );
      continue;
    }
    const run = readRun(row, column, (name, message) => {
      const start = row.starts[column.get(name) ?? 0] ?? { line: 0, column: 1 };
      at(row.line + start.line, start.column, message);
    });
    if (run === undefined) continue;
    if (run.runId === undefined) runs.push(run);
    else {
      // Kept in the order first seen, with the figures of the last row.
      if (!byRun.has(run.runId)) runs.push(run);
      byRun.set(run.runId, run);
    }
  }
  return { runs: runs.map((r) => (r.runId === undefined ? r : (byRun.get(r.runId) ?? r))), diagnostics };
}

function csvMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quote opened here is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a quoted field has more text after its closing quote';
    default:
      // The parser's message quotes no field, only where it stopped.
      return printable(error.message.split(':')[0] ?? error.code);
  }
}

function readRun(
  row: Row,
  column: ReadonlyMap<string, number>,
  problem: (name: string, message: string) => void,
): CodeCarbonRun | undefined {
  const text = (name: string): string | undefined => {
    const index = column.get(name);
    const value = index === undefined ? undefined : row.fields[index]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const number = (name: string, what: string, required: boolean): number | undefined | null => {
    const value = text(name);
    if (value === undefined) {
      if (required) problem(name, `\`${name}\` is empty: each run needs its ${what}`);
      return required ? null : undefined;
    }
    const parsed = Number(value);
    if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value) || !Number.isFinite(parsed)) {
      problem(name, `\`${name}\` must be a number (${what}), got \`${printable(value.slice(0, 40))}\``);
      return null;
    }
    if (parsed < 0) {
      problem(name, `\`${name}\` is negative (${printable(value)}): ${what} cannot be below zero`);
      return null;
    }
    return parsed;
  };
  const energyKwh = number('energy_consumed', 'energy in kWh', true);
  const co2eKg = number('emissions', 'emissions in kgCO2e', true);
  const durationS = number('duration', 'duration in seconds', false);
  const pue = number('pue', 'PUE', false);
  if (energyKwh === null || co2eKg === null || durationS === null || pue === null) return undefined;
  if (energyKwh === undefined || co2eKg === undefined) return undefined;
  if (energyKwh > MAX_KWH_PER_RUN) {
    problem(
      'energy_consumed',
      `${String(energyKwh)} kWh in one run is more than a large data centre draws in a year: the unit cannot be kWh`,
    );
    return undefined;
  }
  if (co2eKg > MAX_KG_PER_RUN) {
    problem('emissions', `${String(co2eKg)} kgCO2e in one run is a million tonnes: the unit cannot be kg`);
    return undefined;
  }
  if (energyKwh > 0 && co2eKg / energyKwh > MAX_KG_PER_KWH) {
    const intensity = Math.round((co2eKg / energyKwh) * 1000);
    problem(
      'emissions',
      `${String(co2eKg)} kgCO2e for ${String(energyKwh)} kWh is ${intensity.toLocaleString('en-US')} g/kWh, ` +
        'more than any grid emits: CodeCarbon writes `emissions` in kg and `energy_consumed` in kWh; ' +
        'a figure in grams, or energy in MWh, cannot be right here',
    );
    return undefined;
  }
  const provider = text('cloud_provider');
  const cloudRegion = text('cloud_region');
  const onCloud = text('on_cloud');
  const country = text('country_iso_code');
  const region = text('region');
  const location =
    provider !== undefined && cloudRegion !== undefined && onCloud !== 'N'
      ? `${provider}:${cloudRegion}`
      : [country, region].filter((p) => p !== undefined).join(' ') || undefined;
  const run: {
    -readonly [K in keyof CodeCarbonRun]: CodeCarbonRun[K];
  } = { line: row.line, energyKwh, co2eKg };
  const project = text('project_name');
  const experiment = text('experiment_id');
  const runId = text('run_id');
  if (project !== undefined) run.project = project;
  if (experiment !== undefined) run.experiment = experiment;
  if (runId !== undefined) run.runId = runId;
  if (durationS !== undefined) run.durationS = durationS;
  if (pue !== undefined) run.pue = pue;
  if (location !== undefined) run.location = location;
  return run;
}
