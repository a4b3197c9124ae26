import * as core from '@actions/core';
import { run } from '../main.js';

// The bundle is minified: map stack traces back to src/ with dist/index.js.map.
process.setSourceMapsEnabled(true);

try {
  await run();
} catch (error) {
  core.setFailed(`carbon-budget failed: ${error instanceof Error ? error.message : String(error)}`);
}
