import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from '../src/analyse.js';
import { createFileSystemSource } from '../src/io/fs-source.js';

// Bad workload files, each stating in `# expect:` lines the exact problems, with positions, that
// carbon-budget must report for it: `line:column: message`, or `path:line:column: message` for a
// problem in another file. `{file}` stands for the case's own name and `{root}` for this folder.

const ROOT = resolve('__tests__/corpus').replace(/\\/g, '/');
const CASES = readdirSync(ROOT)
  .filter((f) => f.endsWith('.yml'))
  .sort();

function expected(file: string): string[] {
  const text = readFileSync(`${ROOT}/${file}`, 'latin1');
  return [...text.matchAll(/^(?:\uFEFF|ï»¿)?# expect: (.*?)\r?$/gm)].map((m) =>
    (m[1] ?? '').replaceAll('{file}', file).replaceAll('{root}', ROOT),
  );
}

describe('the corpus of bad workload files', () => {
  it('has at least 50 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CASES)('%s', async (file) => {
    const analysis = await analyse([`${ROOT}/${file}`], { root: ROOT, source: createFileSystemSource() });
    const got = analysis.ok
      ? []
      : analysis.diagnostics.map(
          (d) => `${d.file === file ? '' : `${d.file}:`}${d.line > 0 ? `${d.line}:${d.column}: ` : ''}${d.message}`,
        );
    const want = expected(file);
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });
});
