import type { Diagnostic } from '../config/diagnostics.js';
import type { SourceRef } from '../model.js';
import { findInstance } from '../catalog/instances.js';
import { GKE_ACCELERATORS, mapName } from './accelerator-names.js';
import type { JobSpecAdapter, SpecWorkload } from './job-spec.js';
import { FieldsBuilder, problem, wholeNumber } from './spec-fields.js';
import { blockAt, attributeAt } from './terraform-positions.js';

// Terraform (https://developer.hashicorp.com/terraform/language): GPU capacity that runs all period.
// HashiCorp's HCL parser (@cdktf/hcl2json) gives the values; terraform-positions.ts only finds
// where they are written. Nothing is evaluated: a `var.`/`local.`/module value is an open field.

type Json = Record<string, unknown>;
type Block = Json;

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
/** hcl2json writes every block as a list of bodies. */
function first(value: unknown): Block | undefined {
  return Array.isArray(value) ? obj(value[0]) : obj(value);
}

/** Literal defaults of `variable` blocks: documented in the file itself, so not a guess. */
function defaults(root: Json): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, body] of Object.entries(obj(root.variable) ?? {})) {
    const d = first(body)?.default;
    if (typeof d === 'string' || typeof d === 'number') out.set(name, d);
  }
  return out;
}

interface Ctx {
  readonly text: string;
  readonly file: string;
  readonly vars: Map<string, unknown>;
  readonly range: { start: number; end: number };
  readonly b: FieldsBuilder;
}

/**
 * A literal value, a variable's default (with a note), or undefined with a note saying to give
 * `field` in the workload (the loader turns such notes into hints on the missing-field error).
 */
function literal(ctx: Ctx, value: unknown, path: readonly string[], field: string): string | number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') {
    ctx.b.note(`\`${path.join('.')}\` is not a literal value: give \`${field}\` in the workload`);
    return undefined;
  }
  const ref = /^\$\{\s*([^}]*?)\s*\}$/.exec(value);
  if (ref === null) return value;
  const v = /^var\.([A-Za-z_][\w-]*)$/.exec(ref[1] ?? '');
  const d = v === null ? undefined : ctx.vars.get(v[1] ?? '');
  if (v !== null && d !== undefined && (typeof d === 'string' || typeof d === 'number')) {
    ctx.b.note(`\`${path.join('.')}\` is \`var.${v[1]}\`: used its default ${JSON.stringify(d)}`);
    return d;
  }
  ctx.b.note(
    `\`${path.join('.')}\` is \`${ref[1]}\`, which carbon-budget cannot resolve: give \`${field}\` in the workload`,
  );
  return undefined;
}

function at(ctx: Ctx, path: readonly string[]): SourceRef {
  return attributeAt(ctx.text, ctx.file, ctx.range, path);
}

/** An instance type the catalog knows as carrying accelerators. */
function gpuInstance(type: string | number | undefined): type is string {
  return typeof type === 'string' && findInstance(type).ok;
}

function setCount(ctx: Ctx, value: unknown, path: readonly string[], times = 1): void {
  const n = literal(ctx, value, path, 'count');
  const whole = wholeNumber(n);
  if (n !== undefined && whole === undefined) ctx.b.note(`\`${path.join('.')}\` is not a whole number: give \`count\``);
  if (whole !== undefined) ctx.b.set('count', whole * times, at(ctx, path));
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

function awsRegion(ctx: Ctx, root: Json): void {
  const region = first(obj(root.provider)?.aws)?.region;
  const value = typeof region === 'string' && !region.startsWith('${') ? region : undefined;
  if (value === undefined) {
    ctx.b.note('no literal `region` in provider "aws": give `region` in the workload');
    return;
  }
  ctx.b.set('region', `aws:${value}`, providerAt(ctx, 'aws', 'region'));
}

function providerAt(ctx: Ctx, name: string, attribute: string): SourceRef {
  const range = blockAt(ctx.text, 'provider', [name]);
  return range === undefined ? at(ctx, []) : attributeAt(ctx.text, ctx.file, range, [attribute]);
}

/**
 * Azure's API region names are lower case without spaces (`eastus`), while HCL often writes the
 * display name ("East US"): https://learn.microsoft.com/en-us/azure/reliability/regions-list
 */
function azureRegion(ctx: Ctx, location: unknown): void {
  const value = literal(ctx, location, ['location'], 'region');
  if (typeof value === 'string')
    ctx.b.set('region', `azure:${value.toLowerCase().replace(/\s+/g, '')}`, at(ctx, ['location']));
}

/** `us-central1-a` -> `us-central1`: a GCE zone is its region and a letter. */
function gcpRegion(ctx: Ctx, root: Json, body: Block): void {
  for (const key of ['location', 'zone', 'region']) {
    const value = literal(ctx, body[key], [key], 'region');
    if (typeof value === 'string') {
      ctx.b.set('region', `gcp:${value.replace(/-[a-z]$/, '')}`, at(ctx, [key]));
      return;
    }
  }
  const provider = first(obj(root.provider)?.google);
  for (const key of ['region', 'zone']) {
    const value = provider?.[key];
    if (typeof value === 'string' && !value.startsWith('${')) {
      ctx.b.set('region', `gcp:${value.replace(/-[a-z]$/, '')}`, providerAt(ctx, 'google', key));
      return;
    }
  }
  ctx.b.note('no literal `location`, `zone` or provider "google" `region`: give `region` in the workload');
}

type Reader = (ctx: Ctx, body: Block, root: Json) => boolean;

const READERS: Readonly<Record<string, Reader>> = {
  aws_instance(ctx, body, root) {
    const type = literal(ctx, body.instance_type, ['instance_type'], 'instance');
    if (!gpuInstance(type)) return false;
    ctx.b.set('instance', type, at(ctx, ['instance_type']));
    if (body.count === undefined) ctx.b.set('count', 1, at(ctx, []));
    else setCount(ctx, body.count, ['count']);
    awsRegion(ctx, root);
    return true;
  },
  aws_eks_node_group(ctx, body, root) {
    const types = body.instance_types;
    const type = Array.isArray(types) ? literal(ctx, types[0], ['instance_types'], 'instance') : undefined;
    if (!gpuInstance(type)) return false;
    if (Array.isArray(types) && types.length > 1)
      ctx.b.note(`estimated with the first of ${types.length} \`instance_types\``);
    ctx.b.set('instance', type, at(ctx, ['instance_types']));
    setCount(ctx, first(body.scaling_config)?.desired_size, ['scaling_config', 'desired_size']);
    awsRegion(ctx, root);
    return true;
  },
  google_compute_instance(ctx, body, root) {
    const type = literal(ctx, body.machine_type, ['machine_type'], 'instance');
    const perInstance = guestAccelerator(ctx, body, []);
    if (perInstance === undefined && !gpuInstance(type)) return false;
    if (perInstance !== undefined) {
      ctx.b.set('count', perInstance, at(ctx, ['guest_accelerator', 'count']));
    } else if (typeof type === 'string') {
      ctx.b.set('instance', type, at(ctx, ['machine_type']));
      ctx.b.set('count', 1, at(ctx, []));
    }
    gcpRegion(ctx, root, body);
    return true;
  },
  google_container_node_pool(ctx, body, root) {
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
    gcpRegion(ctx, root, body);
    return true;
  },
  azurerm_linux_virtual_machine(ctx, body) {
    const type = literal(ctx, body.size, ['size'], 'instance');
    if (!gpuInstance(type)) return false;
    ctx.b.set('instance', type, at(ctx, ['size']));
    ctx.b.set('count', 1, at(ctx, []));
    azureRegion(ctx, body.location);
    return true;
  },
  azurerm_kubernetes_cluster_node_pool(ctx, body) {
    const type = literal(ctx, body.vm_size, ['vm_size'], 'instance');
    if (!gpuInstance(type)) return false;
    ctx.b.set('instance', type, at(ctx, ['vm_size']));
    setCount(ctx, body.node_count, ['node_count']);
    ctx.b.note("AKS node pool: region is the cluster's; give `region` in the workload");
    return true;
  },
};

/** hcl2json's errors read `parse config: [t.tf:2,11-3,1: Message.]`. */
function syntaxError(message: string, file: string): Diagnostic {
  const m = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*([^\]]*)/.exec(message);
  const line = m === null ? 1 : Number(m[1]);
  const column = m === null ? 1 : Number(m[2]);
  const text = (m?.[3] ?? message).split('\n')[0]?.trim() ?? message;
  return { file, line, column, message: `Terraform syntax: ${text}` };
}

export const readTerraform: JobSpecAdapter = async (text, file) => {
  const { parse } = await import('./terraform-hcl.js');
  let root: Json;
  try {
    root = obj(await parse(file, text)) ?? {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Anything but the parser's own report on the text is a fault of carbon-budget: not the file's.
    if (!message.startsWith('parse config:')) throw error;
    return { workloads: [], diagnostics: [syntaxError(message, file)] };
  }
  const vars = defaults(root);
  const workloads: SpecWorkload[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [type, byName] of Object.entries(obj(root.resource) ?? {})) {
    const reader = READERS[type];
    if (reader === undefined) continue;
    for (const [name, bodies] of Object.entries(obj(byName) ?? {})) {
      const body = first(bodies);
      const range = blockAt(text, 'resource', [type, name]);
      if (body === undefined || range === undefined) continue;
      const b = new FieldsBuilder();
      const ctx: Ctx = { text, file, vars, range, b };
      const where = attributeAt(text, file, range, []);
      if (body.for_each !== undefined || body.dynamic !== undefined) {
        if (!reader(ctx, body, root)) continue;
        diagnostics.push(
          problem(
            where,
            `${type}/${name}: \`for_each\` and \`dynamic\` blocks are not followed: write the workload out`,
          ),
        );
        continue;
      }
      if (reader(ctx, body, root)) workloads.push(b.build('terraform', `${type}/${name}`, where));
    }
  }
  for (const name of Object.keys(obj(root.module) ?? {})) {
    const range = blockAt(text, 'module', [name]);
    if (range !== undefined && workloads.length === 0) {
      diagnostics.push(
        problem(
          attributeAt(text, file, range, []),
          `module "${name}": modules are not followed; point \`from\` at the module's own .tf files`,
        ),
      );
    }
  }
  // hcl2json groups resources by type: give them in the order the file writes them.
  workloads.sort((a, b) => a.at.line - b.at.line);
  return { workloads, diagnostics };
};
