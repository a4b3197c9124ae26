import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyse } from '../analyse.js';
import { formatDiagnostic, problemsText } from '../config/diagnostics.js';
import { problemText } from '../config/file-source.js';
import { displayPath } from '../config/load.js';
import { isOutside } from '../config/include-plan.js';
import { createFileSystemSource } from '../io/fs-source.js';
import { gitTopLevel } from '../io/git-source.js';
import { writeTextFile } from '../io/write-text.js';
import type { WorkloadReport } from '../report/report.js';
import { printable } from '../text/printable.js';
import type { CardBlock } from './model-card.js';

// `carbon-budget model-card [workload]`: the Hub's `co2_eq_emissions` block for a training
// workload's estimate, printed, or written into a model card's front matter with --write.

/** What the CLI gives the command: its streams and working directory, and how to say a usage error. */
export interface CommandIo {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  usage(message: string): Error;
}

/** Grams, as the Hub's specification has them: whole grams, or three significant digits below one. */
function grams(kg: number): number {
  const g = kg * 1000;
  return g >= 1 ? Math.round(g) : Number(g.toPrecision(3));
}

/** `256 x NVIDIA H100 SXM5 80 GB`, or the instances and what each holds; undefined for a power alone. */
function hardware(w: WorkloadReport): string | undefined {
  const a = w.assumptions;
  const name = a.power?.accelerator?.name;
  if (name === undefined) return undefined;
  if (a.instance !== undefined)
    return `${a.instance.instances} x ${a.instance.id} (${a.instance.acceleratorsPerInstance} x ${name} each)`;
  return a.count === undefined ? name : `${a.count} x ${name}`;
}

/** The block for a workload's estimate (operational emissions, which is what cards report). */
export function cardBlockOf(w: WorkloadReport, trainingType?: string): CardBlock {
  const block: { -readonly [K in keyof CardBlock]: CardBlock[K] } = {
    emissions: grams(w.co2eKg),
    source: 'carbon-budget estimate',
  };
  if (trainingType !== undefined) block.training_type = trainingType;
  const where = w.assumptions.region?.label;
  if (where !== undefined) block.geographical_location = where;
  const used = hardware(w);
  if (used !== undefined) block.hardware_used = used;
  return block;
}

export async function modelCardCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      config: { type: 'string', short: 'c', default: 'carbon-budget.yml' },
      write: { type: 'string', short: 'w' },
      'training-type': { type: 'string', short: 't' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw io.usage('model-card takes at most one workload name');
  const config = resolve(io.cwd, values.config).replace(/\\/g, '/');
  const root = (await gitTopLevel(dirname(config))) ?? io.cwd.replace(/\\/g, '/');
  // One source for the run: the card is read below the same root, through directories already checked.
  const source = createFileSystemSource();
  const analysis = await analyse([config], { root, source });
  if (!analysis.ok) {
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(d) + '\n');
    io.err(`carbon-budget: ${problemsText(analysis.diagnostics)} in the workload files; no model card block\n`);
    return 2;
  }
  const training = analysis.report.workloads.filter((w) => w.kind === 'training');
  const names = training.map((w) => `\`${printable(w.name)}\``).join(', ') || 'none';
  const wanted = positionals[0];
  const workload =
    wanted === undefined ? (training.length === 1 ? training[0] : undefined) : training.find((w) => w.name === wanted);
  if (workload === undefined)
    throw io.usage(
      wanted === undefined
        ? `model-card: name the training workload (training workloads: ${names})`
        : `model-card: no training workload \`${printable(wanted)}\` (training workloads: ${names})`,
    );
  const block = cardBlockOf(workload, values['training-type']);
  const { cardBlockYaml, updateModelCard } = await import('./foreign-files.js');
  if (values.write === undefined) {
    io.out(cardBlockYaml(block));
    return 0;
  }
  const card = resolve(io.cwd, values.write).replace(/\\/g, '/');
  const shown = isOutside(root, card) ? values.write : displayPath(root, card);
  if (isOutside(root, card)) throw io.usage(`--write: ${printable(values.write)} is outside the repository (${root})`);
  const text = await source.read(card, root);
  if (typeof text !== 'string') {
    const why = text.problem === 'missing' ? 'no such file' : problemText(text);
    io.err(`carbon-budget: cannot update ${printable(shown)}: ${why}\n`);
    return 2;
  }
  const updated = updateModelCard(text, block);
  if (!updated.ok) {
    io.err(`carbon-budget: cannot update ${printable(shown)}: ${updated.message}\n`);
    return 2;
  }
  if (updated.text !== text) writeTextFile(card, [updated.text]);
  io.out(
    `carbon-budget: ${printable(shown)}: co2_eq_emissions ${updated.text === text ? 'already reads' : 'now reads'} ` +
      `${block.emissions.toLocaleString('en-US')} g (${printable(workload.name)}, carbon-budget estimate)\n`,
  );
  return 0;
}
