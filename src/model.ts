import type { Accelerator } from './catalog/accelerators.js';
import type { Location } from './catalog/regions.js';

/** A place in a workload file. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Accelerators (or other devices) drawing a known power for a known time. */
export interface DeviceDemand {
  readonly type: 'devices';
  readonly accelerator?: Accelerator;
  /** Average power per device, in watts, after utilisation. */
  readonly powerW: number;
  readonly powerBasis: 'declared' | 'catalog-tdp';
  readonly utilization?: number;
  readonly count?: number;
  /** When the workload names a cloud instance type: which, and how many instances. */
  readonly instance?: { readonly id: string; readonly instances: number; readonly acceleratorsPerInstance: number };
  readonly hoursPerRun?: number;
  /** Device-hours of one run: count x hours, or the declared accelerator-hours. */
  readonly deviceHoursPerRun: number;
  readonly runs: number;
  /** A serving fleet's requests or tokens over its period: the functional unit its intensity is given per. */
  readonly functionalUnit?: {
    readonly unit: 'request' | 'token';
    readonly ratePerHour: number;
    readonly periodHours: number;
  };
}

/** A number of requests or tokens, each with a known energy. */
export interface PerUnitDemand {
  readonly type: 'per-unit';
  readonly unit: 'request' | 'token';
  readonly ratePerHour: number;
  readonly periodHours: number;
  readonly energyPerUnitKwh: number;
  /** Where the energy per unit came from when it is a task's default (catalog/data/inference-tasks.ts). */
  readonly task?: TaskDefaultUsed;
}

/** A task's default energy per request, as a report cites it. */
export interface TaskDefaultUsed {
  readonly id: string;
  readonly label: string;
  /** The source in full. */
  readonly source: string;
  readonly url: string;
  /** The source as a report cites it, `Google 2025`. */
  readonly citation: string;
  readonly year: number;
  /** `facility`: the figure includes the data centre's overhead, and no PUE is applied on top. */
  readonly boundary: 'it' | 'facility' | 'unstated';
  /** What the figure includes, in words. */
  readonly includes: string;
}

export type Demand = DeviceDemand | PerUnitDemand;

export interface Pue {
  readonly value: number;
  /** `in-task-default`: a task's default energy already includes the overhead, so 1 is applied. */
  readonly basis: 'declared' | 'provider-default' | 'industry-default' | 'in-task-default';
  readonly source?: string;
  readonly url?: string;
  readonly year?: number | null;
}

export interface Intensity {
  readonly gPerKwh: number;
  readonly basis: 'declared' | 'grid-data';
  readonly source: string;
  readonly year?: number | 'latest';
  readonly zone?: string;
  readonly zoneName?: string;
  readonly licence?: string;
  readonly attribution?: string;
}

/** Embodied emissions settings, amortised over the hardware's life (see catalog/data/embodied.ts). */
export interface Embodied {
  readonly acceleratorKg: number;
  readonly serverKg: number;
  readonly acceleratorsPerServer: number;
  readonly lifetimeHours: number;
  readonly usage: number;
  readonly basis: 'bloom-study' | 'declared';
  readonly source?: string;
  readonly url?: string;
}

/** The hosts' CPUs and memory, modelled per instance (see catalog/data/host-power.ts). */
export interface HostPower {
  readonly instance: string;
  readonly acceleratorsPerInstance: number;
  readonly vcpus: number;
  readonly memoryGb: number;
  readonly cpu: string;
  readonly minWPerVcpu: number;
  readonly maxWPerVcpu: number;
  readonly utilization: number;
  readonly memoryWPerGb: number;
  /** vCPUs x (min + utilisation x (max - min)) + memory x W per GB. */
  readonly wattsPerInstance: number;
  readonly source: string;
  readonly url: string;
}

/** Where a workload's hardware, scale or place came from when it names a job spec (`from`). */
export interface SpecOrigin {
  readonly file: string;
  readonly format: 'skypilot' | 'kubernetes' | 'slurm' | 'terraform';
  /** The resource in the file: `Deployment/llm-server`, a task's name, a script's job name. */
  readonly resource: string;
  readonly at: SourceRef;
  /** The workload fields the spec gave (those the workload did not write itself). */
  readonly fields: readonly ('accelerator' | 'count' | 'hours' | 'runs' | 'region' | 'instance')[];
  /** Choices made in reading it, e.g. which of several candidate accelerators was used. */
  readonly notes: readonly string[];
}

export interface Workload {
  readonly name: string;
  readonly kind: 'training' | 'inference';
  readonly description?: string;
  readonly at: SourceRef;
  readonly demand: Demand;
  readonly location?: Location;
  readonly pue: Pue;
  readonly intensity: Intensity;
  readonly budgetKg?: number;
  readonly budgetAt?: SourceRef;
  readonly embodied?: Embodied;
  /** Measured energy beyond the accelerators' draw (idle, hosts, storage, network), kWh of IT energy. */
  readonly overheadEnergyKwh?: number;
  readonly host?: HostPower;
  readonly spec?: SpecOrigin;
}

/** A limit on the emissions of some workloads (or, for `increase`, on what a change adds). */
export interface Budget {
  /** `total`, `total of models/llm/carbon-budget.yml`, `workload pretrain-7b` or `increase`. */
  readonly name: string;
  readonly scope: 'total' | 'file' | 'workload' | 'increase';
  readonly limitKg: number;
  /** Share of the limit at which the budget warns. */
  readonly warnAt: number;
  readonly workloads: readonly string[];
  readonly at: SourceRef;
}

/** A readonly type made writable, for building one of these field by field (see report.ts and resolve.ts). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
