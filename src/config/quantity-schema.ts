import * as z from 'zod/mini';
import { parseQuantity, type QuantitySpec } from '../units/parse.js';
import {
  CO2E_SUFFIX,
  COUNT_SUFFIXES,
  DURATION_UNITS,
  ENERGY_UNITS,
  KINDS,
  MASS_UNITS,
  POWER_UNITS,
  RATE_PERIODS,
  type QuantityKind,
} from '../units/tables.js';

const NUMBER_PATTERN = String.raw`[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:_\d{3})*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;

function alternatives(units: readonly string[]): string {
  return units.map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}

// The patterns only help editors flag obvious mistakes; the parser is what decides, with its
// own messages, so a pattern may accept a little more than the parser does but never less.
function editorPattern(kind: QuantityKind): string {
  const co2e = CO2E_SUFFIX.source.replace(/\$$/, '');
  const unit = (units: readonly string[]): string => `^\\s*${NUMBER_PATTERN}\\s*(?:${alternatives(units)})?\\s*$`;
  switch (kind) {
    case 'duration':
      return unit(Object.keys(DURATION_UNITS));
    case 'energy':
      return unit(Object.keys(ENERGY_UNITS));
    case 'power':
      return unit(Object.keys(POWER_UNITS));
    case 'mass':
      return `^\\s*${NUMBER_PATTERN}\\s*(?:(?:${alternatives(Object.keys(MASS_UNITS))})${co2e})?\\s*$`;
    case 'intensity':
      return `^\\s*${NUMBER_PATTERN}\\s*(?:[^/]+/\\s*[kKMGT]?[Ww][Hh])?\\s*$`;
    case 'rate':
      return (
        `^\\s*${NUMBER_PATTERN}\\s*[${Object.keys(COUNT_SUFFIXES).join('')}]?\\s*(?:[A-Za-z-]+\\s*)?` +
        `(?:/|per)\\s*(?:${alternatives(Object.keys(RATE_PERIODS))})\\s*$`
      );
    case 'count':
      return `^\\s*${NUMBER_PATTERN}\\s*[${Object.keys(COUNT_SUFFIXES).join('')}]?\\s*$`;
    case 'fraction':
      return `^\\s*${NUMBER_PATTERN}\\s*%?\\s*$`;
    case 'ratio':
      return `^\\s*${NUMBER_PATTERN}\\s*$`;
  }
}

export interface QuantityField extends QuantitySpec {
  readonly description: string;
}

/**
 * A field holding a quantity with units. It accepts a number or a string, and turns it into a
 * number in the kind's base unit (hours, kWh, W, kg, g/kWh, per hour), with the parser's message
 * on failure.
 */
export function quantity(field: QuantityField) {
  const text = z.string().register(z.globalRegistry, { pattern: editorPattern(field.kind) });
  const wrongType = (issue: { input?: unknown }): string => {
    const parsed = parseQuantity(issue.input, field);
    return parsed.ok ? 'expected a number or a string' : parsed.message;
  };
  const input = z.union([z.number(), text], { error: wrongType });
  const read = z.transform((value: number | string, ctx) => {
    const parsed = parseQuantity(value, field);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', message: parsed.message, input: value });
      return z.NEVER;
    }
    return parsed.value;
  });
  return z.pipe(input, read).register(z.globalRegistry, {
    description: field.description,
    examples: field.kind === 'ratio' ? [1.1] : [...KINDS[field.kind].examples],
  });
}
