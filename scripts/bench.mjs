// `npm run bench`: builds the benchmark (TypeScript, it reuses the test GitHub API server) and
// runs it. Options go through: --runs N (default 5), --quick (smaller repositories), --only N
// (one size, e.g. 10000), and BENCH_NODE_ARGS reaches every measured process (e.g. --cpu-prof).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

// Inside node_modules, so that the packages it leaves external resolve from the project.
const out = 'node_modules/.cache/carbon-budget/bench.mjs';
await build({
  entryPoints: ['scripts/bench/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  logLevel: 'warning',
  packages: 'external',
});
const result = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
