import { beforeAll, describe, expect, it } from '@jest/globals';
import { analyse } from '../src/analyse.js';
import type { BaseInput } from '../src/compare/compare.js';
import { parseReport } from '../src/github/report-file.js';
import { createFileSystemSource } from '../src/io/fs-source.js';
import { reportJson } from '../src/report/json.js';
import type { Report } from '../src/report/report.js';
import { workspace, yaml } from './helpers/workspace.js';

// Unit tests of the report a second workflow reads (the two-workflow pattern for forks): a report
// written by the real pipeline comes back whole, and a file that is not one is refused with a reason.

type Json = Record<string, unknown>;

const BASE_SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';

/** The files of a pull request: every kind of workload, so that each part of the report is written. */
const files = {
  'carbon-budget.yml': yaml(
    'budgets: { total: 20 t, increase: 1 t }',
    'include: [serving.yml]',
    'workloads:',
    '  - { name: sweep, kind: training, power: 400 W, count: 8, hours: 10, pue: 1.1, intensity: 300 g/kWh,',
    '      budget: 10 kg }',
    '  - name: full',
    '    kind: training',
    '    description: all of it',
    '    instance: p4d.24xlarge',
    '    count: 2',
    '    hours: 10',
    '    utilization: 90%',
    '    region: aws:us-east-1',
    '    embodied: true',
    '    host: true',
    '    overhead-energy: 5 kWh',
  ),
  'serving.yml': yaml(
    'workloads:',
    '  - { name: served, kind: inference, requests: 1k/day, task: text-generation, period: 30d, region: country:FR }',
  ),
};

/** The base branch: `sweep` at 8 kg, and a workload the pull request removes. */
const base: BaseInput = {
  state: 'compared',
  ref: 'main',
  sha: BASE_SHA,
  report: {
    totals: { co2eKg: 11, energyKwh: 40, embodiedKg: 0 },
    budgets: [
      { name: 'total', usedKg: 11, status: 'ok' },
      { name: 'workload sweep', usedKg: 8, status: 'warn' },
    ],
    workloads: [
      { name: 'sweep', co2eKg: 8, energyKwh: 26 },
      { name: 'retired', co2eKg: 3, energyKwh: 14 },
    ],
  },
};

let report: Report;
let text: string;

beforeAll(async () => {
  const root = workspace(files);
  const options = { root, source: createFileSystemSource(), base, label: 'carbon-budget.yml' };
  const analysis = await analyse([`${root}/carbon-budget.yml`], options);
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.diagnostics));
  // As the action writes it on a pull_request event: with the pull request, through the streamed JSON.
  const headSha = 'c0ffee0000000000000000000000000000000017';
  const pullRequest = { number: 17, headSha, baseSha: BASE_SHA, updatedAt: '2026-01-05T09:30:00Z' };
  report = { ...analysis.report, pullRequest };
  text = [...reportJson(report)].join('');
});

/** The written report as plain JSON, changed by `change`, as text again. */
function tampered(change: (data: Json) => void): string {
  const data = JSON.parse(text) as Json;
  change(data);
  return JSON.stringify(data);
}

function refusal(file: string | undefined): string {
  const parsed = parseReport(file);
  if (parsed.ok) throw new Error('expected the report to be refused');
  return parsed.message;
}

/** The start of the message that refuses a report for the field at `path`. */
const refusedAt = (path: string) => new RegExp(`^it is not a carbon-budget report \\(${path.replace(/\./g, '\\.')}: `);

const totalsOf = (data: Json) => data.totals as Json;
const comparisonOf = (data: Json) => data.comparison as Json;
const budgetsOf = (data: Json) => data.budgets as Json[];
const workloadsOf = (data: Json) => data.workloads as Json[];

describe('a report the pipeline wrote', () => {
  it('has every part the schema checks (so that the round trip below covers them)', () => {
    const [sweep, full, served] = report.workloads;
    expect(full).toHaveProperty('embodiedKg');
    expect(full).toHaveProperty('alternatives');
    expect(full!.assumptions).toHaveProperty('host');
    expect(full!.assumptions).toHaveProperty('embodied');
    expect(full!.assumptions).toHaveProperty('region');
    expect(full!.assumptions.power).toHaveProperty('accelerator');
    expect(served).toHaveProperty('perFunctionalUnit');
    expect(report.comparison?.workloads.map((w) => [w.name, w.change])).toEqual([
      ['sweep', 'changed'],
      ['full', 'added'],
      ['served', 'added'],
      ['retired', 'removed'],
    ]);
    // 8 x 400 W x 10 h = 32 kWh; x 1.1 PUE = 35.2 kWh; x 300 g/kWh = 10.56 kg: over its 10 kg budget by 0.56 kg.
    expect(sweep!.co2eKg).toBeCloseTo(10.56, 10);
    // Against 8 kg on the base: +2.56 kg.
    expect(report.comparison?.workloads[0]!.deltaCo2eKg).toBeCloseTo(2.56, 10);
    // full is at most 16 A100 x 400 W x 10 h = 64 kWh, + 5 kWh overhead, + hosts of under 1.5 kW x 20
    // instance-hours = 30 kWh: under 100 kWh, x a PUE under 1.5, x under 1,000 g/kWh: under 150 kg. served,
    // 1,000 requests a day for 30 days, is far less. So the 20 t total and the 1 t increase are both ok.
    expect(report.budgets.map((b) => [b.name, b.status])).toEqual([
      ['total', 'ok'],
      ['increase', 'ok'],
      ['workload sweep', 'over'],
    ]);
    expect(report.status).toBe('over');
  });

  it('comes back equal to what was written', () => {
    const parsed = parseReport(text);
    expect(parsed).toStrictEqual({ ok: true, report });
  });

  it('keeps fields the schema does not name (a newer writer may add some)', () => {
    const parsed = parseReport(
      tampered((data) => {
        data.generatedBy = 'a later version';
        workloadsOf(data)[0]!.energyShare = 0.25;
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report).toHaveProperty('generatedBy', 'a later version');
    expect(parsed.report.workloads[0]).toHaveProperty('energyShare', 0.25);
  });
});

describe('a file that is not a report', () => {
  it('cannot be read', () => {
    expect(refusal(undefined)).toBe('the file cannot be read');
  });

  it.each(['', 'not json', '{"schemaVersion": 1,', "{ 'single': 'quotes' }", 'NaN'])('is not JSON: %j', (file) => {
    expect(refusal(file)).toBe('it is not JSON');
  });

  it.each(['null', '[]', '1', '"report"'])('is refused at the top level: %s', (file) => {
    expect(refusal(file)).toMatch(refusedAt('top level'));
  });

  it('is refused at its first missing field when it is an empty object', () => {
    expect(refusal('{}')).toMatch(refusedAt('schemaVersion'));
  });

  it('has another schema version', () => {
    for (const version of [2, 0, '1']) {
      expect(
        refusal(
          tampered((data) => {
            data.schemaVersion = version;
          }),
        ),
      ).toMatch(refusedAt('schemaVersion'));
    }
  });

  it('was written by another tool', () => {
    const message = refusal(
      tampered((data) => {
        data.tool = { name: 'other-tool', version: '1.0.0' };
      }),
    );
    expect(message).toMatch(refusedAt('tool.name'));
  });
});

describe('a report with figures that are not numbers', () => {
  // JSON has no Infinity, but 1e999 reads as one; a NaN is written as null.
  const INFINITE = '"__infinite__"';

  it.each<[string, (data: Json) => void, string]>([
    [
      'the total',
      (data) => {
        totalsOf(data).co2eKg = '__infinite__';
      },
      'totals.co2eKg',
    ],
    [
      "a workload's energy",
      (data) => {
        workloadsOf(data)[1]!.energyKwh = '__infinite__';
      },
      'workloads.1.energyKwh',
    ],
    [
      "a budget's use",
      (data) => {
        budgetsOf(data)[0]!.usedKg = '__infinite__';
      },
      'budgets.0.usedKg',
    ],
    [
      'the change',
      (data) => {
        comparisonOf(data).deltaCo2eKg = '__infinite__';
      },
      'comparison.deltaCo2eKg',
    ],
  ])('refuses an infinite number in %s', (_what, change, path) => {
    const file = tampered(change).replace(INFINITE, '1e999');
    expect(file).toContain('1e999');
    expect(refusal(file)).toMatch(refusedAt(path));
    expect(refusal(file)).toContain('Infinity');
  });

  it('refuses a negative infinity and a null where a number belongs', () => {
    const negative = tampered((data) => {
      totalsOf(data).energyKwh = '__infinite__';
    }).replace(INFINITE, '-1e999');
    expect(refusal(negative)).toMatch(refusedAt('totals.energyKwh'));
    expect(refusal(negative)).toContain('-Infinity');
    expect(
      refusal(
        tampered((data) => {
          totalsOf(data).energyKwh = null;
        }),
      ),
    ).toMatch(refusedAt('totals.energyKwh'));
  });

  it('refuses a count of workloads that is not a whole number', () => {
    for (const count of [2.5, -1, '3']) {
      expect(
        refusal(
          tampered((data) => {
            totalsOf(data).workloads = count;
          }),
        ),
      ).toMatch(refusedAt('totals.workloads'));
    }
  });

  it('refuses a pull request numbered 0', () => {
    const numbered0 = tampered((data) => {
      (data.pullRequest as Json).number = 0;
    });
    expect(refusal(numbered0)).toMatch(refusedAt('pullRequest.number'));
  });
});

describe('a report with over-long text', () => {
  it.each<[string, number, (data: Json, value: string) => void, string]>([
    [
      'the workload file set',
      1000,
      (data, value) => {
        data.config = value;
      },
      'config',
    ],
    [
      'a workload name',
      1000,
      (data, value) => {
        workloadsOf(data)[0]!.name = value;
      },
      'workloads.0.name',
    ],
    [
      'a budget name',
      2000,
      (data, value) => {
        budgetsOf(data)[1]!.name = value;
      },
      'budgets.1.name',
    ],
    [
      'a budget note',
      1000,
      (data, value) => {
        budgetsOf(data)[0]!.note = value;
      },
      'budgets.0.note',
    ],
    [
      'the base ref',
      300,
      (data, value) => {
        (comparisonOf(data).base as Json).ref = value;
      },
      'comparison.base.ref',
    ],
  ])('takes %s of up to %d characters, and refuses one more', (_what, max, set, path) => {
    const longest = tampered((data) => {
      set(data, 'x'.repeat(max));
    });
    expect(parseReport(longest).ok).toBe(true);
    const tooLong = tampered((data) => {
      set(data, 'x'.repeat(max + 1));
    });
    expect(refusal(tooLong)).toMatch(refusedAt(path));
  });
});

describe('the status a report claims', () => {
  /** The report with budgets of these statuses (the pipeline's three, or fewer) and the claimed status. */
  function claiming(claimed: string, statuses: readonly string[]): string {
    return tampered((data) => {
      data.status = claimed;
      data.budgets = budgetsOf(data)
        .slice(0, statuses.length)
        .map((b, i) => ({ ...b, status: statuses[i] }));
    });
  }

  it.each<[string, readonly string[], string]>([
    // claimed, the budgets' statuses, the status read
    ['ok', ['ok', 'over', 'warn'], 'over'],
    ['warn', ['ok', 'ok', 'over'], 'over'],
    ['ok', ['warn', 'ok'], 'warn'],
    ['over', ['ok', 'warn', 'ok'], 'warn'],
    ['over', ['ok', 'ok', 'ok'], 'ok'],
    ['over', [], 'ok'],
    ['warn', ['over', 'over', 'over'], 'over'],
  ])('claiming %s with budgets %j, is %s', (claimed, statuses, status) => {
    const parsed = parseReport(claiming(claimed, statuses));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.report.status).toBe(status);
    expect(parsed.report.budgets.map((b) => b.status)).toEqual(statuses);
  });

  it('is refused when it is not a status at all', () => {
    expect(refusal(claiming('fine', ['ok']))).toMatch(refusedAt('status'));
    expect(refusal(claiming('ok', ['ok', 'fine']))).toMatch(refusedAt('budgets.1.status'));
  });
});
