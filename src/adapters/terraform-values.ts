import type { SourceRef } from '../model.js';
import { findInstance } from '../catalog/instances.js';
import { FieldsBuilder, wholeNumber } from './spec-fields.js';
import type { HclText, Range } from './terraform-positions.js';

// Values of a parsed Terraform file, as the readers of its resources take them: literals, a
// variable's default, a same-file resource's literal attribute, and where each is written. Nothing
// is evaluated: anything else is an open field, with a note saying which field to give.

export type Json = Record<string, unknown>;
export type Block = Json;

export function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** hcl2json writes every block as a list of bodies, one per time the block is written. */
export function bodies(value: unknown): Block[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map(obj).filter((v): v is Json => v !== undefined);
}

export function first(value: unknown): Block | undefined {
  return bodies(value)[0];
}

/** Literal defaults of `variable` blocks: documented in the file itself, so not a guess. */
export function defaults(root: Json): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, body] of Object.entries(obj(root.variable) ?? {})) {
    const d = first(body)?.default;
    if (typeof d === 'string' || typeof d === 'number') out.set(name, d);
  }
  return out;
}

export interface Ctx {
  /** The file's text, and where things are written in it. */
  readonly hcl: HclText;
  readonly root: Json;
  readonly vars: Map<string, unknown>;
  /** The resource being read: its name (`gpu` of `resource "aws_launch_template" "gpu"`) and extent. */
  readonly name: string;
  readonly range: Range;
  readonly b: FieldsBuilder;
  /** What stops the resource being read at all (not an open field the workload can give). */
  readonly problems: { at: SourceRef; message: string }[];
}

/** `${aws_launch_template.gpu.id}` -> the reference's parts; undefined for anything else. */
export function reference(value: unknown): { type: string; name: string; attribute: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\$\{\s*([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)\.([a-z_]+)\s*\}$/.exec(value);
  if (m === null || m[1] === 'var' || m[1] === 'local' || m[1] === 'module' || m[1] === 'data') return undefined;
  return { type: m[1] ?? '', name: m[2] ?? '', attribute: m[3] ?? '' };
}

/** Another resource of the same file, with where it is written. */
export interface Resource {
  readonly type: string;
  readonly name: string;
  readonly body: Block;
  readonly range: Range;
}

export function resource(ctx: Ctx, type: string, name: string): Resource | undefined {
  const body = first(obj(obj(ctx.root.resource)?.[type])?.[name]);
  const range = ctx.hcl.blockAt('resource', [type, name]);
  return body === undefined || range === undefined ? undefined : { type, name, body, range };
}

/**
 * A literal value, a variable's default (with a note), or undefined with a note saying to give
 * `field` in the workload (the loader turns such notes into hints on the missing-field error).
 */
export function literal(ctx: Ctx, value: unknown, path: readonly string[], field: string): string | number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') {
    ctx.b.note(`\`${path.join('.')}\` is not a literal value: give \`${field}\` in the workload`);
    return undefined;
  }
  const ref = /^\$\{\s*([^}]*?)\s*\}$/.exec(value);
  if (ref === null) {
    if (!value.includes('${')) return value;
    // A template (`"p4d.${var.size}"`) is an expression too: it is not the name it spells.
    ctx.b.note(
      `\`${path.join('.')}\` is \`${value}\`, which carbon-budget cannot resolve: give \`${field}\` in the workload`,
    );
    return undefined;
  }
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

/** Where `path` is written in the resource being read (its header for an empty path). */
export function at(ctx: Ctx, path: readonly string[], range: Range = ctx.range): SourceRef {
  return ctx.hcl.attributeAt(range, path);
}

/** The nested block at `path` of the resource being read (`node_config`), where it is written. */
export function blockRange(ctx: Ctx, path: readonly string[]): Range | undefined {
  let range: Range | undefined = ctx.range;
  for (const key of path) range = range === undefined ? undefined : ctx.hcl.childBlocks(range, key)[0];
  return range;
}

/** An instance type the catalog knows as carrying accelerators. */
/**
 * An instance type (`instance_type`, `size`, `vm_size`) at `path` as the workload's `instance`,
 * when the catalog knows it for a GPU type: true. `open` when it is an expression carbon-budget
 * cannot resolve (`var.size` with no default), which may name one: the resource is then read only
 * when a workload picks it and gives `instance` (the note `literal` wrote says so). False otherwise.
 */
export function readInstanceType(ctx: Ctx, value: unknown, path: readonly string[]): boolean | 'open' {
  const type = literal(ctx, value, path, 'instance');
  if (type === undefined) return value === undefined ? false : 'open';
  if (!gpuInstance(type)) return false;
  ctx.b.set('instance', type, at(ctx, path));
  return true;
}

export function gpuInstance(type: string | number | undefined): type is string {
  return typeof type === 'string' && findInstance(type).ok;
}

/** `value` (at `path`) x `times` as the workload's `count`; a note when it is not a whole number. */
export function setCount(ctx: Ctx, value: unknown, path: readonly string[], times = 1): void {
  const n = literal(ctx, value, path, 'count');
  const whole = wholeNumber(n);
  if (n !== undefined && whole === undefined) ctx.b.note(`\`${path.join('.')}\` is not a whole number: give \`count\``);
  if (whole !== undefined) ctx.b.set('count', whole * times, at(ctx, path));
}

/** The `count` meta-argument (one instance when absent) x `times`. */
export function setInstances(ctx: Ctx, body: Block, times = 1): void {
  if (body.count === undefined) ctx.b.set('count', times, at(ctx, []));
  else setCount(ctx, body.count, ['count'], times);
}

function providerAt(ctx: Ctx, name: string, attribute: string): SourceRef {
  const range = ctx.hcl.blockAt('provider', [name]);
  return range === undefined ? at(ctx, []) : ctx.hcl.attributeAt(range, [attribute]);
}

export function awsRegion(ctx: Ctx): void {
  const region = first(obj(ctx.root.provider)?.aws)?.region;
  const value = typeof region === 'string' && !region.startsWith('${') ? region : undefined;
  if (value === undefined) {
    ctx.b.note('no literal `region` in provider "aws": give `region` in the workload');
    return;
  }
  ctx.b.set('region', `aws:${value}`, providerAt(ctx, 'aws', 'region'));
}

/**
 * Azure's API region names are lower case without spaces (`eastus`), while HCL often writes the
 * display name ("East US"): https://learn.microsoft.com/en-us/azure/reliability/regions-list
 */
function setAzureRegion(ctx: Ctx, location: string, where: SourceRef): void {
  ctx.b.set('region', `azure:${location.toLowerCase().replace(/\s+/g, '')}`, where);
}

/**
 * The `location` of `body`, the resource being read, or of `owner`, a resource it belongs to (an
 * AKS node pool's cluster). The provider docs' examples write `azurerm_resource_group.example.location`:
 * a resource group of the same file with a literal `location` gives it.
 */
export function azureRegion(ctx: Ctx, body: Block, owner?: Resource): void {
  const location = (owner?.body ?? body).location;
  const range = owner?.range ?? ctx.range;
  const label = owner === undefined ? [] : [`${owner.type}.${owner.name}`];
  const ref = reference(location);
  if (ref?.type === 'azurerm_resource_group' && ref.attribute === 'location') {
    const group = resource(ctx, ref.type, ref.name);
    const value = group?.body.location;
    if (group !== undefined && typeof value === 'string' && !value.startsWith('${')) {
      ctx.b.note(`\`${[...label, 'location'].join('.')}\` is azurerm_resource_group.${ref.name}'s`);
      setAzureRegion(ctx, value, at(ctx, ['location'], group.range));
      return;
    }
  }
  const value = literal(ctx, location, [...label, 'location'], 'region');
  if (typeof value === 'string') setAzureRegion(ctx, value, at(ctx, ['location'], range));
}

/** `us-central1-a` -> `us-central1`: a GCE zone is its region and a letter. */
export function gcpRegion(ctx: Ctx, body: Block): void {
  for (const key of ['location', 'zone', 'region']) {
    const value = literal(ctx, body[key], [key], 'region');
    if (typeof value === 'string') {
      ctx.b.set('region', `gcp:${value.replace(/-[a-z]$/, '')}`, at(ctx, [key]));
      return;
    }
  }
  const provider = first(obj(ctx.root.provider)?.google);
  for (const key of ['region', 'zone']) {
    const value = provider?.[key];
    if (typeof value === 'string' && !value.startsWith('${')) {
      ctx.b.set('region', `gcp:${value.replace(/-[a-z]$/, '')}`, providerAt(ctx, 'google', key));
      return;
    }
  }
  ctx.b.note('no literal `location`, `zone` or provider "google" `region`: give `region` in the workload');
}
