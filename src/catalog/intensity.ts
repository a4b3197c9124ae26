import { averageIntensity } from '@tgwf/co2/data';
import electricityMaps from '@tgwf/co2/data/electricity-maps';
import { ELECTRICITY_MAPS, EMBER, LATEST_YEAR, type IntensityYear } from './data/grid-intensity-source.js';

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

interface ZoneRecord {
  readonly zone: { readonly zoneName: string };
  readonly carbonIntensity: { readonly value: number; readonly unit: string };
}

function yearTable(year: IntensityYear): Readonly<Record<string, ZoneRecord | undefined>> {
  const tables: Record<IntensityYear, { data: Record<string, ZoneRecord | undefined> }> = {
    2021: electricityMaps.yearly2021,
    2022: electricityMaps.yearly2022,
    2023: electricityMaps.yearly2023,
    2024: electricityMaps.yearly2024,
    2025: electricityMaps.yearly2025,
  };
  return tables[year].data;
}

export function isIntensityYear(year: number): year is IntensityYear {
  return (ELECTRICITY_MAPS.years as readonly number[]).includes(year);
}

/** Every Electricity Maps zone id that has a figure for the year. */
export function electricityMapsZones(year: IntensityYear = LATEST_YEAR): string[] {
  return Object.keys(yearTable(year));
}

/** The Electricity Maps yearly average for a zone, or undefined when the zone has none that year. */
export function zoneIntensity(zone: string, year: IntensityYear = LATEST_YEAR): GridIntensity | undefined {
  const record = yearTable(year)[zone];
  if (record === undefined) return undefined;
  return {
    gPerKwh: record.carbonIntensity.value,
    zone,
    zoneName: record.zone.zoneName,
    source: `${ELECTRICITY_MAPS.name} ${year} yearly average`,
    year,
    licence: ELECTRICITY_MAPS.licence,
    attribution: ELECTRICITY_MAPS.attribution,
  };
}

/** Ember's yearly average for a country by ISO alpha-3 code: the fallback where Electricity Maps has no zone. */
export function emberIntensity(alpha3: string, countryName: string): GridIntensity | undefined {
  const value = (averageIntensity.data as Record<string, number | undefined>)[alpha3];
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
