import { fromText } from './job-spec-report.js';
import { inert, printable } from '../text/printable.js';
import { displayWidth } from '../text/show.js';
import { formatDelta, formatEnergy, formatMass, formatNumber, formatPercent } from './format.js';
import { countedKg } from '../estimate/estimate.js';
import { CO2E_LEGEND, showsEmbodied, type Report } from './report.js';
import { topMoves } from './greener-moves.js';
import { evidenceLines } from './evidence.js';
import { headline } from './verdict-text.js';

/**
 * Text from files (names, paths, refs) as one printable line that cannot start a workflow command
 * wherever it lands in a line: see text/printable.ts. Escaped before the columns are measured.
 */
function oneLine(text: string): string {
  return inert(printable(text.replace(/\s+/g, ' ')));
}

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const measured = rows.map((row) => row.map(displayWidth));
  const widths = rows[0]?.map((_, c) => measured.reduce((widest, r) => Math.max(widest, r[c] ?? 0), 0)) ?? [];
  return rows.map((row, r) =>
    row
      .map((text, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - (measured[r]?.[c] ?? 0));
        return rightAligned.has(c) ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The report for a terminal: aligned plain-text tables, the headline last where the eye lands. */
export function renderTerminal(report: Report): string {
  const out: string[] = [`carbon-budget: ${oneLine(report.config)}`, ''];
  const c = report.comparison;
  const compared = c !== undefined && c.deltaCo2eKg !== null;
  const changes = new Map(c?.workloads.map((w) => [w.name, w]));
  const changeText = (name: string): string => {
    const change = changes.get(name);
    if (change === undefined || change.change === 'unchanged') return '';
    return `${formatDelta(change.deltaCo2eKg)}${change.change === 'changed' ? '' : ` ${change.change}`}`;
  };
  const embodied = showsEmbodied(report);
  // With embodied emissions, operational and embodied apart and CO2E their sum: the figure the
  // budgets count and CHANGE compares. Without, CO2E is the operational figure.
  const emissions = (w: { readonly co2eKg: number; readonly embodiedKg?: number }): string[] =>
    embodied
      ? [formatMass(w.co2eKg), w.embodiedKg === undefined ? '-' : formatMass(w.embodiedKg), formatMass(countedKg(w))]
      : [formatMass(w.co2eKg)];
  const header = [
    'WORKLOAD',
    'KIND',
    'WHERE',
    'ENERGY',
    ...(embodied ? ['OPERATIONAL', 'EMBODIED'] : []),
    'CO2E',
    ...(compared ? ['CHANGE'] : []),
    'BUDGET',
  ];
  const rows = [header];
  for (const w of report.workloads) {
    rows.push([
      oneLine(w.name),
      w.kind,
      w.assumptions.region?.id ?? `${formatNumber(w.assumptions.intensity.gPerKwh)} g/kWh`,
      formatEnergy(w.energyKwh),
      ...emissions(w),
      ...(compared ? [changeText(w.name)] : []),
      w.budgetKg === undefined ? '-' : formatMass(w.budgetKg),
    ]);
  }
  const dashes = embodied ? ['-', '-', '-'] : ['-'];
  for (const removed of c?.workloads.filter((w) => w.change === 'removed') ?? []) {
    rows.push([oneLine(removed.name), '', '', '-', ...dashes, changeText(removed.name), '']);
  }
  rows.push([
    'TOTAL',
    '',
    '',
    formatEnergy(report.totals.energyKwh),
    ...(embodied
      ? [formatMass(report.totals.co2eKg), formatMass(report.totals.embodiedKg), formatMass(countedKg(report.totals))]
      : [formatMass(report.totals.co2eKg)]),
    ...(compared ? [formatDelta(c.deltaCo2eKg)] : []),
    '',
  ]);
  if (c !== undefined) {
    const base = oneLine(`${c.base.ref}${c.base.sha ? ` (${c.base.sha.slice(0, 7)})` : ''}`);
    out.push(
      c.base.state === 'compared'
        ? `Compared with ${base}.`
        : c.base.state === 'absent'
          ? `Compared with ${base}, which has no workload file.`
          : `Not compared with ${base}: its workload files are invalid there.`,
      '',
    );
  }
  // Every column from ENERGY on holds a figure.
  out.push(...table(rows, new Set([...header.keys()].filter((i) => i >= 3))), '');
  if (embodied) out.push(CO2E_LEGEND, '');
  const evidence = evidenceLines(report, { name: oneLine, code: oneLine, text: oneLine }, 20, 'the JSON report');
  if (evidence.length > 0) out.push('Reported and measured:', ...evidence.map((l) => `  ${l}`), '');

  if (report.budgets.length > 0) {
    const budgetRows = [['BUDGET', 'USED', 'LIMIT', 'SHARE', 'STATUS']];
    for (const b of report.budgets) {
      const status =
        b.status === 'over'
          ? `OVER by ${formatMass(b.excessKg)}`
          : `${b.status.toUpperCase()}${b.note ? ` (${oneLine(b.note)})` : ''}`;
      budgetRows.push([
        oneLine(b.name),
        b.scope === 'increase' ? formatDelta(b.usedKg) : formatMass(b.usedKg),
        formatMass(b.limitKg),
        formatPercent(Math.max(0, b.share)),
        status,
      ]);
    }
    out.push(...table(budgetRows, new Set([1, 2, 3])), '');
  }
  if (report.workloads.length > 0) {
    out.push('How each figure was worked out:');
    for (const w of report.workloads) {
      out.push(`  ${oneLine(w.name)}: ${w.formula}`);
      if (w.from !== undefined) {
        const { where, what } = fromText(w.from);
        out.push(`    from ${oneLine(where)} (${oneLine(what)})`);
      }
    }
    out.push('');
  }
  const equivalents = report.equivalents.filter((e) => e.count >= 0.1);
  if (equivalents.length > 0) out.push(`About ${equivalents.map((e) => e.text).join(', or ')}.`, '');
  const moves = topMoves(report);
  if (moves.length > 0) {
    out.push('Greener choices (same work, same provider, cleaner grid):');
    for (const { workload: w, best } of moves)
      out.push(
        `  ${oneLine(w.name)}: ${best.region} (${best.location}, ${formatNumber(best.gPerKwh)} g/kWh) ` +
          `would avoid ${formatMass(best.savingKg)} (${formatPercent(best.savingShare)})`,
      );
    out.push('');
  }
  const sources = report.data.gridIntensity
    .map((s) => `${s.source.split(':')[0] ?? s.source} (${s.licence ?? ''})`)
    .join(', ');
  out.push(`Sources: ${sources} via CO2.js ${report.data.co2js}; details with --format markdown or json.`, '');
  const head = headline(report, oneLine);
  out.push(`${head.title.toUpperCase()}: ${head.detail}`);
  // Printed on stdout, where a runner would obey a line that reads as a workflow command.
  return inert(out.join('\n') + '\n');
}
