import { GKE_ACCELERATORS, mapName } from './accelerator-names.js';
import { wholeNumber } from './spec-fields.js';
import {
  at,
  awsRegion,
  azureRegion,
  blockRange,
  bodies,
  first,
  gcpRegion,
  gpuInstance,
  readInstanceType,
  literal,
  setCount,
  setInstances,
  obj,
  reference,
  resource,
  type Block,
  type Ctx,
  type Resource,
} from './terraform-values.js';

// One reader for each Terraform resource type that can declare GPU capacity. A reader sets the
// workload fields the resource gives and says whether the resource carries accelerators at all.

export interface Reader {
  /**
   * The nested blocks it reads, as paths: written as `dynamic` they are not followed. Other
   * `dynamic` blocks (`tag`, `ebs_block_device`) say nothing about accelerators, scale or place.
   */
  readonly blocks: readonly (readonly string[])[];
  /** Not capacity by itself: read only when a workload picks it (SpecWorkload.pickOnly). */
  readonly pickOnly?: boolean;
  /** Reads the `count` meta-argument itself (as instances); for the others, copies multiply their count. */
  readonly readsCount?: boolean;
  /**
   * Whether the resource carries accelerators; `open` when it may, by an instance type carbon-budget
   * cannot resolve: then read only when a workload picks it, as with `pickOnly`.
   */
  read(ctx: Ctx, body: Block): boolean | 'open';
}

/**
 * The same-file `aws_launch_template` a `launch_template { id = ... }` or `{ name = ... }` block
 * names: by reference (`aws_launch_template.gpu.id`, `.name`) or by its literal `name`.
 */
function launchTemplate(ctx: Ctx, spec: Block | undefined): Resource | undefined {
  if (spec === undefined) return undefined;
  for (const key of ['id', 'name']) {
    const ref = reference(spec[key]);
    if (ref?.type === 'aws_launch_template') return resource(ctx, ref.type, ref.name);
  }
  const name = spec.name;
  if (typeof name !== 'string' || name.startsWith('${')) return undefined;
  const templates = obj(obj(ctx.root.resource)?.aws_launch_template) ?? {};
  const found = Object.keys(templates).find((n) => first(templates[n])?.name === name);
  return found === undefined ? undefined : resource(ctx, 'aws_launch_template', found);
}

/** The template's GPU instance type as the workload's `instance`; false when it has none. */
function templateInstance(ctx: Ctx, template: Resource | undefined): boolean {
  if (template === undefined) return false;
  const path = [`aws_launch_template.${template.name}`, 'instance_type'];
  const type = literal(ctx, template.body.instance_type, path, 'instance');
  if (!gpuInstance(type)) return false;
  ctx.b.set('instance', type, at(ctx, ['instance_type'], template.range));
  ctx.b.note(`instance type from aws_launch_template.${template.name}`);
  return true;
}

/** The groups of the file that launch from the template `name`, as `TYPE/NAME`. */
function groupsUsing(ctx: Ctx, name: string): string[] {
  const out: string[] = [];
  for (const type of ['aws_autoscaling_group', 'aws_eks_node_group']) {
    for (const [group, list] of Object.entries(obj(obj(ctx.root.resource)?.[type]) ?? {})) {
      const spec = first(first(list)?.launch_template);
      if (spec === undefined) continue;
      const refs = [reference(spec.id), reference(spec.name)];
      if (refs.some((r) => r?.type === 'aws_launch_template' && r.name === name)) out.push(`${type}/${group}`);
    }
  }
  return out;
}

/**
 * The accelerators of one instance or node: `guest_accelerator` blocks, one per type
 * (https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#guest_accelerator).
 * Names are GKE's (`nvidia-l4`), the same on GCE. Blocks of one board add up; a second board is a
 * problem, since a workload is one accelerator type.
 */
function guestAccelerators(
  ctx: Ctx,
  body: Block,
  prefix: readonly string[],
): { perInstance: number | undefined } | undefined {
  const guests = bodies(body.guest_accelerator);
  if (guests.length === 0) return undefined;
  const path = [...prefix, 'guest_accelerator'];
  const ranges = ctx.hcl.childBlocks(blockRange(ctx, prefix) ?? ctx.range, 'guest_accelerator');
  let board: string | undefined;
  let total: number | undefined = 0;
  for (const [i, guest] of guests.entries()) {
    const range = ranges[i];
    const typeAt = range === undefined ? at(ctx, [...path, 'type']) : at(ctx, ['type'], range);
    const type = literal(ctx, guest.type, [...path, 'type'], 'accelerator');
    const mapped = typeof type === 'string' ? mapName(GKE_ACCELERATORS, type) : undefined;
    if (guests.length > 1 && mapped === undefined) {
      ctx.problems.push({
        at: typeAt,
        message:
          `\`${path.join('.')}\` ${i + 1} of ${guests.length} has no literal \`type\`, so carbon-budget cannot ` +
          'tell whether the blocks are one accelerator type: write a workload for each type instead of `from`',
      });
      return { perInstance: undefined };
    }
    if (board !== undefined && mapped !== undefined && mapped !== board) {
      ctx.problems.push({
        at: typeAt,
        message:
          `\`${path.join('.')}\` blocks name ${board} and ${mapped}; carbon-budget estimates one accelerator ` +
          'type per workload: write a workload for each type (`accelerator`, `count`) instead of `from`',
      });
      return { perInstance: undefined };
    }
    if (board === undefined && mapped !== undefined) {
      board = mapped;
      ctx.b.set('accelerator', mapped, typeAt);
    }
    const count = wholeNumber(literal(ctx, guest.count ?? 1, [...path, 'count'], 'count'));
    total = total === undefined || count === undefined ? undefined : total + count;
  }
  if (guests.length > 1 && total !== undefined)
    ctx.b.note(`${guests.length} \`guest_accelerator\` blocks of ${board ?? ''}: ${total} per instance in all`);
  return { perInstance: total };
}

/** An AKS pool's nodes: `node_count`, else the autoscaler's `min_count` (as for GKE's `min_node_count`), noted. */
function aksNodes(ctx: Ctx, pool: Block, prefix: readonly string[]): void {
  if (pool.node_count !== undefined) setCount(ctx, pool.node_count, [...prefix, 'node_count']);
  else if (pool.min_count !== undefined) {
    ctx.b.note(`nodes from \`${[...prefix, 'min_count'].join('.')}\``);
    setCount(ctx, pool.min_count, [...prefix, 'min_count']);
  } else ctx.b.note('no `node_count` or `min_count`: give `count`');
}

/** `size`, one VM (or `count` of them): the same names as the catalog's (`Standard_ND96asr_v4`). */
const AZURE_VM: Reader = {
  blocks: [],
  readsCount: true,
  read(ctx, body) {
    const read = readInstanceType(ctx, body.size, ['size']);
    if (read === false) return false;
    setInstances(ctx, body);
    azureRegion(ctx, body);
    return read;
  },
};

/**
 * `sku` and `instances`, "the number of Virtual Machines in the Scale Set. Defaults to 0"
 * (https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine_scale_set,
 * the same for windows_virtual_machine_scale_set). Left out, an autoscale setting usually sets it: not guessed.
 */
const AZURE_SCALE_SET: Reader = {
  blocks: [],
  read(ctx, body) {
    const read = readInstanceType(ctx, body.sku, ['sku']);
    if (read === false) return false;
    if (body.instances !== undefined) setCount(ctx, body.instances, ['instances']);
    else ctx.b.note("no `instances` (the provider's default is 0, and autoscaling sets it): give `count`");
    azureRegion(ctx, body);
    return read;
  },
};

export const READERS: Readonly<Record<string, Reader>> = {
  aws_instance: {
    blocks: [],
    readsCount: true,
    read(ctx, body) {
      const read = readInstanceType(ctx, body.instance_type, ['instance_type']);
      if (read === false) return false;
      setInstances(ctx, body);
      awsRegion(ctx);
      return read;
    },
  },
  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_node_group:
  // `instance_types`, else the launch template's `instance_type` (the default, t3.medium, has no GPU).
  aws_eks_node_group: {
    blocks: [['scaling_config'], ['launch_template']],
    read(ctx, body) {
      const types = body.instance_types;
      if (types === undefined) {
        if (!templateInstance(ctx, launchTemplate(ctx, first(body.launch_template)))) return false;
      } else {
        const type = Array.isArray(types) ? literal(ctx, types[0], ['instance_types'], 'instance') : undefined;
        if (!gpuInstance(type)) return false;
        if (Array.isArray(types) && types.length > 1)
          ctx.b.note(`estimated with the first of ${types.length} \`instance_types\``);
        ctx.b.set('instance', type, at(ctx, ['instance_types']));
      }
      setCount(ctx, first(body.scaling_config)?.desired_size, ['scaling_config', 'desired_size']);
      awsRegion(ctx);
      return true;
    },
  },
  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group:
  // a `launch_template` block (`id` or `name`) and `desired_capacity`, "the number of Amazon EC2
  // instances that should be running in the group". Without it, AWS starts the group at `min_size`:
  // "If you do not specify a desired capacity, the default is the minimum size of the group"
  // (CreateAutoScalingGroup, https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/autoscaling/aws.sdk.kotlin.services.autoscaling.model/-create-auto-scaling-group-request/desired-capacity.html).
  aws_autoscaling_group: {
    blocks: [['launch_template']],
    read(ctx, body) {
      if (!templateInstance(ctx, launchTemplate(ctx, first(body.launch_template)))) return false;
      if (body.desired_capacity !== undefined) setCount(ctx, body.desired_capacity, ['desired_capacity']);
      else {
        ctx.b.note('no `desired_capacity`: AWS starts the group at `min_size`');
        setCount(ctx, body.min_size, ['min_size']);
      }
      awsRegion(ctx);
      return true;
    },
  },
  // A launch template runs nothing until a group launches from it: read only when picked.
  aws_launch_template: {
    blocks: [],
    pickOnly: true,
    read(ctx, body) {
      const type = literal(ctx, body.instance_type, ['instance_type'], 'instance');
      if (!gpuInstance(type)) return false;
      ctx.b.set('instance', type, at(ctx, ['instance_type']));
      const groups = groupsUsing(ctx, ctx.name);
      ctx.b.note(
        'a launch template runs nothing by itself: point `from` at the group that launches from it' +
          (groups.length > 0 ? ` (${groups.join(', ')})` : '') +
          ', or give `count`',
      );
      awsRegion(ctx);
      return true;
    },
  },
  google_compute_instance: {
    blocks: [['guest_accelerator']],
    readsCount: true,
    read(ctx, body) {
      const guests = guestAccelerators(ctx, body, []);
      if (guests === undefined) {
        const read = readInstanceType(ctx, body.machine_type, ['machine_type']);
        if (read === false) return false;
        setInstances(ctx, body);
        gcpRegion(ctx, body);
        return read;
      } else if (guests.perInstance !== undefined) {
        if (body.count === undefined) ctx.b.set('count', guests.perInstance, at(ctx, ['guest_accelerator', 'count']));
        else setCount(ctx, body.count, ['count'], guests.perInstance);
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
      const guests = guestAccelerators(ctx, config, ['node_config']);
      if (guests === undefined && !gpuInstance(type)) return false;
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
      if (guests !== undefined) {
        if (guests.perInstance !== undefined) setCount(ctx, nodes, path, guests.perInstance);
      } else if (typeof type === 'string') {
        ctx.b.set('instance', type, at(ctx, ['node_config', 'machine_type']));
        setCount(ctx, nodes, path);
      }
      gcpRegion(ctx, body);
      return true;
    },
  },
  azurerm_linux_virtual_machine: AZURE_VM,
  azurerm_windows_virtual_machine: AZURE_VM,
  azurerm_linux_virtual_machine_scale_set: AZURE_SCALE_SET,
  azurerm_windows_virtual_machine_scale_set: AZURE_SCALE_SET,
  // https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster_node_pool:
  // the pool has no `location`; it is its cluster's (`kubernetes_cluster_id`), when that is in the file.
  azurerm_kubernetes_cluster_node_pool: {
    blocks: [],
    read(ctx, body) {
      const read = readInstanceType(ctx, body.vm_size, ['vm_size']);
      if (read === false) return false;
      aksNodes(ctx, body, []);
      const ref = reference(body.kubernetes_cluster_id);
      const cluster = ref?.type === 'azurerm_kubernetes_cluster' ? resource(ctx, ref.type, ref.name) : undefined;
      if (cluster === undefined) {
        ctx.b.note(
          "AKS node pool: the region is its cluster's, which is not in this file: give `region` in the workload",
        );
      } else {
        ctx.b.note(`region from its cluster, azurerm_kubernetes_cluster.${cluster.name}`);
        azureRegion(ctx, body, cluster);
      }
      return read;
    },
  },
  // https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster:
  // the cluster's own `default_node_pool` (`vm_size`, `node_count`) runs in its `location`.
  azurerm_kubernetes_cluster: {
    blocks: [['default_node_pool']],
    read(ctx, body) {
      const pool = first(body.default_node_pool) ?? {};
      const read = readInstanceType(ctx, pool.vm_size, ['default_node_pool', 'vm_size']);
      if (read === false) return false;
      aksNodes(ctx, pool, ['default_node_pool']);
      azureRegion(ctx, body);
      return read;
    },
  },
};
