import { judge } from '../budget/verdict.js';
import type { Diagnostic } from '../config/diagnostics.js';
import type { Budget, SourceRef } from '../model.js';
import { printable } from '../text/printable.js';
import { totalOf, type Estimate } from './estimate.js';

// Every input is bounded, so every figure should be an ordinary number; but a product of large
// bounds, a sum over thousands of workloads or a share of a tiny limit could still overflow to
// Infinity (or give NaN), which JSON writes as null and which passes every budget comparison. A
// figure that is not finite is a problem at the workload, the budget or the root file, never a
// figure in a report.

const TOO_LARGE = 'which comes to more than 1.8e308';
const CHECK = 'check the values for a slipped unit or exponent';

function bad(value: number | undefined): boolean {
  return value !== undefined && !Number.isFinite(value);
}

/** The first of a workload's figures that is not finite, named for a message. */
function unusableFigure(e: Estimate): string | undefined {
  if (bad(e.itEnergyKwh) || bad(e.hostEnergyKwh)) return 'its IT energy';
  if (bad(e.energyKwh)) return 'its energy';
  if (bad(e.co2eKg)) return 'its emissions';
  if (bad(e.embodiedKg)) return 'its embodied emissions';
  const d = e.workload.demand;
  const unit = d.type === 'per-unit' ? d.unit : d.functionalUnit?.unit;
  if (bad(e.units)) return `its number of ${unit ?? 'unit'}s over the period`;
  // The report gives emissions per 1,000 requests or per million tokens: a tiny count overflows them.
  if (unit !== undefined && e.units) {
    const per = unit === 'request' ? 1000 : 1e6;
    const perUnit = (x: number) => ((x * 1000) / (e.units ?? 1)) * per;
    if (bad(perUnit(e.co2eKg)) || bad(perUnit(e.embodiedKg ?? 0)) || bad(perUnit(e.energyKwh)))
      return (
        `its figures per ${unit === 'request' ? '1,000 requests' : 'million tokens'} ` +
        `(over ${e.units.toPrecision(3)} ${unit}s)`
      );
  }
  for (const a of e.alternatives ?? [])
    if (bad(a.savingKg) || bad(a.savingShare)) return 'what a greener region would avoid';
  return undefined;
}

/**
 * Problems for the figures that are not finite numbers: each workload's at the workload, the
 * set's totals at the root file (`root`), and each budget's use and share at the budget.
 */
export function unusableFigures(
  estimates: readonly Estimate[],
  budgets: readonly Budget[],
  root: SourceRef,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const e of estimates) {
    const figure = unusableFigure(e);
    if (figure !== undefined)
      problems.push({
        ...e.workload.at,
        message: `workload \`${printable(e.workload.name)}\`: cannot compute ${figure}, ${TOO_LARGE}: ${CHECK}`,
      });
  }
  // A workload's own overflow is the cause of the totals' and budgets': said once, there.
  if (problems.length > 0) return problems;
  const totals = totalOf(estimates);
  for (const [figure, value] of [
    ['energy', totals.energyKwh],
    ['emissions', totals.co2eKg],
    ['embodied emissions', totals.embodiedKg],
  ] as const) {
    if (bad(value))
      problems.push({
        ...root,
        message: `cannot compute the total ${figure} of the workload files, ${TOO_LARGE}: ${CHECK}`,
      });
  }
  for (const b of judge(budgets, estimates).budgets) {
    if (bad(b.usedKg))
      problems.push({
        ...b.budget.at,
        message: `budget \`${printable(b.budget.name)}\`: cannot compute what it covers, ${TOO_LARGE}: ${CHECK}`,
      });
    else if (bad(b.share) || bad(b.excessKg)) {
      problems.push({
        ...b.budget.at,
        message:
          `budget \`${printable(b.budget.name)}\`: ` +
          `its limit is too small to compare with (${b.budget.limitKg.toPrecision(3)} kg): ${CHECK}`,
      });
    }
  }
  return problems;
}
