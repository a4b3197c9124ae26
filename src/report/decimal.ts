// Numbers written the way Intl.NumberFormat('en-US') writes them (grouping commas, no trailing
// zeros, halves rounded away from zero on the shortest decimal form of the number), without it:
// creating a number formatter loads ICU data, about 30 ms of every run. A test compares the two
// on random numbers for every setting used. Reports write tens of figures per workload, so this
// works on one digit string, without regular expressions.

export type Rounding = { readonly maxFractionDigits: number } | { readonly maxSignificantDigits: number };

function group(integer: string): string {
  const length = integer.length;
  if (length <= 3) return integer;
  const head = length % 3 || 3;
  let out = integer.slice(0, head);
  for (let i = head; i < length; i += 3) out += `,${integer.slice(i, i + 3)}`;
  return out;
}

/** Adds one to a string of decimal digits: `"129"` gives `"130"`, `"99"` gives `"100"`. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57 /* 9 */) i--;
  const zeros = '0'.repeat(digits.length - 1 - i);
  return i < 0 ? `1${zeros}` : `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${zeros}`;
}

/**
 * The shortest digits that read back as `abs` (what ICU rounds, too), without leading zeros, and
 * where the decimal point goes: 0.0125 is `125` with the point at -1, 1200 is `1200` at 4.
 */
function shortestDigits(abs: number): { digits: string; point: number } {
  const shortest = String(abs);
  if (shortest.includes('e')) {
    const [mantissa = '0', exponent = '0'] = abs.toExponential().split('e');
    return { digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
  }
  const dot = shortest.indexOf('.');
  if (dot === -1) return { digits: shortest, point: shortest.length };
  if (dot !== 1 || shortest.charCodeAt(0) !== 48 /* 0 */) return { digits: shortest.slice(0, dot) + shortest.slice(dot + 1), point: dot };
  let first = 2;
  while (shortest.charCodeAt(first) === 48) first++;
  return { digits: shortest.slice(first), point: 2 - first };
}

export function formatDecimal(value: number, rounding: Rounding): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  if (value === 0) return `${sign}0`;
  let { digits, point } = shortestDigits(Math.abs(value));
  const keep = 'maxFractionDigits' in rounding ? point + rounding.maxFractionDigits : rounding.maxSignificantDigits;
  if (keep < digits.length) {
    if (keep <= 0) {
      // Everything is rounded away: zero, or one unit of the last place kept.
      digits = keep === 0 && digits.charCodeAt(0) >= 53 /* 5 */ ? '1' : '0';
      point = digits === '1' ? point + 1 : 1;
    } else {
      const up = digits.charCodeAt(keep) >= 53;
      digits = digits.slice(0, keep);
      if (up) {
        const next = increment(digits);
        if (next.length > digits.length) point += 1;
        digits = next;
      }
    }
  }
  const integer = point <= 0 ? '0' : point >= digits.length ? digits.padEnd(point, '0') : digits.slice(0, point);
  let fraction = point < 0 ? '0'.repeat(-point) + digits : point >= digits.length ? '' : digits.slice(point);
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end);
  return `${sign}${group(integer)}${fraction === '' ? '' : `.${fraction}`}`;
}
