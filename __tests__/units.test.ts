import { describe, expect, it } from '@jest/globals';
import { formatQuantity, parseQuantity, type QuantitySpec } from '../src/units/parse.js';

const duration: QuantitySpec = { kind: 'duration', plainUnit: 'h' };
const energy: QuantitySpec = { kind: 'energy', plainUnit: 'Wh' };
const power: QuantitySpec = { kind: 'power', plainUnit: 'W' };
const mass: QuantitySpec = { kind: 'mass', plainUnit: 'kg' };
const intensity: QuantitySpec = { kind: 'intensity', plainUnit: 'g/kWh' };
const rate: QuantitySpec = { kind: 'rate' };
const fraction: QuantitySpec = { kind: 'fraction' };

function value(input: unknown, spec: QuantitySpec): number {
  const parsed = parseQuantity(input, spec);
  if (!parsed.ok) throw new Error(`expected ${String(input)} to parse, got: ${parsed.message}`);
  return parsed.value;
}
function message(input: unknown, spec: QuantitySpec): string {
  const parsed = parseQuantity(input, spec);
  if (parsed.ok) throw new Error(`expected ${String(input)} to be refused, got ${parsed.value}`);
  return parsed.message;
}

describe('durations (hours)', () => {
  it.each([
    ['90 min', 1.5],
    ['72h', 72],
    ['3d', 72],
    ['2w', 336],
    ['14.8 days', 355.2],
    ['3600 s', 1],
    ['1 year', 8760],
    ['1 mo', 730],
    [360, 360],
    ['1,082,990 h', 1082990],
    ['1_082_990', 1082990],
  ])('%s is %d h', (input, hours) => {
    expect(value(input, duration)).toBeCloseTo(hours, 9);
  });
  it('refuses a unit of another kind, naming it', () => {
    expect(message('3 kWh', duration)).toBe(
      '`3 kWh` is an energy, but this field takes a duration such as `90 min` or `72h` or `3d` or `2w`',
    );
  });
  it('refuses the ambiguous `m`', () => {
    expect(message('5m', duration)).toContain('could be minutes or months');
  });
});

describe('energy (kWh)', () => {
  it.each([
    ['0.3 Wh', 0.0003],
    ['12 kWh', 12],
    ['1.2 MWh', 1200],
    ['1 GWh', 1e6],
    ['3.6 MJ', 1],
    ['3600 J', 0.001],
    ['5 kwh', 5],
    [0.3, 0.0003],
  ])('%s is %d kWh', (input, kwh) => {
    expect(value(input, energy)).toBeCloseTo(kwh, 12);
  });
  it('refuses milli-watt-hours rather than guess at MWh', () => {
    expect(message('3 mWh', energy)).toContain('milli-units are not accepted');
    expect(message('3 mwh', energy)).toContain('write `MWh`');
  });
  it('suggests the nearest unit for a typo', () => {
    expect(message('3 kWhr', energy)).toBe(
      'unknown unit `kWhr` in `3 kWhr` (did you mean `kWh`, `Wh`, `GWh`?): ' +
        'write an energy such as `0.3 Wh` or `12 kWh` or `1.2 MWh`',
    );
  });
});

describe('power (W)', () => {
  it.each([
    ['330 W', 330],
    ['0.7 kW', 700],
    [400, 400],
    ['1 MW', 1e6],
  ])('%s is %d W', (input, watts) => {
    expect(value(input, power)).toBeCloseTo(watts, 9);
  });
  it('refuses an energy in a power field', () => {
    expect(message('330 Wh', power)).toContain('is an energy, but this field takes a power');
  });
});

describe('mass of CO2e (kg)', () => {
  it.each([
    ['25 tCO2e', 25000],
    ['25 t', 25000],
    ['800 kg', 800],
    ['800 kgCO2e', 800],
    ['800 kg CO2e', 800],
    ['500 gCO2eq', 0.5],
    ['1.5 kt', 1.5e6],
    [40, 40],
  ])('%s is %d kg', (input, kg) => {
    expect(value(input, mass)).toBeCloseTo(kg, 9);
  });
  it('refuses the ambiguous ton', () => {
    expect(message('3 tons', mass)).toContain('short ton');
  });
});

describe('intensity (g/kWh)', () => {
  it.each([
    ['57 g/kWh', 57],
    ['57 gCO2e/kWh', 57],
    ['57 g CO2e / kWh', 57],
    ['0.429 kg/kWh', 429],
    ['429 kg/MWh', 429],
    ['1000 lb/MWh', 453.59237],
    [57, 57],
  ])('%s is %d g/kWh', (input, g) => {
    expect(value(input, intensity)).toBeCloseTo(g, 9);
  });
});

describe('rates (per hour)', () => {
  it.each([
    ['2M/day', 2e6 / 24],
    ['150/s', 540000],
    ['1B tokens/month', 1e9 / 730],
    ['10k requests per hour', 1e4],
    ['3.5k/min', 210000],
  ])('%s is %d per hour', (input, perHour) => {
    expect(value(input, rate)).toBeCloseTo(perHour, 6);
  });
  it('needs a period', () => {
    expect(message('2M', rate)).toBe(
      '`2M` is not a rate: ' +
        'write a rate such as `2M/day` or `150/s` or `1B tokens/month` (per s, min, h, day, week, month or year)',
    );
    expect(message(2000, rate)).toContain('has no unit');
  });
});

describe('fractions', () => {
  it.each([
    ['80%', 0.8],
    [0.9, 0.9],
    ['100%', 1],
  ])('%s is %d', (input, f) => {
    expect(value(input, fraction)).toBeCloseTo(f, 12);
  });
  it('refuses a bare 90 instead of guessing a percentage', () => {
    expect(message(90, fraction)).toBe('`90` is not a fraction: write `90%` or `0.9`');
  });
});

describe('bounds and non-numbers', () => {
  const count: QuantitySpec = { kind: 'count', min: { value: 0, exclusive: true }, integer: true };
  it('reads counts with suffixes', () => {
    expect(value('10k', count)).toBe(10000);
    expect(value(512, count)).toBe(512);
  });
  it('refuses zero, negatives and fractions of a count', () => {
    expect(message(0, count)).toBe('must be greater than zero, got `0`');
    expect(message(-4, count)).toBe('must be greater than zero, got `-4`');
    expect(message(2.5, count)).toBe('must be a whole number, got `2.5`');
  });
  it('refuses NaN, infinity and non-scalars', () => {
    expect(message(Number.NaN, power)).toContain('got NaN');
    expect(message(Number.POSITIVE_INFINITY, power)).toContain('infinite');
    expect(message('.inf', power)).toContain('not a finite number');
    expect(message(true, power)).toBe('expected a power such as `330 W` or `0.7 kW`, got `true`');
    expect(message({ a: 1 }, power)).toContain('got a mapping');
    expect(message('', power)).toBe('expected a power such as `330 W` or `0.7 kW`, got ``');
  });
});

describe('formatQuantity', () => {
  it.each([
    ['duration', 355.2],
    ['energy', 0.0003],
    ['power', 330],
    ['mass', 25000],
    ['intensity', 453.59237],
    ['rate', 83333.33333333333],
    ['count', 512],
  ] as const)('%s %d reads back to itself', (kind, v) => {
    expect(value(formatQuantity(kind, v), { kind })).toBe(v);
  });
});

describe('report number formats', () => {
  it('keeps integer digits, rounds approximations to three significant digits, and shows inputs exactly', async () => {
    const { formatApprox, formatEnergy, formatExact, formatMass } = await import('../src/report/format.js');
    expect(formatEnergy(1_289_376)).toBe('1,289 MWh');
    expect(formatEnergy(562.5)).toBe('563 kWh');
    expect(formatMass(553_142.3)).toBe('553 tCO2e');
    expect(formatMass(24_692.17)).toBe('24.7 tCO2e');
    expect(formatMass(0.5)).toBe('500 gCO2e');
    expect(formatMass(0.000002)).toBe('0.002 gCO2e');
    expect(formatApprox(221_288.4)).toBe('221,000');
    expect(formatApprox(16.73)).toBe('16.7');
    expect(formatApprox(0.01234)).toBe('0.0123');
    // Far below any real figure, yet written, not refused: Intl takes at most 100 fraction digits.
    expect(formatApprox(1.234e-120)).toBe(`0.${'0'.repeat(119)}123`);
    expect(formatApprox(0)).toBe('0');
    expect(formatExact(1.185)).toBe('1.185');
    // 2 J per token in Wh: 2 / 3600 keeps its digits instead of rounding to 0.000556.
    expect(formatExact(2 / 3600)).toBe('0.0005555555556');
    expect(formatExact(83_333.333333333)).toBe('83,333.33333');
  });
  it('writes a figure the same however often, and whatever came before it', async () => {
    const { formatDelta, formatExact, formatNumber } = await import('../src/report/format.js');
    // Remembered figures: -0 and 0 are one key to a Map, but Intl writes them apart.
    expect(formatExact(0)).toBe('0');
    expect(formatExact(-0)).toBe('-0');
    expect(formatExact(0)).toBe('0');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(2.5)).toBe('2.5');
    // The same value at a different magnitude's digits is a different formatter, not a remembered text.
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(12.345)).toBe('12.3');
    // Past the bound on what is remembered, figures are still written, and written right.
    for (let i = 0; i < 25_000; i++) expect(formatExact(i + 0.5)).toBe((i + 0.5).toLocaleString('en-US'));
    expect(formatExact(1_234_567.891)).toBe('1,234,567.891');
    expect(formatDelta(-1500)).toBe('−1.5 tCO2e');
  });
});

describe('review findings', () => {
  it('reads CO2eq spellings in intensities', () => {
    expect(value('57 gCO2eq/kWh', intensity)).toBe(57);
    expect(value('0.057 kgCO2eq/kWh', intensity)).toBeCloseTo(57, 12);
    expect(value('57 gCO2-eq/kWh', intensity)).toBe(57);
  });
  it('refuses magnitude words that would silently shrink a rate', () => {
    for (const written of ['2m/day', '2 million/day', '1bn/month', '3 thousand per hour', '100 per per day']) {
      expect(message(written, rate)).toContain('is not read as a magnitude');
    }
    expect(value('24/days', rate)).toBe(1);
    expect(value('2k calls per minute', rate)).toBe(120000);
  });
  it('refuses MT rather than suggest megatonnes', () => {
    expect(message('1 MT', mass)).toContain('write `t`');
  });
});
