import type { SpecOrigin } from '../model.js';

// What the report says of a workload that takes figures from a job spec (`from`): which file and
// format, which resource, which of its figures the spec gave, and the choices made in reading it.

export interface FromReport {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly format: SpecOrigin['format'];
  readonly resource: string;
  readonly fields: SpecOrigin['fields'];
  readonly notes: readonly string[];
}

export function fromReport(spec: SpecOrigin): FromReport {
  return {
    file: spec.file,
    line: spec.at.line,
    column: spec.at.column,
    format: spec.format,
    resource: spec.resource,
    fields: spec.fields,
    notes: spec.notes,
  };
}

const FORMAT_NAMES: Readonly<Record<SpecOrigin['format'], string>> = {
  skypilot: 'SkyPilot task',
  kubernetes: 'Kubernetes',
  slurm: 'Slurm script',
  terraform: 'Terraform',
};

/** `pretrain.sky.yaml:3 (SkyPilot task pretrain) gave accelerator, count, region`, unescaped: callers escape. */
export function fromText(from: FromReport): { where: string; what: string } {
  const gave = from.fields.length > 0 ? `gave ${from.fields.join(', ')}` : 'gave no figure (all written here)';
  const notes = from.notes.length > 0 ? `; ${from.notes.join('; ')}` : '';
  return { where: `${from.file}:${from.line}`, what: `${FORMAT_NAMES[from.format]} ${from.resource}: ${gave}${notes}` };
}
