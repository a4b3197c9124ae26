import { runCli } from '../cli.js';

// The bundle is minified: map stack traces back to src/ with dist/cli.js.map.
process.setSourceMapsEnabled(true);

// The command-line entry point: all process I/O is here, the rest is testable in-process.

// A reader that stops early (`carbon-budget catalog | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
