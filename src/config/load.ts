import { posix } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import type { FileSource } from './file-source.js';
import { locateIssues, type Located } from './issues.js';
import { fileEnvelopeSchema, workloadSchema, type FileEnvelope, type WorkloadEntry } from './schema.js';
import { PositionFinder, type Path, type Position } from './yaml-positions.js';

/** One workload file, read and checked, with what it includes. */
export interface LoadedFile {
  /** Path as shown to people: relative to the root directory, forward slashes. */
  readonly file: string;
  readonly absolute: string;
  readonly envelope: FileEnvelope;
  /** The workloads of this file that passed validation, with their index in `workloads`. */
  readonly workloads: readonly { readonly index: number; readonly entry: WorkloadEntry }[];
  /** The file that included this one; undefined for the root file. */
  readonly parent?: LoadedFile;
  readonly positions: PositionFinder;
}

export interface LoadResult {
  readonly files: readonly LoadedFile[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface LoadOptions {
  /** Directory that file names in messages are relative to. */
  readonly root: string;
  readonly source: FileSource;
}

const GLOB_CHARS = /[*?[\]{}!]/;

export function displayPath(root: string, absolute: string): string {
  const relative = posix.relative(root, absolute);
  return relative === '' ? posix.basename(absolute) : relative;
}

class Loader {
  readonly files: LoadedFile[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly loadedFrom = new Map<string, string>();

  constructor(private readonly options: LoadOptions) {}

  private report(file: string, at: Position, message: string): void {
    this.diagnostics.push({ file, line: at.line, column: at.column, message });
  }

  private reportAll(file: string, positions: PositionFinder, located: readonly Located[]): void {
    for (const item of located) this.report(file, positions.find(item.path, { key: item.key }), item.message);
  }

  async load(absolute: string, parent: LoadedFile | undefined, chain: readonly string[]): Promise<void> {
    const file = displayPath(this.options.root, absolute);
    const text = await this.options.source.read(absolute);
    if (text === undefined) {
      this.diagnostics.push({ file, line: 0, column: 0, message: 'no such file' });
      return;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const positions = new PositionFinder(doc, lines);
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        this.report(file, positions.offset(error.pos[0]), `YAML syntax: ${error.message.split('\n')[0] ?? error.code}`);
      }
      return;
    }
    const data: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
    const envelope = fileEnvelopeSchema.safeParse(data, { reportInput: true });
    if (!envelope.success) {
      this.reportAll(file, positions, locateIssues(envelope.error.issues));
      // Workloads are still checked one by one below, so that every problem shows at once.
    }
    const raw = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    const rawWorkloads = Array.isArray(raw.workloads) ? (raw.workloads as unknown[]) : [];
    const workloads: { index: number; entry: WorkloadEntry }[] = [];
    rawWorkloads.forEach((item, index) => {
      const parsed = workloadSchema.safeParse(item, { reportInput: true });
      if (parsed.success) workloads.push({ index, entry: parsed.data });
      else if (envelope.success || !envelope.error.issues.some((i) => i.path[0] === 'workloads' && i.path.length === 1)) {
        this.reportAll(file, positions, locateIssues(parsed.error.issues, ['workloads', index]));
      }
    });
    if (!envelope.success) return;

    const loaded: LoadedFile = {
      file,
      absolute,
      envelope: envelope.data,
      workloads,
      positions,
      ...(parent === undefined ? {} : { parent }),
    };
    this.files.push(loaded);
    this.loadedFrom.set(absolute, file);
    await this.loadIncludes(loaded, [...chain, absolute]);
  }

  private async loadIncludes(from: LoadedFile, chain: readonly string[]): Promise<void> {
    const includes = from.envelope.include ?? [];
    const dir = posix.dirname(from.absolute);
    for (const [index, pattern] of includes.entries()) {
      const at = from.positions.find(['include', index] satisfies Path);
      const matches = (await this.options.source.glob(pattern, dir)).filter((m) => m !== from.absolute);
      if (matches.length === 0) {
        const what = GLOB_CHARS.test(pattern) ? 'matches no file' : 'names no file';
        this.report(from.file, at, `include \`${pattern}\` ${what} (paths are relative to ${from.file})`);
        continue;
      }
      for (const match of matches) {
        if (chain.includes(match)) {
          const cycle = [...chain.slice(chain.indexOf(match)), match].map((p) => displayPath(this.options.root, p));
          this.report(from.file, at, `include cycle: ${cycle.join(' -> ')}`);
          continue;
        }
        const earlier = this.loadedFrom.get(match);
        if (earlier !== undefined) {
          this.report(from.file, at, `\`${displayPath(this.options.root, match)}\` is included more than once; include each file from one place only`);
          continue;
        }
        this.loadedFrom.set(match, from.file);
        await this.load(match, from, chain);
      }
    }
  }
}

/** Reads a workload file and everything it includes, collecting every problem found. */
export async function loadWorkloadFiles(rootFile: string, options: LoadOptions): Promise<LoadResult> {
  const loader = new Loader(options);
  await loader.load(rootFile, undefined, []);
  return { files: loader.files, diagnostics: loader.diagnostics };
}
