import type { SourceRef } from '../model.js';
import type { Diagnostic } from '../config/diagnostics.js';
import { showValue } from '../text/show.js';
import { mapName, ownEntry, SKYPILOT_ACCELERATORS, SKYPILOT_BY_CLOUD, SKYPILOT_OPEN } from './accelerator-names.js';
import type { SpecReading, SpecWorkload } from './job-spec.js';
import { FieldsBuilder, problem, stem, wholeNumber } from './spec-fields.js';
import { readSpecYaml, type SpecNode } from './yaml-spec.js';

// A SkyPilot task YAML (https://docs.skypilot.co/en/latest/reference/yaml-spec.html): `resources`
// gives the accelerators per node (`A100:8`, `{A100: 8}`, or candidates as a list or a set, and
// `any_of` / `ordered` alternatives), `instance_type`, and the place (`cloud` and `region`, or
// `infra: aws/us-east-1`); `num_nodes` how many nodes. A file of several YAML documents is a
// pipeline: each document with `resources` is a task.

/** The clouds whose regions carbon-budget knows the grid of, by SkyPilot's name for them. */
const CLOUDS: Readonly<Record<string, string>> = { aws: 'aws', gcp: 'gcp', azure: 'azure' };

interface Accelerators {
  readonly name: string;
  readonly perNode: number;
  readonly at: SourceRef;
}

/** One `accelerators` value as its candidates, in the order written. */
function candidates(node: SpecNode, diagnostics: Diagnostic[]): Accelerators[] {
  const one = (text: string, at: SourceRef): Accelerators | undefined => {
    const [name = '', count] = text.split(':').map((s) => s.trim());
    const perNode = count === undefined ? 1 : wholeNumber(count);
    if (name === '' || perNode === undefined || perNode === 0) {
      diagnostics.push(
        problem(at, `\`accelerators\`: ${showValue(text)} is not \`NAME\` or \`NAME:COUNT\` (e.g. \`A100:8\`)`),
      );
      return undefined;
    }
    return { name, perNode, at };
  };
  if (node.text !== undefined) return [one(node.text, node.at)].flatMap((a) => a ?? []);
  if (node.isList)
    return node.items().flatMap((item) => (item.text === undefined ? [] : [one(item.text, item.at) ?? []].flat()));
  if (node.isMapping) {
    return node.entries().flatMap(([name, count]): Accelerators[] => {
      // A set written as a mapping with empty values (`{A100, H100}`) counts one each.
      const perNode = count.scalar === null ? 1 : wholeNumber(count.scalar ?? undefined);
      if (perNode === undefined || perNode === 0) {
        diagnostics.push(
          problem(
            count.at,
            `\`accelerators\`: the count of ${name} must be a whole number, got ${showValue(count.scalar)}`,
          ),
        );
        return [];
      }
      return [{ name, perNode, at: count.keyAt }];
    });
  }
  diagnostics.push(
    problem(node.at, '`accelerators` must be `NAME:COUNT`, a mapping `{NAME: COUNT}` or a list of them'),
  );
  return [];
}

/** The resources to estimate with: the task's own, or the alternative SkyPilot tries first. */
function chosenResources(resources: SpecNode, b: FieldsBuilder): SpecNode[] {
  const ordered = resources.get('ordered');
  const anyOf = resources.get('any_of');
  const alternatives = ordered ?? anyOf;
  const first = alternatives?.items()[0];
  if (alternatives === undefined || first === undefined) return [resources];
  const count = alternatives.items().length;
  b.note(
    ordered !== undefined
      ? `estimated with the first of ${count} \`ordered\` resources, the one SkyPilot tries first`
      : `estimated with the first of ${count} \`any_of\` resources (SkyPilot picks the cheapest available)`,
  );
  // An alternative overrides the fields of the resources around it.
  return [first, resources];
}

function fromLayers(layers: SpecNode[], key: string): SpecNode | undefined {
  for (const layer of layers) {
    const found = layer.get(key);
    if (found !== undefined && found.scalar !== null) return found;
  }
  return undefined;
}

function readTask(doc: SpecNode, file: string, index: number, diagnostics: Diagnostic[]): SpecWorkload | undefined {
  const resources = doc.get('resources');
  const numNodes = doc.get('num_nodes');
  if (resources === undefined && numNodes === undefined) return undefined;
  const b = new FieldsBuilder();
  const layers = resources?.isMapping === true ? chosenResources(resources, b) : [];
  let nodes = 1;
  if (numNodes !== undefined) {
    const n = wholeNumber(numNodes.scalar ?? undefined);
    if (n === undefined || n === 0)
      diagnostics.push(
        problem(numNodes.at, `\`num_nodes\` must be a whole number of nodes, got ${showValue(numNodes.scalar)}`),
      );
    else nodes = n;
  }
  const acceleratorsNode = fromLayers(layers, 'accelerators');
  const found = acceleratorsNode === undefined ? [] : candidates(acceleratorsNode, diagnostics);
  const chosen = found[0];
  if (chosen !== undefined) {
    if (found.length > 1)
      b.note(
        `estimated with ${chosen.name}, the first of the candidate accelerators ${found.map((a) => a.name).join(', ')}`,
      );
    const board = boardOf(chosen, cloudOf(layers), b);
    if (board !== undefined) b.set('accelerator', board, chosen.at);
    b.set('count', chosen.perNode * nodes, numNodes?.at ?? chosen.at);
    if (nodes > 1)
      b.note(`count ${chosen.perNode * nodes} = ${chosen.perNode} ${chosen.name} per node x ${nodes} nodes`);
  }
  const instanceType = fromLayers(layers, 'instance_type');
  if (instanceType?.text !== undefined) {
    if (chosen === undefined) {
      b.set('instance', instanceType.text, instanceType.at);
      b.set('count', nodes, numNodes?.at ?? instanceType.at);
    } else b.note(`instance_type ${instanceType.text} not used: the accelerators say the hardware`);
  }
  readPlace(layers, b);
  const name = doc.get('name')?.text ?? (index === 0 ? stem(file) : `${stem(file)}-${index + 1}`);
  return b.build('skypilot', name, (resources ?? doc).keyAt);
}

/** The cloud a task names, by `infra` (`gcp/us-central1`) or `cloud`, in lower case. */
function cloudOf(layers: SpecNode[]): string | undefined {
  const infra = fromLayers(layers, 'infra')?.text;
  const cloud = infra === undefined ? fromLayers(layers, 'cloud')?.text : infra.split('/')[0];
  const trimmed = cloud?.trim().toLowerCase();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The catalog id of a SkyPilot name; undefined where the board depends on a cloud the task does
 * not name, which the workload's own `region` may then settle (the boards by cloud go with it).
 */
function boardOf(
  chosen: { name: string; at: SourceRef },
  cloud: string | undefined,
  b: FieldsBuilder,
): string | undefined {
  const { name, at } = chosen;
  const key = name.trim().toLowerCase();
  const boards = cloud === undefined ? undefined : ownEntry(SKYPILOT_BY_CLOUD, cloud);
  const onCloud = boards === undefined ? undefined : ownEntry(boards, key);
  if (onCloud !== undefined) return onCloud;
  const open = ownEntry(SKYPILOT_OPEN, key);
  if (open === undefined) return mapName(SKYPILOT_ACCELERATORS, name);
  const where = cloud === undefined ? 'the task names no cloud' : `on ${cloud} it is not pinned down`;
  const pinned = Object.entries(SKYPILOT_BY_CLOUD).flatMap(([c, byName]) => {
    const board = ownEntry(byName, key);
    return board === undefined ? [] : [[c, board] as const];
  });
  b.openByCloud({
    name,
    at,
    boards: cloud === undefined ? Object.fromEntries(pinned) : {},
    open:
      `SkyPilot's \`${name}\` is ${open} by cloud (SXM on gcp and aws) and ${where}: ` +
      'give `accelerator` in the workload' +
      (cloud === undefined ? ', or a gcp or aws `region` on the workload itself' : ''),
  });
  return undefined;
}

/** `infra: aws/us-east-1` or `cloud: aws` with `region: us-east-1`, as a workload's `region`. */
function readPlace(layers: SpecNode[], b: FieldsBuilder): void {
  const infra = fromLayers(layers, 'infra');
  const cloudNode = fromLayers(layers, 'cloud');
  const regionNode = fromLayers(layers, 'region');
  let cloud: string | undefined;
  let region: string | undefined;
  let at: SourceRef | undefined;
  if (infra?.text !== undefined) {
    [cloud, region] = infra.text.split('/').map((s) => s.trim().toLowerCase());
    at = infra.at;
  } else {
    cloud = cloudNode?.text?.trim().toLowerCase();
    region = regionNode?.text?.trim();
    at = regionNode?.at ?? cloudNode?.at;
  }
  if (cloud === undefined || at === undefined) return;
  const prefix = ownEntry(CLOUDS, cloud);
  if (prefix === undefined) {
    b.note(`cloud \`${cloud}\`: no grid region known for it; give \`region\` in the workload`);
    return;
  }
  if (region === undefined || region === '' || region === '*') {
    b.note(`${cloud} without a region: give \`region\` in the workload`);
    return;
  }
  b.set('region', `${prefix}:${region}`, at);
}

export async function readSkyPilot(text: string, file: string): Promise<SpecReading> {
  const { docs, diagnostics } = await readSpecYaml(text, file);
  const problems: Diagnostic[] = [...diagnostics];
  const workloads = docs.flatMap((doc, index) => readTask(doc, file, index, problems) ?? []);
  return { workloads, diagnostics: problems };
}
