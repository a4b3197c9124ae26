import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../config/diagnostics.js';
import type { SourceRef } from '../model.js';

// The YAML of a job spec (a SkyPilot task, Kubernetes manifests) read with the `yaml` package,
// which keeps where each node is written, so that a value taken from the spec is reported at its
// own line. Only what an adapter asks for is converted: a spec is mostly things carbon-budget
// does not read (commands, environments, volumes).

/** One node of a spec's YAML, with where it is written. */
export class SpecNode {
  constructor(
    private readonly node: Node,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    readonly file: string,
    /** Where the node's key is, for a mapping's value; the node itself otherwise. */
    private readonly keyOffset?: number,
  ) {}

  private position(offset: number): SourceRef {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  get at(): SourceRef {
    return this.position(this.node.range?.[0] ?? 0);
  }

  /** The key of this value, where there is one: a message about a missing or wrong field points there. */
  get keyAt(): SourceRef {
    return this.keyOffset === undefined ? this.at : this.position(this.keyOffset);
  }

  private wrap(node: unknown, keyOffset?: number): SpecNode | undefined {
    // An alias stands for the node its anchor names; what it expands to is bounded by the file size.
    const real = isAlias(node) ? node.resolve(this.doc) : node;
    if (real === undefined || real === null || !(isMap(real) || isSeq(real) || isScalar(real))) return undefined;
    return new SpecNode(real, this.doc, this.lines, this.file, keyOffset);
  }

  /** A mapping's value by key; undefined for a missing key or a node that is not a mapping. */
  get(key: string): SpecNode | undefined {
    if (!isMap(this.node)) return undefined;
    for (const pair of this.node.items) {
      const k = isAlias(pair.key) ? pair.key.resolve(this.doc) : pair.key;
      if (isScalar(k) && String(k.value) === key) {
        const found = this.wrap(pair.value, k.range?.[0]);
        return found ?? new SpecNode(k, this.doc, this.lines, this.file, k.range?.[0]).asEmpty();
      }
    }
    return undefined;
  }

  /** A key written with nothing after it (`accelerators:`): a null at the key's place. */
  private empty = false;
  private asEmpty(): this {
    this.empty = true;
    return this;
  }

  /** Follows keys down, e.g. `path('spec', 'template', 'spec')`. */
  path(...keys: string[]): SpecNode | undefined {
    const [first, ...rest] = keys;
    if (first === undefined) return this;
    return this.get(first)?.path(...rest);
  }

  get isMapping(): boolean {
    return !this.empty && isMap(this.node);
  }

  get isList(): boolean {
    return !this.empty && isSeq(this.node);
  }

  /** A list's items; a mapping's values; nothing for a scalar. */
  items(): SpecNode[] {
    if (this.empty) return [];
    if (isSeq(this.node)) return this.node.items.flatMap((item) => this.wrap(item) ?? []);
    if (isMap(this.node))
      return this.node.items.flatMap(
        (pair) => this.wrap(pair.value, isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? [],
      );
    return [];
  }

  /** A mapping's keys (as text) with their values. */
  entries(): [string, SpecNode][] {
    if (this.empty || !isMap(this.node)) return [];
    return this.node.items.flatMap((pair): [string, SpecNode][] => {
      const k = isAlias(pair.key) ? pair.key.resolve(this.doc) : pair.key;
      if (!isScalar(k)) return [];
      const value = this.wrap(pair.value, k.range?.[0]) ?? new SpecNode(k, this.doc, this.lines, this.file).asEmpty();
      return [[String(k.value), value]];
    });
  }

  /** A scalar's value (text, number, boolean, null); undefined for a list or mapping. */
  get scalar(): string | number | boolean | null | undefined {
    if (this.empty) return null;
    if (!isScalar(this.node)) return undefined;
    const v = this.node.value;
    // Anything else a scalar can hold (a date, a big integer) is not a value a spec gives carbon-budget.
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : undefined;
  }

  /** A scalar as text (`8` and `"8"` alike); undefined for anything else. */
  get text(): string | undefined {
    const v = this.scalar;
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  }
}

/** The documents of a YAML file, each as its root node, and any syntax problems at their place. */
export function readSpecYaml(text: string, file: string): { docs: SpecNode[]; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: false });
  const list = Array.isArray(documents) ? documents : [];
  const diagnostics: Diagnostic[] = [];
  const docs: SpecNode[] = [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error !== undefined) {
      const { line, col } = lines.linePos(error.pos[0]);
      // The parser quotes text from the file; only its first clause is kept (see yaml-reference.ts).
      const first = (error.message.split('\n')[0] ?? error.code).replace(/:\s*".*$/, '');
      diagnostics.push({ file, line, column: col, message: `YAML syntax: ${first}` });
      continue;
    }
    const root = doc.contents;
    if (isMap(root) || isSeq(root)) docs.push(new SpecNode(root, doc, lines, file));
  }
  return { docs, diagnostics };
}
