import { cached } from '../cached.js';
import { findAccelerator, type Accelerator, type Lookup } from '../catalog/accelerators.js';
import { findInstance, type Instance } from '../catalog/instances.js';
import { resolveLocation, type Location } from '../catalog/regions.js';
import type { RunCache } from '../run-cache.js';
import type { Diagnostic } from './diagnostics.js';
import type { LoadedFile } from './load.js';
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
}

/**
 * Catalog names in a part of a file that validation gave no entry for: a workload with another
 * problem, or any workload and the `defaults` of a file that did not validate. They are looked up
 * all the same, so that an unknown name shows with the file's other problems, not after.
 */
export interface StrayNames {
  readonly at: Path;
  readonly written: Written;
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
    },
  ];
}

/** The names in the raw `defaults` of a file. */
export function strayDefaultsNames(defaults: unknown): StrayNames[] {
  return isMapping(defaults) ? [{ at: ['defaults'], written: { region: text(defaults.region) } }] : [];
}

/** What a file's `defaults` and workloads name; undefined where a name is unknown (a problem says so). */
export interface FileNames {
  readonly defaults: Named | undefined;
  /** By position in the file's validated workloads. */
  readonly workloads: readonly (Named | undefined)[];
  readonly problems: readonly Diagnostic[];
}

/** Looks up every catalog name a file writes, with a problem at each unknown one. */
export function lookUpNames(file: LoadedFile, cache: RunCache): FileNames {
  const problems: Diagnostic[] = [];
  for (const { at, written } of file.strayNames) lookUpWritten(file, at, written, cache, problems);
  const defaults = lookUpWritten(file, ['defaults'], file.envelope.defaults ?? {}, cache, problems);
  const workloads = file.workloads.map(({ index, entry }) =>
    lookUpWritten(file, ['workloads', index], entry, cache, problems),
  );
  return { defaults, workloads, problems };
}

function lookUpWritten(
  file: LoadedFile,
  at: Path,
  written: Written,
  cache: RunCache,
  problems: Diagnostic[],
): Named | undefined {
  const before = problems.length;
  const unknown = (field: keyof Written, message: string) => {
    const found = file.positions.find([...at, field]);
    problems.push({
      file: found.file ?? file.file,
      line: found.line,
      column: found.column,
      message: `\`${field}\`: ${message}`,
    });
  };
  const region = find('region', written.region, cache.regions, resolveLocation, unknown);
  const accelerator = find('accelerator', written.accelerator, cache.accelerators, findAccelerator, unknown);
  const instance = find('instance', written.instance, cache.instances, findInstance, unknown);
  return problems.length > before ? undefined : { region, accelerator, instance };
}

/** The entry a text names, looked up once a run for each text; undefined, said to `unknown`, when there is none. */
function find<T>(
  field: keyof Written,
  written: string | undefined,
  memo: Map<string, Lookup<T>>,
  lookUp: (written: string) => Lookup<T>,
  unknown: (field: keyof Written, message: string) => void,
): T | undefined {
  if (written === undefined) return undefined;
  const found = cached(memo, written, () => lookUp(written));
  if (found.ok) return found.value;
  unknown(field, found.message);
  return undefined;
}
