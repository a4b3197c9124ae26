import * as z from 'zod';
import { REPORT_SCHEMA_VERSION, type Report } from '../report/report.js';

// A JSON report handed over from another workflow (the two-workflow pattern for forks). It was
// written by a pull request's own workflow, so it is checked before anything is rendered from it.

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const status = z.enum(['ok', 'warn', 'over']);
const text = (max: number) => z.string().max(max);
const sourceInfo = { source: text(2000), url: text(2000).optional(), year: z.union([finite, text(50), z.null()]).optional(), licence: text(200).optional() };
const comparison = z.looseObject({
  base: z.looseObject({ ref: text(300), sha: text(100).optional(), state: z.enum(['compared', 'absent', 'invalid']) }),
  deltaCo2eKg: finite.nullable(),
  deltaEnergyKwh: finite.nullable(),
  workloads: z.array(
    z.looseObject({ name: text(1000), change: z.enum(['added', 'removed', 'changed', 'unchanged']), baseCo2eKg: finite, headCo2eKg: finite, deltaCo2eKg: finite, baseEnergyKwh: finite, headEnergyKwh: finite, deltaEnergyKwh: finite }),
  ),
});
const alternative = z.looseObject({ region: text(200), location: text(300), gPerKwh: finite, savingKg: finite, savingShare: finite });

const reportShape = z.looseObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.looseObject({ name: z.literal('carbon-budget'), version: z.string() }),
  config: z.string().max(1000),
  status,
  totals: z.looseObject({ energyKwh: finite, co2eKg: finite, embodiedKg: finite.optional(), workloads: z.int().min(0) }),
  workloads: z.array(
    z.looseObject({
      name: z.string().max(1000),
      kind: z.enum(['training', 'inference']),
      file: z.string().max(1000),
      line: z.int(),
      energyKwh: finite,
      itEnergyKwh: finite,
      co2eKg: finite,
      embodiedKg: finite.optional(),
      budgetKg: finite.optional(),
      formula: z.string().max(5000),
      alternatives: z.array(alternative).max(10).optional(),
      assumptions: z.looseObject({
        region: z.looseObject({ id: text(200), label: text(300), note: text(1000).optional() }).optional(),
        power: z
          .looseObject({
            watts: finite,
            basis: z.enum(['declared', 'catalog-tdp']),
            utilization: finite.optional(),
            accelerator: z.looseObject({ id: text(100), name: text(200), tdpW: finite.optional(), rating: text(200).optional(), ...sourceInfo }).optional(),
          })
          .optional(),
        pue: z.looseObject({ value: finite, basis: z.string(), source: text(2000).optional(), url: text(2000).optional(), year: z.union([finite, z.null()]).optional() }),
        intensity: z.looseObject({ gPerKwh: finite, basis: z.string(), source: z.string(), zone: text(100).optional(), zoneName: text(200).optional(), licence: text(200).optional() }),
        overheadEnergyKwh: finite.optional(),
        host: z.looseObject({ instance: text(100), vcpus: finite, memoryGb: finite, cpu: text(200), wattsPerInstance: finite, energyKwh: finite, source: text(2000), url: text(2000) }).optional(),
        embodied: z.looseObject({ acceleratorKg: finite, serverKg: finite, acceleratorsPerServer: finite, lifetimeHours: finite, usage: finite, basis: text(50), url: text(2000).optional() }).optional(),
      }),
    }),
  ).max(100_000),
  budgets: z.array(
    z.looseObject({ name: z.string().max(2000), scope: z.enum(['total', 'file', 'workload', 'increase']), limitKg: finite, usedKg: finite, share: finite, status, excessKg: finite, file: z.string(), line: z.int(), note: text(1000).optional(), baseUsedKg: finite.optional() }),
  ),
  equivalents: z.array(z.looseObject({ id: z.string(), count: finite, text: z.string().max(500), ...sourceInfo })),
  data: z.looseObject({ co2js: text(50), gridIntensity: z.array(z.looseObject(sourceInfo)) }),
  comparison: comparison.optional(),
  pullRequest: z.looseObject({ number: z.int().positive(), headSha: z.string(), baseSha: z.string(), updatedAt: z.string() }).optional(),
});

export function parseReport(text: string | undefined): { ok: true; report: Report } | { ok: false; message: string } {
  if (text === undefined) return { ok: false, message: 'the file cannot be read' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'it is not JSON' };
  }
  const parsed = reportShape.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, message: `it is not a carbon-budget report (${first ? `${first.path.join('.') || 'top level'}: ${first.message}` : 'unknown shape'})` };
  }
  const report = parsed.data as unknown as Report;
  // The verdict is read from the budgets themselves, not from a status the file claims.
  const worst = report.budgets.some((b) => b.status === 'over') ? 'over' : report.budgets.some((b) => b.status === 'warn') ? 'warn' : 'ok';
  return { ok: true, report: { ...report, status: worst } };
}
