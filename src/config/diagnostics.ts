import { inert, printable } from '../text/printable.js';

/** A problem in a workload file, at a place a person can go to. */
export interface Diagnostic {
  readonly file: string;
  /** 1-based; 0 when the problem is about the file as a whole (it cannot be read). */
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** How many problems this one line stands for, when it sums up those not listed. */
  readonly count?: number;
}

/** The number of problems found: each diagnostic is one, except a summary of those not listed. */
export function problemCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.reduce((sum, d) => sum + (d.count ?? 1), 0);
}

/**
 * `file:line:column: message`, one printable line that no runner reads as a workflow command: the
 * path and the message can both hold text from files (a directory's name, a value quoted back).
 */
/** `1 problem`, `1,234 problems`: the count of problemCount in words. */
export function problemsText(diagnostics: readonly Diagnostic[]): string {
  const n = problemCount(diagnostics);
  return `${n.toLocaleString('en-US')} problem${n === 1 ? '' : 's'}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  const file = printable(d.file);
  const message = printable(d.message);
  return inert(d.line > 0 ? `${file}:${d.line}:${d.column}: ${message}` : `${file}: ${message}`);
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Past this many problems in a file, the rest are counted, not listed. */
export const MAX_PROBLEMS_PER_FILE = 100;

/** `and 12 more problems in this file, not listed: fix these first`. */
export function moreProblemsText(count: number): string {
  return (
    `and ${count.toLocaleString('en-US')} more problem${count === 1 ? '' : 's'} in this file, ` +
    'not listed: fix these first'
  );
}

/**
 * The first 100 problems of each file, then one line counting the rest, for a file's problems from
 * reading and from resolving together (each stage lists at most so many: 7,000 aliased copies of
 * one workload made 7,000 lines saying its name is taken). `sorted`: by file (byPosition). The
 * lines that already count problems not listed are added into the one line.
 */
export function capPerFile(sorted: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let file: string | undefined;
  let listed = 0;
  let hidden: { first: Diagnostic; count: number } | undefined;
  const flush = () => {
    if (hidden !== undefined) {
      const { first, count } = hidden;
      out.push({ file: first.file, line: first.line, column: first.column, message: moreProblemsText(count), count });
    }
    hidden = undefined;
  };
  for (const d of sorted) {
    if (d.file !== file) {
      flush();
      file = d.file;
      listed = 0;
    }
    if (d.count === undefined && listed < MAX_PROBLEMS_PER_FILE) {
      out.push(d);
      listed++;
    } else if (hidden === undefined) hidden = { first: d, count: d.count ?? 1 };
    else hidden.count += d.count ?? 1;
  }
  flush();
  return out;
}
