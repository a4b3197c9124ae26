// Host power of a cloud instance (its CPUs and memory, beside the accelerators), modelled the way
// Cloud Carbon Footprint (CCF) models compute: no provider publishes it.
//
//   host W = vCPUs x (min W + utilisation x (max W - min W)) + memory GB x 0.392 W/GB
//
// Min and max watts per vCPU are CCF's per-microarchitecture averages of the SPECpower results;
// the memory figure is CCF's average of Crucial's and Micron's. Unlike CCF on AWS and Azure, which
// counts only memory beyond what SPECpower machines carried, all of the instance's memory is
// counted here (as CCF does on Google Cloud): a little more, never less. Licence of the
// coefficients: Apache-2.0 (Cloud Carbon Footprint, Thoughtworks).

import type { Source } from './accelerators.js';

export type CpuArchitecture = 'broadwell' | 'skylake' | 'cascade-lake' | 'epyc-2nd-gen' | 'epyc-3rd-gen';

export interface CpuPower {
  readonly name: string;
  readonly minWPerVcpu: number;
  readonly maxWPerVcpu: number;
}

/**
 * CCF's coefficients (packages/{aws,gcp,azure}/src/domain/*FootprintEstimationConstants.ts, identical across
 * providers).
 */
export const CPU_POWER: Readonly<Record<CpuArchitecture, CpuPower>> = {
  broadwell: { name: 'Intel Broadwell', minWPerVcpu: 0.71, maxWPerVcpu: 3.69 },
  skylake: { name: 'Intel Skylake', minWPerVcpu: 0.65, maxWPerVcpu: 4.26 },
  'cascade-lake': { name: 'Intel Cascade Lake', minWPerVcpu: 0.64, maxWPerVcpu: 3.97 },
  'epyc-2nd-gen': { name: 'AMD EPYC 2nd Gen (Rome)', minWPerVcpu: 0.47, maxWPerVcpu: 1.69 },
  'epyc-3rd-gen': { name: 'AMD EPYC 3rd Gen (Milan)', minWPerVcpu: 0.45, maxWPerVcpu: 2.02 },
};

/** "we … go with 0.392 W/GB" (CCF methodology, memory). */
export const MEMORY_W_PER_GB = 0.392;

/** CCF's fallback vCPU utilisation, from the 2016 U.S. Data Center Energy Usage Report (LBNL). */
export const HOST_UTILIZATION = 0.5;

export const HOST_POWER_SOURCE: Source = {
  title:
    'Cloud Carbon Footprint methodology: compute (min and max watts per vCPU by microarchitecture, from SPECpower) ' +
    'and memory (0.392 W/GB)',
  publisher: 'Thoughtworks (Cloud Carbon Footprint)',
  url: 'https://www.cloudcarbonfootprint.org/docs/methodology',
  year: 2023,
  licence: 'Apache-2.0',
};
