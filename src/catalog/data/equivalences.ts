// Everyday equivalents for a mass of CO2e, so that a figure reads in human terms. Both factors are
// from the UK Government's greenhouse gas conversion factors for company reporting, 2024
// (Department for Energy Security and Net Zero), published under the Open Government Licence v3.0.
// Each `source` names the exact row of the flat file (its ID, then Level 1 > 2 > 3 > 4 > column), as
// read in the 2024 table that the carbonr R package ships (IDEMSInternational/carbonr,
// R/sysdata.rda, `uk_gov_data_2024`). The neighbouring rows, for comparison: long-haul average
// passenger with RF 0.26128, economy without RF 0.11812 kg per passenger-km.

export interface Equivalence {
  readonly id: string;
  /** "{n} km driven by an average car". */
  readonly phrase: (n: string) => string;
  /** kg CO2e for one unit of the phrase. */
  readonly kgPerUnit: number;
  readonly source: string;
  readonly url: string;
  readonly year: number;
  readonly licence: string;
}

const DESNZ_2024 = 'https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2024';

// London Heathrow (51.4700 N, 0.4543 W) to New York JFK (40.6413 N, 73.7781 W): 5,540 km on a
// great circle (haversine, mean Earth radius 6,371 km); DESNZ's factor already carries its 8%
// uplift for routing, so the great-circle distance is the right one to multiply.
const LHR_JFK_KM = 5540;
/** Row 21_316_3170_11_1: Business travel- air > Flights > Long-haul, to/from UK > Economy class > With RF. */
const LONG_HAUL_ECONOMY_WITH_RF_KG_PER_PKM = 0.20011;
/** Row 25_301_3074_4_1: Business travel- land > Cars (by size) > Average car > Unknown (fuel), per km. */
const AVERAGE_CAR_UNKNOWN_FUEL_KG_PER_KM = 0.16691;

export const EQUIVALENCES: readonly Equivalence[] = [
  {
    id: 'car-km',
    phrase: (n) => `${n} km driven by an average car`,
    kgPerUnit: AVERAGE_CAR_UNKNOWN_FUEL_KG_PER_KM,
    source:
      'UK DESNZ 2024 conversion factors, row 25_301_3074_4_1: Business travel- land > Cars (by size) > ' +
      'Average car > Unknown fuel, 0.16691 kg CO2e per km',
    url: DESNZ_2024,
    year: 2024,
    licence: 'Open Government Licence v3.0',
  },
  {
    id: 'flight-lhr-jfk-return',
    phrase: (n) => `${n} return flights London–New York (economy, one passenger)`,
    kgPerUnit: 2 * LHR_JFK_KM * LONG_HAUL_ECONOMY_WITH_RF_KG_PER_PKM,
    source:
      'UK DESNZ 2024 conversion factors, row 21_316_3170_11_1: Business travel- air > Flights > ' +
      'Long-haul, to/from UK > Economy class > With RF, 0.20011 kg CO2e per passenger-km, x 2 x 5,540 km',
    url: DESNZ_2024,
    year: 2024,
    licence: 'Open Government Licence v3.0',
  },
];
