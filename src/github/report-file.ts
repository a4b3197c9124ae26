import * as z from 'zod/mini';
import { REPORT_SCHEMA_VERSION, type Report } from '../report/report.js';

// A JSON report handed over from another workflow (the two-workflow pattern for forks). It was
// written by a pull request's own workflow, so it is checked before anything is rendered from it.

// Built on first use: only the second workflow of the two-workflow pattern reads a report, and
// the schema costs every other run several milliseconds of start-up.
function buildReportShape() {
  const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
  const status = z.enum(['ok', 'warn', 'over']);
  const text = (max: number) => z.string().check(z.maxLength(max));
  const sourceInfo = {
    source: text(2000),
    url: z.optional(text(2000)),
    year: z.optional(z.union([finite, text(50), z.null()])),
    licence: z.optional(text(200)),
  };
  const comparison = z.looseObject({
    base: z.looseObject({
      ref: text(300),
      sha: z.optional(text(100)),
      state: z.enum(['compared', 'absent', 'invalid']),
    }),
    deltaCo2eKg: z.nullable(finite),
    deltaEnergyKwh: z.nullable(finite),
    workloads: z.array(
      z.looseObject({
        name: text(1000),
        change: z.enum(['added', 'removed', 'changed', 'unchanged']),
        baseCo2eKg: finite,
        headCo2eKg: finite,
        deltaCo2eKg: finite,
        baseEnergyKwh: finite,
        headEnergyKwh: finite,
        deltaEnergyKwh: finite,
      }),
    ),
  });
  const alternative = z.looseObject({
    region: text(200),
    location: text(300),
    gPerKwh: finite,
    savingKg: finite,
    savingShare: finite,
  });

  // What a model card reports and CodeCarbon measured (report/evidence.ts): text from files, shown in the comment.
  const reported = z.looseObject({
    co2eKg: finite,
    source: z.optional(text(2000)),
    file: text(1000),
    line: z.int(),
    trainingType: z.optional(text(2000)),
    geographicalLocation: z.optional(text(2000)),
    hardwareUsed: z.optional(text(2000)),
    differenceShare: z.optional(finite),
    note: z.optional(text(1000)),
  });
  const measured = z.looseObject({
    energyKwh: finite,
    co2eKg: finite,
    runs: z.int().check(z.minimum(0)),
    file: text(1000),
    line: z.int(),
    files: z.array(text(1000)).check(z.maxLength(1000)),
    durationHours: z.optional(finite),
    pue: z.optional(finite),
    locations: z.array(text(300)).check(z.maxLength(1000)),
    project: z.optional(text(1000)),
    experiment: z.optional(text(1000)),
    costed: z.optional(z.looseObject({ gPerKwh: finite, co2eKg: finite })),
    estimateEnergyKwh: finite,
    energyDifferenceShare: z.optional(finite),
    co2eDifferenceShare: z.optional(finite),
    counted: z.boolean(),
  });

  return z.looseObject({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    tool: z.looseObject({ name: z.literal('carbon-budget'), version: z.string() }),
    config: text(1000),
    status,
    totals: z.looseObject({
      energyKwh: finite,
      co2eKg: finite,
      // Reports from before embodied emissions had none.
      embodiedKg: z._default(finite, 0),
      workloads: z.int().check(z.minimum(0)),
    }),
    workloads: z
      .array(
        z.looseObject({
          name: text(1000),
          kind: z.enum(['training', 'inference']),
          file: text(1000),
          line: z.int(),
          energyKwh: finite,
          itEnergyKwh: finite,
          co2eKg: finite,
          embodiedKg: z.optional(finite),
          budgetKg: z.optional(finite),
          formula: text(5000),
          alternatives: z.optional(z.array(alternative).check(z.maxLength(10))),
          reported: z.optional(reported),
          measured: z.optional(measured),
          assumptions: z.looseObject({
            region: z.optional(z.looseObject({ id: text(200), label: text(300), note: z.optional(text(1000)) })),
            power: z.optional(
              z.looseObject({
                watts: finite,
                basis: z.enum(['declared', 'catalog-tdp']),
                utilization: z.optional(finite),
                accelerator: z.optional(
                  z.looseObject({
                    id: text(100),
                    name: text(200),
                    tdpW: z.optional(finite),
                    rating: z.optional(text(200)),
                    ...sourceInfo,
                  }),
                ),
              }),
            ),
            pue: z.looseObject({
              value: finite,
              basis: z.string(),
              source: z.optional(text(2000)),
              url: z.optional(text(2000)),
              year: z.optional(z.union([finite, z.null()])),
            }),
            intensity: z.looseObject({
              gPerKwh: finite,
              basis: z.string(),
              source: z.string(),
              zone: z.optional(text(100)),
              zoneName: z.optional(text(200)),
              licence: z.optional(text(200)),
            }),
            overheadEnergyKwh: z.optional(finite),
            host: z.optional(
              z.looseObject({
                instance: text(100),
                vcpus: finite,
                memoryGb: finite,
                cpu: text(200),
                wattsPerInstance: finite,
                energyKwh: finite,
                source: text(2000),
                url: text(2000),
              }),
            ),
            embodied: z.optional(
              z.looseObject({
                acceleratorKg: finite,
                serverKg: finite,
                acceleratorsPerServer: finite,
                lifetimeHours: finite,
                usage: finite,
                basis: text(50),
                url: z.optional(text(2000)),
              }),
            ),
          }),
        }),
      )
      .check(z.maxLength(100_000)),
    budgets: z.array(
      z.looseObject({
        name: text(2000),
        scope: z.enum(['total', 'file', 'workload', 'increase']),
        limitKg: finite,
        usedKg: finite,
        share: finite,
        status,
        excessKg: finite,
        file: z.string(),
        line: z.int(),
        note: z.optional(text(1000)),
        baseUsedKg: z.optional(finite),
      }),
    ),
    equivalents: z.array(z.looseObject({ id: z.string(), count: finite, text: text(500), ...sourceInfo })),
    data: z.looseObject({ co2js: text(50), gridIntensity: z.array(z.looseObject(sourceInfo)) }),
    comparison: z.optional(comparison),
    pullRequest: z.optional(
      z.looseObject({
        number: z.int().check(z.positive()),
        headSha: z.string(),
        baseSha: z.string(),
        updatedAt: z.string(),
      }),
    ),
  });
}

let reportShape: ReturnType<typeof buildReportShape> | undefined;

export function parseReport(text: string | undefined): { ok: true; report: Report } | { ok: false; message: string } {
  if (text === undefined) return { ok: false, message: 'the file cannot be read' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'it is not JSON' };
  }
  reportShape ??= buildReportShape();
  const parsed = reportShape.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      message:
        `it is not a carbon-budget report ` +
        `(${first ? `${first.path.join('.') || 'top level'}: ${first.message}` : 'unknown shape'})`,
    };
  }
  const report = parsed.data as unknown as Report;
  // The verdict is read from the budgets themselves, not from a status the file claims.
  const worst = report.budgets.some((b) => b.status === 'over')
    ? 'over'
    : report.budgets.some((b) => b.status === 'warn')
      ? 'warn'
      : 'ok';
  return { ok: true, report: { ...report, status: worst } };
}
