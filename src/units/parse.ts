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
// What follows a rate's number and multiplier: an optional word (free text), `/` or `per`, a period.
const RATE_TAIL = /^(?:([A-Za-z][A-Za-z-]*)\s*)?(?:\/|\bper\b)\s*([A-Za-z]+)$/;
const TWO_WORDS = /^([A-Za-z]+)\s+[A-Za-z][A-Za-z-]*\s*(?:\/|\bper\b)\s*([A-Za-z]+)$/;
// A multiplier is one of COUNT_SUFFIXES written straight after the number, and not the first
// letter of a word: in `100 Messages/day` and `100Messages/day` the M is no million.
const MULTIPLIER = /^([kKMBGT])(?![A-Za-z])\s*/;
// Words people put where the k/M/B suffix goes; read as a noun, they would shrink a rate a
// thousand- to a billion-fold without a word, so they are refused. The multiplier letters are
// among them, for when a space parts them from the number (`2 M/day`).
const MAGNITUDE_WORDS = new RegExp(
  '^(?:k|m|b|g|t|mm|bn|mn|mln|mil|mio|bil|tn|mrd|kilo|mega|giga|tera|per|' +
    '(?:hundred|thousand|million|milliard|billion|trillion|lakh|crore)s?)$',
  'i',
);
const MULTIPLIER_ADVICE = 'write `k`, `M` or `B` straight after the number, e.g.';
const MULTIPLIER_NAMES: Record<string, string> = {
  k: 'thousand',
  K: 'thousand',
  M: 'million',
  B: 'billion',
  G: 'billion',
  T: 'trillion',
};

/** A number as written at the start of a quantity, and what follows it. */
interface LeadingNumber {
  readonly value: number;
  /** The number as written (`1,500`), for messages that suggest a spelling. */
  readonly written: string;
  /** What follows the number, trimmed. */
  readonly rest: string;
  /** Whether space parts the number from what follows, which then cannot be its multiplier. */
  readonly spaced: boolean;
}

/**
 * Reads the part of a rate after its number (`M tokens/day`) into occurrences per hour for one
 * occurrence, or a message when it is one but misleads, or undefined when it is no rate at all.
 */
function rateFactor(number: LeadingNumber): { ok: true; factor: number } | { ok: false; message: string } | undefined {
  const { rest, spaced, written } = number;
  const multiplier = MULTIPLIER.exec(rest);
  const tail = multiplier ? rest.slice(multiplier[0].length) : rest;
  // `2 million requests/day` has one word too many for a rate, but the first is what misleads.
  const one = RATE_TAIL.exec(tail);
  const two = one ? null : TWO_WORDS.exec(tail);
  const match = one ?? two;
  const period = RATE_PERIODS[match?.[2] ?? ''];
  if (!match || period === undefined) return undefined;
  const word = match[1];
  if (word !== undefined && MAGNITUDE_WORDS.test(word)) {
    return { ok: false, message: `\`${word}\` is not read as a magnitude; ${MULTIPLIER_ADVICE} \`2M/day\`` };
  }
  if (two) return undefined;
  const letter = multiplier?.[1];
  if (letter !== undefined && spaced) {
    const suggestion = `${written}${letter}${tail.startsWith('/') ? '' : ' '}${tail}`;
    return { ok: false, message: `a multiplier goes straight after the number: write \`${suggestion}\`` };
  }
  // `100Messages/day`: a multiplier letter starting a word glued to the number.
  const glued =
    word !== undefined && !spaced && letter === undefined ? /^[kKMBGT](?=[A-Za-z])/.exec(word)?.[0] : undefined;
  if (glued !== undefined && word !== undefined) {
    return {
      ok: false,
      message:
        `is \`${glued}\` a multiplier (${MULTIPLIER_NAMES[glued] ?? ''}) or the first letter of \`${word}\`? ` +
        `Write \`${written} ${tail}\`, with a space, for ${written}; for ${MULTIPLIER_NAMES[glued] ?? ''}s, ` +
        'part the multiplier from the word, as in `2M requests/day`',
    };
  }
  return { ok: true, factor: (letter === undefined ? 1 : (COUNT_SUFFIXES[letter] ?? 1)) * period };
}

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

// Space is dropped around `/` and the CO2 spelling only: dropped everywhere, `57 k g/kWh` read as
// 57 kg/kWh, a thousandfold.
function normaliseIntensityUnit(unit: string): string {
  return unit.replace(/\s*\/\s*/g, '/').replace(/\s*(?:CO2eq|CO2-eq|CO2-e|CO2e|CO₂eq|CO₂e|CO2)\s*/, '');
}

function stripCo2e(unit: string): string {
  return unit.replace(CO2E_SUFFIX, '').trim();
}

/** Which kind a unit spelling belongs to, for "that is an energy" messages. */
function kindOfUnit(unit: string): QuantityKind | undefined {
  for (const [kind, table] of UNIT_TABLES) if (unit in table) return kind;
  if (normaliseIntensityUnit(unit) in INTENSITY_UNITS) return 'intensity';
  if (stripCo2e(unit) in MASS_UNITS) return 'mass';
  if (rateFactor({ value: 1, written: '1', rest: unit, spaced: false }) !== undefined) return 'rate';
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
function leadingNumber(text: string): LeadingNumber | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const written = match[0];
  const after = text.slice(written.length);
  return { value: Number(written.replace(/[,_]/g, '')), written, rest: after.trim(), spaced: /^\s/.test(after) };
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
      // Read in parseQuantity, which knows whether the suffix is straight after the number.
      return undefined;
    case 'fraction':
      return unit === '%' ? 0.01 : undefined;
    case 'rate':
      // Read in parseQuantity by rateFactor, which knows what is straight after the number.
      return undefined;
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
  if (kind === 'rate') {
    const read = rateFactor(number);
    if (read?.ok === true) return checkBounds(value * read.factor, spec, written);
    if (read?.ok === false) return { ok: false, message: `${written}: ${read.message}` };
  } else if (kind === 'count' && rest in COUNT_SUFFIXES) {
    if (number.spaced) {
      return {
        ok: false,
        message: `${written}: a multiplier goes straight after the number: write \`${number.written}${rest}\``,
      };
    }
    return checkBounds(value * (COUNT_SUFFIXES[rest] ?? 1), spec, written);
  } else {
    const factor = unitFactor(kind, rest);
    if (factor !== undefined) return checkBounds(value * factor, spec, written);
  }

  const other = kindOfUnit(rest);
  if (other !== undefined && other !== kind) {
    return { ok: false, message: `${written} is ${KINDS[other].noun}, but this field takes ${example(kind)}` };
  }
  if (kind === 'ratio') return { ok: false, message: `expected a plain number such as \`1.1\`, got ${written}` };
  if (kind === 'rate') {
    return {
      ok: false,
      message: `${written} is not a rate: write ${example(kind)} (per s, min, h, day, week, month or year)`,
    };
  }
  if (kind === 'count') {
    if (MAGNITUDE_WORDS.test(rest)) {
      return {
        ok: false,
        message: `${written}: \`${rest}\` is not read as a magnitude; ${MULTIPLIER_ADVICE} \`10k\``,
      };
    }
    return {
      ok: false,
      message:
        `${written}: a count is a number with no unit or word: write \`${number.written}\` ` +
        '(`k`, `M`, `B` or `T` straight after the number multiply it, as in `10k`)',
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
