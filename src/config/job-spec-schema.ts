import * as z from 'zod/mini';
import { printable } from '../text/printable.js';

// The workload fields that take hardware, scale and place from a job spec another tool owns
// (see docs/job-specs.md). Apart from schema.ts so that the job-spec code has one place.

export const JOB_SPEC_FORMATS = ['skypilot', 'kubernetes', 'slurm', 'terraform'] as const;

export const jobSpecFields = {
  from: z.optional(z.string().check(z.trim(), z.minLength(1, 'must not be empty'))).register(z.globalRegistry, {
    description:
      'A job spec to take the hardware, scale and place from, relative to this file: a SkyPilot task, ' +
      'Kubernetes manifests, a Slurm batch script or Terraform. `file#Kind/name` picks one resource; ' +
      'a glob (`deploy/*.yaml`) makes a workload of each resource, named after it. ' +
      'The fields written here override the spec.',
    examples: ['jobs/pretrain.sky.yaml', 'deploy/llm.yaml#Deployment/llm-server', 'slurm/finetune.sbatch'],
  }),
  format: z
    .optional(
      z.enum(JOB_SPEC_FORMATS, {
        error: (issue) =>
          `\`format\` must be one of ${JOB_SPEC_FORMATS.map((f) => `\`${f}\``).join(', ')}; got ` +
          (typeof issue.input === 'string' ? `\`${printable(issue.input)}\`` : 'something else'),
      }),
    )
    .register(z.globalRegistry, {
      description:
        'The format of `from`, when its name and content do not say it (see docs/job-specs.md for the rule).',
    }),
};
