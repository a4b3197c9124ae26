import type { JobSpecAdapter, JobSpecFormat } from '../adapters/job-spec.js';
import { readKubernetes } from '../adapters/kubernetes.js';
import { readSkyPilot } from '../adapters/skypilot.js';
import { readSlurm } from '../adapters/slurm.js';
import { readTerraform } from '../adapters/terraform.js';

// The job-spec readers, one line a format. A module of its own, which the bundles load only when a
// workload has `from` (dist/job-spec-adapters.js): the readers bring the `yaml` package with them.

const ADAPTERS: Partial<Record<JobSpecFormat, JobSpecAdapter>> = {
  skypilot: readSkyPilot,
  kubernetes: readKubernetes,
  slurm: readSlurm,
  terraform: readTerraform,
};

export function adapterFor(format: JobSpecFormat): JobSpecAdapter | undefined {
  return ADAPTERS[format];
}
