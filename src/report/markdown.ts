import { fromText } from './job-spec-report.js';
import { cached } from '../cached.js';
import {
  formatCount,
  formatDelta,
  formatEnergy,
  formatExact,
  formatMass,
  formatNumber,
  formatPercent,
} from './format.js';
import type { WorkloadChange } from '../compare/compare.js';
import { countedKg } from '../estimate/estimate.js';
import { CO2E_LEGEND, showsEmbodied, taskText, type Report, type WorkloadReport } from './report.js';
import type { RunCache } from '../run-cache.js';
import { inert, printable, UNPRINTABLE } from '../text/printable.js';
import { evidenceLines } from './evidence.js';
import { headline } from './verdict-text.js';
import { topMoves } from './greener-moves.js';

// Kept where callers found it before the terminal rendering shared it.
export { topMoves } from './greener-moves.js';

const STATUS_ICON = { ok: '✅', warn: '⚠️', over: '❌' } as const;

// Names come from users' files: markup in them must show as typed, a pipe or newline must not
// break a table, and nothing may notify anyone or link itself to another issue. GitHub finds
// mentions and references in the text *after* markdown and HTML entities are read, so escaping
// the `@` or `#` for markdown is not enough (`&commat;x` and `\@x` both still read `@x`): a
// zero-width space after `@` (users and `@org/team`), after `#` before a word (`#123`,
// `org/repo#1`), inside `GH-123`, and inside `://` and `www.` (an address of an issue links it
// back), breaks each, and `&` is escaped so that no entity can make one of those characters.
const NEEDS_ESCAPING = /[\r\n\\`*_{}[\]<>#|~@&]|:\/\/|www\.|gh-/i;
const ZWSP = '\u200b';

export function cell(text: string): string {
  // Most cells are figures and plain names: leave them as they are without the replaces.
  if (!NEEDS_ESCAPING.test(text) && !UNPRINTABLE.test(text)) return text;
  return printable(text)
    .replace(/[\\`*_{}[\]<>#|~&]/g, '\\$&')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=\w)/g, `#${ZWSP}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:\/\//g, `:/${ZWSP}/`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/** A code span that no backtick in the text can close early, and nothing in it can read as a command. */
export function code(text: string): string {
  const flat = printable(text);
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A link for an http(s) address only; anything else is shown as text. */
function link(text: string, url: string | undefined): string {
  const safe = url !== undefined && /^https?:\/\/[^\s()<>]+$/.test(url) ? url : undefined;
  return safe === undefined ? cell(text) : `[${cell(text)}](${safe})`;
}

function plainUrl(url: string | undefined): string {
  return url !== undefined && /^https?:\/\/[^\s()<>]+$/.test(url) ? url : '';
}

function where(w: WorkloadReport): string {
  return w.assumptions.region?.id ?? `${formatNumber(w.assumptions.intensity.gPerKwh)} g/kWh`;
}

function assumptionLines(w: WorkloadReport): string[] {
  const a = w.assumptions;
  const lines = [`- **${cell(w.name)}** (${code(`${w.file}:${w.line}`)}): ${cell(w.formula)}`];
  if (w.from !== undefined) {
    const { where, what } = fromText(w.from);
    lines.push(`  - from ${code(where)}: ${cell(what)}`);
  }
  const acc = a.power?.accelerator;
  if (a.power?.basis === 'catalog-tdp' && acc?.tdpW !== undefined) {
    const utilisation = a.power.utilization === undefined ? '' : ` x ${formatPercent(a.power.utilization)} utilisation`;
    lines.push(
      `  - power: ${cell(acc.name)}, ${formatExact(acc.tdpW)} W ${cell(acc.rating ?? 'TDP')}${utilisation} ` +
        `(${link(acc.source, acc.url)}, ${cell(String(acc.year ?? ''))})`,
    );
  } else if (a.power) {
    lines.push(
      `  - power: ${formatExact(a.power.watts)} W per accelerator, declared${acc ? ` (${cell(acc.name)})` : ''}`,
    );
  }
  const pue =
    a.pue.basis === 'declared'
      ? 'declared'
      : `${link(a.pue.source ?? '', a.pue.url)}${a.pue.year ? `, ${cell(String(a.pue.year))}` : ''}`;
  lines.push(`  - PUE ${formatExact(a.pue.value)}: ${pue}`);
  const i = a.intensity;
  const intensity =
    i.basis === 'declared'
      ? 'declared'
      : cell(`${i.zoneName ?? ''} (${i.zone ?? ''}), ${i.source}, ${i.licence ?? ''}`);
  lines.push(
    `  - grid intensity ${formatExact(i.gPerKwh)} gCO2e/kWh: ${intensity}` +
      (a.region?.note ? `; region note: ${cell(a.region.note)}` : ''),
  );
  if (a.task !== undefined) {
    // Reports written before a default said what it includes have only its label and source.
    const t = a.task;
    const cited =
      t.citation === undefined ? link(t.source, t.url) : link(taskText({ ...t, citation: t.citation }), t.url);
    const includes = t.includes === undefined ? '' : `: ${cell(t.includes)}`;
    const wh = a.energyPerUnitKwh === undefined ? '' : ` ${formatExact(a.energyPerUnitKwh * 1000)} Wh`;
    lines.push(`  - energy per request${wh}: ${cited} (${cell(t.label)})${includes}`);
  }
  const unit = w.perFunctionalUnit;
  if (unit !== undefined) {
    const embodied = unit.embodiedG === undefined ? '' : ` (+ ${formatNumber(unit.embodiedG)} g embodied)`;
    lines.push(`  - per ${unit.unit}: ${formatNumber(unit.co2eG)} gCO2e${embodied}, ${formatNumber(unit.energyWh)} Wh`);
  }
  if (a.overheadEnergyKwh !== undefined)
    lines.push(`  - overhead energy ${formatExact(a.overheadEnergyKwh)} kWh (idle, hosts, infrastructure), declared`);
  if (a.host !== undefined) {
    const h = a.host;
    lines.push(
      `  - host: ${cell(h.instance)}, ${formatExact(h.vcpus)} vCPU x (${formatExact(h.minWPerVcpu)} + ` +
        `${formatPercent(h.utilization)} x (${formatExact(h.maxWPerVcpu)} - ${formatExact(h.minWPerVcpu)})) W ` +
        `(${cell(h.cpu)}) + ${formatNumber(h.memoryGb)} GB x ${formatExact(h.memoryWPerGb)} W = ` +
        `${formatNumber(h.wattsPerInstance)} W per instance, ${formatEnergy(h.energyKwh)} (${link(h.source, h.url)})`,
    );
  }
  const e = a.embodied;
  if (e !== undefined && w.embodiedKg !== undefined) {
    const basis =
      e.basis === 'bloom-study'
        ? `${link("the BLOOM study's figures", e.url)}${e.note ? `; per accelerator ${cell(e.note)}` : ''}`
        : 'declared';
    lines.push(
      `  - embodied ${formatMass(w.embodiedKg)}: ${formatExact(e.acceleratorKg)} kg per accelerator and ` +
        `${formatExact(e.serverKg)} kg per ${formatExact(e.acceleratorsPerServer)}-accelerator server, ` +
        `over ${formatCount(e.lifetimeHours / 8760, 'year')} at ${formatPercent(e.usage)} usage (${basis})`,
    );
  }
  return lines;
}

export interface MarkdownOptions {
  /** Show at most this many workload rows (the largest first), then "and N more". */
  readonly maxRows?: number;
  /** Leave out the folded method section (the job summary keeps it). */
  readonly omitMethod?: boolean;
  /** Where the rows left out can be read, for the "and N more" row: `the job summary` by default. */
  readonly moreIn?: string;
}

interface Row {
  readonly name: string;
  readonly kind: string;
  readonly where: string;
  readonly energyKwh: number;
  /** Operational. */
  readonly co2eKg: number;
  readonly embodiedKg: number | undefined;
  readonly budgetKg?: number;
  readonly change?: WorkloadChange;
}

function rowsOf(report: Report): Row[] {
  const changes = new Map(report.comparison?.workloads.map((c) => [c.name, c]));
  // One shape for every row (absent fields as undefined): rows are read, never serialised.
  const rows: Row[] = report.workloads.map((w) => ({
    name: w.name,
    kind: w.kind,
    where: where(w),
    energyKwh: w.energyKwh,
    co2eKg: w.co2eKg,
    embodiedKg: w.embodiedKg,
    budgetKg: w.budgetKg,
    change: changes.get(w.name),
  }));
  for (const c of report.comparison?.workloads ?? []) {
    if (c.change === 'removed')
      rows.push({ name: c.name, kind: '', where: '', energyKwh: 0, co2eKg: 0, embodiedKg: undefined, change: c });
  }
  return rows;
}

function changeCell(c: WorkloadChange | undefined): string {
  if (c === undefined) return '';
  switch (c.change) {
    case 'added':
      return `${formatDelta(c.deltaCo2eKg)} (new)`;
    case 'removed':
      return `${formatDelta(c.deltaCo2eKg)} (removed)`;
    case 'changed':
      return formatDelta(c.deltaCo2eKg);
    case 'unchanged':
      return '';
  }
}

/** A report's workload rows, each rendered once, and their ranking once asked for. */
export interface MarkdownTable {
  readonly compared: boolean;
  /** Operational and embodied emissions in columns of their own, CO2e their sum. */
  readonly embodied: boolean;
  readonly rows: readonly Row[];
  readonly lines: (string | undefined)[];
  ranking?: readonly number[];
}

// A folded comment tries a few row counts, and the job summary folds the same report again: with
// the run's cache, the rows are worked out, rendered and ranked once per report.
function tableOf(report: Report, cache: RunCache | undefined): MarkdownTable {
  const make = (): MarkdownTable => {
    const rows = rowsOf(report);
    return {
      compared: report.comparison !== undefined && report.comparison.deltaCo2eKg !== null,
      embodied: showsEmbodied(report),
      rows,
      lines: new Array<string | undefined>(rows.length),
    };
  };
  return cache === undefined ? make() : cached(cache.markdownTables, report, make);
}

function rowLine(table: MarkdownTable, index: number): string {
  let line = table.lines[index];
  if (line === undefined) {
    const r = table.rows[index] as Row;
    const removed = r.change?.change === 'removed';
    const name = removed ? `~~${cell(r.name)}~~` : cell(r.name);
    const energy = removed ? '' : formatEnergy(r.energyKwh);
    const budget = r.budgetKg === undefined ? '' : formatMass(r.budgetKg);
    // Joined, not a template: the line is kept, and a template's result is a tree of its pieces.
    const parts = ['| ', name, ' | ', cell(r.kind), ' | ', cell(r.where), ' | ', energy, ' | '];
    if (table.embodied)
      parts.push(
        removed ? '' : formatMass(r.co2eKg),
        ' | ',
        removed || r.embodiedKg === undefined ? '' : formatMass(r.embodiedKg),
        ' | ',
      );
    parts.push(removed ? '' : formatMass(countedKg(r)), ' | ');
    if (table.compared) parts.push(changeCell(r.change), ' | ');
    parts.push(budget, ' |');
    line = parts.join('');
    table.lines[index] = line;
  }
  return line;
}

/** Which rows are shown when only `maxRows` fit: what changed most, then what emits most. */
function shownRows(table: MarkdownTable, maxRows: number): Uint8Array {
  const shown = new Uint8Array(table.rows.length);
  if (table.rows.length <= maxRows) return shown.fill(1);
  if (table.ranking === undefined) {
    const rows = table.rows;
    table.ranking = rows
      .map((_, i) => i)
      .sort((a, b) => {
        const ra = rows[a] as Row;
        const rb = rows[b] as Row;
        return (
          Math.abs(rb.change?.deltaCo2eKg ?? 0) - Math.abs(ra.change?.deltaCo2eKg ?? 0) ||
          countedKg(rb) - countedKg(ra) ||
          a - b
        );
      });
  }
  for (const i of table.ranking.slice(0, maxRows)) shown[i] = 1;
  return shown;
}

/** The workload table, or undefined as soon as its rows alone are longer than `room` characters. */
function workloadTable(
  table: MarkdownTable,
  report: Report,
  maxRows: number,
  moreIn: string,
  room: number,
): string[] | undefined {
  const { compared, embodied } = table;
  const columns = [
    'Workload',
    'Kind',
    'Where',
    'Energy',
    ...(embodied ? ['Operational', 'Embodied'] : []),
    'CO2e',
    ...(compared ? ['Change'] : []),
    'Budget',
  ];
  const out = [`| ${columns.join(' | ')} |`, `|${columns.map((_, i) => (i < 3 ? '---' : '--:')).join('|')}|`];
  /** The cells from Energy to Budget of a row that sums others. */
  const sums = (kwh: number, operational: number, embodiedKg: number, delta: number, bold: boolean): string => {
    const b = (text: string): string => (bold ? `**${text}**` : text);
    const cells = [
      b(formatEnergy(kwh)),
      ...(embodied ? [b(formatMass(operational)), b(formatMass(embodiedKg))] : []),
      b(formatMass(operational + embodiedKg)),
      ...(compared ? [b(formatDelta(delta))] : []),
    ];
    return `${cells.join(' | ')} | |`;
  };
  const shown = shownRows(table, maxRows);
  let hidden = 0;
  let kg = 0;
  let embodiedKg = 0;
  let kwh = 0;
  let delta = 0;
  let length = 0;
  for (const [i, r] of table.rows.entries()) {
    if (shown[i] === 1) {
      const line = rowLine(table, i);
      length += line.length + 1;
      // A comment too long for its 10,000 rows is known after the first few hundred.
      if (length > room) return undefined;
      out.push(line);
    } else {
      hidden++;
      kg += r.co2eKg;
      embodiedKg += r.embodiedKg ?? 0;
      kwh += r.energyKwh;
      delta += r.change?.deltaCo2eKg ?? 0;
    }
  }
  if (hidden > 0) out.push(`| …and ${hidden} more (all in ${moreIn}) | | | ${sums(kwh, kg, embodiedKg, delta, false)}`);
  const t = report.totals;
  out.push(`| **Total** | | | ${sums(t.energyKwh, t.co2eKg, t.embodiedKg, report.comparison?.deltaCo2eKg ?? 0, true)}`);
  if (embodied) out.push('', `_${CO2E_LEGEND}_`);
  return out;
}

function budgetTable(report: Report): string[] {
  if (report.budgets.length === 0) return [];
  const out = ['| Budget | Used | Limit | Share | Status |', '|---|--:|--:|--:|---|'];
  for (const b of report.budgets) {
    const status =
      b.status === 'over'
        ? `${STATUS_ICON.over} over by ${formatMass(b.excessKg)}`
        : `${STATUS_ICON[b.status]} ${b.status}${b.note ? `: ${cell(b.note)}` : ''}`;
    const used = b.scope === 'increase' ? formatDelta(b.usedKg) : formatMass(b.usedKg);
    out.push(
      `| ${cell(b.name)} | ${used} | ${formatMass(b.limitKg)} | ${formatPercent(Math.max(0, b.share))} | ${status} |`,
    );
  }
  return out;
}

function comparisonLine(report: Report): string[] {
  const c = report.comparison;
  if (c === undefined) return [];
  const base = `${code(c.base.ref)}${c.base.sha ? ` (${cell(c.base.sha.slice(0, 7))})` : ''}`;
  if (c.base.state === 'invalid') return [`Not compared with ${base}: its workload files are invalid there.`, ''];
  if (c.base.state === 'absent')
    return [`Compared with ${base}, which has no workload file: everything here is new.`, ''];
  const counts = (['added', 'changed', 'removed'] as const)
    .map((k) => [k, c.workloads.filter((w) => w.change === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return [
    `Compared with ${base}: ${formatDelta(c.deltaCo2eKg ?? 0)}` +
      (counts.length > 0 ? ` (${counts.join(', ')})` : ' (no workload changed)') +
      '.',
    '',
  ];
}

/** Under the table, so that it is no wider for the workloads without such figures. */
function reportedAndMeasured(report: Report, options: MarkdownOptions): string[] {
  const max = Math.min(options.maxRows ?? Number.POSITIVE_INFINITY, 20);
  const lines = evidenceLines(report, { name: cell, code, text: cell }, max, 'the JSON report');
  return lines.length === 0 ? [] : ['**Reported and measured:**', ...lines.map((l) => `- ${l}`), ''];
}

function greenerChoices(report: Report): string[] {
  const moves = topMoves(report);
  if (moves.length === 0) return [];
  const out = ['**Greener choices** (same work, same provider, cleaner grid):'];
  for (const { workload: w, best } of moves) {
    const next = w.alternatives?.[1];
    const also = next
      ? `; or ${code(next.region)} (${formatNumber(next.gPerKwh)} g/kWh, ${formatDelta(-next.savingKg)})`
      : '';
    out.push(
      `- ${cell(w.name)}: ${code(best.region)} (${cell(best.location)}, ${formatNumber(best.gPerKwh)} g/kWh ` +
        `instead of ${formatNumber(w.assumptions.intensity.gPerKwh)}) would avoid ${formatMass(best.savingKg)} ` +
        `(${formatPercent(best.savingShare)})${also}`,
    );
  }
  return [...out, ''];
}

/** The method section, or undefined as soon as it is longer than `maxLength` characters. */
function method(report: Report, maxLength: number): string[] | undefined {
  const out = ['<details><summary>How these figures were worked out</summary>', ''];
  out.push(
    'Energy = accelerators x average power x hours x runs (or rate x period x energy per unit) x PUE. ' +
      'Emissions = energy x location-based grid carbon intensity. ' +
      'Embodied emissions, where a workload declares them, ' +
      "are the hardware's manufacturing footprint spread over the hours it is used, " +
      'shown apart from the operational figure; CO2e is their sum, what budgets count and changes compare.',
    '',
  );
  let length = 0;
  for (const w of report.workloads) {
    const lines = assumptionLines(w);
    for (const line of lines) length += line.length + 1;
    if (length > maxLength) return undefined;
    out.push(...lines);
  }
  if (report.workloads.length === 0) out.push('No workloads are declared.');
  out.push('', 'Sources:');
  for (const s of report.data.gridIntensity)
    out.push(`- ${cell(`${s.source}${s.year ? ` (${String(s.year)})` : ''}, ${s.licence ?? ''}`)}: ${plainUrl(s.url)}`);
  for (const e of report.equivalents)
    out.push(`- Equivalent: ${cell(`${e.source} (${String(e.year ?? '')}), ${e.licence ?? ''}`)}: ${plainUrl(e.url)}`);
  out.push(
    `- Grid data read through CO2.js (\`@tgwf/co2\`) ${cell(report.data.co2js)}; ` +
      `carbon-budget ${cell(report.tool.version)}.`,
    '',
    '</details>',
  );
  return out;
}

/** The report as GitHub markdown: verdict first, then workloads, budgets, and the method folded away. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}, cache?: RunCache): string {
  return renderWithin(report, options, Number.POSITIVE_INFINITY, cache) ?? '';
}

/**
 * The report as renderMarkdown renders it, or undefined when that is longer than `maxLength`
 * characters: found out as soon as it is, without rendering the rest.
 */
export function renderWithin(
  report: Report,
  options: MarkdownOptions,
  maxLength: number,
  cache?: RunCache,
): string | undefined {
  const head = headline(report, cell);
  // Titled with the workload file set, so that a monorepo's several comments read apart.
  const out: string[] = [`### ${head.icon} carbon-budget ${code(report.config)}: ${head.title}`, '', head.detail, ''];
  out.push(...comparisonLine(report));
  const rows = workloadTable(
    tableOf(report, cache),
    report,
    options.maxRows ?? Number.POSITIVE_INFINITY,
    options.moreIn ?? 'the job summary',
    maxLength,
  );
  if (rows === undefined) return undefined;
  out.push(...rows, '');
  out.push(...reportedAndMeasured(report, options));
  const budgets = budgetTable(report);
  if (budgets.length > 0) out.push(...budgets, '');
  const equivalents = report.equivalents.filter((e) => e.count >= 0.1);
  if (equivalents.length > 0) out.push(`That is about ${equivalents.map((e) => cell(e.text)).join(', or ')}.`, '');
  out.push(...greenerChoices(report));
  let length = out.reduce((sum, line) => sum + line.length + 1, 0);
  if (length > maxLength) return undefined;
  if (!options.omitMethod) {
    const section = method(report, maxLength - length);
    if (section === undefined) return undefined;
    out.push(...section);
    length += section.reduce((sum, line) => sum + line.length + 1, 0);
    if (length > maxLength) return undefined;
  }
  // Printed on stdout by the CLI, where a runner would obey a line that reads as a workflow command.
  return inert(out.join('\n') + '\n');
}
