import './young-generation.js';
import * as core from '@actions/core';
import { run } from '../main.js';

run().catch((error: unknown) => {
  core.setFailed(`carbon-budget failed: ${error instanceof Error ? error.message : String(error)}`);
  // run() handles every failure it expects; anything else is a bug, and its trace is for the report.
  // dist/index.js switched on source maps, so the trace names src/ files and lines.
  if (error instanceof Error && error.stack !== undefined)
    core.info(`carbon-budget: this is a bug; please report it with this trace:\n${error.stack}`);
});
