import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../src/cli.js';
import { scannedFormat } from '../src/init/starter.js';
import { problemsOf, workspace, yaml } from './helpers/workspace.js';

// `carbon-budget init`, run in a repository of job specs: what it finds, what it writes, and that
// the file it writes names exactly the fields still to fill in.

const fixture = (name: string) => readFileSync(new URL(`./fixtures/job-specs/${name}`, import.meta.url), 'utf8');

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('carbon-budget init', () => {
  const repository = () =>
    workspace({
      'jobs/pretrain.sky.yaml': fixture('pretrain.sky.yaml'),
      'deploy/llm.yaml': fixture('llm.yaml'),
      'slurm/finetune.sbatch': fixture('finetune.sbatch'),
      'slurm/broken.sbatch': '#!/bin/bash\n#SBATCH --nodes=x\n#SBATCH --gres=gpu:4\n',
      '.github/workflows/ci.yml': yaml('on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest'),
      'scripts/build.sh': '#!/bin/sh\nnpm run build\n',
    });

  it('writes a workload per resource found, with each field the spec leaves open marked TODO', async () => {
    const dir = repository();
    const result = await cli(['init'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain('  deploy/llm.yaml: kubernetes Deployment/llm-server\n');
    expect(result.out).toContain('  jobs/pretrain.sky.yaml: skypilot pretrain\n');
    expect(result.out).toContain('  slurm/finetune.sbatch: slurm finetune\n');
    expect(result.out).toContain('Wrote carbon-budget.yml: 5 fields marked TODO');
    expect(result.err).toContain('slurm/broken.sbatch:2:9: `--nodes` must be a whole number, got `x`');
    const written = readFileSync(`${dir}/carbon-budget.yml`, 'utf8');
    expect(written).toContain(
      yaml(
        '  - name: pretrain',
        '    kind: training',
        '    from: jobs/pretrain.sky.yaml # gives accelerator, count, region',
        '    hours: # TODO how long one run takes, e.g. 72 (hours) or 3d',
      ),
    );
    // Until filled in, estimate names each empty field: 5 TODOs, 5 problems.
    const problems = await problemsOf({
      'carbon-budget.yml': written,
      'jobs/pretrain.sky.yaml': fixture('pretrain.sky.yaml'),
      'deploy/llm.yaml': fixture('llm.yaml'),
      'slurm/finetune.sbatch': fixture('finetune.sbatch'),
    });
    expect(problems).toHaveLength(5);
    // Filled in, it estimates.
    const filled = written
      .replace(/period: # TODO.*/, 'period: 30d')
      .replace(/region: # TODO.*/, 'region: gcp:us-central1')
      .replace(/hours: # TODO.*/, 'hours: 72')
      .replace(/accelerator: # TODO.*/, 'accelerator: nvidia-h100-sxm5-80gb')
      .replace(/region: # TODO.*/, 'region: country:FR');
    writeFileSync(`${dir}/carbon-budget.yml`, filled);
    const estimate = await cli(['estimate', '--format', 'json'], dir);
    expect(estimate.err).toBe('');
    expect(estimate.code).toBe(0);
  });

  it('never overwrites an existing file', async () => {
    const dir = repository();
    writeFileSync(`${dir}/carbon-budget.yml`, 'workloads: []\n');
    const result = await cli(['init'], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('carbon-budget.yml exists already; init never overwrites it');
    expect(readFileSync(`${dir}/carbon-budget.yml`, 'utf8')).toBe('workloads: []\n');
  });

  it('writes nothing where it finds no job spec', async () => {
    const dir = workspace({ 'README.md': '# x\n', 'config.yaml': 'resources: {}\n' });
    const result = await cli(['init'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain('found no SkyPilot task, Kubernetes manifest, Slurm script or Terraform resource');
  });

  it('tells a SkyPilot task from other YAML', () => {
    expect(scannedFormat('a.yaml', yaml('resources:', '  accelerators: A100:8'))).toBe('skypilot');
    expect(scannedFormat('.github/workflows/ci.yml', yaml('jobs:', '  a:', '    runs-on: x'))).toBeUndefined();
    expect(scannedFormat('carbon-budget.yml', yaml('resources:', '  accelerators: A100:8'))).toBeUndefined();
    expect(scannedFormat('run.sh', '#!/bin/sh\n#SBATCH -N 2\n')).toBe('slurm');
  });
});

describe('carbon-budget init with Terraform', () => {
  it('finds the GPU resources of a .tf file and skips the rest', async () => {
    const dir = workspace({ 'infra/gpu.tf': fixture('gpu.tf') });
    const result = await cli(['init'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain('  infra/gpu.tf: terraform aws_instance/trainer\n');
    expect(result.out).toContain('  infra/gpu.tf: terraform google_container_node_pool/l4\n');
    expect(result.out).not.toContain('bastion');
  });

  it('lists, and leaves out of the file, an instance whose type is a variable', async () => {
    const dir = workspace({
      'infra/gpu.tf': fixture('gpu.tf'),
      'infra/open.tf': yaml(
        'variable "instance_type" {',
        '  type = string',
        '}',
        '',
        'resource "aws_instance" "worker" {',
        '  ami           = "ami-0123456789abcdef0"',
        '  instance_type = var.instance_type',
        '}',
      ),
    });
    const result = await cli(['init'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'These may ask for accelerators, by an instance type carbon-budget cannot resolve; to estimate one, ' +
        'add a workload with its `from` and `instance`:\n' +
        '  from: infra/open.tf#aws_instance/worker (`instance_type` is `var.instance_type`, which carbon-budget ' +
        'cannot resolve: give `instance` in the workload)\n',
    );
    expect(readFileSync(`${dir}/carbon-budget.yml`, 'utf8')).not.toContain('open.tf');
  });
});
