import { CLOUD_REGIONS } from '../catalog/data/cloud-regions.js';
import { LATEST_YEAR, type IntensityYear } from '../catalog/data/grid-intensity-source.js';
import { isIntensityYear, zoneIntensity } from '../catalog/intensity.js';
import { cached } from '../cached.js';
import type { RunCache } from '../run-cache.js';
import type { Estimate } from './estimate.js';

export interface Alternative {
  /** The region to move to, e.g. `aws:ca-central-1`. */
  readonly region: string;
  readonly location: string;
  readonly gPerKwh: number;
  /** Emissions avoided by running the same work there, kgCO2e. */
  readonly savingKg: number;
  readonly savingShare: number;
}

/** Below this share, a move is not worth a reader's attention. */
const MIN_SAVING_SHARE = 0.1;

/**
 * The lowest-intensity regions of the same cloud provider, and what running the same work there
 * would avoid. Energy (and so PUE) stays as it is: the move changes only the grid. Workloads given
 * an explicit intensity, or placed by country or grid zone, get none.
 */
export function greenerRegions(estimate: Estimate, cache: RunCache, limit = 3): Alternative[] {
  const { location, intensity } = estimate.workload;
  if (location?.provider === undefined || intensity.basis !== 'grid-data' || estimate.co2eKg <= 0) return [];
  const year: IntensityYear =
    typeof intensity.year === 'number' && isIntensityYear(intensity.year) ? intensity.year : LATEST_YEAR;
  const current = intensity.gPerKwh;
  const options: Alternative[] = [];
  // Cleanest first: the first region not worth a move ends the search.
  for (const r of candidates(location.provider, year, cache)) {
    if (r.id === location.id) continue;
    const savingShare = 1 - r.gPerKwh / current;
    if (r.gPerKwh >= current || savingShare < MIN_SAVING_SHARE || options.length === limit) break;
    options.push({
      region: r.id,
      location: r.location,
      gPerKwh: r.gPerKwh,
      savingKg: estimate.co2eKg * savingShare,
      savingShare,
    });
  }
  return options;
}

export interface Candidate {
  readonly id: string;
  readonly location: string;
  readonly gPerKwh: number;
}

/**
 * A provider's open regions with grid data for the year, cleanest first (ties by id). Worked out
 * for the providers and years a run uses, once: for all of them, at every start, it took 4-5 ms.
 */
function candidates(provider: string, year: IntensityYear, cache: RunCache): readonly Candidate[] {
  return cached(cache.greenerCandidates, `${provider} ${year}`, () =>
    CLOUD_REGIONS.filter((r) => r.provider === provider && !r.restricted)
      .flatMap((r) => {
        const g = zoneIntensity(r.zone, year)?.gPerKwh;
        return g === undefined ? [] : [{ id: `${r.provider}:${r.region}`, location: r.location, gPerKwh: g }];
      })
      // Ids are ASCII: a plain comparison orders them as collation would, without loading ICU's collator.
      .sort((a, b) => a.gPerKwh - b.gPerKwh || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  );
}
