import {
  problemsFor,
  resourcesFor,
  type JobSpecAdapter,
  type JobSpecFormat,
  type SpecWorkload,
} from '../adapters/job-spec.js';
import type { Diagnostic } from '../config/diagnostics.js';

// `carbon-budget init`: the starter workload file for the job specs found in a repository. Pure:
// the files' texts in, the findings and the file's text out (init-command.ts does the I/O).

/** What a file looks like from its name and text, for the scan: stricter than `from`'s rule. */
export function scannedFormat(path: string, text: string): JobSpecFormat | undefined {
  const lower = path.toLowerCase();
  if (/(?:^|\/)carbon-budget[^/]*\.ya?ml$/.test(lower)) return undefined;
  if (/\.(?:sbatch|slurm|sh)$/.test(lower)) return /^#SBATCH\s/m.test(text) ? 'slurm' : undefined;
  // Read when this version has a Terraform reader (scanSpecs skips a format without one).
  if (lower.endsWith('.tf')) return 'terraform';
  if (!/\.ya?ml$/.test(lower)) return undefined;
  if (/^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text)) return 'kubernetes';
  // A SkyPilot task says what it runs on; other YAML (CI workflows, configs) does not.
  if (/^resources:\s*$/m.test(text) && /^\s+(?:accelerators|instance_type|infra|cloud):/m.test(text)) return 'skypilot';
  return undefined;
}

export interface Found {
  readonly file: string;
  readonly format: JobSpecFormat;
  readonly workloads: readonly SpecWorkload[];
}

/** A resource that may carry accelerators by an instance type carbon-budget cannot resolve. */
export interface Unresolved {
  /** `infra/gpu.tf#aws_instance/trainer`, as `from` names it. */
  readonly from: string;
  /** Why it is open, from the reader's notes: `instance_type` is `var.instance_type` ... */
  readonly why: readonly string[];
}

export interface Scan {
  readonly found: readonly Found[];
  /** Resources left out of the starter file, which a workload may pick and give `instance`. */
  readonly unresolved: readonly Unresolved[];
  /** Files that look like job specs but could not be read as one, with why. */
  readonly unreadable: readonly Diagnostic[];
}

/** Reads each candidate with its adapter: what carries compute is found; a spec with problems is not. */
export async function scanSpecs(
  files: readonly { readonly file: string; readonly text: string }[],
  adapterFor: (format: JobSpecFormat) => JobSpecAdapter | undefined,
): Promise<Scan> {
  const found: Found[] = [];
  const unresolved: Unresolved[] = [];
  const unreadable: Diagnostic[] = [];
  for (const { file, text } of files) {
    const format = scannedFormat(file, text);
    const adapter = format === undefined ? undefined : adapterFor(format);
    if (format === undefined || adapter === undefined) continue;
    const reading = await adapter(text, file);
    const problems = problemsFor(reading, undefined);
    const workloads = resourcesFor(reading, undefined);
    if (problems.length > 0) {
      unreadable.push(...problems);
      continue;
    }
    if (workloads.length > 0) found.push({ file, format, workloads });
    for (const w of reading.workloads)
      if (w.pickOnly === 'unresolved')
        unresolved.push({ from: `${file}#${w.name}`, why: w.notes.filter((note) => note.includes('give `instance`')) });
  }
  return { found, unresolved, unreadable };
}

const SERVING_KINDS = /^(?:Deployment|StatefulSet|ReplicaSet|InferenceService|LeaderWorkerSet|RayService)\//;

function kindOf(format: JobSpecFormat, w: SpecWorkload): 'training' | 'inference' {
  // Terraform declares capacity that runs all period: estimated as a fleet over `period`.
  if (format === 'terraform') return 'inference';
  return format === 'kubernetes' && SERVING_KINDS.test(w.name) ? 'inference' : 'training';
}

/** A value as YAML: plain where that reads back the same, else double-quoted (JSON is YAML). */
function scalar(text: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_./#-]*$/.test(text) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(text)
    ? text
    : JSON.stringify(text);
}

const TODO: Readonly<Record<string, string>> = {
  hours: 'hours: # TODO how long one run takes, e.g. 72 (hours) or 3d',
  period: 'period: # TODO the span the service is estimated over, e.g. 30d',
  region: 'region: # TODO where it runs, e.g. aws:us-east-1, gcp:europe-west4 or country:FR',
  accelerator: 'accelerator: # TODO the accelerator model; `carbon-budget catalog accelerators` lists them',
  count: 'count: # TODO how many accelerators run at once',
};

const HEADER = [
  '# carbon-budget.yml, written by `carbon-budget init` from the job specs found in this repository.',
  '#',
  '# Each workload below takes its accelerators, how many, and (where the spec says it) the region',
  '# from the file named in `from:`. When a pull request changes that file, the estimate follows.',
  '# Anything written here overrides the spec.',
  '#',
  '# Lines marked TODO are what the spec does not say: fill each one in. Until then',
  '# `carbon-budget estimate` stops at them, naming each field that is still empty.',
  '# Add a budget when you know the figures, e.g. `budgets: { total: 10 t }`.',
  '# Reference: docs/job-specs.md and docs/workload-file.md of carbon-budget.',
];

/** The starter file: a workload for each resource found, with the fields it still needs marked TODO. */
export function starterFile(found: readonly Found[]): { text: string; todos: number } {
  const lines = [...HEADER, 'workloads:'];
  const names = new Set<string>();
  let todos = 0;
  for (const { file, format, workloads } of found) {
    for (const w of workloads) {
      const kind = kindOf(format, w);
      const base = w.name.replace(/^[A-Za-z]+\//, '');
      let name = base;
      for (let n = 2; names.has(name); n++) name = `${base}-${n}`;
      names.add(name);
      const from = workloads.length > 1 ? `${file}#${w.name}` : file;
      const given = Object.keys(w.fields);
      lines.push(
        `  - name: ${scalar(name)}`,
        `    kind: ${kind}`,
        `    from: ${scalar(from)} # gives ${given.join(', ') || 'nothing'}`,
      );
      const needed = [
        ...(w.fields.accelerator === undefined && w.fields.instance === undefined ? ['accelerator'] : []),
        ...(w.fields.count === undefined ? ['count'] : []),
        ...(kind === 'training' && w.fields.hours === undefined ? ['hours'] : []),
        ...(kind === 'inference' ? ['period'] : []),
        ...(w.fields.region === undefined ? ['region'] : []),
      ];
      for (const field of needed) lines.push(`    ${TODO[field] ?? `${field}: # TODO`}`);
      for (const note of w.notes) lines.push(`    # ${note.replace(/[\r\n]+/g, ' ')}`);
      todos += needed.length;
    }
  }
  return { text: lines.join('\n') + '\n', todos };
}
