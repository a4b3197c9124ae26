import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyse, analyseBase } from './analyse.js';
import { ACCELERATORS } from './catalog/data/accelerators.js';
import { CLOUD_REGIONS } from './catalog/data/cloud-regions.js';
import { INSTANCE_TYPES } from './catalog/data/instances.js';
import { INDUSTRY_PUE, PROVIDER_PUE } from './catalog/data/pue.js';
import { zoneIntensity } from './catalog/intensity.js';
import { formatDiagnostic, problemsText } from './config/diagnostics.js';
import { RunCache } from './run-cache.js';
import { jsonSchema } from './config/schema.js';
import { fileSystemSource } from './io/fs-source.js';
import { gitRevisionSource, gitTopLevel, resolveRevision } from './io/git-source.js';
import { writeTextFile } from './io/write-text.js';
import { reportJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderTerminal } from './report/terminal.js';
import { VERSION } from './version.js';

export const EXIT = { ok: 0, over: 1, invalid: 2 } as const;

const USAGE = `Usage: carbon-budget <command> [options]

Commands:
  estimate [path...]  Estimate the workloads in workload files (default: ./carbon-budget.yml);
                      several root files are reported together as one set
      --format, -f    text (default), markdown or json
      --output, -o    also write the JSON report to this file
      --base, -b      compare with the same files at a git revision (e.g. main)
  init                Scan the repository for SkyPilot tasks, Kubernetes manifests and Slurm scripts
                      and write a starter carbon-budget.yml that takes figures from them
      --output, -o    the file to write (default: ./carbon-budget.yml); never overwritten
  catalog [what]      List the accelerators, instances, regions or PUE defaults known (default: all)
  schema              Print the JSON Schema of carbon-budget.yml

Options:
  --help, -h          Show this help
  --version, -v       Show the version

Exit codes: 0 within budget (or warning), 1 over budget, 2 invalid workload file or usage.
`;

export interface Io {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
}

/** Errors that only a fault in carbon-budget itself can raise: they come with their trace. */
function isBug(error: unknown): error is Error {
  return error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
}

class UsageError extends Error {}

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

async function estimate(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      base: { type: 'string', short: 'b' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format \`${values.format}\`: use text, markdown or json`);
  const paths = (positionals.length > 0 ? positionals : ['carbon-budget.yml']).map((p) =>
    resolve(io.cwd, p).replace(/\\/g, '/'),
  );
  // Includes stay inside this: the repository the (first) workload file is in, or the directory.
  const root = (await gitTopLevel(dirname(paths[0] ?? io.cwd))) ?? io.cwd.replace(/\\/g, '/');

  let base;
  const cache = new RunCache();
  if (values.base !== undefined) {
    const sha = await resolveRevision(io.cwd, values.base);
    if (sha === undefined) throw new UsageError(`--base: git knows no revision \`${values.base}\` here`);
    const top = (await gitTopLevel(io.cwd)) ?? root;
    base = await analyseBase(paths, { root, source: gitRevisionSource(top, sha), cache, ref: values.base, sha });
  }
  const analysis = await analyse(paths, {
    root,
    source: fileSystemSource,
    cache,
    ...(base === undefined ? {} : { base }),
  });
  if (!analysis.ok) {
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(d) + '\n');
    io.err(`carbon-budget: ${problemsText(analysis.diagnostics)} in the workload files; nothing was estimated\n`);
    return EXIT.invalid;
  }
  const { report } = analysis;
  if (format === 'json') for (const piece of reportJson(report)) io.out(piece);
  else if (format === 'markdown') io.out(renderMarkdown(report));
  else io.out(renderTerminal(report));
  if (values.output !== undefined) {
    try {
      writeTextFile(resolve(io.cwd, values.output), reportJson(report));
    } catch (error) {
      io.err(`carbon-budget: could not write the report to ${values.output}: ${(error as Error).message}\n`);
      return EXIT.invalid;
    }
  }
  return report.status === 'over' ? EXIT.over : EXIT.ok;
}

function catalog(args: readonly string[], io: Io): number {
  const what = args[0] ?? 'all';
  if (!['all', 'accelerators', 'instances', 'regions', 'pue'].includes(what))
    throw new UsageError(`unknown catalog \`${what}\`: use accelerators, instances, regions or pue`);
  if (what === 'all' || what === 'accelerators') {
    io.out('ACCELERATORS (id, max board power, source)\n');
    const idWidth = Math.max(...ACCELERATORS.map((a) => a.id.length));
    for (const a of ACCELERATORS) {
      const power = a.tdpW === undefined ? '    - W' : `${String(a.tdpW).padStart(5)} W`;
      const rating = a.rating === undefined ? '' : `(${a.rating}) `;
      io.out(`  ${a.id.padEnd(idWidth)}  ${power}  ${rating}${a.source.title} (${a.source.year})\n`);
    }
  }
  if (what === 'all' || what === 'instances') {
    if (what === 'all') io.out('\n');
    io.out('INSTANCE TYPES (id, accelerators)\n');
    const idWidth = Math.max(...INSTANCE_TYPES.map((t) => t.id.length));
    for (const t of INSTANCE_TYPES)
      io.out(
        `  ${t.provider.padEnd(6)} ${t.id.padEnd(idWidth)}  ` +
          `${String(t.acceleratorsPerInstance).padStart(2)} x ${t.accelerator}\n`,
      );
  }
  if (what === 'all' || what === 'regions') {
    if (what === 'all') io.out('\n');
    io.out('CLOUD REGIONS (id, grid zone, latest yearly intensity)\n');
    for (const r of CLOUD_REGIONS) {
      const i = zoneIntensity(r.zone);
      const intensity = i === undefined ? '?' : `${i.gPerKwh} g/kWh`;
      io.out(
        `  ${`${r.provider}:${r.region}`.padEnd(34)} ${r.zone.padEnd(12)} ${intensity.padStart(9)}  ${r.location}\n`,
      );
    }
    io.out('  Also: country:XX (ISO 3166-1 alpha-2 or alpha-3) and zone:ZONE (Electricity Maps zone ids).\n');
  }
  if (what === 'all' || what === 'pue') {
    if (what === 'all') io.out('\n');
    io.out('PUE DEFAULTS\n');
    for (const [provider, p] of Object.entries(PROVIDER_PUE))
      io.out(`  ${provider.padEnd(8)} ${p.value}  ${p.source}${p.year === null ? '' : ` (${p.year})`}\n`);
    io.out(`  ${'other'.padEnd(8)} ${INDUSTRY_PUE.value}  ${INDUSTRY_PUE.source} (${String(INDUSTRY_PUE.year)})\n`);
  }
  return EXIT.ok;
}

async function initCommand(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { output: { type: 'string', short: 'o' } } });
  const target = resolve(io.cwd, values.output ?? 'carbon-budget.yml').replace(/\\/g, '/');
  const root = (await gitTopLevel(io.cwd)) ?? io.cwd.replace(/\\/g, '/');
  const { init } = await import('./init/init-command.js');
  const result = await init(root, target, fileSystemSource);
  for (const line of result.lines) io.out(`${line}\n`);
  if (result.unreadable.length > 0) {
    io.err('Could not read these, which look like job specs:\n');
    for (const p of result.unreadable) io.err(`  ${p}\n`);
  }
  if (result.error === undefined) return EXIT.ok;
  io.err(`carbon-budget init: ${result.error}\n`);
  return EXIT.invalid;
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return command === undefined ? EXIT.invalid : EXIT.ok;
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return EXIT.ok;
      case 'estimate':
        return await estimate(rest, io);
      case 'init':
        return await initCommand(rest, io);
      case 'catalog':
        return catalog(rest, io);
      case 'schema':
        io.out(JSON.stringify(jsonSchema(), null, 2) + '\n');
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command \`${command}\``);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
      io.err(`carbon-budget: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.invalid;
    }
    io.err(`carbon-budget: ${(error as Error).message}\n`);
    if (isBug(error)) io.err(`carbon-budget: this is a bug; please report it with this trace:\n${error.stack ?? ''}\n`);
    return EXIT.invalid;
  }
}
