import { countedKg } from '../estimate/estimate.js';
import { showsEmbodied, type BudgetReport, type Report } from './report.js';
import { printable } from '../text/printable.js';
import { formatCount, formatEnergy, formatMass, formatPercent } from './format.js';

/** "total: 65.1 tCO2e, 5.1 tCO2e (8.5%) over its 60 tCO2e limit" */
type Escape = (text: string) => string;
// Budget names hold workload names and file paths: one printable line unless a caller escapes more.
const plain: Escape = printable;

/** At most this many budgets are named in a headline; the budget table lists them all. */
const HEADLINE_BUDGETS = 3;

export function budgetSentence(b: BudgetReport, escape: Escape = plain): string {
  if (b.scope === 'increase') {
    const over = b.status === 'over' ? `, ${formatMass(b.excessKg)} over` : '';
    return `this change adds ${formatMass(b.usedKg)}${over} (limit ${formatMass(b.limitKg)} per change)`;
  }
  if (b.status === 'over') {
    return (
      `${escape(b.name)}: ${formatMass(b.usedKg)}, ` +
      `${formatMass(b.excessKg)} (${formatPercent(b.excessKg / b.limitKg)}) over its ${formatMass(b.limitKg)} limit`
    );
  }
  return `${escape(b.name)}: ${formatMass(b.usedKg)} of ${formatMass(b.limitKg)} (${formatPercent(b.share)})`;
}

/** The headline: the figures and what the budgets say, in one line. */
function sentences(budgets: readonly BudgetReport[], escape: Escape): string {
  const named = budgets.slice(0, HEADLINE_BUDGETS).map((b) => budgetSentence(b, escape));
  const more = budgets.length - named.length;
  return `${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

export function headline(report: Report, escape: Escape = plain): { icon: string; title: string; detail: string } {
  // The same total as the tables' CO2e and the budgets: operational plus embodied, each part named.
  const t = report.totals;
  const parts = showsEmbodied(report)
    ? ` (${formatMass(t.co2eKg)} operational + ${formatMass(t.embodiedKg)} embodied)`
    : '';
  const figures =
    `${formatMass(countedKg(t))}${parts} and ${formatEnergy(t.energyKwh)} ` +
    `for ${formatCount(report.totals.workloads, 'workload')}`;
  const over = report.budgets.filter((b) => b.status === 'over');
  const warn = report.budgets.filter((b) => b.status === 'warn');
  if (over.length > 0) return { icon: '❌', title: 'Over budget', detail: sentences(over, escape) };
  if (warn.length > 0) return { icon: '⚠️', title: 'Near budget', detail: sentences(warn, escape) };
  if (report.budgets.length > 0) return { icon: '✅', title: 'Within budget', detail: figures };
  return { icon: 'ℹ️', title: 'No budget set', detail: figures };
}
