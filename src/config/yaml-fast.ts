import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import { walkPath } from './path-walk.js';
import type { Path, Position, Positions } from './yaml-positions.js';
import { LineIndex } from '../text/line-index.js';

// The fast path for reading a workload file. js-yaml reads plain YAML about six times faster
// than the `yaml` package builds a document, which matters with thousands of workloads. It is
// used only for files it reads exactly as `yaml` would: anything unusual (a syntax error, an
// anchor or alias, a tag, a merge key, a directive) returns undefined, and the caller reads the
// file with `yaml`, whose messages and positions are the reference. A test checks that the two
// paths agree, value for value and position for position.

// The YAML 1.2 core schema's tag resolution (YAML 1.2.2, section 10.3.2), which is what `yaml`
// applies by default. js-yaml's own schemas differ at the edges (binary `0b`, `_` in numbers).
// Every plain scalar is tried against these: written once here, since a regular expression literal
// inside a function is a new object each time it runs (30 MB of garbage at 10,000 workloads).
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => NULL.test(s), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => BOOL.test(s),
      construct: (s: string) => s.startsWith('t') || s.startsWith('T'),
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => INT.test(s),
      construct: (s: string) =>
        s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) => FLOAT.test(s),
      construct: (s: string) => {
        if (s.endsWith('nan') || s.endsWith('NaN') || s.endsWith('NAN')) return NaN;
        if (s.endsWith('inf') || s.endsWith('Inf') || s.endsWith('INF'))
          return s.startsWith('-') ? -Infinity : Infinity;
        return parseFloat(s);
      },
    }),
  ],
});

interface NodeRecord {
  /** Offset of the node's first character. */
  readonly start: number;
  readonly kind: 'mapping' | 'sequence' | 'scalar' | 'empty';
  /**
   * What js-yaml made of the node, while its parent is being built; afterwards kept for keys
   * only (a path is matched against them), so that the file's data is not held twice.
   */
  value: unknown;
  /** A mapping's keys and values in turn; a sequence's items. */
  children: readonly NodeRecord[];
}

/** Thrown inside the listener to leave js-yaml as soon as the file needs the reference path. */
class NotPlain extends Error {}

function skipSeparation(text: string, from: number): number {
  let at = from;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) at++;
    else if (c === 0x23 /* # */) {
      const end = text.indexOf('\n', at);
      at = end === -1 ? text.length : end;
    } else return at;
  }
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

/** A scalar's children: one shared empty list rather than one per scalar (100,000 at 10,000 workloads). */
const NO_CHILDREN: readonly NodeRecord[] = Object.freeze([]);

/** Builds the node tree from js-yaml's open and close events, refusing what is not plain YAML. */
function recorder(text: string): {
  listener: (event: 'open' | 'close', state: State) => void;
  root: () => NodeRecord | undefined;
} {
  // A frame's list of children is made when its first child closes: most nodes are scalars.
  const frames: { open: number; children: NodeRecord[] | undefined }[] = [{ open: 0, children: undefined }];
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      frames.push({ open: state.position, children: undefined });
      return;
    }
    const frame = frames.pop();
    const parent = frames[frames.length - 1];
    if (frame === undefined || parent === undefined) throw new NotPlain();
    const result: unknown = state.result;
    const children = frame.children ?? NO_CHILDREN;
    const only = children.length === 1 ? children[0] : undefined;
    let record: NodeRecord;
    if (only !== undefined && only.value === result) {
      // js-yaml wraps some nodes in a second one with the same result (a value on its own line).
      record = only;
    } else {
      const kind =
        state.kind === 'mapping' || state.kind === 'sequence' || state.kind === 'scalar' ? state.kind : 'empty';
      // `yaml` places an empty node where its line's spaces end, and any other at its first character.
      const start = kind === 'empty' ? skipSpaces(text, frame.open) : skipSeparation(text, frame.open);
      const first = text[start];
      // Node properties (`&anchor`, `!tag`) and aliases (`*anchor`) come first in a node.
      if (first === '&' || first === '!' || first === '*') throw new NotPlain();
      // js-yaml is lenient with flow collections and scalars continued on further lines (their
      // indentation), where `yaml` is strict: such nodes are left to `yaml`. Block scalars are fine.
      const flow = first === '{' || first === '[' || (kind === 'scalar' && first !== '|' && first !== '>');
      if (flow) {
        const newline = text.indexOf('\n', start);
        if (newline !== -1 && newline < state.position) throw new NotPlain();
      }
      // js-yaml reports no event for some empty items (`- ` alone): then the tree cannot say where each item is.
      if (kind === 'sequence' && children.length !== (result as unknown[]).length) throw new NotPlain();
      if (kind === 'mapping' && children.length !== 2 * Object.keys(result as object).length) throw new NotPlain();
      for (let i = 0; i < children.length; i++) {
        const child = children[i] as NodeRecord;
        if (kind === 'mapping' && i % 2 === 0) {
          // A key that is not text (a collection, `null:`, `~:`, empty) becomes a different string in each parser.
          if (child.kind !== 'scalar' || typeof child.value !== 'string') throw new NotPlain();
        } else {
          child.value = undefined;
        }
      }
      record = { start, kind, value: result, children };
    }
    (parent.children ??= []).push(record);
  };
  return { listener, root: () => frames[0]?.children?.[0] };
}

/**
 * How deep a file's tree is kept once read: the top-level keys, their items (each workload) and
 * where each starts. The nodes inside a workload, about fifteen each, are dropped: at 10,000
 * workloads they were a fifth of the heap, held until both sides of a change were read, and only
 * a problem inside a workload asks where they are. A workload with its own `budget` keeps them:
 * every run reports where that budget is written. Measured with `npm run bench` at 10,000
 * workloads in 1,000 files: the action's peak 158 -> 145 MB (the CLI's 126 -> 121 MB), which
 * keeps it under the 150 MB target.
 */
const KEPT_DEPTH = 2;
const KEPT_FOR = 'budget';

/** The children of a node that was pruned: asking for them means reading the whole tree again. */
const PRUNED: readonly NodeRecord[] = Object.freeze([]);

function prune(node: NodeRecord, depth: number): void {
  if (depth === KEPT_DEPTH) {
    const keeps = node.kind === 'mapping' && node.children.some((child, i) => i % 2 === 0 && child.value === KEPT_FOR);
    if (!keeps && node.children.length > 0) node.children = PRUNED;
    return;
  }
  for (const child of node.children) prune(child, depth + 1);
}

/** The whole tree of a file that reads on the fast path (the same listener, on the same text). */
function fullTree(text: string): NodeRecord {
  const { listener, root } = recorder(text);
  load(text, { schema: CORE, listener });
  const tree = root();
  if (tree === undefined) throw new Error('the fast YAML path read a file once and not again');
  return tree;
}

/** Positions in a file read on the fast path, found by the path zod reports. */
class RecordedPositions implements Positions {
  private full: NodeRecord | undefined;
  private readonly lines: LineIndex;

  /**
   * `root` is pruned below depth KEPT_DEPTH; a path that goes below a pruned node reads the file's
   * tree again, once.
   */
  constructor(
    private readonly text: string,
    private readonly root: NodeRecord,
  ) {
    this.lines = new LineIndex(text);
  }

  private child(node: NodeRecord, part: PropertyKey): { key?: NodeRecord; value?: NodeRecord } {
    if (node.kind === 'mapping') {
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i];
        if (key !== undefined && String(key.value) === String(part))
          return { key, ...(node.children[i + 1] === undefined ? {} : { value: node.children[i + 1] }) };
      }
      return {};
    }
    if (node.kind === 'sequence' && typeof part === 'number') {
      const item = node.children[part];
      return item === undefined ? {} : { value: item };
    }
    return {};
  }

  find(path: Path, options: { key?: boolean } = {}): Position {
    const root = this.reachesPruned(path) ? (this.full ??= fullTree(this.text)) : this.root;
    return this.lines.at(walkPath(root, path, options, (node, part) => this.child(node, part)).start);
  }

  /** Whether `path` goes on below a node whose children were dropped. */
  private reachesPruned(path: Path): boolean {
    if (path.length <= KEPT_DEPTH) return false;
    let node: NodeRecord | undefined = this.root;
    for (let i = 0; i < KEPT_DEPTH && node !== undefined; i++) node = this.child(node, path[i] as PropertyKey).value;
    return node?.children === PRUNED;
  }
}

/**
 * Merge keys (`<<`) and directives (`%YAML`) change how `yaml` reads a file. Others are errors to
 * `yaml` but not to js-yaml: a comment right after a closing bracket or quote (`}#`), a carriage
 * return without a line feed, a tab (js-yaml forgives tabs in indentation and blank lines), and
 * a document marker with text right after it (`---#`). Such files take the reference path.
 */
const NOT_PLAIN_TEXT = /<<|^%|[}\]"']#|\r(?!\n)|\t|^(?:---|\.\.\.)\S/m;

/**
 * Reads a workload file's YAML on the fast path: its data and the positions of its nodes, or
 * undefined when the file must be read with `yaml` instead.
 */
export function readPlainYaml(text: string): { value: unknown; positions: Positions } | undefined {
  // js-yaml drops a byte-order mark itself, which would shift every offset by one.
  if (NOT_PLAIN_TEXT.test(text) || text.startsWith('\uFEFF')) return undefined;
  const { listener, root } = recorder(text);
  let value: unknown;
  try {
    value = load(text, { schema: CORE, listener });
  } catch {
    return undefined;
  }
  const tree = root();
  if (value === undefined || value === null || tree === undefined) return undefined;
  tree.value = undefined;
  prune(tree, 0);
  return { value, positions: new RecordedPositions(text, tree) };
}
