import type { Diagnostic } from '../config/diagnostics.js';
import type { SourceRef } from '../model.js';
import type { SpecField, SpecFieldName, SpecWorkload } from './job-spec.js';

// Small pieces the adapters share: building a resource's fields, and the messages they all give.

/** The fields of one resource, built up as an adapter reads them. */
export class FieldsBuilder {
  readonly fields: Partial<Record<SpecFieldName, SpecField>> = {};
  readonly notes: string[] = [];
  private boardByCloud: SpecWorkload['boardByCloud'];

  set(name: SpecFieldName, value: string | number, at: SourceRef): void {
    this.fields[name] = { value, at };
  }

  /** Takes back a field set earlier, once a later finding says the spec does not give it after all. */
  unset(name: SpecFieldName): void {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a field name of a known, closed set
    delete this.fields[name];
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** An accelerator left open because its board depends on the cloud: see SpecWorkload.boardByCloud. */
  openByCloud(board: NonNullable<SpecWorkload['boardByCloud']>): void {
    this.boardByCloud = board;
    this.notes.push(board.open);
  }

  build(format: SpecWorkload['format'], name: string, at: SourceRef): SpecWorkload {
    const byCloud = this.boardByCloud === undefined ? {} : { boardByCloud: this.boardByCloud };
    return { format, name, at, fields: { ...this.fields }, notes: [...this.notes], ...byCloud };
  }
}

export function problem(at: SourceRef, message: string): Diagnostic {
  return { file: at.file, line: at.line, column: at.column, message };
}

/** A positive whole number written as a number or as text (`8`, `"8"`); undefined for anything else. */
export function wholeNumber(value: string | number | boolean | null | undefined): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** The file's name without its directory and its last extension(s): `jobs/pretrain.sky.yaml` -> `pretrain`. */
export function stem(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.(?:sky\.)?(?:ya?ml|sbatch|slurm|sh|batch)$/i, '') || base;
}
