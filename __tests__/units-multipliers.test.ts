import { describe, expect, it } from '@jest/globals';
import { parseQuantity, type QuantitySpec } from '../src/units/parse.js';
import { reportOf, yaml } from './helpers/workspace.js';

// Issue 16, item 7: only the documented multipliers (k K M B G T), straight after the number and
// apart from any word, scale a quantity. A capitalised word is free text in a rate, never a
// multiplier; what could be read either way is refused with what to write.

const rate: QuantitySpec = { kind: 'rate' };
const count: QuantitySpec = { kind: 'count', min: { value: 0, exclusive: true }, integer: true };
const intensity: QuantitySpec = { kind: 'intensity', plainUnit: 'g/kWh' };
const energy: QuantitySpec = { kind: 'energy', plainUnit: 'Wh' };

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

describe('a word after a rate’s number', () => {
  it.each([
    // A capitalised word apart from the number is free text: 100 a day, 50 a second.
    ['100 Messages/day', 100 / 24],
    ['50 Tokens/s', 50 * 3600],
    ['100 Requests per hour', 100],
    ['7 Kernels/min', 7 * 60],
    ['100messages/day', 100 / 24],
    // A multiplier straight after the number scales it, whatever word follows.
    ['2M Messages/day', 2e6 / 24],
    ['2M Mrequests/day', 2e6 / 24],
    ['2K/min', 2000 * 60],
    ['1G/y', 1e9 / 8760],
    ['1T tokens/year', 1e12 / 8760],
    ['2M per day', 2e6 / 24],
    // Every documented form keeps its meaning (docs/workload-file.md).
    ['2M/day', 2e6 / 24],
    ['150/s', 150 * 3600],
    ['1B tokens/month', (1e9 * 12) / 8760],
    ['1.5k requests per hour', 1500],
    ['3M/day', 3e6 / 24],
    ['1B/month', (1e9 * 12) / 8760],
  ])('%s is %d per hour', (input, perHour) => {
    expect(value(input, rate)).toBeCloseTo(perHour, 6);
  });

  it('refuses a multiplier letter that begins a word glued to the number', () => {
    expect(message('100Messages/day', rate)).toBe(
      '`100Messages/day`: is `M` a multiplier (million) or the first letter of `Messages`? ' +
        'Write `100 Messages/day`, with a space, for 100; for millions, part the multiplier from the word, ' +
        'as in `2M requests/day`',
    );
    expect(message('50Tokens/s', rate)).toContain('is `T` a multiplier (trillion) or the first letter of `Tokens`?');
    expect(message('1Btokens/month', rate)).toContain('is `B` a multiplier (billion)');
    expect(message('3kreq/s', rate)).toContain('is `k` a multiplier (thousand)');
    expect(message('2Gb/s', rate)).toContain('is `G` a multiplier (billion)');
  });

  it('refuses a multiplier parted from the number by a space, saying where to put it', () => {
    expect(message('2 M/day', rate)).toBe('`2 M/day`: a multiplier goes straight after the number: write `2M/day`');
    expect(message('2 k requests/day', rate)).toBe(
      '`2 k requests/day`: a multiplier goes straight after the number: write `2k requests/day`',
    );
    expect(message('5 T per s', rate)).toBe(
      '`5 T per s`: a multiplier goes straight after the number: write `5T per s`',
    );
  });

  it('refuses words for magnitudes, one word or the first of two', () => {
    for (const written of ['2 kilo/s', '2 lakh/day', '2 MM/day', '1 mln/day', '3 crores per year', '2 hundred/s']) {
      expect(message(written, rate)).toContain('is not read as a magnitude');
    }
    expect(message('2 m requests/day', rate)).toBe(
      '`2 m requests/day`: `m` is not read as a magnitude; write `k`, `M` or `B` straight after the number, ' +
        'e.g. `2M/day`',
    );
    expect(message('2 million requests/day', rate)).toContain('`million` is not read as a magnitude');
  });

  it('still names a rate given to another field', () => {
    expect(message('1 Messages/day', energy)).toBe(
      '`1 Messages/day` is a rate, but this field takes an energy such as `0.3 Wh` or `12 kWh` or `1.2 MWh`',
    );
    expect(message('12 M/day', energy)).toContain('is a rate, but this field takes an energy');
    // A magnitude word before a unit that is no period is not taken for a rate.
    expect(message('57 g/mi', intensity)).toContain('unknown unit `g/mi`');
  });
});

describe('a word or letter after a count', () => {
  it('reads a multiplier straight after the number', () => {
    expect(value('10k', count)).toBe(10_000);
    expect(value('2M', count)).toBe(2_000_000);
    expect(value('3K', count)).toBe(3000);
  });

  it('refuses a word, a spaced multiplier and a magnitude word, with what to write', () => {
    expect(message('8 GPUs', count)).toBe(
      '`8 GPUs`: a count is a number with no unit or word: write `8` ' +
        '(`k`, `M`, `B` or `T` straight after the number multiply it, as in `10k`)',
    );
    // Not 8 billion pus: the G begins a word.
    expect(message('8Gpus', count)).toContain('a count is a number with no unit or word: write `8`');
    expect(message('10 k', count)).toBe('`10 k`: a multiplier goes straight after the number: write `10k`');
    expect(message('1,500 M', count)).toBe('`1,500 M`: a multiplier goes straight after the number: write `1,500M`');
    expect(message('8 thousand', count)).toBe(
      '`8 thousand`: `thousand` is not read as a magnitude; write `k`, `M` or `B` straight after the number, ' +
        'e.g. `10k`',
    );
  });
});

describe('letters in an intensity', () => {
  it('keeps space around `/` and the CO2 spelling, and nowhere else', () => {
    expect(value('57 g CO2e / kWh', intensity)).toBe(57);
    expect(value('0.43 kg CO2/kWh', intensity)).toBeCloseTo(430, 9);
    expect(value('1 t / MWh', intensity)).toBe(1000);
    // Not 57 kg/kWh: a letter parted from the unit is no prefix of it.
    expect(message('57 k g/kWh', intensity)).toContain('unknown unit `k g/kWh`');
  });
});

describe('through the whole run', () => {
  it('estimates `100 Messages/day` as 100 requests a day', async () => {
    // 100 requests a day for 10 days at 1 kWh each, PUE 1, 500 g/kWh: 1,000 kWh and 500 kg.
    const report = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: chat',
        '    kind: inference',
        '    requests: 100 Messages/day',
        '    energy-per-request: 1 kWh',
        '    period: 10d',
        '    pue: 1',
        '    intensity: 500',
      ),
    });
    expect(report.workloads.map((w) => w.name)).toEqual(['chat']);
    expect(report.workloads[0]?.energyKwh).toBeCloseTo(1000, 9);
    expect(report.workloads[0]?.co2eKg).toBeCloseTo(500, 9);
  });
});
