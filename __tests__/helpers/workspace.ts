import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyse, type Analysis } from '../../src/analyse.js';
import { formatDiagnostic } from '../../src/config/diagnostics.js';
import { createFileSystemSource } from '../../src/io/fs-source.js';
import type { Report } from '../../src/report/report.js';

/** Writes files (path -> text) into a fresh temporary directory and returns it. */
export function workspace(files: Record<string, string>, subdirectory?: string): string {
  let root = mkdtempSync(join(tmpdir(), 'carbon-budget-test-'));
  if (subdirectory !== undefined) {
    root = join(root, subdirectory);
    mkdirSync(root);
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export async function analyseFiles(files: Record<string, string>, config = 'carbon-budget.yml'): Promise<Analysis> {
  const root = workspace(files);
  return analyse([`${root}/${config}`], { root, source: createFileSystemSource() });
}

/** The report, or a thrown error listing the diagnostics. */
export async function reportOf(files: Record<string, string>, config?: string): Promise<Report> {
  const analysis = await analyseFiles(files, config);
  if (!analysis.ok)
    throw new Error(`expected a report, got:\n${analysis.diagnostics.map(formatDiagnostic).join('\n')}`);
  return analysis.report;
}

/** The diagnostics as `file:line:column: message` lines, or a thrown error if the files were valid. */
export async function problemsOf(files: Record<string, string>, config?: string): Promise<string[]> {
  const analysis = await analyseFiles(files, config);
  if (analysis.ok) throw new Error('expected problems, but the files were valid');
  return analysis.diagnostics.map(formatDiagnostic);
}

/** Joins YAML lines, so that line numbers in a test can be counted at a glance. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
