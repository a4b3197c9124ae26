import { posix } from 'node:path';
import {
  problemsFor,
  resourcesFor,
  type JobSpecFormat,
  type SpecFieldName,
  type SpecReading,
  type SpecWorkload,
} from '../adapters/job-spec.js';
import { cached } from '../cached.js';
import type { SourceRef, SpecOrigin } from '../model.js';
import type { RunCache } from '../run-cache.js';
import type { Diagnostic } from './diagnostics.js';
import { problemText, type FileProblem } from './file-source.js';
import { GLOB_CHARS, isOutside, isUnderGit, leavesRoot, unusablePath } from './include-plan.js';
import { locateIssues } from './issues.js';
import { inferenceSchema, trainingSchema, type WorkloadEntry } from './schema.js';
import type { Path, Position, Positions } from './yaml-positions.js';

// `from:` on a workload: the hardware, scale and place a job spec another tool owns already says
// (see docs/job-specs.md). The loader reads the spec through the same file source as workload
// files (so the base of a pull request reads it at the base revision), an adapter turns it into
// workload fields, and those the workload does not write itself become its own, checked by the
// same schema. Positions of spec-given fields lead into the spec, so that every later message
// about them (an unknown GPU, a count out of range) is at the spec's line.

export type { SpecOrigin } from '../model.js';

/**
 * What the spec's reader said the workload must give (`... : give \`accelerator\``), added to a
 * message about a missing field, so that it says why the spec did not give it.
 */
export function specHint(spec: SpecOrigin): string {
  const open = spec.notes.filter((note) => note.includes('give `'));
  return open.length === 0 ? '' : ` (${spec.file}: ${open.join('; ')})`;
}

/** A validated entry with its name; with `from` and no name, named later after its resource. */
export function namedEntry(entry: Omit<WorkloadEntry, 'name'> & { name?: string }): WorkloadEntry | undefined {
  if (hasName(entry)) return entry;
  return entry.from === undefined ? undefined : { ...entry, name: '' };
}

function hasName(entry: Omit<WorkloadEntry, 'name'> & { name?: string }): entry is WorkloadEntry {
  return entry.name !== undefined;
}

/** How `from` reads its files: the loader's own reads and globs. */
export interface SpecFiles {
  readonly root: string;
  read(absolute: string): Promise<string | FileProblem>;
  glob(pattern: string, dir: string): Promise<string[]>;
  /** Starts reading files that will be asked for soon. */
  prefetch(paths: readonly string[]): void;
  display(absolute: string): string;
}

/** A file's workload as loaded: `standIns` as in load.ts, `spec` where it takes figures from a job spec. */
export interface SpecWorkloadEntry {
  readonly index: number;
  readonly entry: WorkloadEntry;
  readonly standIns?: readonly string[];
  readonly spec?: SpecOrigin;
}

export interface Workloads {
  readonly workloads: readonly SpecWorkloadEntry[];
  readonly positions: Positions;
  readonly diagnostics: readonly Diagnostic[];
}

/** The format a file is read as, when the workload does not say: see docs/job-specs.md. */
export function detectFormat(path: string, text: string): JobSpecFormat | undefined {
  const lower = path.toLowerCase();
  if (/\.(?:sbatch|slurm)$/.test(lower)) return 'slurm';
  if (/\.tf$/.test(lower)) return 'terraform';
  if (/\.ya?ml$/.test(lower))
    return /^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text) ? 'kubernetes' : 'skypilot';
  if (/^#SBATCH\s/m.test(text)) return 'slurm';
  return undefined;
}

type Adapters = typeof import('./job-spec-adapters.js');
let adapters: Promise<Adapters> | undefined;

/** The job-spec readers, loaded on first use (in the bundles, dist/job-spec-adapters.js). */
export function loadAdapters(): Promise<Adapters> {
  adapters ??= import('./job-spec-adapters.js');
  return adapters;
}

/** Readings by format, path and text: the base and head of a change mostly read the same specs. */
const readings = new WeakMap<RunCache, Map<string, Map<string, Promise<SpecReading>>>>();

/** A workload file's expansion, by its parsed workloads and then by the specs' paths and texts. */
const expansions = new WeakMap<object, Map<string, Workloads>>();

/** As for workload files (load.ts LIMITS.files): a bound on what one glob may make the run read. */
const MAX_SPECS_PER_FROM = 10_000;

interface Target {
  readonly pattern: string;
  readonly selector?: string;
  readonly files: readonly string[];
}

/**
 * Expands a file's workloads that have `from`: each takes its spec's fields, or, for a glob or a
 * file of several resources without `name`, becomes one workload per resource. Files without
 * `from` come back as they are, and cost nothing.
 */
export async function withJobSpecs(
  file: string,
  absolute: string,
  workloads: readonly SpecWorkloadEntry[],
  positions: Positions,
  files: SpecFiles,
  cache: RunCache,
): Promise<Workloads> {
  if (!workloads.some((w) => w.entry.from !== undefined)) return { workloads, positions, diagnostics: [] };
  const { adapterFor } = await loadAdapters();
  const diagnostics: Diagnostic[] = [];
  const out: SpecWorkloadEntry[] = [];
  const redirects = new Map<number, Redirect>();
  let nextIndex = workloads.reduce((max, w) => Math.max(max, w.index), -1) + 1;
  const at = (index: number, path: Path, key = false): Diagnostic => {
    const p = positions.find(['workloads', index, ...path], { key });
    return { file, line: p.line, column: p.column, message: '' };
  };
  // Every spec the file names is known before any is read: start all their reads now (git answers
  // them in one stream), then take them in order.
  const targets = await Promise.all(
    workloads.map(({ entry }) =>
      entry.from === undefined ? Promise.resolve(undefined) : resolveTarget(entry.from, absolute, file, files),
    ),
  );
  const toRead = targets.flatMap((t) => (t === undefined || 'problem' in t ? [] : t.files));
  files.prefetch(toRead);
  // The base and head of a change share the parse of a workload file that did not change; where its
  // specs did not change either, they share its expansion too, and so its resolution and estimates.
  const texts = await Promise.all(toRead.map((path) => files.read(path)));
  const key = `${file}\n${toRead.join('\n')}\n${texts.map((t) => (typeof t === 'string' ? t : t.problem)).join('\0')}`;
  const expanded = cached(expansions, workloads, () => new Map<string, Workloads>());
  const earlier = expanded.get(key);
  if (earlier !== undefined) return earlier;
  for (const [n, written] of workloads.entries()) {
    const { index, entry, standIns } = written;
    const target = targets[n];
    if (entry.from === undefined || target === undefined) {
      out.push(written);
      continue;
    }
    const say = (message: string, path: Path = ['from']) => diagnostics.push({ ...at(index, path), message });
    if ('problem' in target) {
      say(target.problem);
      continue;
    }
    // All the resources read (named when the pick matches none), and those this workload takes.
    const found: { spec: SpecWorkload; path: string }[] = [];
    const chosen: { spec: SpecWorkload; path: string }[] = [];
    let failed = false;
    for (const path of target.files) {
      const shown = files.display(path);
      const text = await files.read(path);
      if (typeof text !== 'string') {
        say(`\`from\` \`${entry.from}\`: ${shown} ${problemText(text)} (paths are relative to ${file})`);
        failed = true;
        continue;
      }
      const format = entry.format ?? detectFormat(path, text);
      if (format === undefined) {
        say(
          `\`from\`: cannot tell what ${shown} is from its name or content: ` +
            'add `format: skypilot`, `kubernetes`, `slurm` or `terraform`',
        );
        failed = true;
        continue;
      }
      const adapter = adapterFor(format);
      if (adapter === undefined) {
        say(`\`from\`: ${shown}: reading ${format} job specs is not part of this version of carbon-budget`);
        failed = true;
        continue;
      }
      // By text, then by path and format: a key made of the text would copy each spec once more.
      const byText = cached(readings, cache, () => new Map<string, Map<string, Promise<SpecReading>>>());
      const byPath = cached(byText, text, () => new Map<string, Promise<SpecReading>>());
      const reading = await cached(byPath, `${format} ${shown}`, () => Promise.resolve(adapter(text, shown)));
      const problems = problemsFor(reading, target.selector);
      diagnostics.push(...problems);
      if (problems.length > 0) failed = true;
      found.push(...reading.workloads.map((spec) => ({ spec, path: shown })));
      chosen.push(...resourcesFor(reading, target.selector).map((spec) => ({ spec, path: shown })));
    }
    if (failed) continue;
    if (chosen.length === 0) {
      const names = found.map((f) => `\`${f.spec.name}\``).slice(0, 10);
      say(
        target.selector !== undefined
          ? `\`from\` \`${entry.from}\`: no resource \`${target.selector}\` that asks for accelerators` +
              (names.length > 0 ? `; found ${names.join(', ')}` : '')
          : `\`from\` \`${entry.from}\`: found no resource that asks for accelerators in ` +
              target.files.map((f) => files.display(f)).join(', ') +
              pickable(found),
      );
      continue;
    }
    if (entry.name !== '' && chosen.length > 1) {
      say(
        `\`from\` \`${entry.from}\` gives ${chosen.length} resources (${chosen
          .slice(0, 5)
          .map((c) => `\`${c.spec.name}\``)
          .join(', ')}${chosen.length > 5 ? ', ...' : ''}): pick one with \`file#Kind/name\`, ` +
          'or remove `name` to make a workload of each, named after it',
      );
      continue;
    }
    for (const { spec, path } of chosen) {
      const own = entry.name !== '';
      const i = own ? index : nextIndex++;
      const merged = mergeSpec(entry, spec, own ? entry.name : spec.name, diagnostics, path);
      if (merged === undefined) continue;
      redirects.set(i, { original: index, fields: merged.fieldsAt, resource: own ? undefined : spec.at });
      out.push({ index: i, entry: merged.entry, spec: merged.origin, ...(standIns === undefined ? {} : { standIns }) });
    }
  }
  const result = { workloads: out, positions: new SpecPositions(positions, redirects), diagnostics };
  expanded.set(key, result);
  return result;
}

/** The files `from` names, and the resource it picks; or why it cannot name any. */
async function resolveTarget(
  from: string,
  absolute: string,
  file: string,
  files: SpecFiles,
): Promise<Target | { problem: string }> {
  const hash = from.indexOf('#');
  const pattern = (hash < 0 ? from : from.slice(0, hash)).trim();
  const selector = hash < 0 ? undefined : from.slice(hash + 1).trim();
  const unusable = unusablePath(pattern, '`from`');
  if (unusable !== undefined) return { problem: unusable };
  if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern))
    return {
      problem: `\`from\` \`${from}\` is an absolute path; it is relative to ${file} and stays inside the repository`,
    };
  const dir = posix.dirname(absolute);
  const target = posix.normalize(posix.join(dir, pattern));
  const outside = `\`from\` \`${from}\` points outside the repository; carbon-budget reads only files inside it`;
  // One relative path for both checks: a run resolves one `from` per workload.
  const relative = posix.relative(files.root, target);
  if (leavesRoot(relative)) return { problem: outside };
  if (isUnderGit(relative) || isUnderGit(pattern))
    return { problem: `\`from\` \`${from}\` names a file under .git/, which carbon-budget never reads` };
  const withSelector = (list: readonly string[]): Target => ({
    pattern,
    files: list,
    ...(selector === undefined || selector === '' ? {} : { selector }),
  });
  if (!GLOB_CHARS.test(pattern)) return withSelector([target]);
  if (/(?:^|\/)\.\.?(?:\/|$)/.test(pattern) && pattern.split('/').some((s) => s.startsWith('..') && s !== '..'))
    return { problem: `\`from\` \`${from}\` has a step that starts with \`..\`` };
  let matches: string[];
  try {
    matches = await files.glob(pattern, dir);
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof SyntaxError)) throw error;
    return { problem: `\`from\` \`${from}\` is not a glob carbon-budget can read (${error.message})` };
  }
  const inside = matches.filter(
    (m) => m !== absolute && !isOutside(files.root, m) && !isUnderGit(posix.relative(files.root, m)),
  );
  if (inside.length === 0) return { problem: `\`from\` \`${from}\` matches no file (paths are relative to ${file})` };
  if (inside.length > MAX_SPECS_PER_FROM)
    return {
      problem:
        `\`from\` \`${from}\` matches ${inside.length.toLocaleString('en-US')} files; ` +
        `one \`from\` reads at most ${MAX_SPECS_PER_FROM.toLocaleString('en-US')}: split it into narrower globs`,
    };
  return withSelector(inside);
}

/**
 * For a read that found nothing: the resources read only when picked (a launch template, an
 * instance whose type is a variable), each with what its notes say it needs.
 */
function pickable(found: readonly { spec: SpecWorkload; path: string }[]): string {
  const picks = found.filter((f) => f.spec.pickOnly !== undefined).slice(0, 3);
  if (picks.length === 0) return '';
  const each = picks.map(({ spec, path }) => {
    const needs = spec.notes.filter((note) => note.includes('give `'));
    return `\`${path}#${spec.name}\`${needs.length === 0 ? '' : ` (${needs.join('; ')})`}`;
  });
  return `; a workload may pick ${each.join(', or ')}`;
}

/** Where to look for the parts of a workload that came from a spec. */
interface Redirect {
  readonly original: number;
  readonly fields: ReadonlyMap<string, SourceRef>;
  /** For a workload named after its resource: where the resource is (its name is there). */
  readonly resource: SourceRef | undefined;
}

/** Positions of a workload file, with spec-given fields (and discovered workloads' names) in the spec. */
class SpecPositions implements Positions {
  constructor(
    private readonly base: Positions,
    private readonly redirects: ReadonlyMap<number, Redirect>,
  ) {}

  find(path: Path, options?: { key?: boolean }): Position {
    const index = path[1];
    const redirect = path[0] === 'workloads' && typeof index === 'number' ? this.redirects.get(index) : undefined;
    if (redirect === undefined) return this.base.find(path, options);
    const field = path[2];
    const spec = typeof field === 'string' ? redirect.fields.get(field) : undefined;
    if (spec !== undefined) return spec;
    if (field === 'name' && redirect.resource !== undefined) return redirect.resource;
    return this.base.find(['workloads', redirect.original, ...path.slice(2)], options);
  }
}

/** The fields each kind of workload has, by name: a spec's `runs` means nothing to a serving fleet. */
const SHAPES = { training: trainingSchema.shape, inference: inferenceSchema.shape } as const;

/**
 * The workload with the spec's fields it does not write itself, each checked by the schema at its
 * place in the spec; undefined when one fails (the problem says why). The workload's hardware
 * replaces the spec's as a whole: an `instance` written here is not mixed with the spec's GPUs.
 */
function mergeSpec(
  entry: WorkloadEntry,
  spec: SpecWorkload,
  name: string,
  diagnostics: Diagnostic[],
  path: string,
): { entry: WorkloadEntry; origin: SpecOrigin; fieldsAt: Map<string, SourceRef> } | undefined {
  const written = entry as Readonly<Record<string, unknown>>;
  const notes = spec.notes.map((note) => answered(note, written));
  const ownHardware = written.accelerator !== undefined || written.instance !== undefined;
  const skip = new Set<SpecFieldName>();
  if (ownHardware) {
    skip.add('accelerator').add('instance');
    // A count of instances is no count of the accelerators the workload names instead. An instance
    // whose type the spec left open keeps its count for the instance the workload names.
    const unresolved = spec.pickOnly === 'unresolved';
    if (spec.fields.instance !== undefined || (unresolved && written.accelerator !== undefined)) skip.add('count');
  }
  if (written['accelerator-hours'] !== undefined) skip.add('count').add('hours');
  const merged: Record<string, unknown> = { ...entry, name };
  const fieldsAt = new Map<string, SourceRef>();
  const fields: SpecFieldName[] = [];
  let ok = true;
  const shape = SHAPES[entry.kind] as Readonly<Record<string, { safeParse: (v: unknown, o?: object) => ParseResult }>>;
  if (entry.name === '') {
    // A name taken from the spec is held to the rules of one written here (printable, one line).
    const checked = shape.name?.safeParse(name, { reportInput: true });
    if (checked !== undefined && !checked.success) {
      for (const issue of locateIssues(checked.error.issues, ['name']))
        diagnostics.push({ ...spec.at, message: `the resource's name, as a workload name: ${issue.message}` });
      return undefined;
    }
  }
  const byCloud = ownHardware ? undefined : boardOnWorkloadCloud(spec, written.region);
  const specFields: Partial<Record<SpecFieldName, SpecWorkload['fields'][SpecFieldName]>> = { ...spec.fields };
  if (byCloud !== undefined) {
    specFields.accelerator = { value: byCloud.board, at: byCloud.at };
    const asked = notes.indexOf(byCloud.open);
    if (asked >= 0) notes.splice(asked, 1, byCloud.note);
    else notes.push(byCloud.note);
  }
  for (const [key, field] of Object.entries(specFields) as [SpecFieldName, SpecWorkload['fields'][SpecFieldName]][]) {
    if (field === undefined || written[key] !== undefined || skip.has(key)) continue;
    const schema = shape[key];
    if (schema === undefined) {
      notes.push(`\`${key}\` from the spec not used: a ${entry.kind} workload has none`);
      continue;
    }
    const parsed = schema.safeParse(field.value, { reportInput: true });
    if (!parsed.success) {
      for (const issue of locateIssues(parsed.error.issues, [key]))
        diagnostics.push({ ...field.at, message: `${issue.message} (read from ${path} for workload \`${name}\`)` });
      ok = false;
      continue;
    }
    merged[key] = parsed.data;
    fieldsAt.set(key, field.at);
    fields.push(key);
  }
  if (!ok) return undefined;
  return {
    entry: merged as WorkloadEntry,
    origin: { file: path, format: spec.format, resource: spec.name, at: spec.at, fields, notes },
    fieldsAt,
  };
}

/**
 * A note that asked for fields the workload writes (`...: give \`instance\` in the workload`), said
 * as answered, so that the report does not ask for what is there.
 */
function answered(note: string, written: Readonly<Record<string, unknown>>): string {
  // `give \`accelerator\` and \`count\``: every field named in the list that follows `give`.
  const asked = [...note.matchAll(/give ((?:`[a-z-]+`(?:,\s*|\s+and\s+)?)+)/g)].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((f) => f[1] ?? ''),
  );
  if (asked.length === 0 || asked.some((field) => written[field] === undefined)) return note;
  const given = asked.map((field) => `\`${field}\``).join(' and ');
  const at = note.search(/(?:[:,;]\s*(?:or\s+)?|\s+)give `/);
  const kept = note.slice(0, at < 0 ? note.indexOf('give `') : at).trim();
  return kept === '' ? `the workload gives ${given}` : `${kept} (the workload gives ${given})`;
}

/**
 * The board a spec's cloud-dependent accelerator name (SkyPilot's `H100`) has on the cloud of the
 * workload's own `region`, where that cloud pins it down; undefined otherwise, and the spec's note
 * asking for `accelerator` stands.
 */
function boardOnWorkloadCloud(
  spec: SpecWorkload,
  region: unknown,
): { board: string; at: SourceRef; open: string; note: string } | undefined {
  const open = spec.boardByCloud;
  if (open === undefined || typeof region !== 'string') return undefined;
  const cloud = region.slice(0, region.indexOf(':')).trim().toLowerCase();
  const board = Object.hasOwn(open.boards, cloud) ? open.boards[cloud] : undefined;
  if (board === undefined) return undefined;
  const note = `\`${open.name}\` read as ${board}, its board on ${cloud}, the cloud of the workload's \`region\``;
  return { board, at: open.at, open: open.open, note };
}

type ParseResult =
  { success: true; data: unknown } | { success: false; error: { issues: Parameters<typeof locateIssues>[0] } };
