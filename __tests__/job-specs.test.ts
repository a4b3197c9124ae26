import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readKubernetes } from '../src/adapters/kubernetes.js';
import { readSkyPilot } from '../src/adapters/skypilot.js';
import { arrayCount, readSlurm, slurmHours } from '../src/adapters/slurm.js';
import type { SpecReading } from '../src/adapters/job-spec.js';
import type { WorkloadReport } from '../src/report/report.js';
import { problemsOf, reportOf, yaml } from './helpers/workspace.js';

// Job specs read through `from:`. The figures are worked out by hand from the specs and the
// catalog: an A100 SXM4 40 GB draws 400 W (TDP), an H100 SXM5 80 GB 700 W, an L4 72 W, a T4 70 W.
// Workloads declare `pue` and `intensity` where a test checks the arithmetic, so that the sums
// below depend on the spec and the catalog's TDPs only.

const fixture = (name: string) => readFileSync(new URL(`./fixtures/job-specs/${name}`, import.meta.url), 'utf8');

function fields(reading: SpecReading, index = 0): Record<string, string | number> {
  const w = reading.workloads[index];
  if (w === undefined) throw new Error(`no workload ${index}: ${JSON.stringify(reading.diagnostics)}`);
  return Object.fromEntries(Object.entries(w.fields).map(([k, f]) => [k, f.value]));
}

/** A Kubernetes Job `j` whose pods select nodes by `selector` and ask for `limit` (`nvidia.com/gpu: 2`). */
function gpuJob(selector: string, limit: string): string {
  return yaml(
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata: { name: j }',
    'spec:',
    '  template:',
    '    spec:',
    `      nodeSelector: { ${selector} }`,
    `      containers: [{ name: c, resources: { limits: { ${limit} } } }]`,
  );
}

function workload(report: { workloads: readonly WorkloadReport[] }, name: string): WorkloadReport {
  const found = report.workloads.find((w) => w.name === name);
  if (found === undefined)
    throw new Error(`no workload ${name}; have ${report.workloads.map((w) => w.name).join(', ')}`);
  return found;
}

describe('from: a SkyPilot task', () => {
  it('takes accelerators x num_nodes and the region, and the workload adds the hours', async () => {
    const report = await reportOf({
      'jobs/pretrain.sky.yaml': fixture('pretrain.sky.yaml'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: pretrain',
        '    kind: training',
        '    from: jobs/pretrain.sky.yaml',
        '    hours: 72',
        '    pue: 1.1',
        '    intensity: 400',
      ),
    });
    const w = workload(report, 'pretrain');
    // A100:8 x num_nodes 4 = 32 A100 (400 W) x 72 h = 921.6 kWh IT; x PUE 1.1 = 1,013.76 kWh;
    // x 400 g/kWh = 405.504 kg.
    expect(w.assumptions.count).toBe(32);
    expect(w.itEnergyKwh).toBeCloseTo(921.6, 6);
    expect(w.energyKwh).toBeCloseTo(1013.76, 6);
    expect(w.co2eKg).toBeCloseTo(405.504, 6);
    expect(w.assumptions.region?.id).toBe('aws:us-east-1');
    expect(w.from).toMatchObject({
      file: 'jobs/pretrain.sky.yaml',
      format: 'skypilot',
      resource: 'pretrain',
      fields: ['accelerator', 'count', 'region'],
    });
  });

  it('reads the accelerator forms of its documentation', async () => {
    const read = async (resources: string) =>
      fields(await readSkyPilot(`resources:\n${resources}\nnum_nodes: 2\n`, 't.yaml'));
    expect(await read('  accelerators: {H100: 8}\n  cloud: aws')).toEqual({
      accelerator: 'nvidia-h100-sxm5-80gb',
      count: 16,
    });
    expect(await read('  accelerators: A100-80GB\n  infra: gcp')).toEqual({
      accelerator: 'nvidia-a100-sxm4-80gb',
      count: 2,
    });
    expect(await read('  accelerators: L4:1\n  cloud: gcp\n  region: us-central1')).toEqual({
      accelerator: 'nvidia-l4-24gb',
      count: 2,
      region: 'gcp:us-central1',
    });
    // A list or a set is a choice: the first is estimated, and the notes say so.
    const list = await readSkyPilot('resources:\n  accelerators: [V100:4, A100:4]\n  cloud: gcp\n', 't.yaml');
    expect(fields(list)).toEqual({ accelerator: 'nvidia-v100-sxm2-16gb', count: 4 });
    expect(list.workloads[0]?.notes.join(' ')).toMatch(/first of the candidate accelerators V100, A100/);
    const set = await readSkyPilot(
      'resources:\n  accelerators: {A100: 8, H100: 8}\n  infra: aws/us-east-1\n',
      't.yaml',
    );
    expect(fields(set)).toEqual({ accelerator: 'nvidia-a100-sxm4-40gb', count: 8, region: 'aws:us-east-1' });
  });

  it('leaves open a name whose board SkyPilot sets by cloud, unless the cloud is gcp or aws', async () => {
    const read = (resources: string) => readSkyPilot(`resources:\n${resources}\n`, 't.yaml');
    // SkyPilot's Lambda catalog calls gpu_1x_h100_pcie `H100`, its FluidStack catalog H100_PCIE_80GB.
    for (const place of ['', '\n  cloud: lambda', '\n  infra: kubernetes']) {
      const reading = await read(`  accelerators: H100:8${place}`);
      expect(fields(reading)).toEqual({ count: 8 });
      expect(reading.workloads[0]?.notes.join(' ')).toMatch(
        /`H100` is an H100, SXM or PCIe by cloud.*give `accelerator`/,
      );
    }
    // FluidStack's A100_PCIE_80GB is `A100-80GB`; its SXM board has a name of its own.
    expect(fields(await read('  accelerators: A100-80GB:8'))).toEqual({ count: 8 });
    expect(fields(await read('  accelerators: A100-80GB-SXM:8'))).toEqual({
      accelerator: 'nvidia-a100-sxm4-80gb',
      count: 8,
    });
    expect(fields(await read('  accelerators: H100-SXM:8'))).toEqual({
      accelerator: 'nvidia-h100-sxm5-80gb',
      count: 8,
    });
    // SkyPilot's name for GKE's nvidia-h100-mega-80gb nodes.
    expect(fields(await read('  accelerators: H100-MEGA-80GB:8\n  infra: k8s'))).toEqual({
      accelerator: 'nvidia-h100-sxm5-80gb',
      count: 8,
    });
    // A name of one board is read on any cloud.
    expect(fields(await read('  accelerators: L40S:4\n  cloud: lambda'))).toEqual({
      accelerator: 'nvidia-l40s-48gb',
      count: 4,
    });
  });

  it('estimates with the first of `ordered` and of `any_of`, which override the resources around them', async () => {
    const ordered = await readSkyPilot(
      yaml(
        'resources:',
        '  infra: aws',
        '  ordered:',
        '    - accelerators: H100:8',
        '      infra: gcp/us-central1',
        '    - accelerators: A100-80GB:8',
        'num_nodes: 2',
      ),
      'ordered.sky.yaml',
    );
    expect(fields(ordered)).toEqual({ accelerator: 'nvidia-h100-sxm5-80gb', count: 16, region: 'gcp:us-central1' });
    expect(ordered.workloads[0]?.notes[0]).toMatch(/first of 2 `ordered` resources/);
    const anyOf = await readSkyPilot(
      yaml('resources:', '  any_of:', '    - infra: aws/us-west-2', '      accelerators: T4:1', '    - infra: gcp'),
      'any.sky.yaml',
    );
    expect(fields(anyOf)).toEqual({ accelerator: 'nvidia-t4-16gb', count: 1, region: 'aws:us-west-2' });
  });

  it('gives instance_type as instances when no accelerators are named', async () => {
    const reading = await readSkyPilot(
      'resources:\n  instance_type: p4d.24xlarge\n  cloud: aws\n  region: us-east-1\nnum_nodes: 2\n',
      'i.yaml',
    );
    expect(fields(reading)).toEqual({ instance: 'p4d.24xlarge', count: 2, region: 'aws:us-east-1' });
  });

  it('says at its line a num_nodes that is not a number', async () => {
    const problems = await problemsOf({
      'task.yaml': yaml('resources:', '  accelerators: A100:8', 'num_nodes: four'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: task.yaml',
        '    hours: 1',
      ),
    });
    expect(problems).toEqual(['task.yaml:3:12: `num_nodes` must be a whole number of nodes, got `four`']);
  });

  it('reports a value out of range at the spec line that gave it', async () => {
    // 8 per node x 2,000,000 nodes = 16 million accelerators, past the schema's 10 million.
    const problems = await problemsOf({
      'task.yaml': yaml('resources:', '  accelerators: A100:8', 'num_nodes: 2000000'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: task.yaml',
        '    hours: 1',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^task\.yaml:3:12: `count`.*read from task\.yaml for workload `t`/);
  });

  it('reads no file for a `from` that is not text: its one problem is the value', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: [x]',
        '    hours: 1',
        '    region: country:FR',
      ),
    });
    expect(problems).toEqual(['carbon-budget.yml:4:11: `from` must be text, got a list']);
  });

  it('says an unknown accelerator at the spec line that names it', async () => {
    const problems = await problemsOf({
      'task.yaml': yaml('resources:', '  accelerators: Z9000:8'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: task.yaml',
        '    hours: 1',
        '    region: country:FR',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^task\.yaml:2:17: `accelerator`: unknown accelerator `Z9000`/);
  });
});

describe('from: a Slurm batch script', () => {
  it('reads every --time form Slurm accepts', () => {
    expect(slurmHours('90')).toBe(1.5); // minutes
    expect(slurmHours('90:30')).toBeCloseTo(1.5 + 30 / 3600, 12); // minutes:seconds
    expect(slurmHours('72:00:00')).toBe(72); // hours:minutes:seconds
    expect(slurmHours('2-12')).toBe(60); // days-hours
    expect(slurmHours('1-06:30')).toBe(30.5); // days-hours:minutes
    expect(slurmHours('1-00:00:36')).toBe(24.01); // days-hours:minutes:seconds
    expect(slurmHours('1:2:3:4')).toBeUndefined();
    expect(slurmHours('soon')).toBeUndefined();
  });

  it('counts --array indices, not the %N limit', () => {
    expect(arrayCount('0-15')).toBe(16);
    expect(arrayCount('1,3,5')).toBe(3);
    expect(arrayCount('0-15:4')).toBe(4); // 0, 4, 8, 12
    expect(arrayCount('0-15%4')).toBe(16);
    expect(arrayCount('1-3,7,10-20:5')).toBe(7); // 1,2,3 + 7 + 10,15,20
    expect(arrayCount('5-1')).toBeUndefined();
  });

  it('reads nodes x GPUs in each way a header asks for them', () => {
    const read = (...lines: string[]) =>
      fields(readSlurm(['#!/bin/bash', ...lines, 'srun python train.py'].join('\n'), 'job.sbatch'));
    expect(read('#SBATCH -N 4', '#SBATCH --gres=gpu:a100:8')).toEqual({ count: 32, accelerator: 'a100' });
    expect(read('#SBATCH --nodes=2 --gpus-per-node=h100:4')).toEqual({ count: 8, accelerator: 'h100' });
    expect(read('#SBATCH -N2', '#SBATCH -G 6')).toEqual({ count: 6 });
    expect(read('#SBATCH --nodes=2', '#SBATCH --ntasks-per-node=4', '#SBATCH --gpus-per-task=1')).toEqual({ count: 8 });
    expect(read('#SBATCH --gres=gpu:8', '#SBATCH -t 2-00:00:00', '#SBATCH --array=0-9%2')).toEqual({
      count: 8,
      hours: 48,
      runs: 10,
    });
  });

  it('stops at the first command, as sbatch does', () => {
    const reading = readSlurm(
      ['#!/bin/bash', '#SBATCH --gres=gpu:2', 'echo start', '#SBATCH --nodes=8'].join('\n'),
      'j.sh',
    );
    expect(fields(reading)).toEqual({ count: 2 });
  });

  it('estimates the fixture: 2 nodes x gpu:8, --time 1-12:00:00, with the accelerator from the workload', async () => {
    const report = await reportOf({
      'slurm/finetune.sbatch': fixture('finetune.sbatch'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: finetune',
        '    kind: training',
        '    from: slurm/finetune.sbatch',
        '    accelerator: nvidia-h100-sxm5-80gb',
        '    runs: 4',
        '    pue: 1.2',
        '    intensity: 100',
      ),
    });
    const w = workload(report, 'finetune');
    // 2 x 8 = 16 H100 (700 W) x 36 h = 403.2 kWh a run; x 4 runs = 1,612.8 kWh IT; x PUE 1.2 =
    // 1,935.36 kWh; x 100 g/kWh = 193.536 kg.
    expect(w.itEnergyKwh).toBeCloseTo(1612.8, 6);
    expect(w.energyKwh).toBeCloseTo(1935.36, 6);
    expect(w.co2eKg).toBeCloseTo(193.536, 6);
    expect(w.from?.fields).toEqual(['count', 'hours']);
  });

  it('says a --time Slurm would not accept at its line and column', async () => {
    const problems = await problemsOf({
      'a.sbatch': ['#!/bin/bash', '#SBATCH --gres=gpu:1', '#SBATCH  -t 1:2:3:4'].join('\n'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: a',
        '    kind: training',
        '    from: a.sbatch',
        '    accelerator: t4',
      ),
    });
    expect(problems).toEqual([
      'a.sbatch:3:10: `--time` must be a Slurm time (`minutes`, `MM:SS`, `HH:MM:SS`, `D-HH`, `D-HH:MM` or ' +
        '`D-HH:MM:SS`), got `1:2:3:4`',
    ]);
  });
});

describe('from: Kubernetes manifests', () => {
  it('picks a Deployment of a multi-document file: replicas x nvidia.com/gpu, the model by GKE label', async () => {
    const report = await reportOf({
      'deploy/llm.yaml': fixture('llm.yaml'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: chat-serving',
        '    kind: inference',
        '    from: deploy/llm.yaml#Deployment/llm-server',
        '    period: 30d',
        '    pue: 1.1',
        '    intensity: 500',
      ),
    });
    const w = workload(report, 'chat-serving');
    // 2 replicas x 1 L4 (72 W) x 720 h = 103.68 kWh IT; x PUE 1.1 = 114.048 kWh; x 500 g = 57.024 kg.
    expect(w.assumptions.count).toBe(2);
    expect(w.itEnergyKwh).toBeCloseTo(103.68, 6);
    expect(w.co2eKg).toBeCloseTo(57.024, 6);
    expect(w.from).toMatchObject({ resource: 'Deployment/llm-server', line: 12, fields: ['count', 'accelerator'] });
  });

  it('reads Kubeflow, Ray, KServe and LeaderWorkerSet resources', async () => {
    const reading = await readKubernetes(fixture('training-stack.yaml'), 'stack.yaml');
    expect(reading.diagnostics).toEqual([]);
    const byName = Object.fromEntries(reading.workloads.map((w, i) => [w.name, fields(reading, i)]));
    expect(byName).toEqual({
      // Master 1 x 8 + Worker 3 x 8 = 32, on A100 80 GB (GKE label).
      'PyTorchJob/llama-finetune': { count: 32, accelerator: 'nvidia-a100-sxm4-80gb' },
      // Head 0 + workers 4 x 4 = 16 L4 (GKE label in the workers' node selector).
      'RayJob/batch-embed': { count: 16, accelerator: 'nvidia-l4-24gb' },
      // minReplicas 2 x 1 GPU, model from the GPU feature discovery label.
      'InferenceService/llama-3-8b': { count: 2, accelerator: 'NVIDIA-A10G' },
      // 2 groups x (leader 8 + 3 workers x 8) = 64, H100 from the instance type p5.48xlarge.
      'LeaderWorkerSet/vllm-multinode': { count: 64, accelerator: 'nvidia-h100-sxm5-80gb' },
      // A Job with parallelism 4 x 2 T4 (Karpenter label) in us-west-2.
      'Job/eval': { count: 8, accelerator: 'nvidia-t4-16gb', region: 'aws:us-west-2' },
    });
  });

  it('says an unknown GPU product at its line in the manifest', async () => {
    const problems = await problemsOf({
      'deploy/app.yaml': yaml(
        'apiVersion: apps/v1',
        'kind: StatefulSet',
        'metadata:',
        '  name: app',
        'spec:',
        '  template:',
        '    spec:',
        '      nodeSelector:',
        '        nvidia.com/gpu.product: NVIDIA-Z9000',
        '      containers:',
        '        - name: app',
        '          resources:',
        '            limits:',
        '              nvidia.com/gpu: 2',
      ),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - kind: inference',
        '    from: deploy/app.yaml',
        '    region: aws:us-east-1',
        '    period: 30d',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^deploy\/app\.yaml:9:33: `accelerator`: unknown accelerator `NVIDIA-Z9000`/);
  });
});

describe('from: paths, resources and what the workload must add', () => {
  const task = yaml('resources:', '  accelerators: T4:1');

  it('names a missing spec at `from`, as a deleted or renamed spec is', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: gone.sky.yaml',
        '    hours: 1',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:4:11: `from` `gone.sky.yaml`: gone.sky.yaml no such file ' +
        '(paths are relative to carbon-budget.yml)',
    ]);
  });

  it('refuses a path outside the repository', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: ../etc/passwd',
        '    hours: 1',
      ),
    });
    expect(problems[0]).toMatch(/`from` `..\/etc\/passwd` points outside the repository/);
  });

  it('says which field to add when the spec leaves it open', async () => {
    const problems = await problemsOf({
      'task.yaml': task,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: task.yaml',
        '    region: country:FR',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:2:5: workload `t` (from task.yaml): needs `hours` (with `count`) or `accelerator-hours`',
    ]);
  });

  it('lets the workload override the spec', async () => {
    const report = await reportOf({
      'task.yaml': yaml('resources:', '  accelerators: A100:8', '  infra: aws/us-east-1', 'num_nodes: 4'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: task.yaml',
        '    count: 2',
        '    hours: 10',
        '    region: country:FR',
      ),
    });
    const w = workload(report, 't');
    expect(w.assumptions.count).toBe(2);
    expect(w.assumptions.region?.id).toBe('country:FR');
    expect(w.from?.fields).toEqual(['accelerator']);
  });

  it('asks to pick a resource when a named workload points at several', async () => {
    const problems = await problemsOf({
      'stack.yaml': fixture('training-stack.yaml'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: all',
        '    kind: training',
        '    from: stack.yaml',
        '    hours: 1',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^carbon-budget\.yml:4:11: `from` `stack\.yaml` gives 5 resources .*pick one with `file#Kind\/name`/,
    );
  });

  it('discovers a workload per resource of a glob, named after each', async () => {
    const report = await reportOf({
      'deploy/a.yaml': fixture('llm.yaml'),
      'deploy/b.yaml': fixture('llm.yaml').replaceAll('llm-server', 'embedder').replace('replicas: 2', 'replicas: 3'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - kind: inference',
        '    from: deploy/*.yaml',
        '    period: 30d',
        '    region: gcp:us-central1',
      ),
    });
    expect(report.workloads.map((w) => [w.name, w.assumptions.count, w.from?.file])).toEqual([
      ['Deployment/llm-server', 2, 'deploy/a.yaml'],
      ['Deployment/embedder', 3, 'deploy/b.yaml'],
    ]);
  });

  it('asks for a name where there is no `from`', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - kind: training',
        '    accelerator: t4',
        '    count: 1',
        '    hours: 1',
      ),
    });
    expect(problems).toEqual(['carbon-budget.yml:2:5: workload 1 needs `name`']);
  });
});

describe('from: hostile specs', () => {
  it('holds a resource name to the rules of a workload name, and quotes it escaped', async () => {
    const problems = await problemsOf({
      'deploy/x.yaml': yaml(
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata:',
        '  name: "evil\\u001b[2Jname"',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: x',
        '          resources: { limits: { nvidia.com/gpu: 1 } }',
      ),
      'carbon-budget.yml': yaml('workloads:', '  - kind: training', '    from: deploy/*.yaml', '    hours: 1'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^deploy\/x\.yaml:1:1: the resource's name, as a workload name: .*\\u001B/);
    expect(problems[0]).not.toContain('\u001b');
  });

  it('refuses an alias bomb in a spec as in a workload file', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const problems = await problemsOf({
      'task.yaml': yaml(...lines, 'resources:', '  accelerators: T4:1'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: task.yaml',
        '    hours: 1',
      ),
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^task\.yaml:\d+:\d+: /);
  });
});

describe('from: more shapes', () => {
  it('reads a kind: List, a TPU slice and a label that allows several models', async () => {
    const reading = await readKubernetes(
      yaml(
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - apiVersion: batch/v1',
        '    kind: Job',
        '    metadata: { name: tpu-train }',
        '    spec:',
        '      parallelism: 4',
        '      template:',
        '        spec:',
        '          nodeSelector:',
        '            cloud.google.com/gke-tpu-accelerator: tpu-v5p-slice',
        '            cloud.google.com/gke-tpu-topology: 2x2x4',
        '          containers:',
        '            - name: jax',
        '              resources: { limits: { google.com/tpu: 4 } }',
        '  - apiVersion: apps/v1',
        '    kind: Deployment',
        '    metadata: { name: flexible }',
        '    spec:',
        '      template:',
        '        spec:',
        '          affinity:',
        '            nodeAffinity:',
        '              requiredDuringSchedulingIgnoredDuringExecution:',
        '                nodeSelectorTerms:',
        '                  - matchExpressions:',
        '                      - key: cloud.google.com/gke-accelerator',
        '                        operator: In',
        '                        values: [nvidia-l4, nvidia-tesla-t4]',
        '          containers:',
        '            - name: app',
        '              resources: { requests: { nvidia.com/gpu: 1 } }',
      ),
      'list.yaml',
    );
    expect(reading.diagnostics).toEqual([]);
    // 4 pods x 4 chips of TPU v5p.
    expect(fields(reading, 0)).toEqual({ count: 16, accelerator: 'google-tpu-v5p' });
    expect(fields(reading, 1)).toEqual({ count: 1, accelerator: 'nvidia-l4-24gb' });
    expect(reading.workloads[1]?.notes.join(' ')).toMatch(
      /allows nvidia-l4, nvidia-tesla-t4: estimated with nvidia-l4/,
    );
    // The `values` list's first item: line 30, 24 spaces and `values: [` (33 characters) before it.
    expect(reading.workloads[1]?.fields.accelerator?.at).toEqual({ file: 'list.yaml', line: 30, column: 34 });
  });

  it('reads the label values as GKE and Karpenter publish them', async () => {
    const job = async (selector: string, resource: string) =>
      fields(await readKubernetes(gpuJob(selector, `${resource}: 4`), 'j.yaml'));
    // GKE's single-host v5e node pools (ct5lp) and Ironwood, each counted in chips.
    expect(await job('cloud.google.com/gke-tpu-accelerator: tpu-v5-lite-device', 'google.com/tpu')).toEqual({
      count: 4,
      accelerator: 'google-tpu-v5e',
    });
    expect(await job('cloud.google.com/gke-tpu-accelerator: tpu7x', 'google.com/tpu')).toEqual({
      count: 4,
      accelerator: 'google-tpu-v7',
    });
    // A4X's and G4's accelerator types.
    expect(await job('cloud.google.com/gke-accelerator: nvidia-gb200', 'nvidia.com/gpu')).toEqual({
      count: 4,
      accelerator: 'nvidia-gb200',
    });
    expect(await job('cloud.google.com/gke-accelerator: nvidia-rtx-pro-6000', 'nvidia.com/gpu')).toEqual({
      count: 4,
      accelerator: 'nvidia-rtx-pro-6000-96gb',
    });
    // Karpenter's names for p6-b300 and g7e.
    expect(await job('karpenter.k8s.aws/instance-gpu-name: b300', 'nvidia.com/gpu')).toEqual({
      count: 4,
      accelerator: 'nvidia-b300-288gb',
    });
    expect(await job('karpenter.k8s.aws/instance-gpu-name: rtx-pro-server-6000', 'nvidia.com/gpu')).toEqual({
      count: 4,
      accelerator: 'nvidia-rtx-pro-6000-96gb',
    });
  });

  it('takes no board from a GPU feature discovery product that is a share of a GPU', async () => {
    const job = (product: string) =>
      readKubernetes(gpuJob(`nvidia.com/gpu.product: ${product}`, 'nvidia.com/gpu: 2'), 'j.yaml');
    // The whole board, spelled as GPU feature discovery spells nvidia-smi's name.
    expect(fields(await job('NVIDIA-H100-80GB-HBM3'))).toEqual({ count: 2, accelerator: 'NVIDIA-H100-80GB-HBM3' });
    // Its README's MIG 'single' example, and a time-sliced GPU.
    // `nvidia.com/gpu: 2` asks for two slices, not two GPUs: no count is taken from it.
    const mig = await job('A100-SXM4-40GB-MIG-1g.5gb');
    expect(fields(mig)).toEqual({});
    expect(mig.workloads[0]?.notes.join(' ')).toMatch(/is a MIG slice of a GPU: .*give `accelerator` and `count`/);
    const shared = await job('NVIDIA-A100-SXM4-80GB-SHARED');
    expect(fields(shared)).toEqual({});
    expect(shared.workloads[0]?.notes.join(' ')).toMatch(/is a shared \(time-sliced or MPS\) GPU/);
  });

  it('asks for the count of a MIG slice even when the workload names the board', async () => {
    const problems = await problemsOf({
      'j.yaml': gpuJob('nvidia.com/gpu.product: NVIDIA-A100-SXM4-40GB-MIG-1g.5gb', 'nvidia.com/gpu: 7'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: j, kind: training, from: j.yaml, accelerator: nvidia-a100-sxm4-40gb, hours: 1, intensity: 1 }',
      ),
    });
    // Seven slices are not seven A100s; the note still asks for `count`, which the workload does not give.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^carbon-budget\.yml:2:5: .*needs `count`.*give `accelerator` and `count`/);
  });

  it('leaves an A100 of unsaid memory to the workload, saying so', async () => {
    const reading = await readKubernetes(
      yaml(
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata: { name: j }',
        'spec:',
        '  template:',
        '    spec:',
        '      nodeSelector: { karpenter.k8s.aws/instance-gpu-name: a100 }',
        '      containers: [{ name: c, resources: { limits: { nvidia.com/gpu: 8 } } }]',
      ),
      'j.yaml',
    );
    expect(fields(reading)).toEqual({ count: 8 });
    expect(reading.workloads[0]?.notes.join(' ')).toMatch(/an A100 of 40 or 80 GB: give `accelerator`/);
  });

  it("takes the board of a cloud-dependent name from the cloud of the workload's own region", async () => {
    const files = {
      'jobs/train.sky.yaml': yaml('resources:', '  accelerators: H100:8', 'num_nodes: 2'),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: on-aws, kind: training, from: jobs/train.sky.yaml, hours: 10, pue: 1, region: aws:us-east-1 }',
        '  - { name: on-azure, kind: training, from: jobs/train.sky.yaml, hours: 10, region: azure:westeurope }',
      ),
    };
    // On Azure SkyPilot's `H100` is not pinned to one board: the workload is asked for `accelerator`,
    // and the message says the region of a cloud that pins it would do too.
    const problems = await problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^carbon-budget\.yml:3:.*needs `accelerator`.*or a gcp or aws `region`/);
    files['carbon-budget.yml'] = files['carbon-budget.yml'].split('\n').slice(0, 2).join('\n') + '\n';
    const report = await reportOf(files);
    const aws = workload(report, 'on-aws');
    // 2 nodes x 8 H100 SXM (700 W) x 10 h = 112 kWh at PUE 1; x 418 g/kWh (aws:us-east-1) = 46.816 kg.
    expect(aws.energyKwh).toBeCloseTo(112, 9);
    expect(aws.co2eKg).toBeCloseTo(46.816, 9);
    expect(aws.assumptions.power?.accelerator?.id).toBe('nvidia-h100-sxm5-80gb');
    expect(aws.from?.fields).toContain('accelerator');
    expect(aws.from?.notes.join(' ')).toContain(
      "`H100` read as nvidia-h100-sxm5-80gb, its board on aws, the cloud of the workload's `region`",
    );
    expect(aws.from?.notes.join(' ')).not.toContain('give `accelerator`');
  });

  it('reads each task of a SkyPilot pipeline, and picks one by name', async () => {
    const pipeline = yaml(
      'name: pipeline',
      '---',
      'name: train',
      'resources: { accelerators: H100:8, infra: aws }',
      'num_nodes: 2',
      '---',
      'name: eval',
      'resources: { accelerators: L4:1 }',
    );
    expect((await readSkyPilot(pipeline, 'p.yaml')).workloads.map((w) => [w.name, w.at.line])).toEqual([
      ['train', 4],
      ['eval', 8],
    ]);
    const report = await reportOf({
      'p.yaml': pipeline,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: t, kind: training, from: "p.yaml#train", hours: 10, pue: 1, intensity: 100 }',
      ),
    });
    // 2 x 8 H100 (700 W) x 10 h = 112 kWh; x 100 g/kWh = 11.2 kg.
    expect(workload(report, 't').co2eKg).toBeCloseTo(11.2, 9);
  });

  it('refuses a spec behind a symbolic link, and one under .git', async () => {
    const { symlinkSync, mkdtempSync, writeFileSync: write } = await import('node:fs');
    const outside = mkdtempSync('/tmp/carbon-budget-outside-');
    write(`${outside}/task.yaml`, yaml('resources:', '  accelerators: T4:1'));
    const files = {
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, from: linked/task.yaml, hours: 1 }',
        '  - { name: b, kind: training, from: .git/task.yaml, hours: 1 }',
      ),
    };
    const { workspace: make } = await import('./helpers/workspace.js');
    const dir = make(files);
    symlinkSync(outside, `${dir}/linked`);
    const { analyse } = await import('../src/analyse.js');
    const { createFileSystemSource } = await import('../src/io/fs-source.js');
    const analysis = await analyse([`${dir}/carbon-budget.yml`], { root: dir, source: createFileSystemSource() });
    expect(analysis.ok).toBe(false);
    const messages = analysis.ok ? [] : analysis.diagnostics.map((d) => `${d.line}: ${d.message}`);
    expect(messages[0]).toMatch(
      /^2: `from` `linked\/task\.yaml`: linked\/task\.yaml leads through `linked`, a symbolic link/,
    );
    expect(messages[1]).toMatch(/^3: `from` `\.git\/task\.yaml` names a file under \.git\//);
  });
});

describe('examples/job-specs', () => {
  it('estimates as written, each workload with the figures its spec gave', async () => {
    const { analyse } = await import('../src/analyse.js');
    const { createFileSystemSource } = await import('../src/io/fs-source.js');
    const root = new URL('../examples/job-specs', import.meta.url).pathname;
    const analysis = await analyse([`${root}/carbon-budget.yml`], { root, source: createFileSystemSource() });
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.diagnostics));
    expect(analysis.report.workloads.map((w) => [w.name, w.from?.format, w.assumptions.count])).toEqual([
      ['pretrain', 'skypilot', 32],
      ['finetune', 'slurm', 16],
      ['Deployment/llm-server', 'kubernetes', 2],
      ['l4-pool', 'terraform', 2],
    ]);
    // l4-pool: 2 nodes x 1 L4 (72 W) x 720 h = 103.68 kWh IT.
    expect(workload(analysis.report, 'l4-pool').itEnergyKwh).toBeCloseTo(103.68, 6);
    // finetune: 16 H100 (700 W) x 36 h x 4 runs = 1,612.8 kWh IT.
    expect(workload(analysis.report, 'finetune').itEnergyKwh).toBeCloseTo(1612.8, 6);
  });
});

describe('from: why a field is missing', () => {
  it('says why the spec left the accelerator open', async () => {
    const problems = await problemsOf({
      'j.yaml': yaml(
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata: { name: j }',
        'spec:',
        '  template:',
        '    spec:',
        '      nodeSelector: { karpenter.k8s.aws/instance-gpu-name: a100 }',
        '      containers: [{ name: c, resources: { limits: { nvidia.com/gpu: 8 } } }]',
      ),
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: j, kind: training, from: j.yaml, hours: 1, region: country:FR }',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:2:5: workload `j` (from j.yaml): needs `accelerator` (a catalog id) or `power` ' +
        '(measured average per accelerator) (j.yaml: `karpenter.k8s.aws/instance-gpu-name: a100` is an A100 of 40 ' +
        'or 80 GB: give `accelerator` in the workload)',
    ]);
  });
});
