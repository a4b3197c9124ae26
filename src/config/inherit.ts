import type { Location } from '../catalog/regions.js';

/**
 * Where a workload runs. A region set at some level replaces everything set above it; an
 * intensity alone replaces only the grid figure, so the region above still gives the PUE.
 */
export interface Placement {
  readonly region?: Location;
  readonly intensity?: number;
}

/** The settings a level (a file's `defaults`, a workload) may set for what is below it. */
export interface LevelSettings {
  readonly region?: Location;
  readonly intensity?: number;
  readonly year?: number;
  readonly pue?: number;
  readonly utilization?: number;
  readonly period?: number;
}

/** What a file's workloads inherit: its `defaults` and budget `warn`, else those of the file including it. */
export interface Inherited {
  readonly placement: Placement;
  readonly year?: number;
  readonly pue?: number;
  readonly utilization?: number;
  readonly period?: number;
  readonly warn?: number;
  /** Fields inherited from `defaults` that did not validate and stand in with valid values (salvage.ts). */
  readonly standIns?: readonly string[];
}

export function nestPlacement(outer: Placement, level: Placement): Placement {
  if (level.region !== undefined) return { region: level.region, intensity: level.intensity };
  if (level.intensity !== undefined) return { region: outer.region, intensity: level.intensity };
  return outer;
}

export function inherit(
  parent: Inherited | undefined,
  own: LevelSettings | undefined,
  warn: number | undefined,
  ownStandIns: readonly string[] = [],
): Inherited {
  const base: Inherited = parent ?? { placement: {} };
  const standIns = [...stillStandingIn(base.standIns ?? [], own ?? {}), ...ownStandIns];
  return {
    placement: own === undefined ? base.placement : nestPlacement(base.placement, own),
    year: own?.year ?? base.year,
    pue: own?.pue ?? base.pue,
    utilization: own?.utilization ?? base.utilization,
    period: own?.period ?? base.period,
    warn: warn ?? base.warn,
    ...(standIns.length === 0 ? {} : { standIns }),
  };
}

/**
 * The stand-ins of a level above that a level's own settings leave in place: its own value
 * replaces one, and its own region replaces the intensity above too (see nestPlacement).
 */
export function stillStandingIn(standIns: readonly string[], own: object): string[] {
  const set = own as Readonly<Record<string, unknown>>;
  return standIns.filter((field) => set[field] === undefined && !(field === 'intensity' && set.region !== undefined));
}
