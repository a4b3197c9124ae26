import type { Diagnostic } from '../config/diagnostics.js';
import type { SourceRef } from '../model.js';
import type { JobSpecAdapter, SpecDiagnostic, SpecWorkload } from './job-spec.js';
import { FieldsBuilder, problem, wholeNumber } from './spec-fields.js';
import { HclText } from './terraform-positions.js';
import { READERS } from './terraform-readers.js';
import { at, blockRange, defaults, first, literal, obj, type Block, type Ctx, type Json } from './terraform-values.js';

// Terraform (https://developer.hashicorp.com/terraform/language): GPU capacity that runs all period.
// HashiCorp's HCL parser (@cdktf/hcl2json) gives the values; terraform-positions.ts only finds
// where they are written. Nothing is evaluated: a `var.`/`local.`/module value is an open field.
// A problem in one resource is that resource's (SpecDiagnostic.resource): a workload that picks
// another resource of the file still reads it.

/**
 * Where a `dynamic` block is written in place of one of the blocks at `paths` (`dynamic "guest_accelerator"`).
 * Only `guest_accelerator` makes a resource carry accelerators by itself, so it is looked for
 * whatever the reader found; the others matter only on a resource that carries them.
 */
function dynamicBlock(
  ctx: Ctx,
  body: Block,
  paths: readonly (readonly string[])[],
  carries: boolean,
): SourceRef | undefined {
  for (const path of paths) {
    const name = path[path.length - 1] ?? '';
    if (!carries && name !== 'guest_accelerator') continue;
    let parent: Block | undefined = body;
    for (const key of path.slice(0, -1)) parent = first(parent?.[key]);
    if (obj(parent?.dynamic)?.[name] === undefined) continue;
    const range = blockRange(ctx, path.slice(0, -1));
    const block = range === undefined ? undefined : ctx.hcl.blockAt('dynamic', [name], range);
    return block === undefined ? at(ctx, []) : ctx.hcl.attributeAt(block, []);
  }
  return undefined;
}

/** hcl2json's errors read `parse config: [t.tf:2,11-3,1: Message.]`. */
function syntaxError(message: string, file: string): Diagnostic {
  const m = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*([^\]]*)/.exec(message);
  const line = m === null ? 1 : Number(m[1]);
  const column = m === null ? 1 : Number(m[2]);
  const text = (m?.[3] ?? message).split('\n')[0]?.trim() ?? message;
  return { file, line, column, message: `Terraform syntax: ${text}` };
}

/**
 * The `count` meta-argument of a group, pool or scale set: that many copies of it, each with the
 * count read from it. One that is not a whole number leaves the count to the workload.
 */
function copies(ctx: Ctx, value: unknown): void {
  const n = wholeNumber(literal(ctx, value, ['count'], 'count'));
  const each = ctx.b.fields.count;
  if (n === undefined) {
    ctx.b.unset('count');
    if (typeof value === 'number' || (typeof value === 'string' && !value.includes('${')))
      ctx.b.note('`count` is not a whole number: give `count` in the workload');
    return;
  }
  if (each === undefined || typeof each.value !== 'number') return;
  ctx.b.set('count', each.value * n, each.at);
  ctx.b.note(`count ${each.value * n} = ${each.value} x ${n} copies (\`count\`)`);
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
  const hcl = new HclText(text, file);
  const vars = defaults(root);
  const workloads: SpecWorkload[] = [];
  const diagnostics: SpecDiagnostic[] = [];
  for (const [type, byName] of Object.entries(obj(root.resource) ?? {})) {
    // Own entries only: a resource type named `constructor` is no reader's.
    const reader = Object.hasOwn(READERS, type) ? READERS[type] : undefined;
    if (reader === undefined) continue;
    for (const [name, list] of Object.entries(obj(byName) ?? {})) {
      const body = first(list);
      const range = hcl.blockAt('resource', [type, name]);
      if (body === undefined || range === undefined) continue;
      const id = `${type}/${name}`;
      const ctx: Ctx = { hcl, root, vars, name, range, b: new FieldsBuilder(), problems: [] };
      const where = at(ctx, []);
      const read = reader.read(ctx, body);
      const carries = read !== false;
      const pickOnly = reader.pickOnly === true ? true : read === 'open' ? 'unresolved' : undefined;
      // Only what is surely capacity stops a read at a block it cannot follow. A picked launch
      // template's count is the workload's own, so its keys do not matter; a resource read only
      // when picked for its unresolved instance type leaves the count to the workload instead.
      const sure = read === true;
      const keyed = sure && body.for_each !== undefined && reader.pickOnly !== true;
      const unfollowed = dynamicBlock(ctx, body, reader.blocks, sure) ?? (keyed ? where : undefined);
      if (carries && reader.readsCount !== true && body.count !== undefined) copies(ctx, body.count);
      if (read === 'open' && body.for_each !== undefined) {
        ctx.b.unset('count');
        ctx.b.note('`for_each` is not followed: give `count` in the workload');
      }
      if (unfollowed !== undefined) {
        const message = `${id}: \`for_each\` and \`dynamic\` blocks are not followed: write the workload out`;
        diagnostics.push({ ...problem(unfollowed, message), resource: id });
      } else if (ctx.problems.length > 0) {
        diagnostics.push(...ctx.problems.map((p) => ({ ...problem(p.at, `${id}: ${p.message}`), resource: id })));
      } else if (carries) {
        const workload = ctx.b.build('terraform', id, where);
        workloads.push(pickOnly === undefined ? workload : { ...workload, pickOnly });
      }
    }
  }
  for (const name of Object.keys(obj(root.module) ?? {})) {
    const range = hcl.blockAt('module', [name]);
    if (range !== undefined && workloads.every((w) => w.pickOnly !== undefined)) {
      const message = `module "${name}": modules are not followed; point \`from\` at the module's own .tf files`;
      diagnostics.push({ ...problem(hcl.attributeAt(range, []), message), resource: `module/${name}` });
    }
  }
  // hcl2json groups resources by type: give them in the order the file writes them.
  workloads.sort((a, b) => a.at.line - b.at.line);
  return { workloads, diagnostics };
};
