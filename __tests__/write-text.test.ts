import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// A write may take only part of what it is given (a full disk, a file-size limit): the report
// writer must then fail, not leave a cut-off file behind and report success.

describe('writing a file in pieces', () => {
  it('fails when the last piece is cut short by a file-size limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-budget-write-'));
    const script = join(dir, 'write.mjs');
    // writeTextFile bundled on its own, run under `ulimit -f 2`: 1,024 bytes to dash, 2,048 to
    // bash. Both limits fall inside the second piece (bytes 600 to 3,600).
    writeFileSync(
      join(dir, 'entry.mjs'),
      [
        `import { writeTextFile } from ${JSON.stringify(resolve('src/io/write-text.ts'))};`,
        `try { writeTextFile(${JSON.stringify(join(dir, 'out.txt'))}, ['a'.repeat(600), 'b'.repeat(3000)]); ` +
          `console.log('returned'); }`,
        'catch (error) { console.log(`threw ${error.code}`); }',
      ].join('\n'),
    );
    execFileSync(process.execPath, [
      'node_modules/esbuild/bin/esbuild',
      join(dir, 'entry.mjs'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      `--outfile=${script}`,
      '--log-level=error',
    ]);
    const result = spawnSync('sh', ['-c', 'ulimit -f 2 && exec "$0" "$1"', process.execPath, script], {
      encoding: 'utf8',
    });
    expect(result.stdout.trim()).toBe('threw EFBIG');
  });
});
