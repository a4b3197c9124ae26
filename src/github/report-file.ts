import * as z from 'zod';
import { REPORT_SCHEMA_VERSION, type Report } from '../report/report.js';

// A JSON report handed over from another workflow (the two-workflow pattern for forks). It was
// written by a pull request's own workflow, so it is checked before anything is rendered from it.

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const status = z.enum(['ok', 'warn', 'over']);

const reportShape = z.looseObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.looseObject({ name: z.literal('carbon-budget'), version: z.string() }),
  config: z.string().max(1000),
  status,
  totals: z.looseObject({ energyKwh: finite, co2eKg: finite, workloads: z.int().min(0) }),
  workloads: z.array(
    z.looseObject({
      name: z.string().max(1000),
      kind: z.enum(['training', 'inference']),
      file: z.string().max(1000),
      line: z.int(),
      energyKwh: finite,
      itEnergyKwh: finite,
      co2eKg: finite,
      formula: z.string().max(5000),
      assumptions: z.looseObject({
        pue: z.looseObject({ value: finite, basis: z.string() }),
        intensity: z.looseObject({ gPerKwh: finite, basis: z.string(), source: z.string() }),
      }),
    }),
  ).max(100_000),
  budgets: z.array(
    z.looseObject({ name: z.string().max(2000), scope: z.enum(['total', 'file', 'workload', 'increase']), limitKg: finite, usedKg: finite, share: finite, status, excessKg: finite, file: z.string(), line: z.int() }),
  ),
  equivalents: z.array(z.looseObject({ id: z.string(), count: finite, text: z.string().max(500), source: z.string() })),
  data: z.looseObject({ co2js: z.string(), gridIntensity: z.array(z.looseObject({ source: z.string() })) }),
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
  return { ok: true, report: parsed.data as unknown as Report };
}
