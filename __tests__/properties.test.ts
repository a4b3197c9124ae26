import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { estimateWorkload } from '../src/estimate/estimate.js';
import type { Workload } from '../src/model.js';
import { formatQuantity, parseQuantity } from '../src/units/parse.js';
import { reportJson } from '../src/report/json.js';
import type { Report } from '../src/report/report.js';
import { reportOf, yaml } from './helpers/workspace.js';
import type { QuantityKind } from '../src/units/tables.js';

const KINDS: QuantityKind[] = [
  'duration',
  'energy',
  'power',
  'mass',
  'intensity',
  'rate',
  'count',
  'fraction',
  'ratio',
];

describe('units parser properties', () => {
  it('reads back what it writes, for every kind and any finite value in its domain', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }),
        (kind, drawn) => {
          // A fraction's domain is 0 to 1; every other kind takes any non-negative value.
          const value = kind === 'fraction' ? drawn / 1e15 : drawn;
          const parsed = parseQuantity(formatQuantity(kind, value), { kind });
          expect(parsed).toEqual({ ok: true, value });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws: any input is a value or a message', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.oneof(fc.string(), fc.double(), fc.anything()), (kind, input) => {
        const parsed = parseQuantity(input, { kind, plainUnit: 'h' });
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        else expect(parsed.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('scales with the unit: n kWh is 1000 x n Wh', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const kwh = parseQuantity(`${n} kWh`, { kind: 'energy' });
        const wh = parseQuantity(`${n * 1000} Wh`, { kind: 'energy' });
        expect(kwh.ok && wh.ok && Math.abs(kwh.value - wh.value) <= 1e-9 * Math.max(1, kwh.value)).toBe(true);
      }),
    );
  });
});

function training(count: number, hours: number, watts: number, pue: number, intensity: number): Workload {
  return {
    name: 'w',
    kind: 'training',
    at: { file: 'f', line: 1, column: 1 },
    demand: {
      type: 'devices',
      powerW: watts,
      powerBasis: 'declared',
      count,
      hoursPerRun: hours,
      deviceHoursPerRun: count * hours,
      runs: 1,
    },
    pue: { value: pue, basis: 'declared' },
    intensity: { gPerKwh: intensity, basis: 'declared', source: 'test' },
  };
}

const positive = (max: number) => fc.double({ min: 1e-3, max, noNaN: true, noDefaultInfinity: true });

describe('estimate properties', () => {
  it('is linear in count and in hours', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        positive(10_000),
        positive(1000),
        positive(3),
        positive(1000),
        fc.integer({ min: 2, max: 9 }),
        (count, hours, watts, pue, intensity, k) => {
          const one = estimateWorkload(training(count, hours, watts, 1 + pue, intensity));
          const moreCount = estimateWorkload(training(count * k, hours, watts, 1 + pue, intensity));
          const moreHours = estimateWorkload(training(count, hours * k, watts, 1 + pue, intensity));
          expect(moreCount.co2eKg).toBeCloseTo(one.co2eKg * k, 6);
          expect(moreHours.energyKwh).toBeCloseTo(one.energyKwh * k, 6);
        },
      ),
    );
  });

  it('is monotone in intensity and never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        positive(1000),
        positive(1000),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        (count, hours, watts, a, b) => {
          const low = estimateWorkload(training(count, hours, watts, 1.2, Math.min(a, b)));
          const high = estimateWorkload(training(count, hours, watts, 1.2, Math.max(a, b)));
          expect(low.co2eKg).toBeGreaterThanOrEqual(0);
          expect(high.co2eKg).toBeGreaterThanOrEqual(low.co2eKg);
          expect(low.energyKwh).toBe(high.energyKwh);
        },
      ),
    );
  });
});

describe('the JSON report written in pieces', () => {
  const LAYOUTS = [
    ['compact', (value: unknown) => `${JSON.stringify(value)}\n`],
    ['indented', (value: unknown) => `${JSON.stringify(value, null, 2)}\n`],
  ] as const;

  it.each(LAYOUTS)(
    'joins, %s, to exactly what JSON.stringify writes, for any JSON value as a field',
    (layout, stringify) => {
      fc.assert(
        fc.property(
          // Any code point in keys and text, so that the escaped characters come up too.
          fc.dictionary(
            fc.string({ unit: 'binary' }),
            fc.oneof(
              fc.jsonValue({ stringUnit: 'binary' }),
              fc.array(fc.jsonValue({ stringUnit: 'binary' })),
              fc.constant(undefined),
            ),
          ),
          (fields) => {
            const report = fields as unknown as Report;
            const joined = [...reportJson(report, layout)].join('');
            const expected = stringify(report);
            // The same values, whatever is escaped (C1 and bidirectional controls, `##[`, as \u escapes)...
            expect(stringify(JSON.parse(joined))).toBe(expected);
            // ...and, where nothing needs escaping, the very text JSON.stringify writes.
            if (!/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/.test(expected)) {
              expect(joined).toBe(expected);
            }
          },
        ),
        { numRuns: 1000 },
      );
    },
  );

  it.each(LAYOUTS)('joins, %s, to exactly JSON.stringify for a real report', async (layout, stringify) => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'budgets: { total: 1 t }',
        'workloads:',
        '  - { name: a, kind: training, accelerator: nvidia-h100-sxm5-80gb, count: 8, hours: 10, ' +
          'region: aws:us-east-1 }',
        '  - { name: b, kind: inference, requests: 1M/day, task: text-generation, period: 30d, region: country:FR }',
      ),
    });
    const pieces = [...reportJson(report, layout)];
    expect(pieces.join('')).toBe(stringify(report));
    expect(pieces.filter((p) => p.includes('"formula"'))).toHaveLength(1);
  });

  it('is compact unless asked: one line', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, accelerator: nvidia-h100-sxm5-80gb, count: 8, hours: 10, region: country:FR }',
      ),
    });
    const text = [...reportJson(report)].join('');
    expect(text.indexOf('\n')).toBe(text.length - 1);
  });

  it.each(LAYOUTS)('writes a long array, %s, in pieces of 64 items, the last one short', (layout, stringify) => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      name: `w${String(i)}`,
      figures: [i, i / 2, null],
      nested: { deeper: [{ i }] },
    }));
    const report = { schemaVersion: 1, workloads: items, after: { x: [] } } as unknown as Report;
    const pieces = [...reportJson(report, layout)];
    expect(pieces.join('')).toBe(stringify(report));
    // 200 = 64 + 64 + 64 + 8 items.
    expect(pieces.map((p) => (p.match(/"name"/g) ?? []).length).filter((n) => n > 0)).toEqual([64, 64, 64, 8]);
  });
});
