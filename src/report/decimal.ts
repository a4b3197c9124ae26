// Numbers written the way Intl.NumberFormat('en-US') writes them (grouping commas, no trailing
// zeros, halves rounded away from zero on the shortest decimal form of the number), without it:
// creating a number formatter loads ICU data, about 30 ms of every run. A test compares the two
// on random numbers for every setting used.

export type Rounding = { readonly maxFractionDigits: number } | { readonly maxSignificantDigits: number };

function group(integer: string): string {
  return integer.length <= 3 ? integer : integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The common case, a number already short enough: its shortest form, grouped; else undefined. */
function unrounded(abs: number, rounding: Rounding): string | undefined {
  const shortest = String(abs);
  if (shortest.includes('e')) return undefined;
  const dot = shortest.indexOf('.');
  const integer = dot === -1 ? shortest : shortest.slice(0, dot);
  const fraction = dot === -1 ? '' : shortest.slice(dot + 1);
  const fits = 'maxFractionDigits' in rounding
    ? fraction.length <= rounding.maxFractionDigits
    : (integer === '0' ? fraction.replace(/^0+/, '') : integer + fraction).length <= rounding.maxSignificantDigits;
  return fits ? `${group(integer)}${fraction === '' ? '' : `.${fraction}`}` : undefined;
}

/** Adds one to a string of decimal digits: `"129"` gives `"130"`, `"99"` gives `"100"`. */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

export function formatDecimal(value: number, rounding: Rounding): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const short = unrounded(Math.abs(value), rounding);
  if (short !== undefined) return `${sign}${short}`;
  // The shortest digits that read back as this number: what ICU rounds, too.
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let point = Number(exponent) + 1;
  const keep = 'maxFractionDigits' in rounding ? point + rounding.maxFractionDigits : rounding.maxSignificantDigits;
  if (keep < digits.length) {
    if (keep <= 0) {
      // Everything is rounded away: zero, or one unit of the last place kept.
      digits = keep === 0 && (digits[0] ?? '0') >= '5' ? '1' : '0';
      point = digits === '1' ? point + 1 : 1;
    } else {
      const up = (digits[keep] ?? '0') >= '5';
      digits = digits.slice(0, keep);
      if (up) {
        const next = increment(digits);
        if (next.length > digits.length) point += 1;
        digits = next;
      }
    }
  }
  const integer = point <= 0 ? '0' : (digits.slice(0, point) || '0').padEnd(point, '0');
  const fraction = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0))).replace(/0+$/, '');
  return `${sign}${group(integer.replace(/^0+(?=\d)/, ''))}${fraction === '' ? '' : `.${fraction}`}`;
}
