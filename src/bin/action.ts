import './heap-growth.js';
import './wasm-baseline.js';
import * as core from '@actions/core';
import { run } from '../main.js';
import { inert, printable } from '../text/printable.js';

run().catch((error: unknown) => {
  core.setFailed(printable(`carbon-budget failed: ${error instanceof Error ? error.message : String(error)}`));
  // run() handles every failure it expects; anything else is a bug, and its trace is for the report.
  // dist/index.js switched on source maps, so the trace names src/ files and lines.
  if (error instanceof Error && error.stack !== undefined) {
    // A message can hold text from a workload file: each line printable, and none a workflow command.
    const trace = inert(error.stack.split('\n').map(printable).join('\n'));
    core.info(`carbon-budget: this is a bug; please report it with this trace:\n${trace}`);
  }
});
