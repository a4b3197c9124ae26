// Where grid carbon intensities come from. The figures themselves are not copied here: they are
// read at run time from the @tgwf/co2 package (CO2.js by the Green Web Foundation), which
// republishes them. This file records what that data is, so that every report can say so.

/** The @tgwf/co2 version the intensities are read from (a test keeps it equal to the installed one). */
export const CO2JS_VERSION = '0.19.0';

export const ELECTRICITY_MAPS = {
  name: 'Electricity Maps',
  description: 'yearly average, location-based, life-cycle carbon intensity per grid zone',
  years: [2021, 2022, 2023, 2024, 2025] as const,
  licence: 'ODbL 1.0',
  attribution: 'Electricity Maps (electricitymaps.com), via CO2.js @tgwf/co2 ' + CO2JS_VERSION,
  url: 'https://www.electricitymaps.com/data/methodology',
} as const;

export const EMBER = {
  name: 'Ember',
  description: 'yearly average carbon intensity of electricity generation per country (latest year CO2.js ships)',
  licence: 'CC BY-SA 4.0',
  attribution: 'Ember (ember-energy.org), via CO2.js @tgwf/co2 ' + CO2JS_VERSION,
  url: 'https://ember-energy.org/data/',
} as const;

export type IntensityYear = (typeof ELECTRICITY_MAPS.years)[number];
export const LATEST_YEAR: IntensityYear = 2025;
