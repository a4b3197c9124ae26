// Builds the committed bundles. Each program is a small entry that switches on Node's source-map
// support and then imports its bundle, so that a bug's stack trace names src/ files and lines:
// Node maps only the files loaded after it was switched on.
//   dist/index.js -> dist/action.js   the action (action.yml runs dist/index.js)
//   dist/cli.js   -> dist/carbon-budget.js   the CLI (package.json's bin)
// Five more bundles are loaded only when a run needs them: dist/yaml-reference.js (the `yaml`
// package, for workload files and job specs the fast reader steps aside from), dist/glob.js
// (tinyglobby and picomatch, for patterns), dist/foreign-files.js (csv-parse and `yaml`, whose
// document API writes model cards in place, for the model cards and CodeCarbon files workloads point
// at), dist/job-spec-adapters.js (the readers of job specs, for `from`) and dist/terraform-hcl.js
// (HashiCorp's HCL parser, for .tf files). The bundles are not minified: people audit what an
// action runs.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

// `--outdir DIR` builds elsewhere (the tests build a fresh copy); dist/ is the committed one.
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = values.outdir;
// Built from empty, so that a bundle no longer made does not linger (CI compares dist/ with src/).
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

// esbuild's ESM output needs a real `require` for the CommonJS dependencies it inlines.
const banner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// @actions/core imports its OIDC client, and with it @actions/http-client and undici, though
// carbon-budget never asks for an OIDC token: evaluating them at start-up holds about 9 MB for the
// whole run (dist/index.js with no inputs: 86 -> 77 MB peak on Node 24). Their top levels only
// define things, so they are declared free of side effects: the action evaluates them when it
// first talks to GitHub (@actions/github, imported then), and the CLI never.
const WITHOUT_SIDE_EFFECTS = /^(?:undici|tunnel|@actions\/http-client)$/;
const sideEffectFree = {
  name: 'side-effect-free',
  setup(builder) {
    builder.onResolve({ filter: WITHOUT_SIDE_EFFECTS }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const { kind, resolveDir, importer } = args;
      const resolved = await builder.resolve(args.path, { kind, resolveDir, importer, pluginData: 'resolving' });
      return { ...resolved, sideEffects: false };
    });
  },
};

const common = {
  plugins: [sideEffectFree],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: 'linked',
  sourcesContent: false,
  outdir,
  entryNames: '[name]',
  // fdir's ESM build looks for picomatch with a require() made at run time, which loads a second
  // copy from node_modules wherever one is installed; its CommonJS build names it plainly, so the
  // bundle resolves it to the copy it already has.
  alias: { fdir: './node_modules/fdir/dist/index.cjs' },
  banner: { js: banner },
};

// src/ imports each by its name, which is its file beside the bundles that import it.
const loadedOnDemand = [
  './yaml-reference.js',
  './glob.js',
  './foreign-files.js',
  './job-spec-adapters.js',
  './terraform-hcl.js',
];

// @cdktf/hcl2json reads its WebAssembly module from beside its own lib/ (by __dirname): in the bundle
// it is read from beside dist/terraform-hcl.js, where it is copied. Its Go runtime shim asks for a
// `performance` package only where Node has no global `performance` (Node < 16), so it stays out.
const HCL_WASM = 'node_modules/@cdktf/hcl2json/main.wasm.gz';
const hclWasmBesideBundle = {
  name: 'hcl-wasm-beside-bundle',
  setup(builder) {
    builder.onLoad({ filter: /@cdktf[\\/]hcl2json[\\/]lib[\\/]bridge\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const from = '(0, path_1.join)(__dirname, "..", "main.wasm.gz")';
      if (!source.includes(from)) throw new Error(`${args.path}: the wasm path to rewrite is gone`);
      // A name the banner defines: `import.meta` here would make esbuild take this CommonJS file for ESM.
      return { contents: source.replace(from, '__hclWasm'), loader: 'js' };
    });
  },
};
await build({
  ...common,
  plugins: [sideEffectFree, hclWasmBesideBundle],
  entryPoints: { 'terraform-hcl': 'src/adapters/terraform-hcl.ts' },
  external: ['performance'],
  banner: { js: `${banner} const __hclWasm = new URL('./main.wasm.gz', import.meta.url);` },
});
await copyFile(HCL_WASM, `${outdir}/main.wasm.gz`);
await build({ ...common, entryPoints: { 'yaml-reference': 'src/config/yaml-reference.ts' } });
// The job-spec readers import the reference YAML reader as `../config/yaml-reference.js`: in dist/
// it is the file beside them, so the bundle names it so, and does not carry a copy of `yaml`.
const referenceYamlBeside = {
  name: 'reference-yaml-beside',
  setup(builder) {
    builder.onResolve({ filter: /(?:^|\/)yaml-reference\.js$/ }, () => ({
      path: './yaml-reference.js',
      external: true,
    }));
  },
};
await build({
  ...common,
  plugins: [sideEffectFree, referenceYamlBeside],
  entryPoints: { 'job-spec-adapters': 'src/config/job-spec-adapters.ts' },
  external: ['./terraform-hcl.js'],
});
await build({ ...common, entryPoints: { glob: 'src/io/glob.ts' } });
await build({ ...common, entryPoints: { 'foreign-files': 'src/adapters/foreign-files.ts' } });
await build({
  ...common,
  entryPoints: { action: 'src/bin/action.ts', 'carbon-budget': 'src/bin/cli.ts' },
  external: loadedOnDemand,
});

/** The entry a program starts from: source maps on, then its bundle. */
function entry(bundle, shebang = '') {
  return `${shebang}// Built by scripts/bundle.mjs. Source maps are switched on before the bundle loads, so that a
// stack trace names the src/ file and line (Node maps only files loaded after this call).
process.setSourceMapsEnabled(true);
await import('./${bundle}');
`;
}
await writeFile(`${outdir}/index.js`, entry('action.js'));
await writeFile(`${outdir}/cli.js`, entry('carbon-budget.js', '#!/usr/bin/env node\n'));
await chmod(`${outdir}/cli.js`, 0o755);
