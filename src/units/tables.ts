// Unit spellings accepted in carbon-budget.yml, per kind of quantity, each with its factor to the
// kind's base unit. Symbols are case-sensitive where case changes meaning (m = milli, M = mega);
// lower-case spellings that cannot be misread are listed as aliases so that `kwh` still works.

export type QuantityKind =
  'duration' | 'energy' | 'power' | 'mass' | 'intensity' | 'rate' | 'count' | 'fraction' | 'ratio';

export interface KindInfo {
  /** The base unit values are stored in. */
  readonly base: string;
  /** Words for messages: "a power such as `330 W`". */
  readonly noun: string;
  readonly examples: readonly string[];
}

export const KINDS: Record<QuantityKind, KindInfo> = {
  duration: { base: 'h', noun: 'a duration', examples: ['90 min', '72h', '3d', '2w'] },
  energy: { base: 'kWh', noun: 'an energy', examples: ['0.3 Wh', '12 kWh', '1.2 MWh'] },
  power: { base: 'W', noun: 'a power', examples: ['330 W', '0.7 kW'] },
  mass: { base: 'kg', noun: 'a mass of CO2e', examples: ['25 tCO2e', '800 kg', '40 t'] },
  intensity: { base: 'g/kWh', noun: 'a carbon intensity', examples: ['57 g/kWh', '0.43 kg/kWh'] },
  rate: { base: '/h', noun: 'a rate', examples: ['2M/day', '150/s', '1B tokens/month'] },
  count: { base: '', noun: 'a count', examples: ['512', '10k'] },
  fraction: { base: '', noun: 'a fraction', examples: ['0.9', '90%'] },
  ratio: { base: '', noun: 'a ratio', examples: ['1.1'] },
};

const HOURS_PER_YEAR = 365 * 24;

/** Duration units, in hours. A year is 365 days and a month a twelfth of it. */
export const DURATION_UNITS: Record<string, number> = {
  s: 1 / 3600,
  sec: 1 / 3600,
  second: 1 / 3600,
  seconds: 1 / 3600,
  min: 1 / 60,
  mins: 1 / 60,
  minute: 1 / 60,
  minutes: 1 / 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 24,
  day: 24,
  days: 24,
  w: 168,
  wk: 168,
  week: 168,
  weeks: 168,
  mo: HOURS_PER_YEAR / 12,
  month: HOURS_PER_YEAR / 12,
  months: HOURS_PER_YEAR / 12,
  y: HOURS_PER_YEAR,
  yr: HOURS_PER_YEAR,
  year: HOURS_PER_YEAR,
  years: HOURS_PER_YEAR,
};

/** Energy units, in kWh. */
export const ENERGY_UNITS: Record<string, number> = {
  J: 1 / 3.6e6,
  kJ: 1 / 3.6e3,
  MJ: 1 / 3.6,
  GJ: 1e3 / 3.6,
  Wh: 1e-3,
  kWh: 1,
  MWh: 1e3,
  GWh: 1e6,
  TWh: 1e9,
  j: 1 / 3.6e6,
  kj: 1 / 3.6e3,
  gj: 1e3 / 3.6,
  wh: 1e-3,
  kwh: 1,
  KWh: 1,
  gwh: 1e6,
  twh: 1e9,
};

/** Power units, in watts. */
export const POWER_UNITS: Record<string, number> = {
  W: 1,
  kW: 1e3,
  MW: 1e6,
  w: 1,
  kw: 1e3,
  KW: 1e3,
  watt: 1,
  watts: 1,
  kilowatt: 1e3,
  kilowatts: 1e3,
  megawatt: 1e6,
  megawatts: 1e6,
};

/** Mass units, in kilograms; each may carry a CO2e suffix (see CO2E_SUFFIX). */
export const MASS_UNITS: Record<string, number> = {
  g: 1e-3,
  kg: 1,
  t: 1e3,
  tonne: 1e3,
  tonnes: 1e3,
  kt: 1e6,
  Mt: 1e9,
};

/** Intensity units, in grams of CO2e per kWh. */
export const INTENSITY_UNITS: Record<string, number> = {
  'g/kWh': 1,
  'kg/kWh': 1e3,
  'g/MWh': 1e-3,
  'kg/MWh': 1,
  't/MWh': 1e3,
  't/GWh': 1,
  // US eGRID publishes pounds per MWh; 1 lb = 0.45359237 kg exactly (international pound).
  'lb/MWh': 0.45359237,
  'g/kwh': 1,
  'kg/kwh': 1e3,
};

/** Per-period units for rates, in occurrences per hour for one occurrence per unit. */
export const RATE_PERIODS: Record<string, number> = {
  s: 3600,
  sec: 3600,
  second: 3600,
  seconds: 3600,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 1,
  hr: 1,
  hrs: 1,
  hour: 1,
  hours: 1,
  d: 1 / 24,
  day: 1 / 24,
  days: 1 / 24,
  w: 1 / 168,
  wk: 1 / 168,
  week: 1 / 168,
  weeks: 1 / 168,
  mo: 12 / HOURS_PER_YEAR,
  month: 12 / HOURS_PER_YEAR,
  months: 12 / HOURS_PER_YEAR,
  y: 1 / HOURS_PER_YEAR,
  yr: 1 / HOURS_PER_YEAR,
  year: 1 / HOURS_PER_YEAR,
  years: 1 / HOURS_PER_YEAR,
};

/** Multipliers written straight after a count: `10k`, `2M`, `1.5B`. */
export const COUNT_SUFFIXES: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12 };

/** Spellings people use for "carbon dioxide equivalent" after a mass or in an intensity. */
export const CO2E_SUFFIX = /(?:\s*(?:CO2eq|CO2-eq|CO2-e|CO2e|CO₂eq|CO₂e|CO2))?$/;

/** Spellings refused because they are ambiguous for a kind, with what to write instead. */
export const AMBIGUOUS_UNITS: Partial<Record<QuantityKind, Record<string, string>>> = {
  duration: {
    m: '`m` could be minutes or months: write `min` or `mo`',
    M: '`M` is not a duration: write `min` for minutes or `mo` for months',
  },
  energy: {
    mWh: 'milli-units are not accepted, to avoid confusion with MWh: write `Wh`, `J` or `MWh`',
    mwh: 'write `MWh` for megawatt-hours (milli-units are not accepted)',
    mJ: 'milli-units are not accepted, to avoid confusion with MJ: write `J` or `MJ`',
    mj: 'write `MJ` for megajoules (milli-units are not accepted)',
  },
  power: {
    mW: 'milli-units are not accepted, to avoid confusion with MW: write `W` or `MW`',
    mw: 'write `MW` for megawatts (milli-units are not accepted)',
  },
  mass: {
    MT: '`MT` usually means metric tonnes: write `t` (`Mt` would be megatonnes)',
    mt: '`mt` usually means metric tonnes: write `t` (`Mt` would be megatonnes)',
    ton: 'a "ton" may be a short ton (907 kg) or a tonne: write `t` for metric tonnes',
    tons: 'a "ton" may be a short ton (907 kg) or a tonne: write `t` for metric tonnes',
  },
};
