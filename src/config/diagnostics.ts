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
