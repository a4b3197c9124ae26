// Builds the committed bundles: dist/index.js (the action), dist/cli.js (the CLI), and three files
// they load only when a run needs them: dist/yaml-reference.js (the `yaml` package, for workload
// files the fast reader steps aside from), dist/glob.js (tinyglobby and picomatch, for patterns)
// and dist/proxy-fetch.js (behind an HTTP proxy).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { parseArgs } from 'node:util';

// `--outdir DIR` builds elsewhere (the CLI tests build a fresh copy); dist/ is the committed one.
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = values.outdir;

// esbuild's ESM output needs a real `require` for the CommonJS dependencies it inlines.
const banner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// @actions/core imports its OIDC client, and with it @actions/http-client and undici (400 KB,
// 90 ms to load), though carbon-budget never asks for an OIDC token. Their top levels only define
// things, so they are declared free of side effects and the bundle keeps them only where used:
// dist/proxy-fetch.js.
const WITHOUT_SIDE_EFFECTS = /^(?:undici|tunnel|@actions\/http-client)$/;
const sideEffectFree = {
  name: 'side-effect-free',
  setup(builder) {
    builder.onResolve({ filter: WITHOUT_SIDE_EFFECTS }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      return { ...resolved, sideEffects: false };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Minified and tree-shaken, with a source map beside each file for readable stack traces.
  minify: process.env.BUNDLE_MINIFY !== '0',
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: 'linked',
  sourcesContent: false,
  outdir,
  entryNames: '[name]',
  plugins: [sideEffectFree],
  // fdir's ESM build looks for picomatch with a require() made at run time, which loads a second
  // copy from node_modules wherever one is installed (5 ms); its CommonJS build names it plainly,
  // so the bundle resolves it to the copy it already has.
  alias: { fdir: './node_modules/fdir/dist/index.cjs' },
  banner: { js: banner },
};

// Separate bundles rather than esbuild chunks: code splitting put undici in a chunk that
// dist/index.js loads at start-up, because @actions/core reaches it (dead code, but reachable).
// src/ imports each by its name, which is its file beside the bundles that import it.
const loadedOnDemand = ['./proxy-fetch.js', './yaml-reference.js', './glob.js'];
await build({ ...common, entryPoints: { 'proxy-fetch': 'src/github/proxy-fetch.ts' } });
await build({ ...common, entryPoints: { 'yaml-reference': 'src/config/yaml-reference.ts' } });
await build({ ...common, entryPoints: { glob: 'src/io/glob.ts' } });
await build({ ...common, entryPoints: { index: 'src/bin/action.ts' }, external: loadedOnDemand });
await build({ ...common, entryPoints: { cli: 'src/bin/cli.ts' }, external: loadedOnDemand, banner: { js: `#!/usr/bin/env node\n${banner}` } });
await chmod(`${outdir}/cli.js`, 0o755);
