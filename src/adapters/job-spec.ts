import type { Diagnostic } from '../config/diagnostics.js';
import type { SourceRef } from '../model.js';

/**
 * What an adapter reads from a job spec another tool owns (a SkyPilot task, a Kubernetes
 * resource, a Slurm batch script, a Terraform resource), said in the workload file's own terms so
 * that the core checks and estimates it like a native workload and never learns the foreign shape.
 */
export type JobSpecFormat = 'skypilot' | 'kubernetes' | 'slurm' | 'terraform';

/** One workload field taken from a spec, with where the spec says it. */
export interface SpecField {
  /** As a workload file would write it: `nvidia-a100-sxm4-80gb`, `32`, `72h`, `aws:us-east-1`. */
  readonly value: string | number;
  readonly at: SourceRef;
}

/** The workload-file keys a spec can give; the workload file may override each. */
export type SpecFieldName = 'accelerator' | 'count' | 'hours' | 'runs' | 'region' | 'instance';

/** One resource of a spec, as the fields of a workload. */
export interface SpecWorkload {
  readonly format: JobSpecFormat;
  /** `Deployment/llm-server`, `aws_instance/trainer`; the task's `name` or the file's stem. */
  readonly name: string;
  /** Where the resource starts in the spec. */
  readonly at: SourceRef;
  readonly fields: Readonly<Partial<Record<SpecFieldName, SpecField>>>;
  /** Choices the adapter made that a reader should see, e.g. which of several candidate accelerators it used. */
  readonly notes: readonly string[];
  /**
   * An accelerator the spec names by a name whose board depends on the cloud (SkyPilot's `H100`),
   * on a cloud the spec does not say: the board on each cloud that pins it down, for a workload
   * whose own `region` says the cloud. `open` is the note asking for `accelerator` otherwise.
   */
  readonly boardByCloud?: {
    readonly name: string;
    readonly boards: Readonly<Record<string, string>>;
    readonly at: SourceRef;
    readonly open: string;
  };
  /**
   * Read only by a workload that picks it with `file#Kind/name`, never by one that reads the whole
   * file: `true` for what is not capacity by itself (a Terraform launch template, which runs nothing
   * until a group uses it); `unresolved` for what may carry accelerators by an instance type
   * carbon-budget cannot resolve (`instance_type = var.x`), for the workload to give.
   */
  readonly pickOnly?: true | 'unresolved';
}

/**
 * A problem in a spec. With `resource`, it is in that resource only (`aws_instance/x`): a workload
 * that picks another resource of the same file still reads, while one that reads the whole file stops.
 */
export interface SpecDiagnostic extends Diagnostic {
  readonly resource?: string;
}

/** Everything an adapter found in one file: its resources that carry compute, and its problems. */
export interface SpecReading {
  readonly workloads: readonly SpecWorkload[];
  readonly diagnostics: readonly SpecDiagnostic[];
}

/** The problems that stop a workload reading `reading`, whole (`pick` undefined) or the resource it picks. */
export function problemsFor(reading: SpecReading, pick: string | undefined): Diagnostic[] {
  return reading.diagnostics
    .filter((d) => pick === undefined || d.resource === undefined || d.resource === pick)
    .map((d) => {
      const plain: { -readonly [K in keyof SpecDiagnostic]: SpecDiagnostic[K] } = { ...d };
      delete plain.resource;
      return plain;
    });
}

/** The resources a workload reads: the one it picks, or all that are capacity by themselves. */
export function resourcesFor(reading: SpecReading, pick: string | undefined): SpecWorkload[] {
  return reading.workloads.filter((w) => (pick === undefined ? w.pickOnly === undefined : w.name === pick));
}

/** Pure: the text of one file (and the path shown to people) in, workloads and problems out. */
export type SyncJobSpecAdapter = (text: string, file: string) => SpecReading;

/** As SyncJobSpecAdapter, or answering later: Terraform is parsed by HashiCorp's HCL parser, a WebAssembly module. */
export type JobSpecAdapter = (text: string, file: string) => SpecReading | Promise<SpecReading>;
