import { iso31661 } from 'iso-3166';
import { didYouMean, nearest, orList } from '../text/suggest.js';
import { CLOUD_REGIONS, type CloudRegion, type Provider } from './data/cloud-regions.js';
import { LATEST_YEAR, type IntensityYear } from './data/grid-intensity-source.js';
import { electricityMapsZones, emberIntensity, zoneIntensity, type GridIntensity } from './intensity.js';

/** Where a workload runs, as resolved from `region:`. */
export interface Location {
  /** Canonical id: `aws:us-east-1`, `country:FR`, `zone:US-MIDA-PJM`. */
  readonly id: string;
  /** For people: `AWS us-east-1, US East (N. Virginia)`. */
  readonly label: string;
  readonly provider?: Provider;
  /** Electricity Maps zone id, when there is one. */
  readonly zone?: string;
  /** ISO 3166-1 codes, when the location is a country. */
  readonly country?: { readonly alpha2: string; readonly alpha3: string; readonly name: string };
  readonly note?: string;
}

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

const PROVIDER_ALIASES: Record<string, Provider> = { aws: 'aws', gcp: 'gcp', google: 'gcp', azure: 'azure' };
export const PROVIDER_LABELS: Record<Provider, string> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };

const regionsById = new Map<string, CloudRegion>(CLOUD_REGIONS.map((r) => [`${r.provider}:${r.region}`, r]));
const countriesByAlpha2 = new Map(iso31661.map((c) => [c.alpha2, c]));
const countriesByAlpha3 = new Map(iso31661.map((c) => [c.alpha3, c]));

function cloudLocation(region: CloudRegion): Location {
  const base = {
    id: `${region.provider}:${region.region}`,
    label: `${PROVIDER_LABELS[region.provider]} ${region.region}, ${region.location}`,
    provider: region.provider,
    zone: region.zone,
  };
  return region.note === undefined ? base : { ...base, note: region.note };
}

// A country's zone is looked up once: thousands of workloads name the same few countries.
const zoneOfCountry = new Map<string, string | undefined>();

/** The national zone; or, where Electricity Maps splits the country, its zone when there is only one. */
function countryZone(alpha2: string): string | undefined {
  if (zoneOfCountry.has(alpha2)) return zoneOfCountry.get(alpha2);
  const zones = electricityMapsZones();
  const subZones = zones.filter((z) => z.startsWith(`${alpha2}-`));
  const zone = zones.includes(alpha2) ? alpha2 : subZones.length === 1 ? subZones[0] : undefined;
  zoneOfCountry.set(alpha2, zone);
  return zone;
}

function resolveCountry(code: string, written: string): Resolved<Location> {
  const upper = code.toUpperCase();
  const country = upper.length === 3 ? countriesByAlpha3.get(upper) : countriesByAlpha2.get(upper);
  if (country === undefined) {
    const codes = upper.length === 3 ? countriesByAlpha3.keys() : countriesByAlpha2.keys();
    return {
      ok: false,
      message:
        `unknown country code \`${code}\` in \`${written}\`: ` +
        'use an ISO 3166-1 alpha-2 or alpha-3 code such as `country:FR` or `country:FRA`' +
        didYouMean(upper, codes),
    };
  }
  const zone = countryZone(country.alpha2);
  return {
    ok: true,
    value: {
      id: `country:${country.alpha2}`,
      label: country.name,
      ...(zone === undefined ? {} : { zone }),
      country: { alpha2: country.alpha2, alpha3: country.alpha3, name: country.name },
    },
  };
}

function resolveZone(zone: string, written: string): Resolved<Location> {
  const zones = electricityMapsZones();
  const exact = zones.find((z) => z.toUpperCase() === zone.toUpperCase());
  if (exact === undefined) {
    return {
      ok: false,
      message:
        `unknown grid zone \`${zone}\` in \`${written}\`: ` +
        `use an Electricity Maps zone id such as \`zone:US-MIDA-PJM\`${didYouMean(zone, zones)}`,
    };
  }
  return { ok: true, value: { id: `zone:${exact}`, label: `grid zone ${exact}`, zone: exact } };
}

/**
 * Reads `aws:us-east-1`, `gcp:europe-west4`, `azure:westeurope`, `country:FR` (or `FRA`),
 * `zone:US-MIDA-PJM`, `on-prem:DE` and `on-prem`. An unknown id is refused with the nearest known ones.
 */
export function resolveLocation(written: string): Resolved<Location> {
  const text = written.trim();
  const colon = text.indexOf(':');
  // Own hardware somewhere unsaid: no grid is known, so the workload must give `intensity`.
  if (text.toLowerCase() === 'on-prem') return { ok: true, value: { id: 'on-prem', label: 'on-premises' } };
  if (colon < 0) {
    const exact = CLOUD_REGIONS.filter((r) => r.region === text.toLowerCase());
    const near =
      exact.length > 0
        ? exact
        : nearest(
            text,
            CLOUD_REGIONS.map((r) => r.region),
            3,
          ).flatMap((name) => CLOUD_REGIONS.filter((r) => r.region === name));
    const matching = near.map((r) => `${r.provider}:${r.region}`);
    const guess = matching.length > 0 ? ` (did you mean ${orList(matching.slice(0, 3))}?)` : '';
    return {
      ok: false,
      message:
        `\`${written}\` needs a prefix: write \`aws:REGION\`, \`gcp:REGION\`, \`azure:REGION\`, ` +
        `\`country:CODE\`, \`zone:ZONE\` or \`on-prem:CODE\`${guess}`,
    };
  }
  const prefix = text.slice(0, colon).toLowerCase();
  const rest = text.slice(colon + 1).trim();
  if (prefix === 'country') return resolveCountry(rest, written);
  if (prefix === 'on-prem') {
    // A country's grid, with the industry-average PUE rather than a cloud provider's.
    const found = resolveCountry(rest, written);
    return found.ok
      ? {
          ok: true,
          value: {
            ...found.value,
            id: `on-prem:${found.value.country?.alpha2 ?? rest}`,
            label: `on-premises, ${found.value.label}`,
          },
        }
      : found;
  }
  if (prefix === 'zone') return resolveZone(rest, written);
  // Own names only: `constructor:x` names no provider.
  const provider = Object.hasOwn(PROVIDER_ALIASES, prefix) ? PROVIDER_ALIASES[prefix] : undefined;
  if (provider === undefined) {
    const prefixes = [...Object.keys(PROVIDER_ALIASES), 'country', 'zone', 'on-prem'];
    return {
      ok: false,
      message:
        `unknown region prefix \`${prefix}\` in \`${written}\`: ` +
        `use \`aws:\`, \`gcp:\`, \`azure:\`, \`country:\`, \`zone:\` or \`on-prem:\`${didYouMean(prefix, prefixes)}`,
    };
  }
  const region = regionsById.get(`${provider}:${rest.toLowerCase()}`);
  if (region === undefined) {
    const sameProvider = CLOUD_REGIONS.filter((r) => r.provider === provider).map((r) => `${r.provider}:${r.region}`);
    return {
      ok: false,
      message:
        `unknown ${PROVIDER_LABELS[provider]} region \`${rest}\`` + didYouMean(`${provider}:${rest}`, sameProvider),
    };
  }
  return { ok: true, value: cloudLocation(region) };
}

/**
 * The grid intensity for a location: the Electricity Maps yearly average of its zone, or Ember's
 * country average where Electricity Maps has no zone for the country.
 */
export function gridIntensity(location: Location, year: IntensityYear = LATEST_YEAR): Resolved<GridIntensity> {
  if (location.zone !== undefined) {
    const found = zoneIntensity(location.zone, year);
    if (found !== undefined) return { ok: true, value: found };
  }
  if (location.country !== undefined) {
    const found = emberIntensity(location.country.alpha3, location.country.name);
    if (found !== undefined) return { ok: true, value: found };
  }
  return {
    ok: false,
    message:
      `no grid carbon intensity is known for ${location.label}: ` +
      'set `intensity` (e.g. `350 g/kWh`) on the workload',
  };
}
