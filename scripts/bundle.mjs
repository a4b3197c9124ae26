// Builds the committed bundles: dist/index.js (the action) and dist/cli.js (the CLI).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { parseArgs } from 'node:util';

// `--outdir DIR` builds elsewhere (the CLI tests build a fresh copy); dist/ is the committed one.
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = values.outdir;

// esbuild's ESM output needs a real `require` for the CommonJS dependencies it inlines.
const banner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Minified and tree-shaken, with a source map beside each bundle for readable stack traces.
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: 'linked',
  sourcesContent: false,
};

await build({ ...common, entryPoints: ['src/bin/action.ts'], outfile: `${outdir}/index.js`, banner: { js: banner } });
await build({ ...common, entryPoints: ['src/bin/cli.ts'], outfile: `${outdir}/cli.js`, banner: { js: `#!/usr/bin/env node\n${banner}` } });
await chmod(`${outdir}/cli.js`, 0o755);
