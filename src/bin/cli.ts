import './heap-growth.js';
import './wasm-baseline.js';
import { runCli } from '../cli.js';

// The command-line entry point: all process I/O is here, the rest is testable in-process.

// A reader that stops early (`carbon-budget catalog | head`) closes the pipe: that is not an error.
// A pipe says so with EPIPE, or ECONNRESET when it is a socket (as a spawning process's pipes are).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ECONNRESET') process.exit(process.exitCode ?? 0);
  process.stderr.write(`carbon-budget: cannot write the output: ${error.message}\n`);
  process.exit(2);
});
runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  interactive: process.stdout.isTTY,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`carbon-budget: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
