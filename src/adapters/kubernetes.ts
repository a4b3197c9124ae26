import { findInstance } from '../catalog/instances.js';
import type { Diagnostic } from '../config/diagnostics.js';
import type { SourceRef } from '../model.js';
import { showValue } from '../text/show.js';
import { AMBIGUOUS_NAMES, GKE_ACCELERATORS, KARPENTER_GPU_NAMES, mapName } from './accelerator-names.js';
import type { SpecReading, SpecWorkload } from './job-spec.js';
import { FieldsBuilder, problem, wholeNumber } from './spec-fields.js';
import { readSpecYaml, type SpecNode } from './yaml-spec.js';

// Kubernetes manifests: each resource that runs pods with GPUs (Job, Deployment, StatefulSet,
// Kubeflow training jobs, Ray clusters and jobs, KServe InferenceServices, LeaderWorkerSets) is a
// workload of `count` = the accelerators its pods ask for (`resources.limits`, else `requests`)
// times how many of those pods run. The accelerator model comes from the labels the pods are
// placed by (node selector or required node affinity), which is where clusters say it.

const GPU_RESOURCES = ['nvidia.com/gpu', 'amd.com/gpu', 'google.com/tpu'];

/**
 * GKE's `cloud.google.com/gke-tpu-accelerator` values ("Plan TPUs in GKE",
 * https://cloud.google.com/kubernetes-engine/docs/concepts/plan-tpus); `google.com/tpu` then counts chips.
 */
const GKE_TPUS: Readonly<Record<string, string>> = {
  // ct4p, ct5lp, ct5p and ct6e machines carry these values (machine_family_to_label_map in Google's
  // github.com/GoogleCloudPlatform/cluster-toolkit pkg/config/machine_mappings.json).
  'tpu-v4-podslice': 'google-tpu-v4',
  'tpu-v5-lite-podslice': 'google-tpu-v5e',
  'tpu-v5p-slice': 'google-tpu-v5p',
  'tpu-v6e-slice': 'google-tpu-v6e',
  // v5e's single-host-only value, beside the multi-host-capable `-podslice` (SkyPilot's
  // GKE_TPU_ACCELERATOR_TO_GENERATION, sky/provision/kubernetes/utils.py, citing
  // https://cloud.google.com/kubernetes-engine/docs/how-to/tpus#run).
  'tpu-v5-lite-device': 'google-tpu-v5e',
  // Ironwood (https://cloud.google.com/kubernetes-engine/docs/concepts/tpu-ironwood): the same Cluster
  // Toolkit map gives the tpu7x machine family this value.
  tpu7x: 'google-tpu-v7',
};

/** One set of identical pods: the pod spec and how many of them run. */
interface PodGroup {
  readonly pod: SpecNode;
  readonly replicas: number;
  /** The node the replica count is written at, if it is written. */
  readonly replicasAt?: SourceRef;
  readonly label: string;
}

/** A replica count: written and a whole number, or the default. */
function replicasOf(node: SpecNode | undefined, fallback: number, diagnostics: Diagnostic[], key: string): number {
  if (node === undefined || node.scalar === null) return fallback;
  const n = wholeNumber(node.scalar);
  if (n === undefined) {
    diagnostics.push(problem(node.at, `\`${key}\` must be a whole number, got ${showValue(node.scalar)}`));
    return fallback;
  }
  return n;
}

function group(
  pod: SpecNode | undefined,
  count: SpecNode | undefined,
  fallback: number,
  key: string,
  label: string,
  d: Diagnostic[],
): PodGroup[] {
  if (pod === undefined) return [];
  const replicas = replicasOf(count, fallback, d, key);
  return [{ pod, replicas, ...(count === undefined ? {} : { replicasAt: count.at }), label }];
}

/** The pod groups of a resource, by its kind; undefined for a kind that runs no pods carbon-budget reads. */
function podGroups(kind: string, doc: SpecNode, b: FieldsBuilder, d: Diagnostic[]): PodGroup[] | undefined {
  const spec = doc.get('spec');
  if (spec === undefined) return undefined;
  switch (kind) {
    case 'Pod':
      return [{ pod: spec, replicas: 1, label: 'the pod' }];
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
      return group(spec.path('template', 'spec'), spec.get('replicas'), 1, 'replicas', 'replicas', d);
    case 'Job':
      return group(spec.path('template', 'spec'), spec.get('parallelism'), 1, 'parallelism', 'parallel pods', d);
    case 'CronJob':
      return group(
        spec.path('jobTemplate', 'spec', 'template', 'spec'),
        spec.path('jobTemplate', 'spec', 'parallelism'),
        1,
        'parallelism',
        'parallel pods',
        d,
      );
    case 'PyTorchJob':
    case 'TFJob':
    case 'MPIJob':
    case 'XGBoostJob':
    case 'PaddleJob':
    case 'JAXJob': {
      // Kubeflow: `pytorchReplicaSpecs: {Master: ..., Worker: ...}`, and the like for each framework.
      const specs = spec.entries().find(([key]) => key.endsWith('ReplicaSpecs'))?.[1];
      return (specs?.entries() ?? []).flatMap(([role, replica]) =>
        group(replica.path('template', 'spec'), replica.get('replicas'), 1, 'replicas', role, d),
      );
    }
    case 'RayCluster':
      return rayGroups(spec, b, d);
    case 'RayJob':
      return rayGroups(spec.get('rayClusterSpec'), b, d);
    case 'RayService':
      return rayGroups(spec.get('rayClusterConfig'), b, d);
    case 'LeaderWorkerSet':
      return leaderWorkerGroups(spec, d);
    case 'InferenceService':
      return kserveGroups(spec, b, d);
    default:
      return undefined;
  }
}

function rayGroups(cluster: SpecNode | undefined, b: FieldsBuilder, d: Diagnostic[]): PodGroup[] {
  if (cluster === undefined) return [];
  const head = group(cluster.path('headGroupSpec', 'template', 'spec'), undefined, 1, 'replicas', 'head', d);
  const workers = (cluster.get('workerGroupSpecs')?.items() ?? []).flatMap((worker) => {
    const written = worker.get('replicas') ?? worker.get('minReplicas');
    if (worker.get('replicas') === undefined && worker.get('minReplicas') !== undefined)
      b.note('a Ray worker group without `replicas` is counted at its `minReplicas`');
    const name = worker.get('groupName')?.text ?? 'workers';
    const groups = group(worker.path('template', 'spec'), written, 1, 'replicas', `worker group ${name}`, d);
    // `numOfHosts` pods make each replica of a multi-host group (TPU slices).
    const hosts = replicasOf(worker.get('numOfHosts'), 1, d, 'numOfHosts');
    return groups.map((g) => ({ ...g, replicas: g.replicas * hosts }));
  });
  return [...head, ...workers];
}

function leaderWorkerGroups(spec: SpecNode, d: Diagnostic[]): PodGroup[] {
  const template = spec.get('leaderWorkerTemplate');
  if (template === undefined) return [];
  const replicasNode = spec.get('replicas');
  const groups = replicasOf(replicasNode, 1, d, 'replicas');
  const size = replicasOf(template.get('size'), 1, d, 'size');
  const worker = template.path('workerTemplate', 'spec');
  const leader = template.path('leaderTemplate', 'spec') ?? worker;
  const at = replicasNode?.at;
  return [
    ...(leader === undefined
      ? []
      : [{ pod: leader, replicas: groups, label: 'leaders', ...(at ? { replicasAt: at } : {}) }]),
    ...(worker === undefined || size < 2
      ? []
      : [{ pod: worker, replicas: groups * (size - 1), label: 'workers', ...(at ? { replicasAt: at } : {}) }]),
  ];
}

/** KServe: each component (predictor, transformer, explainer) is a pod spec inline, with its own replicas. */
function kserveGroups(spec: SpecNode, b: FieldsBuilder, d: Diagnostic[]): PodGroup[] {
  return ['predictor', 'transformer', 'explainer'].flatMap((component) => {
    const c = spec.get(component);
    if (c === undefined) return [];
    const min = c.get('minReplicas');
    if (c.get('maxReplicas') !== undefined)
      b.note(`the ${component} is counted at its \`minReplicas\`; autoscaling may run more`);
    // `minReplicas: 0` scales to zero when idle: the estimate counts one replica running.
    const replicas = Math.max(1, replicasOf(min, 1, d, 'minReplicas'));
    return [{ pod: c, replicas, ...(min === undefined ? {} : { replicasAt: min.at }), label: component }];
  });
}

interface Gpus {
  readonly count: number;
  readonly resource: string;
  readonly at: SourceRef;
}

/** The accelerators one pod asks for: each container's limits (or requests), summed. */
function podGpus(pod: SpecNode, d: Diagnostic[]): Gpus | undefined {
  // KServe puts the model's container under `model` or a framework key; a pod spec under `containers`.
  const containers = [
    ...(pod.get('containers')?.items() ?? []),
    ...pod
      .entries()
      .flatMap(([key, value]) => (key !== 'containers' && value.get('resources') !== undefined ? [value] : [])),
  ];
  let total: Gpus | undefined;
  for (const container of containers) {
    const resources = container.get('resources');
    const table = resources?.get('limits') ?? resources?.get('requests');
    for (const resource of GPU_RESOURCES) {
      const node = table?.get(resource);
      if (node === undefined) continue;
      const n = wholeNumber(node.scalar ?? undefined);
      if (n === undefined) {
        d.push(problem(node.at, `\`${resource}\` must be a whole number of devices, got ${showValue(node.scalar)}`));
        continue;
      }
      total = { count: (total?.count ?? 0) + n, resource, at: total?.at ?? node.at };
    }
  }
  return total;
}

/** The labels a pod is placed by: its node selector and the `In` terms of its required node affinity. */
function placementLabels(pod: SpecNode): Map<string, { values: string[]; at: SourceRef }> {
  const labels = new Map<string, { values: string[]; at: SourceRef }>();
  for (const [key, value] of pod.get('nodeSelector')?.entries() ?? []) {
    if (value.text !== undefined) labels.set(key, { values: [value.text], at: value.at });
  }
  const terms = pod.path(
    'affinity',
    'nodeAffinity',
    'requiredDuringSchedulingIgnoredDuringExecution',
    'nodeSelectorTerms',
  );
  for (const term of terms?.items() ?? []) {
    for (const expression of term.get('matchExpressions')?.items() ?? []) {
      const key = expression.get('key')?.text;
      const values = expression.get('values');
      if (key === undefined || expression.get('operator')?.text !== 'In' || values === undefined || labels.has(key))
        continue;
      const texts = values.items().flatMap((v) => (v.text === undefined ? [] : [v.text]));
      if (texts.length > 0) labels.set(key, { values: texts, at: values.items()[0]?.at ?? values.at });
    }
  }
  return labels;
}

/** The accelerator model the placement labels name, most specific first. */
function acceleratorOf(pod: SpecNode, resource: string, b: FieldsBuilder): { id: string; at: SourceRef } | undefined {
  const labels = placementLabels(pod);
  const pick = (key: string, map: (v: string) => string | undefined) => {
    const label = labels.get(key);
    const first = label?.values[0];
    if (label === undefined || first === undefined) return undefined;
    if (label.values.length > 1)
      b.note(`\`${key}\` allows ${label.values.join(', ')}: estimated with ${first}, the first`);
    const id = map(first);
    return id === undefined ? undefined : { id, at: label.at };
  };
  if (resource === 'google.com/tpu') return pick('cloud.google.com/gke-tpu-accelerator', (v) => mapName(GKE_TPUS, v));
  return (
    pick('nvidia.com/gpu.product', (v) => gfdProduct(v, b)) ??
    pick('cloud.google.com/gke-accelerator', (v) => mapName(GKE_ACCELERATORS, v)) ??
    pick('karpenter.k8s.aws/instance-gpu-name', (v) => {
      const open = AMBIGUOUS_NAMES[v.toLowerCase()];
      if (open === undefined) return mapName(KARPENTER_GPU_NAMES, v);
      b.note(`\`karpenter.k8s.aws/instance-gpu-name: ${v}\` is ${open}: give \`accelerator\` in the workload`);
      return undefined;
    }) ??
    pick('node.kubernetes.io/instance-type', (v) => instanceAccelerator(v, b)) ??
    pick('beta.kubernetes.io/instance-type', (v) => instanceAccelerator(v, b))
  );
}

/**
 * GPU feature discovery's `nvidia.com/gpu.product`: the nvidia-smi name, spaces as hyphens, which the
 * catalog reads as written. Two suffixes say the pods get part of a GPU (k8s-device-plugin
 * internal/lm/resource.go `getProductName`; docs/gpu-feature-discovery/README.md, "MIG 'single'
 * strategy", https://github.com/NVIDIA/k8s-device-plugin): `-SHARED` when the GPU is time-sliced or
 * shared through MPS, `-MIG-1g.5gb` and the like for a MIG slice. `nvidia.com/gpu` then counts shares
 * or slices, not GPUs, so neither board nor count is taken from them.
 */
function gfdProduct(product: string, b: FieldsBuilder): string | undefined {
  const part = shareOf(product);
  if (part === undefined) return product;
  b.note(
    `\`nvidia.com/gpu.product: ${product}\` is ${part}: \`nvidia.com/gpu\` counts its shares, not GPUs; ` +
      'give `accelerator` and `count` (or `power`) in the workload',
  );
  return undefined;
}

/** What part of a GPU a GPU feature discovery product is, when it is a part. */
function shareOf(product: string): string | undefined {
  if (/-SHARED$/i.test(product)) return 'a shared (time-sliced or MPS) GPU';
  return /-MIG-/i.test(product) ? 'a MIG slice of a GPU' : undefined;
}

function instanceAccelerator(type: string, b: FieldsBuilder): string | undefined {
  const found = findInstance(type);
  if (found.ok) return found.value.accelerator.id;
  b.note(`instance type \`${type}\` is not in the catalog: give \`accelerator\` in the workload`);
  return undefined;
}

/** `topology.kubernetes.io/region`, where the labels also say the cloud. */
function regionOf(pod: SpecNode): { value: string; at: SourceRef } | undefined {
  const labels = placementLabels(pod);
  const region = labels.get('topology.kubernetes.io/region');
  const value = region?.values[0];
  if (region === undefined || value === undefined) return undefined;
  const keys = [...labels.keys()];
  const cloud = keys.some((k) => k.startsWith('cloud.google.com/'))
    ? 'gcp'
    : keys.some((k) => k.startsWith('karpenter.k8s.aws/') || k.startsWith('eks.amazonaws.com/'))
      ? 'aws'
      : keys.some((k) => k.startsWith('kubernetes.azure.com/'))
        ? 'azure'
        : undefined;
  return cloud === undefined ? undefined : { value: `${cloud}:${value}`, at: region.at };
}

function readResource(doc: SpecNode, d: Diagnostic[]): SpecWorkload | undefined {
  const kind = doc.get('kind')?.text;
  const name = doc.path('metadata', 'name')?.text ?? doc.path('metadata', 'generateName')?.text ?? '(unnamed)';
  if (kind === undefined) return undefined;
  const b = new FieldsBuilder();
  const groups = podGroups(kind, doc, b, d);
  if (groups === undefined) return undefined;
  let total = 0;
  let first: { gpus: Gpus; group: PodGroup } | undefined;
  const parts: string[] = [];
  for (const g of groups) {
    const gpus = podGpus(g.pod, d);
    if (gpus === undefined || gpus.count === 0 || g.replicas === 0) continue;
    total += gpus.count * g.replicas;
    parts.push(`${gpus.count} x ${g.replicas} ${g.label}`);
    first ??= { gpus, group: g };
  }
  if (first === undefined) return undefined;
  // Shares of a GPU are not GPUs: the workload gives the count (the product's note asks for it).
  const product = placementLabels(first.group.pod).get('nvidia.com/gpu.product')?.values[0];
  const shares = first.gpus.resource === 'nvidia.com/gpu' && product !== undefined && shareOf(product) !== undefined;
  if (!shares) {
    b.set('count', total, first.group.replicasAt ?? first.gpus.at);
    if (parts.length > 1 || first.group.replicas > 1)
      b.note(`count ${total} = ${parts.join(' + ')} (${first.gpus.resource})`);
  }
  const accelerator = acceleratorOf(first.group.pod, first.gpus.resource, b);
  if (accelerator !== undefined) b.set('accelerator', accelerator.id, accelerator.at);
  else if (
    (first.gpus.resource === 'nvidia.com/gpu' || first.gpus.resource === 'amd.com/gpu') &&
    // A label that names the GPU but not the board has said so already.
    !b.notes.some((note) => note.includes('give `accelerator`'))
  )
    b.note(`the pods ask for \`${first.gpus.resource}\` without a label naming the model: give \`accelerator\``);
  const region = regionOf(first.group.pod);
  if (region !== undefined) b.set('region', region.value, region.at);
  return b.build('kubernetes', `${kind}/${name}`, doc.at);
}

/** The resources of a document: itself, or the items of a `kind: List`. */
function resources(doc: SpecNode): SpecNode[] {
  return doc.get('kind')?.text === 'List' ? (doc.get('items')?.items() ?? []) : [doc];
}

export async function readKubernetes(text: string, file: string): Promise<SpecReading> {
  const { docs, diagnostics } = await readSpecYaml(text, file);
  const problems: Diagnostic[] = [...diagnostics];
  const workloads = docs.flatMap(resources).flatMap((doc) => readResource(doc, problems) ?? []);
  return { workloads, diagnostics: problems };
}
