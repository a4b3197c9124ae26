import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

describe('stack traces from a minified bundle', () => {
  it('name the source file and line of each frame, through the .map beside the bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-budget-stack-'));
    // Line 4 throws; line 7 calls it: a minified bundle puts both on line 1.
    writeFileSync(
      join(dir, 'fixture.ts'),
      ['import { mappedStack } from ' + JSON.stringify(resolve('src/bin/mapped-stack.ts')) + ';', '', 'function fail(): never {', "  throw new TypeError('deliberate');", '}', 'try {', '  fail();', '} catch (error) {', '  process.stdout.write(mappedStack(error) ?? "none");', '}', ''].join('\n'),
    );
    await build({ entryPoints: [join(dir, 'fixture.ts')], bundle: true, platform: 'node', format: 'esm', minify: true, sourcemap: 'linked', sourcesContent: false, outfile: join(dir, 'out.js'), logLevel: 'error' });
    const out = spawnSync(process.execPath, [join(dir, 'out.js')], { encoding: 'utf8' }).stdout;
    const frames = out.split('\n').slice(1, 3);
    expect(out.split('\n')[0]).toBe('TypeError: deliberate');
    expect(frames[0]).toContain(`${join(dir, 'fixture.ts')}:4:`);
    expect(frames[1]).toContain(`${join(dir, 'fixture.ts')}:7:`);
    // Unmapped, the same frames would name out.js:1.
    expect(out).not.toContain('out.js:1:');
  });
});
