/** A problem in a workload file, at a place a person can go to. */
export interface Diagnostic {
  readonly file: string;
  /** 1-based; 0 when the problem is about the file as a whole (it cannot be read). */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}:${d.column}: ${d.message}` : `${d.file}: ${d.message}`;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
