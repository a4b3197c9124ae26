import type { MeasuredFigure, WorkloadEvidence } from '../adapters/evidence.js';
import type { Estimate } from '../estimate/estimate.js';

/**
 * The measured emissions a workload's budgets would count: CodeCarbon's own, or (with
 * `grid: workload`) the measured energy at the workload's grid intensity.
 *   kgCO2e = measured kWh x gCO2e/kWh / 1000
 */
export function measuredKg(estimate: Estimate, measured: MeasuredFigure): number {
  return measured.grid === 'workload'
    ? (measured.energyKwh * estimate.workload.intensity.gPerKwh) / 1000
    : measured.co2eKg;
}

/** Whether a workload's budgets count its measured figure rather than its estimate. */
export function countsMeasured(evidence: WorkloadEvidence | undefined): evidence is WorkloadEvidence & {
  readonly measured: MeasuredFigure;
} {
  return evidence?.countsMeasured === true && evidence.measured !== undefined;
}

/**
 * The estimates as budgets and comparisons count them: where a file says `budgets: { counts:
 * measured }` and a workload has measured runs, their emissions stand for its operational
 * emissions (its embodied share, which CodeCarbon does not measure, is kept). Never a silent
 * replacement: the report says which figure each workload's budgets counted.
 */
export function countedEstimates(
  estimates: readonly Estimate[],
  evidence: ReadonlyMap<string, WorkloadEvidence>,
): readonly Estimate[] {
  if (evidence.size === 0) return estimates;
  return estimates.map((e) => {
    const found = evidence.get(e.workload.name);
    return countsMeasured(found) ? { ...e, co2eKg: measuredKg(e, found.measured) } : e;
  });
}
