import { cached } from '../cached.js';
import { findAccelerator, type Accelerator, type Lookup } from '../catalog/accelerators.js';
import { findInstance, type Instance } from '../catalog/instances.js';
import { ACCELERATORS } from '../catalog/data/accelerators.js';
import { CLOUD_REGIONS } from '../catalog/data/cloud-regions.js';
import { INSTANCE_TYPES } from '../catalog/data/instances.js';
import { resolveLocation, type Location } from '../catalog/regions.js';
import type { RunCache } from '../run-cache.js';
import type { Diagnostic } from './diagnostics.js';
import type { LoadedFile } from './load.js';
import { unknownNameMessage } from './unknown-names.js';
import type { Path } from './yaml-positions.js';

// The fields whose text names a catalog entry. The schema checks only that they are text; the
// entries are looked up here, as the files are resolved, each text once a run: thousands of
// workloads name a few dozen regions and accelerators, and they then share the one entry (and,
// downstream, one grid figure and one set of report assumptions) instead of a copy each.

/** The catalog names a workload or a file's `defaults` writes. */
export interface Written {
  readonly region?: string;
  readonly accelerator?: string;
  readonly instance?: string;
}

/** The catalog entries they name. */
export interface Named {
  readonly region?: Location;
  readonly accelerator?: Accelerator;
  readonly instance?: Instance;
  /**
   * Fields that name nothing the catalog knows (a problem says so), or that did not validate: an
   * entry stands in for each, so that the workload's other problems are found (salvage.ts).
   */
  readonly standIns?: readonly (keyof Written)[];
}

/**
 * Catalog names in a part of a file that validation gave no entry for: a workload with another
 * problem, or any workload and the `defaults` of a file that did not validate. They are looked up
 * all the same, so that an unknown name shows with the file's other problems, not after.
 */
export interface StrayNames {
  readonly at: Path;
  readonly written: Written;
  readonly power: boolean;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The names in a workload item of the raw data, where the schema checks its fields: a mapping of a known kind. */
export function strayWorkloadNames(item: unknown, index: number): StrayNames[] {
  if (!isMapping(item) || (item.kind !== 'training' && item.kind !== 'inference')) return [];
  return [
    {
      at: ['workloads', index],
      written: { region: text(item.region), accelerator: text(item.accelerator), instance: text(item.instance) },
      power: item.power !== undefined,
    },
  ];
}

/** What a file's `defaults` names; where a name is unknown, a problem says so and an entry stands in. */
export interface FileNames {
  readonly defaults: Named;
  readonly problems: readonly Diagnostic[];
}

/**
 * Looks up the names of a file's `defaults` and of the parts validation gave no entry for, with a
 * problem at each unknown one. Its workloads' names are looked up apart (workloadNames): a file
 * both sides of a pull request share is resolved once, and its workloads' names with it.
 */
export function lookUpNames(file: LoadedFile, cache: RunCache): FileNames {
  const problems: Diagnostic[] = [];
  for (const { at, written, power } of file.strayNames)
    lookUpWritten(file, at, written, cache, problems, { standIns: [], power });
  const defaults = lookUpWritten(file, ['defaults'], file.envelope.defaults ?? {}, cache, problems, {
    standIns: file.defaultsStandIns ?? [],
    power: false,
  });
  return { defaults, problems };
}

/** What each of a file's workloads names (by position in its loaded workloads), with a problem at each unknown name. */
export function workloadNames(file: LoadedFile, cache: RunCache, problems: Diagnostic[]): readonly Named[] {
  return file.workloads.map(({ index, entry, standIns }) =>
    lookUpWritten(file, ['workloads', index], entry, cache, problems, {
      standIns: standIns ?? [],
      power: entry.power !== undefined,
    }),
  );
}

/**
 * Entries that stand in for a name the catalog does not know, never estimated: the first of each
 * kind in the catalog (an accelerator with a power figure, which a workload without `power` needs).
 */
const STAND_IN = (() => {
  const first = CLOUD_REGIONS[0];
  const region = resolveLocation(first === undefined ? '' : `${first.provider}:${first.region}`);
  const accelerator = ACCELERATORS.find((a) => a.tdpW !== undefined);
  const instance = findInstance(INSTANCE_TYPES[0]?.id ?? '');
  if (!region.ok || accelerator === undefined || !instance.ok) throw new Error('the catalog has no stand-in entries');
  return { region: region.value, accelerator, instance: instance.value };
})();

interface LookUpContext {
  /** Fields that did not validate (salvage.ts): an entry stands in for each. */
  readonly standIns: readonly string[];
  /** Whether the workload gives its own `power`, which makes its accelerator a label only. */
  readonly power: boolean;
}

function lookUpWritten(
  file: LoadedFile,
  at: Path,
  written: Written,
  cache: RunCache,
  problems: Diagnostic[],
  context: LookUpContext,
): Named {
  const standIns: (keyof Written)[] = [];
  const look = <T>(field: keyof Written, memo: Map<string, Lookup<T>>, lookUp: (text: string) => Lookup<T>) => {
    const text = written[field];
    if (text === undefined) {
      if (context.standIns.includes(field)) standIns.push(field);
      return undefined;
    }
    const found = cached(memo, text, () => lookUp(text));
    if (found.ok) return found.value;
    // A field a job spec gives (`from`) is found in the spec, which the position names.
    const place = file.positions.find([...at, field]);
    const message = unknownNameMessage(field, text, found.message, context.power);
    problems.push({
      file: place.file ?? file.file,
      line: place.line,
      column: place.column,
      message: `\`${field}\`: ${message}`,
    });
    standIns.push(field);
    return undefined;
  };
  const region = look('region', cache.regions, resolveLocation);
  const accelerator = look('accelerator', cache.accelerators, findAccelerator);
  const instance = look('instance', cache.instances, findInstance);
  if (standIns.length === 0) return { region, accelerator, instance };
  return {
    region: standIns.includes('region') ? STAND_IN.region : region,
    accelerator: standIns.includes('accelerator') ? STAND_IN.accelerator : accelerator,
    instance: standIns.includes('instance') ? STAND_IN.instance : instance,
    standIns,
  };
}
