import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBundle, NODE_24 } from './helpers/bundle.js';

// A bug's stack trace must name src/ files and lines: the bundles' entries switch on Node's
// source-map support before the bundle loads (scripts/bundle.mjs).

describe('stack traces from the bundled CLI', () => {
  const { cli } = buildBundle();
  // Makes the CLI's first write fail as a bug would: a TypeError inside runCli.
  const hook = join(mkdtempSync(join(tmpdir(), 'carbon-budget-hook-')), 'break-stdout.mjs');
  writeFileSync(hook, "process.stdout.write = () => { throw new TypeError('deliberate'); };\n");

  it.each([
    ["the user's Node", process.execPath],
    ['Node 24', NODE_24],
  ])('name the source file and line of each frame, on %s', (_, node) => {
    const run = spawnSync(node, ['--import', hook, cli, 'catalog', 'pue'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'carbon-budget: this is a bug; please report it with this trace:\nTypeError: deliberate',
    );
    const frames = run.stderr.split('\n').filter((line) => line.trimStart().startsWith('at '));
    // The write is made in src/bin/cli.ts, called from the catalog command in src/cli.ts.
    expect(frames.some((f) => f.includes(`${resolve('src/bin/cli.ts')}:`))).toBe(true);
    expect(frames.some((f) => f.includes(`${resolve('src/cli.ts')}:`))).toBe(true);
    // Unmapped, the same frames would name the bundle.
    expect(frames.filter((f) => f.includes('carbon-budget.js:'))).toEqual([]);
  });
});
