import { posix } from 'node:path';
import { cached } from '../cached.js';
import type { Diagnostic } from './diagnostics.js';
import { MAX_FILE_BYTES, problemText, type FileProblem, type FileSource } from './file-source.js';
import { strayWorkloadNames, type StrayNames } from './catalog-names.js';
import { globbedFiles, planIncludes, type Included } from './include-plan.js';
import { locateIssues, type Located } from './issues.js';
import { nearNamesHint } from './near-names.js';
import { fileEnvelopeSchema, workloadSchema, type FileEnvelope, type WorkloadEntry } from './schema.js';
import { salvageEnvelope, salvageWorkload } from './salvage.js';
import { namedEntry, withJobSpecs, type SpecFiles, type SpecOrigin } from './job-spec-fields.js';
import { readPlainYaml } from './yaml-fast.js';
import type { Path, Position, Positions } from './yaml-positions.js';
import type { SourceRef } from '../model.js';
import type { RunCache } from '../run-cache.js';

/** One workload file, read and checked, with what it includes. */
export interface LoadedFile {
  /** Path as shown to people: relative to the root directory, forward slashes. */
  readonly file: string;
  readonly absolute: string;
  readonly envelope: FileEnvelope;
  /**
   * The workloads of this file that passed validation or were salvaged, with their index in
   * `workloads`; those taken from a job spec (`from`) with where (see job-spec-fields.ts).
   */
  readonly workloads: readonly LoadedWorkload[];
  /** The file that included this one; undefined for the root file. */
  readonly parent?: LoadedFile;
  /** True when the file itself did not validate: what validates of it is kept, so that all of it is checked. */
  readonly broken?: boolean;
  /** Fields of `defaults` that did not validate and stand in with valid values (salvage.ts). */
  readonly defaultsStandIns?: readonly string[];
  readonly positions: Positions;
  /** Catalog names where validation gave no entry, looked up all the same (see StrayNames). */
  readonly strayNames: readonly StrayNames[];
}

/** A workload of a file, by its index in `workloads`. */
export interface LoadedWorkload {
  readonly index: number;
  readonly entry: WorkloadEntry;
  /**
   * Fields that did not validate and stand in with valid values (salvage.ts): the workload is
   * checked for its other problems, and never estimated.
   */
  readonly standIns?: readonly string[];
  /** The job spec the workload takes figures from (`from`). */
  readonly spec?: SpecOrigin;
}

/** Where a path of a loaded file is written (`key`: where its key is, rather than its value). */
export function sourceRef(file: LoadedFile, path: Path, key = false): SourceRef {
  const found = file.positions.find(path, { key });
  // A field taken from a job spec is where the spec writes it.
  return { file: found.file ?? file.file, line: found.line, column: found.column };
}

export interface LoadResult {
  readonly files: readonly LoadedFile[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface LoadOptions {
  /** Directory that file names in messages are relative to. */
  readonly root: string;
  readonly source: FileSource;
  /** Holds the parsed files by text, which the base and head of a change mostly share. */
  readonly cache: RunCache;
}

export { GLOB_CHARS } from './include-plan.js';

/** Bounds that keep a hostile or mistaken tree from taking unbounded time and memory. */
export const LIMITS = { fileBytes: MAX_FILE_BYTES, files: 10_000 } as const;

export function displayPath(root: string, absolute: string): string {
  const relative = posix.relative(root, absolute);
  return relative === '' ? posix.basename(absolute) : relative;
}

/** What a file's text parses and validates to: a pure function of the text, so it can be shared. */
export interface ParsedFile {
  readonly problems: readonly { readonly at: Position; readonly message: string; readonly count?: number }[];
  /** Undefined when the text is not usable YAML at all (nothing more can be read from it). */
  readonly content?: {
    readonly envelope: FileEnvelope;
    readonly workloads: readonly LoadedWorkload[];
    readonly positions: Positions;
    /** The envelope did not validate; what of it validates was kept, so that the rest is checked. */
    readonly broken: boolean;
    readonly defaultsStandIns?: readonly string[];
    /** No YAML content at all: an empty file, or only comments. */
    readonly empty: boolean;
    readonly strayNames: readonly StrayNames[];
  };
}

/** Parses and validates one workload file's text. */
export async function parseWorkloadFile(read: string): Promise<ParsedFile> {
  // A byte-order mark is not part of the first line's columns.
  const text = read.replace(/^\uFEFF/, '');
  const fast = readPlainYaml(text);
  if (fast !== undefined) return validate(fast.value, fast.positions, false);
  // The `yaml` package, for everything the fast path steps aside from: loaded only then (in the
  // bundles, dist/yaml-reference.js), since most runs never need it.
  const { readReferenceYaml } = await import('./yaml-reference.js');
  const reference = readReferenceYaml(text);
  return reference.ok
    ? validate(reference.value, reference.positions, reference.empty)
    : { problems: reference.problems };
}

/**
 * A file with more problems than this is mostly not a workload file: the rest are counted, not
 * located (finding each position walks the file, so thousands of them would take minutes).
 */
const MAX_PROBLEMS_PER_FILE = 100;

/** Checks a file's data against the schema, with every problem at its position. */
function validate(value: unknown, positions: Positions, empty: boolean): ParsedFile {
  const located: Located[] = [];
  const envelope = fileEnvelopeSchema.safeParse(value, { reportInput: true });
  // Workloads are checked one by one even when the envelope fails, so that every problem shows at once.
  if (!envelope.success) located.push(...locateIssues(envelope.error.issues));
  const raw =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const rawWorkloads = Array.isArray(raw.workloads) ? (raw.workloads as unknown[]) : [];
  const workloads: LoadedWorkload[] = [];
  const strayNames: StrayNames[] = [];
  rawWorkloads.forEach((item, index) => {
    const parsed = workloadSchema.safeParse(item, { reportInput: true });
    if (parsed.success) {
      const entry = namedEntry(parsed.data);
      if (entry !== undefined) workloads.push({ index, entry });
      else located.push({ path: ['workloads', index], key: false, message: `workload ${index + 1} needs \`name\`` });
      return;
    }
    located.push(...locateIssues(parsed.error.issues, ['workloads', index]));
    // Checked further with stand-ins for what is wrong, so that the rules that span fields are checked too.
    const salvaged = salvageWorkload(item);
    const entry = salvaged === undefined ? undefined : namedEntry(salvaged.entry);
    if (salvaged !== undefined && entry !== undefined) workloads.push({ index, entry, standIns: salvaged.standIns });
    else {
      if (salvaged !== undefined)
        located.push({ path: ['workloads', index], key: false, message: `workload ${index + 1} needs \`name\`` });
      strayNames.push(...strayWorkloadNames(item, index));
    }
  });
  const problems: { at: Position; message: string; count?: number }[] = located
    .slice(0, MAX_PROBLEMS_PER_FILE)
    .map((item) => ({ at: positions.find(item.path, { key: item.key }), message: item.message }));
  const firstHidden = located[MAX_PROBLEMS_PER_FILE];
  if (firstHidden !== undefined) {
    const more = located.length - MAX_PROBLEMS_PER_FILE;
    problems.push({
      at: positions.find(firstHidden.path, { key: firstHidden.key }),
      message:
        `and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'} in this file, ` +
        'not listed: fix these first',
      count: more,
    });
  }
  if (envelope.success)
    return { problems, content: { envelope: envelope.data, workloads, positions, broken: false, empty, strayNames } };
  // What still validates of the file is used, so that its workloads and includes are checked too.
  const { envelope: kept, defaultsStandIns } = salvageEnvelope(raw);
  return {
    problems,
    content: { envelope: kept, workloads, positions, broken: true, empty, strayNames, defaultsStandIns },
  };
}

/**
 * Lets the event loop run between files. Disk reads resolve at once, so without this the head's
 * whole tree is read and parsed in one go, while the base's git answers wait in a full pipe: at
 * 1,000 files the base then finished 200 ms after the head, and now within 20 ms.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Where an included file was named: the include entry's position in the including file, and its text. */
interface Via {
  readonly at: Position;
  readonly pattern: string;
}

class Loader {
  readonly files: LoadedFile[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly loadedFrom = new Map<string, string>();
  private readonly reads = new Map<string, Promise<string | FileProblem>>();
  private overLimit = false;

  /** How `from` reads job specs: as workload files are read, through the same source and bounds. */
  private readonly specFiles: SpecFiles;

  constructor(private readonly options: LoadOptions) {
    this.specFiles = this.specSource();
  }

  private specSource(): SpecFiles {
    return {
      root: this.options.root,
      read: async (absolute) => {
        const read = await this.read(absolute);
        const bytes = typeof read === 'string' ? Buffer.byteLength(read) : 0;
        return bytes > LIMITS.fileBytes ? { problem: 'too-big', bytes } : read;
      },
      glob: (pattern, dir) => this.options.source.glob(pattern, dir, this.options.root),
      prefetch: (paths) => {
        this.prefetch(paths);
      },
      display: (absolute) => displayPath(this.options.root, absolute),
    };
  }

  /**
   * Reads each file once; reads started early (prefetch) run while earlier files are parsed, where the source waits
   * on anything (git, the API). The root goes with each read: the disk refuses a path through a link below it.
   */
  private read(absolute: string): Promise<string | FileProblem> {
    return cached(this.reads, absolute, () => this.options.source.read(absolute, this.options.root));
  }

  private prefetch(paths: readonly string[]): void {
    const fresh = paths.filter((p) => !this.reads.has(p));
    this.options.source.prefetch?.(fresh);
    for (const path of fresh) void this.read(path).catch(() => undefined);
  }

  isLoaded(absolute: string): boolean {
    return this.loadedFrom.has(absolute);
  }

  private report(file: string, at: Position, message: string, count?: number): void {
    this.diagnostics.push({
      file,
      line: at.line,
      column: at.column,
      message,
      ...(count === undefined ? {} : { count }),
    });
  }

  /**
   * A file that cannot be read is reported where it was named: at the include entry of the file that
   * includes it (`via`), or, for a root file, as the file itself. A file that is not UTF-8 is reported
   * at its own first bad byte.
   */
  private unreadable(
    file: string,
    problem: FileProblem,
    parent: LoadedFile | undefined,
    via: Via | undefined,
    hint: string,
  ): void {
    if (parent === undefined || via === undefined || problem.problem === 'encoding') {
      this.diagnostics.push({
        file,
        line: problem.line ?? 0,
        column: problem.column ?? 0,
        message: problemText(problem) + hint,
      });
      return;
    }
    const message =
      `include \`${via.pattern}\`: ${file} ${problemText(problem)}${hint} ` + `(paths are relative to ${parent.file})`;
    this.report(parent.file, via.at, message);
  }

  /** For a file that is not there: the files of its directory that are likely meant (near-names.ts). */
  private async nearNamesHint(absolute: string, included: boolean): Promise<string> {
    const { source, root } = this.options;
    try {
      return nearNamesHint(absolute, await source.glob('*', posix.dirname(absolute), root), included);
    } catch {
      // A directory that cannot be listed has no name to suggest: the file is missing all the same.
      return '';
    }
  }

  async load(absolute: string, parent: LoadedFile | undefined, chain: readonly string[], via?: Via): Promise<void> {
    const file = displayPath(this.options.root, absolute);
    const read = await this.read(absolute);
    await nextTurn();
    // Sources check sizes before reading; a text from elsewhere (the API) is counted in bytes here.
    const bytes = typeof read === 'string' ? Buffer.byteLength(read) : 0;
    const problem: FileProblem | undefined =
      typeof read !== 'string' ? read : bytes > LIMITS.fileBytes ? { problem: 'too-big', bytes } : undefined;
    if (problem !== undefined || typeof read !== 'string') {
      // Not loaded: another include of the same path says the same, rather than "included more than once".
      this.loadedFrom.delete(absolute);
      const hint = problem?.problem === 'missing' ? await this.nearNamesHint(absolute, via !== undefined) : '';
      this.unreadable(file, problem ?? { problem: 'missing' }, parent, via, hint);
      return;
    }
    if (this.files.length >= LIMITS.files) {
      const message =
        `more than ${LIMITS.files.toLocaleString('en-US')} workload files are included; ` +
        'carbon-budget reads at most that many';
      if (!this.overLimit) {
        if (parent !== undefined && via !== undefined)
          this.report(parent.file, via.at, `include \`${via.pattern}\`: ${message}`);
        else this.diagnostics.push({ file, line: 0, column: 0, message });
      }
      this.overLimit = true;
      return;
    }
    const { parses } = this.options.cache;
    let parsed = parses.get(read);
    if (parsed === undefined) {
      parsed = await parseWorkloadFile(read);
      parses.set(read, parsed);
    }
    for (const problem of parsed.problems) this.report(file, problem.at, problem.message, problem.count);
    if (parsed.content === undefined) return;
    if (parent === undefined && parsed.content.empty) {
      // A silent zero would pass every budget: an empty root file is a mistake, not a result.
      this.report(
        file,
        { line: 1, column: 1 },
        'the file is empty (or only comments): declare `workloads:` (an empty list `workloads: []` is fine)',
      );
      return;
    }
    const { envelope, strayNames, defaultsStandIns } = parsed.content;
    const { workloads, positions, diagnostics } = await withJobSpecs(
      file,
      absolute,
      parsed.content.workloads,
      parsed.content.positions,
      this.specFiles,
      this.options.cache,
    );
    this.diagnostics.push(...diagnostics);
    const loaded: LoadedFile = {
      file,
      absolute,
      envelope,
      workloads,
      positions,
      strayNames,
      ...(parsed.content.broken ? { broken: true } : {}),
      ...(defaultsStandIns === undefined || defaultsStandIns.length === 0 ? {} : { defaultsStandIns }),
      ...(parent === undefined ? {} : { parent }),
    };
    this.files.push(loaded);
    this.loadedFrom.set(absolute, file);
    await this.loadIncludes(loaded, [...chain, absolute]);
  }

  /** The files a glob gives to load, or the problem that stops it. */
  private async glob(pattern: string, dir: string, from: LoadedFile): Promise<Included> {
    const { root, source } = this.options;
    try {
      return globbedFiles(pattern, await source.glob(pattern, dir, root), from, root);
    } catch (error) {
      // The matcher refuses a pattern it cannot compile with one of these (planIncludes refuses the
      // shapes known to do it): the pattern's fault, said at its line rather than as a crash.
      if (!(error instanceof TypeError || error instanceof SyntaxError)) throw error;
      return { problem: `include \`${pattern}\` is not a glob carbon-budget can read (${error.message})` };
    }
  }

  private async loadIncludes(from: LoadedFile, chain: readonly string[]): Promise<void> {
    const { root } = this.options;
    const plans = planIncludes(from.envelope.include ?? [], from, root);
    const dir = posix.dirname(from.absolute);
    // Every match is known before any is loaded: start all their reads now, then load in order.
    const globbed = await Promise.all(
      plans.map(async (plan) => (plan.action === 'glob' ? this.glob(plan.pattern, dir, from) : undefined)),
    );
    const toRead = plans.flatMap((plan, index) => {
      if (plan.action === 'read') return [plan.path];
      const found = globbed[index];
      return found !== undefined && 'files' in found ? found.files : [];
    });
    this.prefetch(toRead.filter((path) => !this.loadedFrom.has(path)));
    for (const [index, plan] of plans.entries()) {
      const at = from.positions.find(['include', index] satisfies Path);
      if (plan.action === 'refuse') {
        this.report(from.file, at, plan.message);
        continue;
      }
      const included: Included = plan.action === 'read' ? { files: [plan.path] } : (globbed[index] ?? { files: [] });
      if ('problem' in included) {
        this.report(from.file, at, included.problem);
        continue;
      }
      for (const match of included.files) {
        if (chain.includes(match)) {
          const cycle = [...chain.slice(chain.indexOf(match)), match].map((p) => displayPath(root, p));
          this.report(from.file, at, `include cycle: ${cycle.join(' -> ')}`);
          continue;
        }
        const earlier = this.loadedFrom.get(match);
        if (earlier !== undefined) {
          this.report(
            from.file,
            at,
            `\`${displayPath(root, match)}\` is included more than once; include each file from one place only`,
          );
          continue;
        }
        this.loadedFrom.set(match, from.file);
        await this.load(match, from, chain, { at, pattern: plan.pattern });
      }
    }
  }
}

/**
 * Reads workload files and everything they include, collecting every problem found. Several
 * root files form one set (a monorepo's teams, say): each is a root of its own tree.
 */
export async function loadWorkloadFiles(rootFiles: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const loader = new Loader(options);
  for (const root of rootFiles) {
    if (loader.isLoaded(root)) continue;
    await loader.load(root, undefined, []);
  }
  return { files: loader.files, diagnostics: loader.diagnostics };
}
