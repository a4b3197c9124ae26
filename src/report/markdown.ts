import { formatEnergy, formatExact, formatMass, formatNumber, formatPercent } from './format.js';
import type { Report, WorkloadReport } from './report.js';
import { headline } from './verdict-text.js';

const STATUS_ICON = { ok: '✅', warn: '⚠️', over: '❌' } as const;

// Pipes and newlines would break a table row; names come from users' files.
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function link(text: string, url: string | undefined): string {
  return url === undefined ? text : `[${text}](${url})`;
}

function where(w: WorkloadReport): string {
  return w.assumptions.region?.id ?? `${formatNumber(w.assumptions.intensity.gPerKwh)} g/kWh`;
}

function assumptionLines(w: WorkloadReport): string[] {
  const a = w.assumptions;
  const lines = [`- **${cell(w.name)}** (\`${w.file}:${w.line}\`): ${w.formula}`];
  const acc = a.power?.accelerator;
  if (a.power?.basis === 'catalog-tdp' && acc) {
    const utilisation = a.power.utilization === undefined ? '' : ` x ${formatPercent(a.power.utilization)} utilisation`;
    lines.push(`  - power: ${acc.name}, ${formatExact(acc.tdpW)} W TDP${utilisation} (${link(acc.source, acc.url)}, ${String(acc.year ?? '')})`);
  } else if (a.power) {
    lines.push(`  - power: ${formatExact(a.power.watts)} W per accelerator, declared${acc ? ` (${acc.name})` : ''}`);
  }
  const pue = a.pue.basis === 'declared' ? 'declared' : `${link(a.pue.source ?? '', a.pue.url)}${a.pue.year ? `, ${String(a.pue.year)}` : ''}`;
  lines.push(`  - PUE ${formatExact(a.pue.value)}: ${pue}`);
  const i = a.intensity;
  const intensity = i.basis === 'declared' ? 'declared' : `${i.zoneName ?? ''} (${i.zone ?? ''}), ${i.source}, ${i.licence ?? ''}`;
  lines.push(`  - grid intensity ${formatExact(i.gPerKwh)} gCO2e/kWh: ${intensity}${a.region?.note ? `; region note: ${a.region.note}` : ''}`);
  return lines;
}

/** The report as GitHub markdown: verdict first, then workloads, budgets, and the method folded away. */
export function renderMarkdown(report: Report): string {
  const head = headline(report);
  const out: string[] = [];
  out.push(`### ${head.icon} carbon-budget: ${head.title}`, '', head.detail, '');
  out.push('| Workload | Kind | Where | Energy | CO2e | Budget |', '|---|---|---|--:|--:|--:|');
  for (const w of report.workloads) {
    const budget = w.budgetKg === undefined ? '' : formatMass(w.budgetKg);
    out.push(`| ${cell(w.name)} | ${w.kind} | ${cell(where(w))} | ${formatEnergy(w.energyKwh)} | ${formatMass(w.co2eKg)} | ${budget} |`);
  }
  out.push(`| **Total** | | | **${formatEnergy(report.totals.energyKwh)}** | **${formatMass(report.totals.co2eKg)}** | |`, '');

  if (report.budgets.length > 0) {
    out.push('| Budget | Used | Limit | Share | Status |', '|---|--:|--:|--:|---|');
    for (const b of report.budgets) {
      const status = b.status === 'over' ? `${STATUS_ICON.over} over by ${formatMass(b.excessKg)}` : `${STATUS_ICON[b.status]} ${b.status}`;
      out.push(`| ${cell(b.name)} | ${formatMass(b.usedKg)} | ${formatMass(b.limitKg)} | ${formatPercent(b.share)} | ${status} |`);
    }
    out.push('');
  }

  if (report.totals.co2eKg > 0) {
    out.push(`That is about ${report.equivalents.map((e) => e.text).join(', or ')}.`, '');
  }

  out.push('<details><summary>How these figures were worked out</summary>', '');
  out.push('Energy = accelerators x average power x hours x runs (or rate x period x energy per unit) x PUE. Emissions = energy x location-based grid carbon intensity. Operational emissions only.', '');
  for (const w of report.workloads) out.push(...assumptionLines(w));
  out.push('', 'Sources:');
  for (const s of report.data.gridIntensity) out.push(`- ${s.source}${s.year ? ` (${String(s.year)})` : ''}, ${s.licence ?? ''}: ${s.url ?? ''}`);
  for (const e of report.equivalents) out.push(`- Equivalent: ${e.source} (${String(e.year ?? '')}), ${e.licence ?? ''}: ${e.url ?? ''}`);
  out.push(`- Grid data read through CO2.js @tgwf/co2 ${report.data.co2js}; carbon-budget ${report.tool.version}.`, '', '</details>');
  return out.join('\n') + '\n';
}
