import { GKE_ACCELERATORS, mapName } from './accelerator-names.js';
import { wholeNumber } from './spec-fields.js';
import {
  at,
  awsRegion,
  azureRegion,
  first,
  gcpRegion,
  gpuInstance,
  literal,
  setCount,
  setInstances,
  type Block,
  type Ctx,
} from './terraform-values.js';

// One reader for each Terraform resource type that can declare GPU capacity. A reader sets the
// workload fields the resource gives and says whether the resource carries accelerators at all.

export interface Reader {
  /**
   * The nested blocks it reads, as paths: written as `dynamic` they are not followed. Other
   * `dynamic` blocks (`tag`, `ebs_block_device`) say nothing about accelerators, scale or place.
   */
  readonly blocks: readonly (readonly string[])[];
  read(ctx: Ctx, body: Block): boolean;
}

/** `nvidia-l4` etc.: the same names on GCE and GKE. */
function guestAccelerator(ctx: Ctx, body: Block, prefix: readonly string[]): number | undefined {
  const guest = first(body.guest_accelerator);
  if (guest === undefined) return undefined;
  const type = literal(ctx, guest.type, [...prefix, 'guest_accelerator', 'type'], 'accelerator');
  if (typeof type === 'string') {
    ctx.b.set('accelerator', mapName(GKE_ACCELERATORS, type), at(ctx, [...prefix, 'guest_accelerator', 'type']));
  }
  const count = literal(ctx, guest.count ?? 1, [...prefix, 'guest_accelerator', 'count'], 'count');
  return wholeNumber(count);
}

export const READERS: Readonly<Record<string, Reader>> = {
  aws_instance: {
    blocks: [],
    read(ctx, body) {
      const type = literal(ctx, body.instance_type, ['instance_type'], 'instance');
      if (!gpuInstance(type)) return false;
      ctx.b.set('instance', type, at(ctx, ['instance_type']));
      setInstances(ctx, body);
      awsRegion(ctx);
      return true;
    },
  },
  aws_eks_node_group: {
    blocks: [['scaling_config']],
    read(ctx, body) {
      const types = body.instance_types;
      const type = Array.isArray(types) ? literal(ctx, types[0], ['instance_types'], 'instance') : undefined;
      if (!gpuInstance(type)) return false;
      if (Array.isArray(types) && types.length > 1)
        ctx.b.note(`estimated with the first of ${types.length} \`instance_types\``);
      ctx.b.set('instance', type, at(ctx, ['instance_types']));
      setCount(ctx, first(body.scaling_config)?.desired_size, ['scaling_config', 'desired_size']);
      awsRegion(ctx);
      return true;
    },
  },
  google_compute_instance: {
    blocks: [['guest_accelerator']],
    read(ctx, body) {
      const type = literal(ctx, body.machine_type, ['machine_type'], 'instance');
      const perInstance = guestAccelerator(ctx, body, []);
      if (perInstance === undefined && !gpuInstance(type)) return false;
      if (perInstance !== undefined) {
        ctx.b.set('count', perInstance, at(ctx, ['guest_accelerator', 'count']));
      } else if (typeof type === 'string') {
        ctx.b.set('instance', type, at(ctx, ['machine_type']));
        ctx.b.set('count', 1, at(ctx, []));
      }
      gcpRegion(ctx, body);
      return true;
    },
  },
  google_container_node_pool: {
    blocks: [['node_config'], ['node_config', 'guest_accelerator'], ['autoscaling']],
    read(ctx, body) {
      const config = first(body.node_config) ?? {};
      const type = literal(ctx, config.machine_type, ['node_config', 'machine_type'], 'instance');
      const perNode = guestAccelerator(ctx, config, ['node_config']);
      if (perNode === undefined && !gpuInstance(type)) return false;
      const scaling = first(body.autoscaling);
      const [key, path] =
        body.node_count !== undefined
          ? ['node_count', ['node_count']]
          : scaling?.min_node_count !== undefined
            ? ['autoscaling.min_node_count', ['autoscaling', 'min_node_count']]
            : ['initial_node_count', ['initial_node_count']];
      const nodes =
        key === 'node_count'
          ? body.node_count
          : key === 'initial_node_count'
            ? body.initial_node_count
            : scaling?.min_node_count;
      if (key !== 'node_count') ctx.b.note(`nodes from \`${key}\``);
      if (perNode !== undefined) setCount(ctx, nodes, path, perNode);
      else if (typeof type === 'string') {
        ctx.b.set('instance', type, at(ctx, ['node_config', 'machine_type']));
        setCount(ctx, nodes, path);
      }
      gcpRegion(ctx, body);
      return true;
    },
  },
  azurerm_linux_virtual_machine: {
    blocks: [],
    read(ctx, body) {
      const type = literal(ctx, body.size, ['size'], 'instance');
      if (!gpuInstance(type)) return false;
      ctx.b.set('instance', type, at(ctx, ['size']));
      ctx.b.set('count', 1, at(ctx, []));
      azureRegion(ctx, body);
      return true;
    },
  },
  azurerm_kubernetes_cluster_node_pool: {
    blocks: [],
    read(ctx, body) {
      const type = literal(ctx, body.vm_size, ['vm_size'], 'instance');
      if (!gpuInstance(type)) return false;
      ctx.b.set('instance', type, at(ctx, ['vm_size']));
      setCount(ctx, body.node_count, ['node_count']);
      ctx.b.note("AKS node pool: region is the cluster's; give `region` in the workload");
      return true;
    },
  },
};
