import { closeSync, openSync, writeSync } from 'node:fs';
import { posix } from 'node:path';
import { formatDiagnostic } from '../config/diagnostics.js';
import type { FileSource } from '../config/file-source.js';
import { loadAdapters } from '../config/job-spec-fields.js';
import { displayPath } from '../config/load.js';
import { printable } from '../text/printable.js';
import { scanSpecs, starterFile, type Unresolved } from './starter.js';

/** The files the scan looks at: names job specs have. */
const CANDIDATES = '**/*.{yaml,yml,sbatch,slurm,sh,tf}';
/** A repository with more candidates than this is scanned this far; the rest are counted. */
const MAX_CANDIDATES = 5000;
const SKIPPED_DIRECTORIES = /(?:^|\/)(?:node_modules|vendor|\.venv|venv|dist|build)\//;

export interface InitResult {
  readonly written: boolean;
  /** What was found and done, for the terminal. */
  readonly lines: readonly string[];
  /** Files that look like job specs but could not be read, with why. */
  readonly unreadable: readonly string[];
  /** Why nothing was written, when that is a failure (an existing file). */
  readonly error?: string;
}

/**
 * Scans `root` for job specs through `source` (which never follows a link out of the root nor
 * reads a file over 1 MB) and writes a starter workload file at `target`, never over an existing one.
 */
export async function init(root: string, target: string, source: FileSource): Promise<InitResult> {
  const lines: string[] = [];
  const matches = (await source.glob(CANDIDATES, root, root)).filter(
    (p) => !SKIPPED_DIRECTORIES.test(posix.relative(root, p)) && p !== target,
  );
  const files: { file: string; text: string }[] = [];
  for (const path of matches.slice(0, MAX_CANDIDATES)) {
    const text = await source.read(path, root);
    if (typeof text === 'string') files.push({ file: displayPath(root, path), text });
  }
  const { adapterFor } = await loadAdapters();
  const { found, unresolved, unreadable } = await scanSpecs(files, adapterFor);
  const problems = unreadable.map(formatDiagnostic);
  if (matches.length > MAX_CANDIDATES)
    lines.push(
      `scanned the first ${MAX_CANDIDATES.toLocaleString('en-US')} of ${matches.length.toLocaleString('en-US')} files`,
    );
  if (found.length === 0) {
    lines.push(
      'carbon-budget init: found no SkyPilot task, Kubernetes manifest, Slurm script or Terraform resource ' +
        'that asks for accelerators.',
    );
    lines.push(
      'Write carbon-budget.yml by hand (docs/workload-file.md), or name a spec with `from:` (docs/job-specs.md).',
    );
    lines.push(...unresolvedLines(unresolved));
    return { written: false, lines, unreadable: problems };
  }
  lines.push('carbon-budget init: found these job specs:');
  for (const f of found)
    for (const w of f.workloads) lines.push(`  ${printable(f.file)}: ${f.format} ${printable(w.name)}`);
  lines.push(...unresolvedLines(unresolved));
  const { text, todos } = starterFile(found);
  const shown = displayPath(root, target);
  let fd: number;
  try {
    // `wx`: created here or not at all, so that an existing file is never replaced.
    fd = openSync(target, 'wx');
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    const why = exists
      ? `${shown} exists already; init never overwrites it: move it away, or write elsewhere with --output`
      : `could not write ${shown}: ${(error as Error).message}`;
    return { written: false, lines, unreadable: problems, error: printable(why) };
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  lines.push(
    `Wrote ${printable(shown)}: ${todos} field${todos === 1 ? '' : 's'} marked TODO to fill in ` +
      '(what the specs do not say), then run `carbon-budget estimate`.',
  );
  return { written: true, lines, unreadable: problems };
}

/** The resources left out of the starter file that may carry accelerators, for the terminal. */
function unresolvedLines(unresolved: readonly Unresolved[]): string[] {
  if (unresolved.length === 0) return [];
  // Left out of the file: most instances of an infrastructure repository carry no accelerator.
  return [
    'These may ask for accelerators, by an instance type carbon-budget cannot resolve; to estimate one, ' +
      'add a workload with its `from` and `instance`:',
    ...unresolved
      .slice(0, 20)
      .map((u) => `  from: ${printable(u.from)}${u.why.length === 0 ? '' : ` (${printable(u.why.join('; '))})`}`),
    ...(unresolved.length > 20 ? [`  and ${unresolved.length - 20} more`] : []),
  ];
}
