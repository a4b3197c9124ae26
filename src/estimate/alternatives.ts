import { CLOUD_REGIONS } from '../catalog/data/cloud-regions.js';
import { LATEST_YEAR, type IntensityYear } from '../catalog/data/grid-intensity-source.js';
import { isIntensityYear, zoneIntensity } from '../catalog/intensity.js';
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
export function greenerRegions(estimate: Estimate, limit = 3): Alternative[] {
  const { location, intensity } = estimate.workload;
  if (location?.provider === undefined || intensity.basis !== 'grid-data' || estimate.co2eKg <= 0) return [];
  const year: IntensityYear = typeof intensity.year === 'number' && isIntensityYear(intensity.year) ? intensity.year : LATEST_YEAR;
  const current = intensity.gPerKwh;
  const options: Alternative[] = [];
  for (const r of CLOUD_REGIONS) {
    if (r.provider !== location.provider || r.restricted || `${r.provider}:${r.region}` === location.id) continue;
    const g = zoneIntensity(r.zone, year)?.gPerKwh;
    if (g === undefined || g >= current) continue;
    const savingShare = 1 - g / current;
    if (savingShare < MIN_SAVING_SHARE) continue;
    options.push({ region: `${r.provider}:${r.region}`, location: r.location, gPerKwh: g, savingKg: estimate.co2eKg * savingShare, savingShare });
  }
  return options.sort((a, b) => a.gPerKwh - b.gPerKwh || a.region.localeCompare(b.region)).slice(0, limit);
}
