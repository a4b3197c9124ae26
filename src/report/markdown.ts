import { formatDelta, formatEnergy, formatExact, formatMass, formatNumber, formatPercent } from './format.js';
import type { WorkloadChange } from '../compare/compare.js';
import type { Report, WorkloadReport } from './report.js';
import { headline } from './verdict-text.js';

const STATUS_ICON = { ok: '✅', warn: '⚠️', over: '❌' } as const;

// Names come from users' files: markup in them must show as typed, a pipe or newline must not
// break a table, and an @name must not notify anyone.
const NEEDS_ESCAPING = /[\r\n\\`*_{}[\]<>#|~@]/;

export function cell(text: string): string {
  // Most cells are figures and plain names: leave them as they are without three replaces.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_{}[\]<>#|~]/g, '\\$&')
    .replace(/@/g, '@\u200b');
}

/** A code span that no backtick in the text can close early. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
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
  const acc = a.power?.accelerator;
  if (a.power?.basis === 'catalog-tdp' && acc?.tdpW !== undefined) {
    const utilisation = a.power.utilization === undefined ? '' : ` x ${formatPercent(a.power.utilization)} utilisation`;
    lines.push(`  - power: ${cell(acc.name)}, ${formatExact(acc.tdpW)} W ${cell(acc.rating ?? 'TDP')}${utilisation} (${link(acc.source, acc.url)}, ${cell(String(acc.year ?? ''))})`);
  } else if (a.power) {
    lines.push(`  - power: ${formatExact(a.power.watts)} W per accelerator, declared${acc ? ` (${cell(acc.name)})` : ''}`);
  }
  const pue = a.pue.basis === 'declared' ? 'declared' : `${link(a.pue.source ?? '', a.pue.url)}${a.pue.year ? `, ${cell(String(a.pue.year))}` : ''}`;
  lines.push(`  - PUE ${formatExact(a.pue.value)}: ${pue}`);
  const i = a.intensity;
  const intensity = i.basis === 'declared' ? 'declared' : cell(`${i.zoneName ?? ''} (${i.zone ?? ''}), ${i.source}, ${i.licence ?? ''}`);
  lines.push(`  - grid intensity ${formatExact(i.gPerKwh)} gCO2e/kWh: ${intensity}${a.region?.note ? `; region note: ${cell(a.region.note)}` : ''}`);
  if (a.task !== undefined) lines.push(`  - energy per request: the ${cell(a.task.label)} default, ${link(a.task.source, a.task.url)}`);
  const unit = w.perFunctionalUnit;
  if (unit !== undefined) {
    const embodied = unit.embodiedG === undefined ? '' : ` (+ ${formatNumber(unit.embodiedG)} g embodied)`;
    lines.push(`  - per ${unit.unit}: ${formatNumber(unit.co2eG)} gCO2e${embodied}, ${formatNumber(unit.energyWh)} Wh`);
  }
  if (a.overheadEnergyKwh !== undefined) lines.push(`  - overhead energy ${formatExact(a.overheadEnergyKwh)} kWh (idle, hosts, infrastructure), declared`);
  if (a.host !== undefined) {
    const h = a.host;
    lines.push(`  - host: ${cell(h.instance)}, ${formatExact(h.vcpus)} vCPU x (${formatExact(h.minWPerVcpu)} + ${formatPercent(h.utilization)} x (${formatExact(h.maxWPerVcpu)} - ${formatExact(h.minWPerVcpu)})) W (${cell(h.cpu)}) + ${formatExact(h.memoryGb)} GB x ${formatExact(h.memoryWPerGb)} W = ${formatExact(h.wattsPerInstance)} W per instance, ${formatEnergy(h.energyKwh)} (${link(h.source, h.url)})`);
  }
  const e = a.embodied;
  if (e !== undefined && w.embodiedKg !== undefined) {
    const basis = e.basis === 'bloom-study' ? link('the BLOOM study\'s figures', e.url) : 'declared';
    lines.push(`  - embodied ${formatMass(w.embodiedKg)}: ${formatExact(e.acceleratorKg)} kg per accelerator and ${formatExact(e.serverKg)} kg per ${formatExact(e.acceleratorsPerServer)}-accelerator server, over ${formatExact(e.lifetimeHours / 8760)} years at ${formatPercent(e.usage)} usage (${basis})`);
  }
  return lines;
}

export interface MarkdownOptions {
  /** Show at most this many workload rows (the largest first), then "and N more". */
  readonly maxRows?: number;
  /** Leave out the folded method section (the job summary keeps it). */
  readonly omitMethod?: boolean;
}

interface Row {
  readonly name: string;
  readonly kind: string;
  readonly where: string;
  readonly energyKwh: number;
  readonly co2eKg: number;
  readonly budgetKg?: number;
  readonly change?: WorkloadChange;
}

function rowsOf(report: Report): Row[] {
  const changes = new Map(report.comparison?.workloads.map((c) => [c.name, c]));
  const rows: Row[] = report.workloads.map((w) => {
    const change = changes.get(w.name);
    return {
      name: w.name,
      kind: w.kind,
      where: where(w),
      energyKwh: w.energyKwh,
      co2eKg: w.co2eKg,
      ...(w.budgetKg === undefined ? {} : { budgetKg: w.budgetKg }),
      ...(change === undefined ? {} : { change }),
    };
  });
  for (const c of report.comparison?.workloads ?? []) {
    if (c.change === 'removed') rows.push({ name: c.name, kind: '', where: '', energyKwh: 0, co2eKg: 0, change: c });
  }
  return rows;
}

function changeCell(c: WorkloadChange | undefined): string {
  if (c === undefined) return '';
  switch (c.change) {
    case 'added': return `${formatDelta(c.deltaCo2eKg)} (new)`;
    case 'removed': return `${formatDelta(c.deltaCo2eKg)} (removed)`;
    case 'changed': return formatDelta(c.deltaCo2eKg);
    case 'unchanged': return '';
  }
}

function workloadTable(report: Report, maxRows: number): string[] {
  const compared = report.comparison !== undefined && report.comparison.deltaCo2eKg !== null;
  const out = compared
    ? ['| Workload | Kind | Where | Energy | CO2e | Change | Budget |', '|---|---|---|--:|--:|--:|--:|']
    : ['| Workload | Kind | Where | Energy | CO2e | Budget |', '|---|---|---|--:|--:|--:|'];
  let rows = rowsOf(report);
  let hidden: Row[] = [];
  if (rows.length > maxRows) {
    // The rows a reviewer needs most: what changed most, then what emits most.
    const ranked = [...rows].sort((a, b) => Math.abs(b.change?.deltaCo2eKg ?? 0) - Math.abs(a.change?.deltaCo2eKg ?? 0) || b.co2eKg - a.co2eKg);
    const shown = new Set(ranked.slice(0, maxRows));
    hidden = rows.filter((r) => !shown.has(r));
    rows = rows.filter((r) => shown.has(r));
  }
  for (const r of rows) {
    const removed = r.change?.change === 'removed';
    const name = removed ? `~~${cell(r.name)}~~` : cell(r.name);
    const energy = removed ? '' : formatEnergy(r.energyKwh);
    const co2e = removed ? '' : formatMass(r.co2eKg);
    const budget = r.budgetKg === undefined ? '' : formatMass(r.budgetKg);
    out.push(compared
      ? `| ${name} | ${cell(r.kind)} | ${cell(r.where)} | ${energy} | ${co2e} | ${changeCell(r.change)} | ${budget} |`
      : `| ${name} | ${cell(r.kind)} | ${cell(r.where)} | ${energy} | ${co2e} | ${budget} |`);
  }
  if (hidden.length > 0) {
    const kg = hidden.reduce((sum, r) => sum + r.co2eKg, 0);
    const kwh = hidden.reduce((sum, r) => sum + r.energyKwh, 0);
    const delta = hidden.reduce((sum, r) => sum + (r.change?.deltaCo2eKg ?? 0), 0);
    const label = `…and ${hidden.length} more (all in the job summary)`;
    out.push(compared ? `| ${label} | | | ${formatEnergy(kwh)} | ${formatMass(kg)} | ${formatDelta(delta)} | |` : `| ${label} | | | ${formatEnergy(kwh)} | ${formatMass(kg)} | |`);
  }
  const totalDelta = report.comparison?.deltaCo2eKg;
  out.push(compared
    ? `| **Total** | | | **${formatEnergy(report.totals.energyKwh)}** | **${formatMass(report.totals.co2eKg)}** | **${formatDelta(totalDelta ?? 0)}** | |`
    : `| **Total** | | | **${formatEnergy(report.totals.energyKwh)}** | **${formatMass(report.totals.co2eKg)}** | |`);
  return out;
}

function budgetTable(report: Report): string[] {
  if (report.budgets.length === 0) return [];
  const out = ['| Budget | Used | Limit | Share | Status |', '|---|--:|--:|--:|---|'];
  for (const b of report.budgets) {
    const status = b.status === 'over' ? `${STATUS_ICON.over} over by ${formatMass(b.excessKg)}` : `${STATUS_ICON[b.status]} ${b.status}${b.note ? `: ${cell(b.note)}` : ''}`;
    const used = b.scope === 'increase' ? formatDelta(b.usedKg) : formatMass(b.usedKg);
    out.push(`| ${cell(b.name)} | ${used} | ${formatMass(b.limitKg)} | ${formatPercent(Math.max(0, b.share))} | ${status} |`);
  }
  return out;
}

function comparisonLine(report: Report): string[] {
  const c = report.comparison;
  if (c === undefined) return [];
  const base = `${code(c.base.ref)}${c.base.sha ? ` (${cell(c.base.sha.slice(0, 7))})` : ''}`;
  if (c.base.state === 'invalid') return [`Not compared with ${base}: its workload files are invalid there.`, ''];
  if (c.base.state === 'absent') return [`Compared with ${base}, which has no workload file: everything here is new.`, ''];
  const counts = (['added', 'changed', 'removed'] as const)
    .map((k) => [k, c.workloads.filter((w) => w.change === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return [`Compared with ${base}: ${formatDelta(c.deltaCo2eKg ?? 0)}${counts.length > 0 ? ` (${counts.join(', ')})` : ' (no workload changed)'}.`, ''];
}

/** The few moves that matter: the workloads whose best cleaner region would avoid the most. */
export function topMoves(report: Report, limit = 3): { workload: WorkloadReport; best: NonNullable<WorkloadReport['alternatives']>[number] }[] {
  return report.workloads
    .flatMap((w) => (w.alternatives?.[0] ? [{ workload: w, best: w.alternatives[0] }] : []))
    .sort((a, b) => b.best.savingKg - a.best.savingKg)
    .slice(0, limit);
}

function greenerChoices(report: Report): string[] {
  const moves = topMoves(report);
  if (moves.length === 0) return [];
  const out = ['**Greener choices** (same work, same provider, cleaner grid):'];
  for (const { workload: w, best } of moves) {
    const next = w.alternatives?.[1];
    const also = next ? `; or ${code(next.region)} (${formatNumber(next.gPerKwh)} g/kWh, ${formatDelta(-next.savingKg)})` : '';
    out.push(`- ${cell(w.name)}: ${code(best.region)} (${cell(best.location)}, ${formatNumber(best.gPerKwh)} g/kWh instead of ${formatNumber(w.assumptions.intensity.gPerKwh)}) would avoid ${formatMass(best.savingKg)} (${formatPercent(best.savingShare)})${also}`);
  }
  return [...out, ''];
}

function method(report: Report): string[] {
  const out = ['<details><summary>How these figures were worked out</summary>', ''];
  out.push('Energy = accelerators x average power x hours x runs (or rate x period x energy per unit) x PUE. Emissions = energy x location-based grid carbon intensity. Embodied emissions, where a workload declares them, are the hardware\'s manufacturing footprint spread over the hours it is used, reported apart and counted in budgets.', '');
  for (const w of report.workloads) out.push(...assumptionLines(w));
  if (report.workloads.length === 0) out.push('No workloads are declared.');
  out.push('', 'Sources:');
  for (const s of report.data.gridIntensity) out.push(`- ${cell(`${s.source}${s.year ? ` (${String(s.year)})` : ''}, ${s.licence ?? ''}`)}: ${plainUrl(s.url)}`);
  for (const e of report.equivalents) out.push(`- Equivalent: ${cell(`${e.source} (${String(e.year ?? '')}), ${e.licence ?? ''}`)}: ${plainUrl(e.url)}`);
  out.push(`- Grid data read through CO2.js @tgwf/co2 ${cell(report.data.co2js)}; carbon-budget ${cell(report.tool.version)}.`, '', '</details>');
  return out;
}

/** The report as GitHub markdown: verdict first, then workloads, budgets, and the method folded away. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const head = headline(report, cell);
  // Titled with the workload file set, so that a monorepo's several comments read apart.
  const out: string[] = [`### ${head.icon} carbon-budget ${code(report.config)}: ${head.title}`, '', head.detail, ''];
  out.push(...comparisonLine(report));
  out.push(...workloadTable(report, options.maxRows ?? Number.POSITIVE_INFINITY), '');
  const budgets = budgetTable(report);
  if (budgets.length > 0) out.push(...budgets, '');
  const equivalents = report.equivalents.filter((e) => e.count >= 0.1);
  if (equivalents.length > 0) out.push(`That is about ${equivalents.map((e) => cell(e.text)).join(', or ')}.`, '');
  out.push(...greenerChoices(report));
  if (!options.omitMethod) out.push(...method(report));
  return out.join('\n') + '\n';
}
