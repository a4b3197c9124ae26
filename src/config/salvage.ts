import type * as z from 'zod/mini';
import { LATEST_YEAR } from '../catalog/data/grid-intensity-source.js';
import { INFERENCE_TASKS } from '../catalog/data/inference-tasks.js';
import { nearest } from '../text/suggest.js';
import { misplacedKey, type Place } from './misplaced-keys.js';
import {
  defaultsSchema,
  fileEnvelopeSchema,
  inferenceSchema,
  trainingSchema,
  workloadSchema,
  type Defaults,
  type FileEnvelope,
  type UnnamedWorkloadEntry,
} from './schema.js';

// A part of a file that did not validate is still checked as far as it can be, so that a file's
// problems show in one run rather than a few at a time: a field with a bad value stands in with a
// valid one, a misspelt key with the field it stands for, and the rules that span fields are
// checked on the result. What is then said about a stand-in is dropped (resolve.ts), and what is
// worked out from it is never estimated: the file has a problem already.

/** Values a field may stand in with: a quantity, `true` (embodied, host), a year, a task. */
const STAND_INS: readonly unknown[] = [1, true, LATEST_YEAR, ...Object.keys(INFERENCE_TASKS)];

/** A workload is named in every message about it: without its own name and kind, it is not checked further. */
const NEEDED = new Set(['kind', 'name']);

/**
 * Fields whose text names a catalog entry: a stand-in for one is an entry, not text, which the
 * lookup (catalog-names.ts) puts in its place.
 */
export const CATALOG_FIELDS: ReadonlySet<string> = new Set(['region', 'accelerator', 'instance']);

/**
 * Fields that name files to read (a job spec, a model card, CodeCarbon runs): no value can stand in
 * for one, since any stand-in would be read as a path and its absence would change what the
 * workload needs. A workload with a bad one is not checked further.
 */
const FILE_FIELDS: ReadonlySet<string> = new Set(['from', 'reported', 'measured']);

type Shape = Readonly<Record<string, z.ZodMiniType>>;

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function standIn(schema: z.ZodMiniType): unknown {
  return STAND_INS.find((value) => schema.safeParse(value).success);
}

/** The field an unknown key most likely stands for here: one known elsewhere, or the nearest spelling. */
function meantField(key: string, shape: Shape, place: Place): string | undefined {
  const misplaced = misplacedKey(key, place);
  if (misplaced !== undefined) return misplaced.meant;
  return nearest(key, Object.keys(shape), 1)[0];
}

interface Salvaged {
  /** The mapping's data, each bad value replaced by a stand-in and each catalog field with a bad value dropped. */
  readonly value: Record<string, unknown>;
  /** The fields that stand in for what was written. */
  readonly standIns: readonly string[];
}

function salvage(raw: Record<string, unknown>, shape: Shape, place: Place): Salvaged | undefined {
  const value = new Map<string, unknown>();
  const standIns: string[] = [];
  const standInFor = (field: string): boolean => {
    if (FILE_FIELDS.has(field)) return false;
    standIns.push(field);
    if (CATALOG_FIELDS.has(field)) return true;
    const schema = shape[field];
    const stand = schema === undefined ? undefined : standIn(schema);
    if (stand === undefined) return false;
    value.set(field, stand);
    return true;
  };
  for (const [key, written] of Object.entries(raw)) {
    const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (schema !== undefined) {
      if (schema.safeParse(written).success) value.set(key, written);
      else if (NEEDED.has(key) || !standInFor(key)) return undefined;
      continue;
    }
    const meant = meantField(key, shape, place);
    if (meant === undefined || NEEDED.has(meant) || Object.hasOwn(raw, meant) || standIns.includes(meant)) continue;
    if (!standInFor(meant)) return undefined;
  }
  return { value: Object.fromEntries(value), standIns };
}

/** A workload that did not validate, as far as it can be checked: undefined when it cannot. */
export function salvageWorkload(
  item: unknown,
): { entry: UnnamedWorkloadEntry; standIns: readonly string[] } | undefined {
  if (!isMapping(item)) return undefined;
  // A misspelt kind is checked as the kind its message suggests (`trainig`: training).
  const kind = typeof item.kind === 'string' ? nearest(item.kind, KINDS, 1)[0] : undefined;
  if (kind !== 'training' && kind !== 'inference') return undefined;
  const shape = (kind === 'training' ? trainingSchema : inferenceSchema).shape as Shape;
  const salvaged = salvage({ ...item, kind }, shape, kind);
  if (salvaged === undefined) return undefined;
  const parsed = workloadSchema.safeParse(salvaged.value);
  if (!parsed.success) return undefined;
  return { entry: parsed.data, standIns: kind === item.kind ? salvaged.standIns : [...salvaged.standIns, 'kind'] };
}

const KINDS = ['training', 'inference'];

/**
 * The parts of a file that did not validate that still can be used: each top-level field that
 * validates, and its `defaults` salvaged as a workload is. `include` keeps its text entries, so that
 * the files it names are checked too.
 */
export function salvageEnvelope(raw: Record<string, unknown>): {
  envelope: FileEnvelope;
  defaultsStandIns: readonly string[];
} {
  const shape = fileEnvelopeSchema.shape as Shape;
  const envelope = new Map<string, unknown>();
  for (const key of ['$schema', 'version', 'budgets', 'workloads']) {
    const parsed = shape[key]?.safeParse(raw[key]);
    if (parsed?.success === true && parsed.data !== undefined) envelope.set(key, parsed.data);
  }
  if (Array.isArray(raw.include))
    envelope.set(
      'include',
      raw.include.filter((i) => typeof i === 'string'),
    );
  let defaultsStandIns: readonly string[] = [];
  // A misspelt `defaults` is read as `defaults`: without it every workload would lack what it sets.
  const written =
    raw.defaults ?? Object.entries(raw).find(([key]) => meantField(key, shape, 'file') === 'defaults')?.[1];
  const defaults = written === undefined ? undefined : salvageDefaults(written);
  if (defaults !== undefined) {
    envelope.set('defaults', defaults.defaults);
    defaultsStandIns = defaults.standIns;
  }
  return { envelope: Object.fromEntries(envelope), defaultsStandIns };
}

function salvageDefaults(raw: unknown): { defaults: Defaults; standIns: readonly string[] } | undefined {
  const parsed = defaultsSchema.safeParse(raw);
  if (parsed.success) return { defaults: parsed.data, standIns: [] };
  if (!isMapping(raw)) return undefined;
  const salvaged = salvage(raw, defaultsSchema.shape, 'defaults');
  if (salvaged === undefined) return undefined;
  const again = defaultsSchema.safeParse(salvaged.value);
  return again.success ? { defaults: again.data, standIns: salvaged.standIns } : undefined;
}
