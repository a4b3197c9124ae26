import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { modelCardCommand } from './adapters/model-card-command.js';
import { analyse, analyseBase } from './analyse.js';
import { ACCELERATORS } from './catalog/data/accelerators.js';
import { CLOUD_REGIONS } from './catalog/data/cloud-regions.js';
import { INSTANCE_TYPES } from './catalog/data/instances.js';
import { INDUSTRY_PUE, PROVIDER_PUE } from './catalog/data/pue.js';
import { acceleratorsLabel } from './catalog/instances.js';
import { zoneIntensity } from './catalog/intensity.js';
import { formatDiagnostic, problemsText } from './config/diagnostics.js';
import { RunCache } from './run-cache.js';
import { jsonSchema } from './config/schema.js';
import { createFileSystemSource } from './io/fs-source.js';
import { gitRevisionSource, gitTopLevel, resolveRevision } from './io/git-source.js';
import { writeTextFile } from './io/write-text.js';
import { inert, printable } from './text/printable.js';
import { didYouMean } from './text/suggest.js';
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
  model-card [name]   Print the Hugging Face co2_eq_emissions block of a training workload's estimate
      --config, -c    the workload file (default: ./carbon-budget.yml)
      --write, -w     update this model card's front matter in place instead (README.md)
      --training-type, -t  pre-training or fine-tuning, for the block
  init                Scan the repository for SkyPilot tasks, Kubernetes manifests, Slurm scripts and
                      Terraform GPU resources and write a starter carbon-budget.yml that takes figures from them
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
  /** Standard output is a terminal: JSON is indented for the person reading it. */
  readonly interactive?: boolean;
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
    throw new UsageError(
      `unknown format \`${values.format}\`${didYouMean(values.format, FORMATS, 1)}: use text, markdown or json`,
    );
  const paths = (positionals.length > 0 ? positionals : ['carbon-budget.yml']).map((p) =>
    resolve(io.cwd, p).replace(/\\/g, '/'),
  );
  // Includes stay inside this: the repository the (first) workload file is in, or the directory.
  // The base is read from that repository too, wherever carbon-budget is run from.
  const fileDir = dirname(paths[0] ?? io.cwd);
  const top = await gitTopLevel(fileDir);
  const root = top ?? io.cwd.replace(/\\/g, '/');

  let base;
  const cache = new RunCache();
  if (values.base !== undefined) {
    if (top === undefined) {
      throw new UsageError(
        `--base compares with a git revision, but ${fileDir} is not in a git repository: ` +
          'run carbon-budget on workload files inside the repository, or leave out --base',
      );
    }
    const sha = await resolveRevision(top, values.base);
    if (sha === undefined) {
      throw new UsageError(
        `--base: the git repository at ${top} has no revision \`${values.base}\`: ` +
          'name a branch, tag or commit it has (a shallow clone may need `git fetch` first)',
      );
    }
    base = await analyseBase(paths, { root, source: gitRevisionSource(top, sha), cache, ref: values.base, sha });
  }
  const analysis = await analyse(paths, {
    root,
    source: createFileSystemSource(),
    cache,
    ...(base === undefined ? {} : { base }),
  });
  if (!analysis.ok) {
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(d) + '\n');
    io.err(`carbon-budget: ${problemsText(analysis.diagnostics)} in the workload files; nothing was estimated\n`);
    return EXIT.invalid;
  }
  const { report } = analysis;
  if (format === 'json') for (const piece of reportJson(report, io.interactive ? 'indented' : 'compact')) io.out(piece);
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
  const lists = ['all', 'accelerators', 'instances', 'regions', 'pue'];
  if (!lists.includes(what))
    throw new UsageError(
      `unknown catalog \`${what}\`${didYouMean(what, lists, 1)}: use accelerators, instances, regions or pue`,
    );
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
          `${acceleratorsLabel(t.acceleratorsPerInstance).padStart(3)} x ${t.accelerator}\n`,
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

const COMMANDS = ['estimate', 'model-card', 'init', 'catalog', 'schema', 'help'];
const ESTIMATE_OPTIONS = ['--format', '--output', '--base', '--help', '-f', '-o', '-b', '-h'];

/** The one line to say for a usage error, or undefined when `error` is not one. */
function usageMessage(error: unknown, command: string | undefined): string | undefined {
  if (error instanceof UsageError) return error.message;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const message = (error as Error).message;
  // Node's words for an unknown option run on about positional arguments that start with `-`.
  const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
    const options = ESTIMATE_OPTIONS.filter((o) => o.startsWith('--'));
    return `unknown option \`${unknown}\` for \`${command ?? ''}\`${didYouMean(unknown, options, 1)}`;
  }
  return message.split('\n')[0] ?? message;
}

async function initCommand(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { output: { type: 'string', short: 'o' } } });
  const target = resolve(io.cwd, values.output ?? 'carbon-budget.yml').replace(/\\/g, '/');
  const root = (await gitTopLevel(io.cwd)) ?? io.cwd.replace(/\\/g, '/');
  const { init } = await import('./init/init-command.js');
  const result = await init(root, target, createFileSystemSource());
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
      case 'model-card':
        return await modelCardCommand(rest, { ...io, usage: (message) => new UsageError(message) });
      case 'init':
        return await initCommand(rest, io);
      case 'catalog':
        return catalog(rest, io);
      case 'schema':
        io.out(JSON.stringify(jsonSchema(), null, 2) + '\n');
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command \`${command}\`${didYouMean(command, COMMANDS, 1)}`);
    }
  } catch (error) {
    const usage = usageMessage(error, command);
    if (usage !== undefined) {
      // One line and where to read more: the whole usage would bury the line that matters.
      io.err(`carbon-budget: ${inert(printable(usage))}\nRun \`carbon-budget --help\` for the commands and options.\n`);
      return EXIT.invalid;
    }
    io.err(`carbon-budget: ${(error as Error).message}\n`);
    if (isBug(error)) io.err(`carbon-budget: this is a bug; please report it with this trace:\n${error.stack ?? ''}\n`);
    return EXIT.invalid;
  }
}
