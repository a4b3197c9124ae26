import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readTerraform } from '../src/adapters/terraform.js';
import { HclText } from '../src/adapters/terraform-positions.js';
import type { SpecReading } from '../src/adapters/job-spec.js';
import type { WorkloadReport } from '../src/report/report.js';
import { problemsOf, reportOf, yaml } from './helpers/workspace.js';

// Terraform resources read through `from:`. Catalog figures: p4d.24xlarge and Standard_ND96asr_v4
// carry 8 A100 SXM4 40 GB (400 W TDP) each; an L4 draws 72 W. Workloads declare `pue` and
// `intensity` so the sums depend on the spec and the TDPs only.

const tf = readFileSync(new URL('./fixtures/job-specs/gpu.tf', import.meta.url), 'utf8');
const guests = readFileSync(new URL('./fixtures/job-specs/guest-accelerators.tf', import.meta.url), 'utf8');
const asg = readFileSync(new URL('./fixtures/job-specs/autoscaling.tf', import.meta.url), 'utf8');
const azure = readFileSync(new URL('./fixtures/job-specs/azure.tf', import.meta.url), 'utf8');
const aks = readFileSync(new URL('./fixtures/job-specs/aks.tf', import.meta.url), 'utf8');
const scoped = readFileSync(new URL('./fixtures/job-specs/scoped.tf', import.meta.url), 'utf8');

function fields(reading: SpecReading, name: string): Record<string, string | number> {
  const w = reading.workloads.find((x) => x.name === name);
  if (w === undefined) throw new Error(`no ${name}: ${reading.workloads.map((x) => x.name).join(', ')}`);
  return Object.fromEntries(Object.entries(w.fields).map(([k, f]) => [k, f.value]));
}

function workload(report: { workloads: readonly WorkloadReport[] }, name: string): WorkloadReport {
  const found = report.workloads.find((w) => w.name === name);
  if (found === undefined) throw new Error(`no workload ${name}`);
  return found;
}

describe('readTerraform', () => {
  it('reads GPU resources only, with values and where they are written', async () => {
    const reading = await readTerraform(tf, 'infra/gpu.tf');
    expect(reading.diagnostics).toEqual([]);
    expect(reading.workloads.map((w) => w.name)).toEqual([
      'aws_instance/trainer',
      'google_container_node_pool/l4',
      'azurerm_linux_virtual_machine/nd',
      'aws_eks_node_group/open',
    ]);
    expect(fields(reading, 'aws_instance/trainer')).toEqual({
      instance: 'p4d.24xlarge',
      count: 2,
      region: 'aws:us-east-1',
    });
    const trainer = reading.workloads[0];
    expect(trainer?.fields.instance?.at).toEqual({ file: 'infra/gpu.tf', line: 21, column: 3 });
    expect(trainer?.fields.count?.at).toEqual({ file: 'infra/gpu.tf', line: 22, column: 3 });
    expect(trainer?.fields.region?.at).toEqual({ file: 'infra/gpu.tf', line: 2, column: 3 });
    expect(trainer?.notes.join(' ')).toContain('`count` is `var.trainers`: used its default 2');
    // 1 L4 per node x node_count 3; zone us-central1-a is region us-central1.
    expect(fields(reading, 'google_container_node_pool/l4')).toEqual({
      accelerator: 'nvidia-l4-24gb',
      count: 3,
      region: 'gcp:us-central1',
    });
    expect(reading.workloads[1]?.fields.accelerator?.at.line).toBe(39);
    expect(fields(reading, 'azurerm_linux_virtual_machine/nd')).toEqual({
      instance: 'Standard_ND96asr_v4',
      count: 1,
      region: 'azure:eastus',
    });
    expect(fields(reading, 'aws_eks_node_group/open')).toEqual({ instance: 'p4d.24xlarge', region: 'aws:us-east-1' });
    expect(reading.workloads[3]?.notes.join(' ')).toContain(
      '`scaling_config.desired_size` is `var.gpu_nodes`, which carbon-budget cannot resolve: give `count`',
    );
  });

  it('says where a syntax error is', async () => {
    const reading = await readTerraform('resource "aws_instance" "x" {\n  count = \n}\n', 'bad.tf');
    expect(reading.workloads).toEqual([]);
    expect(reading.diagnostics[0]).toMatchObject({ file: 'bad.tf', line: 2 });
    expect(reading.diagnostics[0]?.message).toMatch(/^Terraform syntax: /);
  });

  it('does not follow modules', async () => {
    const reading = await readTerraform('module "gpus" {\n  source = "./gpus"\n}\n', 'main.tf');
    expect(reading.diagnostics).toEqual([
      {
        file: 'main.tf',
        line: 1,
        column: 1,
        message: expect.stringContaining('modules are not followed'),
        resource: 'module/gpus',
      },
    ]);
  });

  it('does not guess for_each', async () => {
    const text = 'resource "aws_instance" "x" {\n  for_each = toset(["a"])\n  instance_type = "p4d.24xlarge"\n}\n';
    const reading = await readTerraform(text, 'f.tf');
    expect(reading.diagnostics[0]?.message).toContain('`for_each`');
  });
});

describe('Terraform: a problem in one resource', () => {
  it('reports for_each and a dynamic guest_accelerator at their resource, and reads the rest', async () => {
    const reading = await readTerraform(scoped, 'infra/scoped.tf');
    // A dynamic `ebs_block_device` says nothing about accelerators: aws_instance/gpu is read.
    expect(reading.workloads.map((w) => w.name)).toEqual(['aws_instance/gpu']);
    expect(fields(reading, 'aws_instance/gpu')).toEqual({ instance: 'g5.12xlarge', count: 1, region: 'aws:us-west-2' });
    expect(reading.diagnostics).toEqual([
      {
        file: 'infra/scoped.tf',
        line: 38,
        column: 1,
        message: 'aws_instance/shards: `for_each` and `dynamic` blocks are not followed: write the workload out',
        resource: 'aws_instance/shards',
      },
      {
        file: 'infra/scoped.tf',
        line: 53,
        column: 3,
        message: expect.stringContaining('google_compute_instance/tuned: `for_each` and `dynamic`'),
        resource: 'google_compute_instance/tuned',
      },
    ]);
  });

  it('lets a workload pick a resource next to a module, a for_each and a dynamic block', async () => {
    const report = await reportOf({
      'infra/scoped.tf': scoped,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: serve',
        '    kind: training',
        '    from: infra/scoped.tf#aws_instance/gpu',
        '    hours: 10',
        '    pue: 1.2',
        '    intensity: 300',
      ),
    });
    // 1 g5.12xlarge x 4 A10G (300 W) x 10 h = 12 kWh IT; x PUE 1.2 = 14.4 kWh; x 300 g = 4.32 kg.
    const serve = workload(report, 'serve');
    expect(serve.itEnergyKwh).toBeCloseTo(12, 6);
    expect(serve.energyKwh).toBeCloseTo(14.4, 6);
    expect(serve.co2eKg).toBeCloseTo(4.32, 6);
  });

  it('stops a whole-file read and a pick of the resource at the unfollowed block', async () => {
    const whole = await problemsOf({
      'infra/scoped.tf': scoped,
      'carbon-budget.yml': yaml('workloads:', '  - kind: training', '    from: infra/scoped.tf', '    hours: 1'),
    });
    expect(whole).toEqual([
      expect.stringMatching(/^infra\/scoped\.tf:38:1: aws_instance\/shards: `for_each`/),
      expect.stringMatching(/^infra\/scoped\.tf:53:3: google_compute_instance\/tuned: `for_each`/),
    ]);
    const picked = await problemsOf({
      'infra/scoped.tf': scoped,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: shards',
        '    kind: training',
        '    from: infra/scoped.tf#aws_instance/shards',
        '    hours: 1',
      ),
    });
    expect(picked).toEqual([expect.stringMatching(/^infra\/scoped\.tf:38:1: aws_instance\/shards: `for_each`/)]);
  });

  it('names a module only where it could hide the resource asked for', async () => {
    const text = 'module "gpus" {\n  source = "./gpus"\n}\n';
    const whole = await problemsOf({
      'main.tf': text,
      'carbon-budget.yml': yaml('workloads:', '  - kind: training', '    from: main.tf', '    hours: 1'),
    });
    expect(whole).toEqual([expect.stringMatching(/^main\.tf:1:1: module "gpus": modules are not followed/)]);
    const picked = await problemsOf({
      'main.tf': text,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: x',
        '    kind: training',
        '    from: main.tf#aws_instance/x',
        '    hours: 1',
      ),
    });
    expect(picked).toEqual([expect.stringContaining('no resource `aws_instance/x` that asks for accelerators')]);
  });
});

describe('Terraform: guest_accelerator blocks', () => {
  it('adds up blocks of one board, refuses two boards, and multiplies by count', async () => {
    const reading = await readTerraform(guests, 'infra/gce.tf');
    expect(reading.workloads.map((w) => w.name)).toEqual([
      'google_compute_instance/twice',
      'google_compute_instance/fleet',
      'google_container_node_pool/pairs',
    ]);
    // Two blocks of nvidia-l4, 1 each: 1 + 1 = 2 L4 on the one instance.
    expect(fields(reading, 'google_compute_instance/twice')).toEqual({
      accelerator: 'nvidia-l4-24gb',
      count: 2,
      region: 'gcp:us-central1',
    });
    expect(reading.workloads[0]?.fields.accelerator?.at.line).toBe(12);
    expect(reading.workloads[0]?.notes).toContain(
      '2 `guest_accelerator` blocks of nvidia-l4-24gb: 2 per instance in all',
    );
    // `count = 3` instances x 1 T4 = 3, written at the `count` meta-argument.
    expect(fields(reading, 'google_compute_instance/fleet')).toEqual({
      accelerator: 'nvidia-t4-16gb',
      count: 3,
      region: 'gcp:us-central1',
    });
    expect(reading.workloads[1]?.fields.count?.at.line).toBe(53);
    // node_count 2 x (1 + 1) L4 per node = 4; no location: the provider's region.
    expect(fields(reading, 'google_container_node_pool/pairs')).toEqual({
      accelerator: 'nvidia-l4-24gb',
      count: 4,
      region: 'gcp:us-central1',
    });
    expect(reading.diagnostics).toEqual([
      {
        file: 'infra/gce.tf',
        line: 43,
        column: 5,
        message:
          'google_compute_instance/mixed: `guest_accelerator` blocks name nvidia-t4-16gb and nvidia-v100-sxm2-16gb; ' +
          'carbon-budget estimates one accelerator type per workload: ' +
          'write a workload for each type (`accelerator`, `count`) instead of `from`',
        resource: 'google_compute_instance/mixed',
      },
    ]);
  });

  it('does not sum blocks whose type it cannot read', async () => {
    const text = [
      'resource "google_compute_instance" "x" {',
      '  machine_type = "n1-standard-8"',
      '  zone         = "us-central1-a"',
      '  guest_accelerator {',
      '    type  = "nvidia-tesla-t4"',
      '    count = 1',
      '  }',
      '  guest_accelerator {',
      '    type  = var.second_gpu',
      '    count = 1',
      '  }',
      '}',
      '',
    ].join('\n');
    const reading = await readTerraform(text, 'x.tf');
    expect(reading.workloads).toEqual([]);
    expect(reading.diagnostics).toEqual([
      expect.objectContaining({ line: 9, column: 5, message: expect.stringContaining('2 of 2 has no literal `type`') }),
    ]);
  });

  it('estimates the blocks of one board, next to a resource with two boards', async () => {
    const report = await reportOf({
      'infra/gce.tf': guests,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: twice',
        '    kind: training',
        '    from: infra/gce.tf#google_compute_instance/twice',
        '    hours: 10',
        '    pue: 1.1',
        '    intensity: 500',
      ),
    });
    // 2 L4 x 72 W x 10 h = 1.44 kWh IT; x 1.1 = 1.584 kWh; x 500 g = 0.792 kg.
    const twice = workload(report, 'twice');
    expect(twice.itEnergyKwh).toBeCloseTo(1.44, 6);
    expect(twice.energyKwh).toBeCloseTo(1.584, 6);
    expect(twice.co2eKg).toBeCloseTo(0.792, 6);
  });
});

describe('Terraform: launch templates and the groups that launch from them', () => {
  it('reads a group with the instance type of its template, and a template alone only when picked', async () => {
    const reading = await readTerraform(asg, 'infra/asg.tf');
    expect(reading.diagnostics).toEqual([]);
    // The templates (lines 5, 32, 67) run nothing by themselves; the t3.nano group carries no GPU.
    expect(reading.workloads.filter((w) => w.pickOnly !== true).map((w) => w.name)).toEqual([
      'aws_autoscaling_group/inference',
      'aws_autoscaling_group/trainers',
      'aws_eks_node_group/l4',
    ]);
    expect(fields(reading, 'aws_autoscaling_group/inference')).toEqual({
      instance: 'g6.xlarge',
      count: 3,
      region: 'aws:eu-west-1',
    });
    const inference = reading.workloads.find((w) => w.name === 'aws_autoscaling_group/inference');
    expect(inference?.fields.instance?.at.line).toBe(8);
    expect(inference?.fields.count?.at.line).toBe(13);
    // No desired_capacity: AWS starts the group at min_size 2. The template is found by its literal name.
    expect(fields(reading, 'aws_autoscaling_group/trainers')).toEqual({
      instance: 'p5.48xlarge',
      count: 2,
      region: 'aws:eu-west-1',
    });
    const trainers = reading.workloads.find((w) => w.name === 'aws_autoscaling_group/trainers');
    expect(trainers?.fields.count?.at.line).toBe(41);
    expect(trainers?.notes).toContain('no `desired_capacity`: AWS starts the group at `min_size`');
    // An EKS node group without instance_types takes its launch template's, written after it.
    expect(fields(reading, 'aws_eks_node_group/l4')).toEqual({
      instance: 'g6.12xlarge',
      count: 2,
      region: 'aws:eu-west-1',
    });
    expect(reading.workloads.find((w) => w.name === 'aws_eks_node_group/l4')?.fields.instance?.at.line).toBe(70);
  });

  it('estimates the groups; a picked template needs `count` and says which group to point at', async () => {
    const report = await reportOf({
      'infra/asg.tf': asg,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - kind: inference',
        '    from: infra/asg.tf',
        '    period: 30d',
        '    pue: 1.1',
        '    intensity: 400',
        '  - name: spare',
        '    kind: training',
        '    from: infra/asg.tf#aws_launch_template/gpu',
        '    count: 5',
        '    hours: 10',
        '    pue: 1.1',
        '    intensity: 400',
      ),
    });
    // 3 g6.xlarge x 1 L4 x 72 W x 720 h = 155.52 kWh IT.
    expect(workload(report, 'aws_autoscaling_group/inference').itEnergyKwh).toBeCloseTo(155.52, 6);
    // 2 p5.48xlarge x 8 H100 x 700 W x 720 h = 8,064 kWh IT; x 1.1 = 8,870.4 kWh; x 400 g = 3,548.16 kg.
    const trainers = workload(report, 'aws_autoscaling_group/trainers');
    expect(trainers.itEnergyKwh).toBeCloseTo(8064, 6);
    expect(trainers.co2eKg).toBeCloseTo(3548.16, 6);
    // 2 g6.12xlarge x 4 L4 x 72 W x 720 h = 414.72 kWh IT.
    expect(workload(report, 'aws_eks_node_group/l4').itEnergyKwh).toBeCloseTo(414.72, 6);
    // The picked template with the workload's count: 5 g6.xlarge x 1 L4 x 72 W x 10 h = 3.6 kWh IT.
    expect(workload(report, 'spare').itEnergyKwh).toBeCloseTo(3.6, 6);
    // Its note asked for `count`, which the workload gives: the report says so rather than ask.
    expect(workload(report, 'spare').from?.notes).toContain(
      'a launch template runs nothing by itself: point `from` at the group that launches from it ' +
        '(aws_autoscaling_group/inference) (the workload gives `count`)',
    );
    expect(report.workloads).toHaveLength(4);

    const problems = await problemsOf({
      'infra/asg.tf': asg,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: spare',
        '    kind: training',
        '    from: infra/asg.tf#aws_launch_template/gpu',
        '    hours: 10',
      ),
    });
    expect(problems.join('\n')).toContain(
      'a launch template runs nothing by itself: point `from` at the group that launches from it ' +
        '(aws_autoscaling_group/inference), or give `count`',
    );
    // A serving fleet of instances counts instances, as the missing-count message says.
    const serving = await problemsOf({
      'infra/asg.tf': asg,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: spare',
        '    kind: inference',
        '    from: infra/asg.tf#aws_launch_template/gpu',
        '    period: 30d',
      ),
    });
    expect(serving.join('\n')).toContain('a serving fleet needs `count`, the number of instances serving');
  });
});

describe('Terraform: Azure scale sets and VMs', () => {
  it('reads sku and instances, count, and a location given by the resource group', async () => {
    const reading = await readTerraform(azure, 'infra/azure.tf');
    expect(reading.diagnostics).toEqual([]);
    expect(reading.workloads.map((w) => w.name)).toEqual([
      'azurerm_linux_virtual_machine_scale_set/inference',
      'azurerm_windows_virtual_machine_scale_set/render',
      'azurerm_linux_virtual_machine/t4',
    ]);
    // location = azurerm_resource_group.example.location, "West Europe" at line 7.
    expect(fields(reading, 'azurerm_linux_virtual_machine_scale_set/inference')).toEqual({
      instance: 'Standard_NC24ads_A100_v4',
      count: 2,
      region: 'azure:westeurope',
    });
    const inference = reading.workloads[0];
    expect(inference?.fields.instance?.at.line).toBe(14);
    expect(inference?.fields.region?.at.line).toBe(7);
    expect(inference?.notes).toContain("`location` is azurerm_resource_group.example's");
    // No `instances`: the provider's default 0 is not capacity, so `count` is left to the workload.
    expect(fields(reading, 'azurerm_windows_virtual_machine_scale_set/render')).toEqual({
      instance: 'Standard_NV36ads_A10_v5',
      region: 'azure:eastus',
    });
    expect(reading.workloads[1]?.notes.join(' ')).toContain('give `count`');
    // `count = 2` VMs.
    expect(fields(reading, 'azurerm_linux_virtual_machine/t4')).toEqual({
      instance: 'Standard_NC4as_T4_v3',
      count: 2,
      region: 'azure:westeurope',
    });
    expect(reading.workloads[2]?.fields.count?.at.line).toBe(54);
  });

  it('estimates a scale set', async () => {
    const report = await reportOf({
      'infra/azure.tf': azure,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: vmss',
        '    kind: inference',
        '    from: infra/azure.tf#azurerm_linux_virtual_machine_scale_set/inference',
        '    period: 30d',
        '    pue: 1.2',
        '    intensity: 250',
        '  - name: render',
        '    kind: training',
        '    from: infra/azure.tf#azurerm_windows_virtual_machine_scale_set/render',
        '    count: 3',
        '    hours: 10',
        '    pue: 1.2',
        '    intensity: 250',
      ),
    });
    // 2 x 1 A100 PCIe 80 GB (300 W) x 720 h = 432 kWh IT; x 1.2 = 518.4 kWh; x 250 g = 129.6 kg.
    const vmss = workload(report, 'vmss');
    expect(vmss.itEnergyKwh).toBeCloseTo(432, 6);
    expect(vmss.co2eKg).toBeCloseTo(129.6, 6);
    // The workload's 3 instances x 1 A10 (150 W) x 10 h = 4.5 kWh IT.
    expect(workload(report, 'render').itEnergyKwh).toBeCloseTo(4.5, 6);
  });
});

describe('Terraform: a launch template with for_each', () => {
  it('is no problem for a whole-file read, and a pick of it takes the workload count', async () => {
    const text = [
      'resource "aws_launch_template" "gpu" {',
      '  for_each      = toset(["blue", "green"])',
      '  name          = "gpu-${each.key}"',
      '  instance_type = "g6.xlarge"',
      '}',
      '',
    ].join('\n');
    const reading = await readTerraform(text, 'lt.tf');
    expect(reading.diagnostics).toEqual([]);
    expect(reading.workloads.map((w) => [w.name, w.pickOnly])).toEqual([['aws_launch_template/gpu', true]]);
  });
});

describe('Terraform: AKS', () => {
  it("takes a node pool's region from its cluster in the file, and a GPU default node pool", async () => {
    const reading = await readTerraform(aks, 'infra/aks.tf');
    expect(reading.diagnostics).toEqual([]);
    // The cluster "example" has a Standard_D2_v2 default pool: no GPU, no workload.
    expect(reading.workloads.map((w) => w.name)).toEqual([
      'azurerm_kubernetes_cluster_node_pool/gpu',
      'azurerm_kubernetes_cluster/gpu_only',
      'azurerm_kubernetes_cluster_node_pool/elsewhere',
    ]);
    // Cluster "example" is in azurerm_resource_group.example's "West Europe" (line 3).
    expect(fields(reading, 'azurerm_kubernetes_cluster_node_pool/gpu')).toEqual({
      instance: 'Standard_NC24ads_A100_v4',
      count: 3,
      region: 'azure:westeurope',
    });
    expect(reading.workloads[0]?.fields.region?.at.line).toBe(3);
    expect(reading.workloads[0]?.notes).toEqual([
      'region from its cluster, azurerm_kubernetes_cluster.example',
      "`azurerm_kubernetes_cluster.example.location` is azurerm_resource_group.example's",
    ]);
    // The default pool autoscales from min_count 2 (line 44); the cluster is in "Sweden Central" (line 36).
    expect(fields(reading, 'azurerm_kubernetes_cluster/gpu_only')).toEqual({
      instance: 'Standard_NC4as_T4_v3',
      count: 2,
      region: 'azure:swedencentral',
    });
    expect(reading.workloads[1]?.fields.count?.at.line).toBe(44);
    expect(reading.workloads[1]?.fields.region?.at.line).toBe(36);
    // A cluster given by a variable: the region is left to the workload.
    expect(fields(reading, 'azurerm_kubernetes_cluster_node_pool/elsewhere')).toEqual({
      instance: 'Standard_NC4as_T4_v3',
      count: 1,
    });
    expect(reading.workloads[2]?.notes.join(' ')).toContain('give `region`');
  });

  it('estimates a node pool in the region of its cluster', async () => {
    const report = await reportOf({
      'infra/aks.tf': aks,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: pool',
        '    kind: inference',
        '    from: infra/aks.tf#azurerm_kubernetes_cluster_node_pool/gpu',
        '    period: 30d',
        '    pue: 1.2',
        '    intensity: 300',
        '  - name: default',
        '    kind: inference',
        '    from: infra/aks.tf#azurerm_kubernetes_cluster/gpu_only',
        '    period: 30d',
        '    pue: 1.2',
        '    intensity: 300',
      ),
    });
    // 3 nodes x 1 A100 PCIe 80 GB (300 W) x 720 h = 648 kWh IT; x 1.2 = 777.6 kWh; x 300 g = 233.28 kg.
    const pool = workload(report, 'pool');
    expect(pool.itEnergyKwh).toBeCloseTo(648, 6);
    expect(pool.co2eKg).toBeCloseTo(233.28, 6);
    // 2 nodes x 1 T4 (70 W) x 720 h = 100.8 kWh IT.
    expect(workload(report, 'default').itEnergyKwh).toBeCloseTo(100.8, 6);
  });
});

describe('terraform positions', () => {
  it('finds a nested attribute, not a same-named one of another block', () => {
    const text = 'resource "a" "x" {\n  count = 1\n}\nresource "a" "y" {\n  b {\n    count = 2\n  }\n  count = 3\n}\n';
    const hcl = new HclText(text, 't.tf');
    const range = hcl.blockAt('resource', ['a', 'y']);
    if (range === undefined) throw new Error('no block');
    expect(hcl.attributeAt(range, ['b', 'count'])).toEqual({ file: 't.tf', line: 6, column: 5 });
    expect(hcl.attributeAt(range, ['count'])).toEqual({ file: 't.tf', line: 8, column: 3 });
    expect(hcl.attributeAt(range, [])).toEqual({ file: 't.tf', line: 4, column: 1 });
  });

  it('finds headers written any way HCL allows: indented, unquoted labels, a header over two lines', () => {
    const text = [
      'resource "a" "x" {}', // 1
      '  resource  a   "y"  {', // 2: indented, an unquoted label
      '    n = 1',
      '  }',
      'resource "a"', // 5: the labels over two lines (read by the fallback)
      '  "z" {',
      '  n = 2',
      '}',
      'resource "a" "x" {', // 9: a second block of the same name: the first is the one meant
      '}',
    ].join('\n');
    const hcl = new HclText(text, 't.tf');
    const line = (labels: string[], path: string[] = []) => {
      const range = hcl.blockAt('resource', labels);
      return range === undefined ? undefined : hcl.attributeAt(range, path);
    };
    expect(line(['a', 'x'])).toEqual({ file: 't.tf', line: 1, column: 1 });
    expect(line(['a', 'y'], ['n'])).toEqual({ file: 't.tf', line: 3, column: 5 });
    expect(line(['a', 'y'])).toEqual({ file: 't.tf', line: 2, column: 3 });
    expect(line(['a', 'z'], ['n'])).toEqual({ file: 't.tf', line: 7, column: 3 });
    expect(line(['a', 'w'])).toBeUndefined();
    expect(line(['a'])).toBeUndefined();
  });

  it('reads a file of 3,000 resources, each where it is written', async () => {
    // Each resource is 5 lines: the header of resource i is on line 5i + 1, its count on 5i + 3.
    const text = Array.from(
      { length: 3000 },
      (_, i) =>
        `resource "google_compute_instance" "n${i}" {\n  machine_type = "a2-highgpu-1g"\n  count = ${i + 1}\n` +
        `  zone = "us-central1-a"\n}\n`,
    ).join('');
    const { workloads, diagnostics } = await readTerraform(text, 'big.tf');
    expect(diagnostics).toEqual([]);
    expect(workloads).toHaveLength(3000);
    const last = workloads[2999];
    expect(last?.name).toBe('google_compute_instance/n2999');
    expect(last?.at).toEqual({ file: 'big.tf', line: 5 * 2999 + 1, column: 1 });
    expect(last?.fields.count).toEqual({ value: 3000, at: { file: 'big.tf', line: 5 * 2999 + 3, column: 3 } });
  });
});

describe('from: Terraform', () => {
  it('estimates GPU instances and node pools, and asks for the count it cannot resolve', async () => {
    const report = await reportOf({
      'infra/gpu.tf': tf,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: trainer',
        '    kind: training',
        '    from: infra/gpu.tf#aws_instance/trainer',
        '    hours: 10',
        '    pue: 1.1',
        '    intensity: 400',
        '  - name: l4',
        '    kind: inference',
        '    from: infra/gpu.tf#google_container_node_pool/l4',
        '    period: 30d',
        '    pue: 1.1',
        '    intensity: 500',
        '  - name: eks',
        '    kind: training',
        '    from: infra/gpu.tf#aws_eks_node_group/open',
        '    count: 1',
        '    hours: 1',
      ),
    });
    // 2 p4d.24xlarge x 8 A100 (400 W) x 10 h = 64 kWh IT; x PUE 1.1 = 70.4 kWh; x 400 g = 28.16 kg.
    const trainer = workload(report, 'trainer');
    expect(trainer.itEnergyKwh).toBeCloseTo(64, 6);
    expect(trainer.energyKwh).toBeCloseTo(70.4, 6);
    expect(trainer.co2eKg).toBeCloseTo(28.16, 6);
    // 3 nodes x 1 L4 (72 W) x 720 h = 155.52 kWh IT; x 1.1 = 171.072 kWh; x 500 g = 85.536 kg.
    const l4 = workload(report, 'l4');
    expect(l4.itEnergyKwh).toBeCloseTo(155.52, 6);
    expect(l4.co2eKg).toBeCloseTo(85.536, 6);
    // The workload gives the count the spec leaves open: 1 x 8 A100 x 400 W x 1 h = 3.2 kWh IT.
    expect(workload(report, 'eks').itEnergyKwh).toBeCloseTo(3.2, 6);
  });

  it('names the field to add when a variable has no default', async () => {
    const problems = await problemsOf({
      'infra/gpu.tf': tf,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: eks',
        '    kind: training',
        '    from: infra/gpu.tf#aws_eks_node_group/open',
        '    hours: 1',
      ),
    });
    expect(problems.join('\n')).toContain('give `count`');
    // With an instance type from the spec, `count` counts instances, and the message says so.
    expect(problems.join('\n')).toContain('needs `count`, the number of instances running for `hours`');
  });

  it('reads an instance whose type is a variable only when picked, with the instance the workload gives', async () => {
    const open = yaml(
      'provider "aws" {',
      '  region = "us-east-1"',
      '}',
      '',
      'variable "instance_type" {',
      '  type = string',
      '}',
      '',
      'resource "aws_instance" "trainer" {',
      '  ami           = "ami-0123456789abcdef0"',
      '  instance_type = var.instance_type',
      '  count         = 2',
      '}',
    );
    const reading = await readTerraform(open, 'infra/open.tf');
    expect(reading.diagnostics).toEqual([]);
    expect(reading.workloads.map((w) => [w.name, w.pickOnly])).toEqual([['aws_instance/trainer', 'unresolved']]);
    expect(fields(reading, 'aws_instance/trainer')).toEqual({ count: 2, region: 'aws:us-east-1' });
    // A whole-file read finds nothing it may estimate, and names the resource a workload may pick.
    const whole = await problemsOf({
      'infra/open.tf': open,
      'carbon-budget.yml': yaml('workloads:', '  - { name: t, kind: training, from: infra/open.tf, hours: 10 }'),
    });
    expect(whole).toEqual([
      'carbon-budget.yml:2:38: `from` `infra/open.tf`: found no resource that asks for accelerators in ' +
        'infra/open.tf; a workload may pick `infra/open.tf#aws_instance/trainer` (`instance_type` is ' +
        '`var.instance_type`, which carbon-budget cannot resolve: give `instance` in the workload)',
    ]);
    const report = await reportOf({
      'infra/open.tf': open,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: t',
        '    kind: training',
        '    from: infra/open.tf#aws_instance/trainer',
        '    instance: p4d.24xlarge',
        '    hours: 10',
        '    pue: 1',
        '    intensity: 100 g/kWh',
      ),
    });
    // 2 instances x 8 A100 (400 W) x 10 h = 64 kWh; x 100 g/kWh = 6.4 kg.
    const t = workload(report, 't');
    expect(t.energyKwh).toBeCloseTo(64, 9);
    expect(t.co2eKg).toBeCloseTo(6.4, 9);
    expect(t.from?.fields).toEqual(['count', 'region']);
    // The note that asked for `instance` says the workload gives it.
    expect(t.from?.notes).toEqual([
      '`instance_type` is `var.instance_type`, which carbon-budget cannot resolve (the workload gives `instance`)',
    ]);
  });
});

describe('readTerraform: copies and unresolved instance types', () => {
  const file = yaml(
    'provider "aws" {',
    '  region = "us-east-1"',
    '}',
    '',
    'variable "web_type" {',
    '  type = string',
    '}',
    '',
    'resource "aws_instance" "gpu" {',
    '  ami           = "ami-0123456789abcdef0"',
    '  instance_type = "p4d.24xlarge"',
    '}',
    '',
    'resource "aws_instance" "web" {',
    '  for_each      = toset(["a", "b"])',
    '  ami           = "ami-0123456789abcdef0"',
    '  instance_type = var.web_type',
    '}',
    '',
    'resource "aws_instance" "batch" {',
    '  count         = 2',
    '  ami           = "ami-0123456789abcdef0"',
    '  instance_type = var.web_type',
    '}',
    '',
    'resource "aws_launch_template" "l4" {',
    '  instance_type = "g6.xlarge"',
    '}',
    '',
    'resource "aws_autoscaling_group" "serving" {',
    '  count            = 3',
    '  desired_capacity = 2',
    '  max_size         = 4',
    '  min_size         = 1',
    '  launch_template {',
    '    id = aws_launch_template.l4.id',
    '  }',
    '}',
  );

  it('reads past a for_each on a resource read only when picked, and multiplies a group by its copies', async () => {
    const reading = await readTerraform(file, 'infra/mixed.tf');
    expect(reading.diagnostics).toEqual([]);
    // 3 copies of a group of 2: 6 instances.
    expect(fields(reading, 'aws_autoscaling_group/serving')).toEqual({
      instance: 'g6.xlarge',
      count: 6,
      region: 'aws:us-east-1',
    });
    const web = reading.workloads.find((w) => w.name === 'aws_instance/web');
    expect(web?.pickOnly).toBe('unresolved');
    expect(web?.fields.count).toBeUndefined();
    expect(web?.notes).toContain('`for_each` is not followed: give `count` in the workload');
    const report = await reportOf({
      'infra/mixed.tf': file,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { kind: inference, from: infra/mixed.tf, period: 10h, pue: 1, intensity: 100 g/kWh }',
      ),
    });
    // The whole file: 1 p4d.24xlarge (8 x 400 W) and 6 g6.xlarge (1 L4, 72 W) for 10 h:
    // 32 kWh + 4.32 kWh; the resource with a variable type is not read.
    expect(report.workloads.map((w) => [w.name, w.energyKwh])).toEqual([
      ['aws_instance/gpu', 32],
      ['aws_autoscaling_group/serving', expect.closeTo(4.32, 9)],
    ]);
  });

  it('takes no instance count as the count of the accelerators a workload names instead', async () => {
    const problems = await problemsOf({
      'infra/mixed.tf': file,
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - name: web',
        '    kind: inference',
        '    from: infra/mixed.tf#aws_instance/web',
        '    accelerator: nvidia-h100-sxm5-80gb',
        '    period: 10h',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^carbon-budget\.yml:2:5: .*needs `count`/);
    // `count = 2` counts instances: with `instance` it stays, with `accelerator` it is the workload's to give.
    const batch = (hardware: string) =>
      yaml(
        'workloads:',
        `  - { name: b, kind: inference, from: "infra/mixed.tf#aws_instance/batch", ${hardware}, period: 10h }`,
      );
    expect(
      await problemsOf({ 'infra/mixed.tf': file, 'carbon-budget.yml': batch('accelerator: nvidia-l4-24gb') }),
    ).toEqual([expect.stringMatching(/^carbon-budget\.yml:2:5: .*needs `count`/)]);
    const report = await reportOf({ 'infra/mixed.tf': file, 'carbon-budget.yml': batch('instance: g6.xlarge') });
    // 2 g6.xlarge x 1 L4 (72 W) x 10 h = 1.44 kWh IT.
    expect(report.workloads[0]?.itEnergyKwh).toBeCloseTo(1.44, 9);
  });
});
