import { showValue as show } from '../text/show.js';
import { didYouMean } from '../text/suggest.js';
import {
  AMBIGUOUS_UNITS,
  CO2E_SUFFIX,
  COUNT_SUFFIXES,
  DURATION_UNITS,
  ENERGY_UNITS,
  INTENSITY_UNITS,
  KINDS,
  MASS_UNITS,
  POWER_UNITS,
  RATE_PERIODS,
  type QuantityKind,
} from './tables.js';

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

export interface QuantitySpec {
  readonly kind: QuantityKind;
  /** The unit a plain number is taken in, as documented for the field (e.g. `h`, `kg`). */
  readonly plainUnit?: string;
  /** Lower bound, in the base unit; `exclusive` means the bound itself is refused. */
  readonly min?: { value: number; exclusive: boolean };
  readonly max?: number;
  /** Why values above `max` are refused, for the message. */
  readonly maxReason?: string;
  readonly integer?: boolean;
}

// Thousands may be grouped with commas (1,082,990) or underscores (1_082_990).
const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:_\d{3})*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const RATE_TAIL = /^([kKMBGT])?\s*(?:([A-Za-z][A-Za-z-]*)\s*)?(?:\/|\bper\b)\s*([A-Za-z]+)$/;
// Words people put where the k/M/B suffix goes; read as a noun, they would shrink a rate a
// thousand- to a billion-fold without a word, so they are refused.
const MAGNITUDE_WORDS =
  /^(?:m|b|bn|mn|mil|mio|million|millions|thousand|thousands|billion|billions|trillion|trillions|per)$/i;

const UNIT_TABLES: [QuantityKind, Record<string, number>][] = [
  ['duration', DURATION_UNITS],
  ['energy', ENERGY_UNITS],
  ['power', POWER_UNITS],
  ['intensity', INTENSITY_UNITS],
];

function example(kind: QuantityKind): string {
  const info = KINDS[kind];
  return `${info.noun} such as ${info.examples.map((e) => `\`${e}\``).join(' or ')}`;
}

function normaliseIntensityUnit(unit: string): string {
  return unit.replace(/\s+/g, '').replace(/(CO2eq|CO2-eq|CO2-e|CO2e|CO₂eq|CO₂e|CO2)/, '');
}

function stripCo2e(unit: string): string {
  return unit.replace(CO2E_SUFFIX, '').trim();
}

/** Which kind a unit spelling belongs to, for "that is an energy" messages. */
function kindOfUnit(unit: string): QuantityKind | undefined {
  for (const [kind, table] of UNIT_TABLES) if (unit in table) return kind;
  if (normaliseIntensityUnit(unit) in INTENSITY_UNITS) return 'intensity';
  if (stripCo2e(unit) in MASS_UNITS) return 'mass';
  if (unitFactor('rate', unit) !== undefined) return 'rate';
  if (unit === '%') return 'fraction';
  return undefined;
}

function unitsOf(kind: QuantityKind): string[] {
  switch (kind) {
    case 'duration':
      return Object.keys(DURATION_UNITS);
    case 'energy':
      return Object.keys(ENERGY_UNITS);
    case 'power':
      return Object.keys(POWER_UNITS);
    case 'mass':
      return [...Object.keys(MASS_UNITS), 'tCO2e', 'kgCO2e', 'gCO2e'];
    case 'intensity':
      return [...Object.keys(INTENSITY_UNITS), 'gCO2e/kWh'];
    default:
      return [];
  }
}

/** Parses the number at the start of `text`, returning it and the rest. */
function leadingNumber(text: string): { value: number; rest: string } | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const value = Number(match[0].replace(/[,_]/g, ''));
  return { value, rest: text.slice(match[0].length).trim() };
}

function unitFactor(kind: QuantityKind, unit: string): number | undefined {
  switch (kind) {
    case 'duration':
      return DURATION_UNITS[unit];
    case 'energy':
      return ENERGY_UNITS[unit];
    case 'power':
      return POWER_UNITS[unit];
    case 'mass':
      return MASS_UNITS[stripCo2e(unit)];
    case 'intensity':
      return INTENSITY_UNITS[normaliseIntensityUnit(unit)];
    case 'count':
      return unit in COUNT_SUFFIXES ? COUNT_SUFFIXES[unit] : undefined;
    case 'fraction':
      return unit === '%' ? 0.01 : undefined;
    case 'rate': {
      const match = RATE_TAIL.exec(unit);
      if (!match) return undefined;
      const multiplier = match[1] ? (COUNT_SUFFIXES[match[1]] ?? 1) : 1;
      if (match[2] !== undefined && MAGNITUDE_WORDS.test(match[2])) return undefined;
      const period = RATE_PERIODS[match[3] ?? ''];
      return period === undefined ? undefined : multiplier * period;
    }
    case 'ratio':
      return undefined;
  }
}

function plainFactor(spec: QuantitySpec): number | undefined {
  if (spec.kind === 'count' || spec.kind === 'ratio' || spec.kind === 'fraction') return 1;
  if (spec.plainUnit === undefined) return undefined;
  return unitFactor(spec.kind, spec.plainUnit);
}

function checkBounds(value: number, spec: QuantitySpec, written: string): Parsed {
  if (!Number.isFinite(value)) return { ok: false, message: `${written} is not a finite number` };
  const { min, max } = spec;
  if (min && (min.exclusive ? value <= min.value : value < min.value)) {
    const bound = min.value === 0 ? (min.exclusive ? 'greater than zero' : 'zero or more') : `at least ${min.value}`;
    return { ok: false, message: `must be ${bound}, got ${written}` };
  }
  if (max !== undefined && value > max) {
    const bound = spec.kind === 'fraction' ? `${max * 100}%` : max.toLocaleString('en-US');
    const unit = KINDS[spec.kind].base;
    return {
      ok: false,
      message:
        `must be at most ${bound}${unit && spec.kind !== 'fraction' ? ` ${unit}` : ''}` +
        `, got ${written}${spec.maxReason ? ` (${spec.maxReason})` : ''}`,
    };
  }
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: `must be a whole number, got ${written}` };
  return { ok: true, value };
}

/**
 * Reads a quantity as people write it (`72h`, `0.3 Wh`, `25 tCO2e`, `2M/day`) into the kind's base
 * unit. A unit of another kind, an unknown or ambiguous unit, or a plain number where the field has
 * no plain unit is an error whose message says what to write instead.
 */
export function parseQuantity(input: unknown, spec: QuantitySpec): Parsed {
  const { kind } = spec;
  let text: string;
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return { ok: false, message: `expected ${example(kind)}, got NaN` };
    if (!Number.isFinite(input)) return { ok: false, message: `expected ${example(kind)}, got an infinite number` };
    text = String(input);
  } else if (typeof input === 'string') {
    text = input.trim();
  } else {
    return { ok: false, message: `expected ${example(kind)}, got ${show(input)}` };
  }
  if (/^[+-]?(?:\.nan|\.inf|nan|inf(?:inity)?)$/i.test(text)) {
    return { ok: false, message: `expected ${example(kind)}, got ${show(input)}, which is not a finite number` };
  }

  const number = leadingNumber(text);
  if (!number) return { ok: false, message: `expected ${example(kind)}, got ${show(input)}` };
  const { value, rest } = number;
  const written = show(input);

  if (rest === '') {
    const factor = plainFactor(spec);
    if (factor === undefined) {
      return { ok: false, message: `${written} has no unit: write ${example(kind)}` };
    }
    if (kind === 'fraction' && value > 1) {
      return { ok: false, message: `${written} is not a fraction: write \`${value}%\` or \`${value / 100}\`` };
    }
    return checkBounds(value * factor, spec, written);
  }

  const ambiguous = AMBIGUOUS_UNITS[kind]?.[rest];
  if (ambiguous !== undefined) {
    return { ok: false, message: `${written}: ${ambiguous}` };
  }
  const factor = unitFactor(kind, rest);
  if (factor !== undefined) return checkBounds(value * factor, spec, written);

  const other = kindOfUnit(rest);
  if (other !== undefined && other !== kind) {
    return { ok: false, message: `${written} is ${KINDS[other].noun}, but this field takes ${example(kind)}` };
  }
  if (kind === 'ratio') return { ok: false, message: `expected a plain number such as \`1.1\`, got ${written}` };
  const magnitude = kind === 'rate' ? RATE_TAIL.exec(rest)?.[2] : undefined;
  if (magnitude !== undefined && MAGNITUDE_WORDS.test(magnitude)) {
    return {
      ok: false,
      message:
        `${written}: \`${magnitude}\` is not read as a magnitude; ` +
        'write `k`, `M` or `B` straight after the number, e.g. `2M/day`',
    };
  }
  if (kind === 'rate') {
    return {
      ok: false,
      message: `${written} is not a rate: write ${example(kind)} (per s, min, h, day, week, month or year)`,
    };
  }
  return {
    ok: false,
    message: `unknown unit \`${rest}\` in ${written}${didYouMean(rest, unitsOf(kind))}: write ${example(kind)}`,
  };
}

/** Writes a base-unit value so that parseQuantity reads it back to the same number. */
export function formatQuantity(kind: QuantityKind, value: number): string {
  const unit = KINDS[kind].base;
  if (kind === 'count' || kind === 'ratio' || kind === 'fraction') return String(value);
  if (kind === 'rate') return `${value}/h`;
  return `${value} ${unit}`;
}
