import { displayWidth } from '../text/show.js';
import { formatEnergy, formatMass, formatPercent } from './format.js';
import type { Report } from './report.js';
import { headline } from './verdict-text.js';

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? '')))) ?? [];
  return rows.map((row) =>
    row
      .map((text, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - displayWidth(text));
        return rightAligned.has(c) ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The report for a terminal: aligned plain-text tables, the headline last where the eye lands. */
export function renderTerminal(report: Report): string {
  const out: string[] = [`carbon-budget: ${report.config}`, ''];
  const rows = [['WORKLOAD', 'KIND', 'WHERE', 'ENERGY', 'CO2E', 'BUDGET']];
  for (const w of report.workloads) {
    rows.push([
      w.name,
      w.kind,
      w.assumptions.region?.id ?? `${w.assumptions.intensity.gPerKwh} g/kWh`,
      formatEnergy(w.energyKwh),
      formatMass(w.co2eKg),
      w.budgetKg === undefined ? '-' : formatMass(w.budgetKg),
    ]);
  }
  rows.push(['TOTAL', '', '', formatEnergy(report.totals.energyKwh), formatMass(report.totals.co2eKg), '']);
  out.push(...table(rows, new Set([3, 4, 5])), '');

  if (report.budgets.length > 0) {
    const budgetRows = [['BUDGET', 'USED', 'LIMIT', 'SHARE', 'STATUS']];
    for (const b of report.budgets) {
      budgetRows.push([b.name, formatMass(b.usedKg), formatMass(b.limitKg), formatPercent(b.share), b.status === 'over' ? `OVER by ${formatMass(b.excessKg)}` : b.status.toUpperCase()]);
    }
    out.push(...table(budgetRows, new Set([1, 2, 3])), '');
  }
  out.push('How each figure was worked out:');
  for (const w of report.workloads) out.push(`  ${w.name}: ${w.formula}`);
  out.push('');
  if (report.totals.co2eKg > 0) out.push(`About ${report.equivalents.map((e) => e.text).join(', or ')}.`, '');
  const head = headline(report);
  out.push(`${head.title.toUpperCase()}: ${head.detail}`);
  return out.join('\n') + '\n';
}
