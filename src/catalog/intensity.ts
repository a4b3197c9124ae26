import { ELECTRICITY_MAPS, EMBER, LATEST_YEAR, type IntensityYear } from './data/grid-intensity-source.js';
import { EMBER as EMBER_DATA, YEARS, ZONES } from './data/grid-intensity.generated.js';

export interface GridIntensity {
  readonly gPerKwh: number;
  /** The grid zone the figure is for, e.g. `US-MIDA-PJM` or `FRA` (Ember, by alpha-3 code). */
  readonly zone: string;
  readonly zoneName: string;
  readonly source: string;
  readonly year: number | 'latest';
  readonly licence: string;
  readonly attribution: string;
}

export function isIntensityYear(year: number): year is IntensityYear {
  return (ELECTRICITY_MAPS.years as readonly number[]).includes(year);
}

/** Every Electricity Maps zone id (each has a figure for every year). */
export function electricityMapsZones(): string[] {
  return Object.keys(ZONES);
}

/** The Electricity Maps yearly average for a zone, or undefined when the zone has none that year. */
export function zoneIntensity(zone: string, year: IntensityYear = LATEST_YEAR): GridIntensity | undefined {
  const record = ZONES[zone];
  const value = record?.[YEARS.indexOf(year) + 1];
  if (record === undefined || typeof value !== 'number') return undefined;
  return {
    gPerKwh: value,
    zone,
    zoneName: record[0],
    source: `${ELECTRICITY_MAPS.name} ${year} yearly average`,
    year,
    licence: ELECTRICITY_MAPS.licence,
    attribution: ELECTRICITY_MAPS.attribution,
  };
}

/** Ember's yearly average for a country by ISO alpha-3 code: the fallback where Electricity Maps has no zone. */
export function emberIntensity(alpha3: string, countryName: string): GridIntensity | undefined {
  const value = (EMBER_DATA as Record<string, number | undefined>)[alpha3];
  if (value === undefined) return undefined;
  return {
    gPerKwh: value,
    zone: alpha3,
    zoneName: countryName,
    source: `${EMBER.name} yearly average`,
    year: 'latest',
    licence: EMBER.licence,
    attribution: EMBER.attribution,
  };
}
