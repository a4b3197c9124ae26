// Numbers for people: a figure keeps every integer digit (1,289 MWh, not 1.29e3) and otherwise
// three significant digits. Written as en-US writes them (grouping commas, no trailing zeros), the
// same on every machine whatever its locale.

/**
 * An Intl.NumberFormat's `format`, remembering what it wrote. A report of 10,000 workloads formats
 * about 150,000 figures, most of them the same few PUEs, powers, counts and intensities, and Intl
 * takes about half a microsecond each: 40 ms of the action's run at that size. The memory is
 * bounded: past 20,000 figures it starts again.
 */
function remembered(format: Intl.NumberFormat): (value: number) => string {
  const written = new Map<number, string>();
  return (value) => {
    // A Map takes -0 for 0, which Intl writes as "-0".
    if (value === 0) return format.format(value);
    let text = written.get(value);
    if (text === undefined) {
      if (written.size >= 20_000) written.clear();
      text = format.format(value);
      written.set(value, text);
    }
    return text;
  };
}

/** One formatter per number of fraction digits: making one is far slower than using it. */
const byFractionDigits = new Map<number, (value: number) => string>();

function toFractionDigits(value: number, digits: number): string {
  let format = byFractionDigits.get(digits);
  if (format === undefined) {
    format = remembered(new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits }));
    byFractionDigits.set(digits, format);
  }
  return format(value);
}

const tenSignificantDigits = remembered(new Intl.NumberFormat('en-US', { maximumSignificantDigits: 10 }));

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
  return toFractionDigits(value, digits);
}

/** 350 g, 812 kg, 13.9 t: grams below a kilogram, kilograms below a tonne, tonnes from there. */
export function formatMass(kg: number, suffix = 'CO2e'): string {
  const abs = Math.abs(kg);
  if (abs > 0 && abs < 1) return `${formatNumber(kg * 1000)} g${suffix}`;
  return abs < 1000 ? `${formatNumber(kg)} kg${suffix}` : `${formatNumber(kg / 1000)} t${suffix}`;
}

/** +1.2 tCO2e, −300 kgCO2e, ±0: a change, always signed. */
export function formatDelta(kg: number): string {
  if (Math.abs(kg) < 0.0005) return '±0';
  return `${kg > 0 ? '+' : '−'}${formatMass(Math.abs(kg))}`;
}

/** 950 kWh, 1,289 MWh, and GWh from 100,000 MWh. */
export function formatEnergy(kwh: number): string {
  const abs = Math.abs(kwh);
  if (abs < 1000) return `${formatNumber(kwh)} kWh`;
  if (abs < 1e8) return `${formatNumber(kwh / 1000)} MWh`;
  return `${formatNumber(kwh / 1e6)} GWh`;
}

export function formatPercent(share: number): string {
  return `${formatNumber(share * 100)}%`;
}

/** Three significant digits, for figures that are only ever approximate: 221,000 km. */
export function formatApprox(value: number): string {
  return threeSignificantDigits(value);
}

// Significant digits rather than fraction digits worked out from the magnitude: Intl takes at most
// 100 fraction digits, and a figure of 1e-120 would ask for more.
const threeSignificantDigits = remembered(new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }));

/** An input figure as used, to ten significant digits, so that a reader can redo the sum. */
export function formatExact(value: number): string {
  return tenSignificantDigits(value);
}

/** `1 accelerator`, `2 accelerators`, `1,000 requests`: a count and its noun, agreed. */
export function formatCount(value: number, noun: string, plural = `${noun}s`): string {
  return `${formatExact(value)} ${value === 1 ? noun : plural}`;
}

/** A value that six significant digits give exactly: one a person wrote, not a quotient. */
function isRound(value: number): boolean {
  return Math.abs(value - Number(value.toPrecision(6))) <= 1e-9 * Math.abs(value);
}

/** Rate units as a workload file writes them: hours in each, and the period's unit to match. */
const RATE_UNITS = [
  { per: 'h', hours: 1, period: 'h', periods: 'h' },
  { per: 'day', hours: 24, period: 'day', periods: 'days' },
  { per: 's', hours: 1 / 3600, period: 's', periods: 's' },
  { per: 'min', hours: 1 / 60, period: 'min', periods: 'min' },
  { per: 'week', hours: 168, period: 'week', periods: 'weeks' },
  { per: 'month', hours: 730, period: 'month', periods: 'months' },
  { per: 'year', hours: 8760, period: 'year', periods: 'years' },
] as const;

/**
 * A rate over a period as a reader can multiply it: `2,000,000/day x 365 days` rather than
 * `83,333.33333/h x 8,760 h`. The first unit (hours first) in which the rate is a round figure;
 * per hour, to ten significant digits, when there is none.
 */
export function formatRateOverPeriod(ratePerHour: number, periodHours: number): string {
  const unit =
    RATE_UNITS.find((u) => isRound(ratePerHour * u.hours) && isRound(periodHours / u.hours)) ?? RATE_UNITS[0];
  const periods = periodHours / unit.hours;
  return (
    `${formatExact(ratePerHour * unit.hours)}/${unit.per} x ` +
    `${formatExact(periods)} ${unit.per === 'h' || periods !== 1 ? unit.periods : unit.period}`
  );
}
