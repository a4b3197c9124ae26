import { posix } from 'node:path';
import type { Diagnostic } from '../config/diagnostics.js';
import { formatBytes, MAX_FILE_BYTES, problemText, type FileProblem, type FileSource } from '../config/file-source.js';
import {
  dotDotStep,
  expandBraces,
  GLOB_CHARS,
  isOutside,
  isUnderGit,
  malformedGlob,
  stepMayBeGit,
  unusablePath,
} from '../config/include-plan.js';
import { displayPath, sourceRef, type LoadedFile } from '../config/load.js';
import type { WorkloadEntry } from '../config/schema.js';
import type { SourceRef } from '../model.js';
import type { CodeCarbonRun } from './codecarbon.js';

// The figures other tools wrote for a workload: what its model card reports and what CodeCarbon
// measured. Read through the same file source as the workload files, so that the base side of a
// pull request reads them as they are at the base revision, with the same confinement to the
// repository and the same size limit.

/** A model card's `co2_eq_emissions`, in kg, with where it is written. */
export interface ReportedFigure {
  readonly co2eKg: number;
  readonly source?: string;
  readonly trainingType?: string;
  readonly geographicalLocation?: string;
  readonly hardwareUsed?: string;
  readonly at: SourceRef;
}

/** CodeCarbon's runs of a workload, summed. */
export interface MeasuredFigure {
  readonly energyKwh: number;
  /** The emissions CodeCarbon wrote, kgCO2e. */
  readonly co2eKg: number;
  readonly runs: number;
  readonly durationHours?: number;
  /** The CSV files the runs come from, as shown; the first run's row is `at`. */
  readonly files: readonly string[];
  readonly at: SourceRef;
  /** CodeCarbon's `pue` when every run has the same one. */
  readonly pue?: number;
  /** Where the runs were (`gcp:europe-west4`, `FRA île-de-france`), each once. */
  readonly locations: readonly string[];
  readonly project?: string;
  readonly experiment?: string;
  /** Whose grid intensity costs the measured energy: CodeCarbon's, or the workload's. */
  readonly grid: 'codecarbon' | 'workload';
}

export interface WorkloadEvidence {
  readonly reported?: ReportedFigure;
  readonly measured?: MeasuredFigure;
  /** The file's `budgets.counts` (or the one it inherits) is `measured`. */
  readonly countsMeasured: boolean;
}

export interface EvidenceReading {
  /** By workload name, for the workloads that point at such figures. */
  readonly evidence: ReadonlyMap<string, WorkloadEvidence>;
  readonly diagnostics: readonly Diagnostic[];
}

/** More CSV files than this behind one `measured` glob is a glob that matched too much. */
const MAX_MEASURED_FILES = 1000;

type ForeignFiles = typeof import('./foreign-files.js');

type Plan = { refuse: string } | { read: string } | { glob: string };

/**
 * A path or glob of `measured` or `reported`, planned from its text as an include is: inside the
 * repository, never under .git, of the file type named; a model card is one file, not a glob.
 */
function plan(pattern: string, field: string, from: LoadedFile, root: string, extension: RegExp): Plan {
  const subject = `\`${field}\``;
  const unusable = unusablePath(pattern, subject);
  if (unusable !== undefined) return { refuse: unusable };
  if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern))
    return { refuse: `${subject} \`${pattern}\` is an absolute path; write it relative to ${from.file}` };
  const dir = posix.dirname(from.absolute);
  const outside = `${subject} \`${pattern}\` points outside the repository; carbon-budget reads only files inside it`;
  if (GLOB_CHARS.test(pattern)) {
    if (field === 'reported') return { refuse: `${subject} names one model card (a README.md), not a glob` };
    const expanded = expandBraces(pattern);
    const malformed = malformedGlob(pattern);
    if (expanded === undefined || malformed !== undefined)
      return { refuse: `${subject} \`${pattern}\` ${malformed ?? 'stands for too many patterns through its braces'}` };
    for (const one of expanded) {
      const path = posix.normalize(posix.join(dir, one));
      if (isOutside(root, path)) return { refuse: outside };
      const parent = dotDotStep(one);
      if (parent !== undefined) return { refuse: `${subject} \`${pattern}\` ${parent}` };
      if (posix.relative(root, path).split('/').some(stepMayBeGit))
        return { refuse: `${subject} \`${pattern}\` could match files under .git/, which carbon-budget never reads` };
    }
    return { glob: pattern };
  }
  const path = posix.normalize(posix.join(dir, pattern));
  if (isOutside(root, path)) return { refuse: outside };
  if (isUnderGit(posix.relative(root, path)) || !extension.test(path))
    return {
      refuse:
        field === 'reported'
          ? `${subject} \`${pattern}\` must name a model card, a .md file (README.md)`
          : `${subject} \`${pattern}\` must name CodeCarbon's .csv files (emissions.csv)`,
    };
  return { read: path };
}

function foreignProblem(problem: FileProblem, what: string): string {
  switch (problem.problem) {
    case 'missing':
      return 'no such file';
    case 'directory':
      return `is a directory, not ${what}`;
    case 'too-big':
      return (
        `is ${formatBytes(problem.bytes ?? MAX_FILE_BYTES + 1)}; carbon-budget reads at most 1 MB ` +
        `(${MAX_FILE_BYTES.toLocaleString('en-US')} bytes) of ${what}`
      );
    default:
      return problemText(problem);
  }
}

/** Whether budgets count measured figures for a file's workloads: its `budgets.counts`, or the nearest above it. */
function countsMeasured(file: LoadedFile): boolean {
  for (let f: LoadedFile | undefined = file; f !== undefined; f = f.parent) {
    const counts = f.envelope.budgets?.counts;
    if (counts !== undefined) return counts === 'measured';
  }
  return false;
}

interface Request {
  readonly file: LoadedFile;
  readonly index: number;
  readonly entry: WorkloadEntry;
}

/**
 * Each run once: a run_id found in two files (a copy of emissions.csv the glob also matches)
 * counts at its last place, in the order of the files.
 */
function onePerRun<T extends { readonly run: CodeCarbonRun }>(runs: readonly T[]): T[] {
  const last = new Map<string, T>();
  for (const r of runs) if (r.run.runId !== undefined) last.set(r.run.runId, r);
  return runs.filter((r) => r.run.runId === undefined || last.get(r.run.runId) === r);
}

class EvidenceReader {
  readonly diagnostics: Diagnostic[] = [];
  private readonly texts = new Map<string, Promise<string | FileProblem>>();
  private readonly csvs = new Map<string, Promise<readonly CodeCarbonRun[] | undefined>>();

  constructor(
    private readonly root: string,
    private readonly source: FileSource,
    private readonly adapters: ForeignFiles,
  ) {}

  private read(path: string): Promise<string | FileProblem> {
    let text = this.texts.get(path);
    if (text === undefined) {
      text = this.source.read(path, this.root);
      this.texts.set(path, text);
    }
    return text;
  }

  /** Says a problem where the workload names the file; nothing to return then. */
  private problem(at: SourceRef, message: string): void {
    this.diagnostics.push({ ...at, message });
  }

  /** A file's text, or undefined once its problem is said where the workload names it. */
  private async text(path: string, field: string, at: SourceRef, what: string): Promise<string | undefined> {
    const read = await this.read(path);
    if (typeof read === 'string') return read;
    const shown = displayPath(this.root, path);
    if (read.problem === 'encoding')
      this.diagnostics.push({
        file: shown,
        line: read.line ?? 0,
        column: read.column ?? 0,
        message: problemText(read),
      });
    else this.problem(at, `\`${field}\`: ${shown} ${foreignProblem(read, what)}`);
    return undefined;
  }

  async reported(request: Request): Promise<ReportedFigure | undefined> {
    const written = request.entry.kind === 'training' ? request.entry.reported : undefined;
    if (written === undefined) return undefined;
    const at = sourceRef(request.file, ['workloads', request.index, 'reported']);
    const planned = plan(written, 'reported', request.file, this.root, /\.(?:md|markdown)$/i);
    if ('refuse' in planned) {
      this.problem(at, planned.refuse);
      return undefined;
    }
    if (!('read' in planned)) return undefined;
    const text = await this.text(planned.read, 'reported', at, 'a model card');
    if (text === undefined) return undefined;
    const file = displayPath(this.root, planned.read);
    const reading = this.adapters.readModelCard(text, file);
    this.diagnostics.push(...reading.diagnostics);
    const f = reading.figure;
    if (f === undefined) return undefined;
    const figure: { -readonly [K in keyof ReportedFigure]: ReportedFigure[K] } = {
      co2eKg: f.grams / 1000,
      at: { file, line: f.line, column: f.column },
    };
    if (f.source !== undefined) figure.source = f.source;
    if (f.trainingType !== undefined) figure.trainingType = f.trainingType;
    if (f.geographicalLocation !== undefined) figure.geographicalLocation = f.geographicalLocation;
    if (f.hardwareUsed !== undefined) figure.hardwareUsed = f.hardwareUsed;
    return figure;
  }

  private runsOf(path: string, at: SourceRef): Promise<readonly CodeCarbonRun[] | undefined> {
    let runs = this.csvs.get(path);
    if (runs === undefined) {
      runs = this.text(path, 'measured', at, 'a CodeCarbon CSV file').then((text) => {
        if (text === undefined) return undefined;
        const reading = this.adapters.readCodeCarbon(text, displayPath(this.root, path));
        this.diagnostics.push(...reading.diagnostics);
        return reading.diagnostics.length > 0 ? undefined : reading.runs;
      });
      this.csvs.set(path, runs);
    }
    return runs;
  }

  async measured(request: Request): Promise<MeasuredFigure | undefined> {
    const written = request.entry.measured;
    if (written === undefined) return undefined;
    const spec = typeof written === 'string' ? { file: written } : written;
    const field = typeof written === 'string' ? ['measured'] : ['measured', 'file'];
    const at = sourceRef(request.file, ['workloads', request.index, ...field]);
    const planned = plan(spec.file, 'measured', request.file, this.root, /\.csv$/i);
    if ('refuse' in planned) {
      this.problem(at, planned.refuse);
      return undefined;
    }
    let paths: string[];
    if ('read' in planned) paths = [planned.read];
    else {
      let matches: string[];
      try {
        matches = await this.source.glob(planned.glob, posix.dirname(request.file.absolute), this.root);
      } catch (error) {
        if (!(error instanceof TypeError || error instanceof SyntaxError)) throw error;
        this.problem(at, `\`measured\` \`${spec.file}\` is not a glob carbon-budget can read`);
        return undefined;
      }
      paths = matches.filter(
        (m) => /\.csv$/i.test(m) && !isOutside(this.root, m) && !isUnderGit(posix.relative(this.root, m)),
      );
      const tooMany = paths.length > MAX_MEASURED_FILES;
      if (paths.length === 0 || tooMany) {
        this.problem(
          at,
          tooMany
            ? `\`measured\` \`${spec.file}\` matches ${paths.length.toLocaleString('en-US')} files; ` +
                `carbon-budget reads at most ${MAX_MEASURED_FILES.toLocaleString('en-US')}: name fewer`
            : `\`measured\` \`${spec.file}\` matches no .csv file (paths are relative to ${request.file.file})`,
        );
        return undefined;
      }
    }
    const read = await Promise.all(paths.map((p) => this.runsOf(p, at)));
    if (read.some((runs) => runs === undefined)) return undefined;
    const runs = onePerRun(read.flatMap((r, i) => (r ?? []).map((run) => ({ run, path: paths[i] ?? '' }))));
    const kept = runs.filter(
      ({ run }) =>
        (spec.project === undefined || run.project === spec.project) &&
        (spec.experiment === undefined || run.experiment === spec.experiment),
    );
    const first = kept[0];
    if (first === undefined) {
      const filter = [
        spec.project === undefined ? '' : `project \`${spec.project}\``,
        spec.experiment === undefined ? '' : `experiment \`${spec.experiment}\``,
      ]
        .filter((f) => f !== '')
        .join(' and ');
      const projects = [...new Set(runs.map(({ run }) => run.project).filter((p) => p !== undefined))].slice(0, 10);
      const there = projects.length === 0 ? '' : ` (projects there: ${projects.map((p) => `\`${p}\``).join(', ')})`;
      this.problem(
        at,
        runs.length === 0
          ? `\`measured\`: ${spec.file} holds no run yet: a measurement of nothing would count as zero`
          : `\`measured\`: no run of ${filter} in ${spec.file}${there}`,
      );
      return undefined;
    }
    const pues = new Set(kept.map(({ run }) => run.pue));
    const durations = kept.map(({ run }) => run.durationS);
    const figure: { -readonly [K in keyof MeasuredFigure]: MeasuredFigure[K] } = {
      energyKwh: kept.reduce((sum, { run }) => sum + run.energyKwh, 0),
      co2eKg: kept.reduce((sum, { run }) => sum + run.co2eKg, 0),
      runs: kept.length,
      files: [...new Set(kept.map(({ path }) => displayPath(this.root, path)))],
      at: { file: displayPath(this.root, first.path), line: first.run.line, column: 1 },
      locations: [...new Set(kept.flatMap(({ run }) => (run.location === undefined ? [] : [run.location])))],
      grid: typeof written === 'string' ? 'codecarbon' : (written.grid ?? 'codecarbon'),
    };
    if (durations.every((d) => d !== undefined)) figure.durationHours = durations.reduce((sum, d) => sum + d, 0) / 3600;
    const [pue] = pues;
    if (pues.size === 1 && pue !== undefined) figure.pue = pue;
    if (spec.project !== undefined) figure.project = spec.project;
    if (spec.experiment !== undefined) figure.experiment = spec.experiment;
    return figure;
  }
}

/**
 * The reported and measured figures of every workload that points at them, with the problems of
 * their files (each at its own line and column) or of the paths (at the workload's field).
 */
export async function readEvidence(
  files: readonly LoadedFile[],
  options: { readonly root: string; readonly source: FileSource },
): Promise<EvidenceReading> {
  const requests: Request[] = [];
  for (const file of files)
    for (const { index, entry } of file.workloads)
      if (entry.measured !== undefined || (entry.kind === 'training' && entry.reported !== undefined))
        requests.push({ file, index, entry });
  if (requests.length === 0) return { evidence: new Map(), diagnostics: [] };
  const adapters = await import('./foreign-files.js');
  const reader = new EvidenceReader(options.root, options.source, adapters);
  const evidence = new Map<string, WorkloadEvidence>();
  for (const request of requests) {
    const [reported, measured] = await Promise.all([reader.reported(request), reader.measured(request)]);
    const found: { -readonly [K in keyof WorkloadEvidence]: WorkloadEvidence[K] } = {
      countsMeasured: countsMeasured(request.file),
    };
    if (reported !== undefined) found.reported = reported;
    if (measured !== undefined) found.measured = measured;
    evidence.set(request.entry.name, found);
  }
  return { evidence, diagnostics: reader.diagnostics };
}
