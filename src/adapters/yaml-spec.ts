import type { Diagnostic } from '../config/diagnostics.js';
import { readPlainYaml } from '../config/yaml-fast.js';
import type { Path, Positions } from '../config/yaml-positions.js';
import type { SourceRef } from '../model.js';

// The YAML of a job spec (a SkyPilot task, Kubernetes manifests), read by the two readers of
// workload files: the fast one (js-yaml, with positions) where the text is plain, and the `yaml`
// package otherwise, with its messages and its bounds on aliases. A spec then costs what a workload
// file of its size costs. A file of several documents is split at its `---` lines and each is read
// on its own, its positions moved down by the lines before it.

interface Document {
  readonly file: string;
  readonly positions: Positions;
  /** Lines before the document in the file. */
  readonly lineOffset: number;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One node of a spec's YAML, with where it is written. */
export class SpecNode {
  constructor(
    private readonly value: unknown,
    private readonly route: Path,
    private readonly doc: Document,
  ) {}

  private where(key: boolean): SourceRef {
    const { line, column } = this.doc.positions.find(this.route, { key });
    return { file: this.doc.file, line: line + this.doc.lineOffset, column };
  }

  get at(): SourceRef {
    return this.where(false);
  }

  /** The key of this value, where there is one: a message about a missing or wrong field points there. */
  get keyAt(): SourceRef {
    return this.where(true);
  }

  /** A mapping's value by key; undefined for a missing key or a node that is not a mapping. */
  get(key: string): SpecNode | undefined {
    if (!isMapping(this.value) || !Object.hasOwn(this.value, key)) return undefined;
    return new SpecNode(this.value[key], [...this.route, key], this.doc);
  }

  /** Follows keys down, e.g. `path('spec', 'template', 'spec')`. */
  path(...keys: string[]): SpecNode | undefined {
    const [first, ...rest] = keys;
    if (first === undefined) return this;
    return this.get(first)?.path(...rest);
  }

  get isMapping(): boolean {
    return isMapping(this.value);
  }

  get isList(): boolean {
    return Array.isArray(this.value);
  }

  /** A list's items; a mapping's values; nothing for a scalar. */
  items(): SpecNode[] {
    if (Array.isArray(this.value)) return this.value.map((v, i) => new SpecNode(v, [...this.route, i], this.doc));
    return this.entries().map(([, node]) => node);
  }

  /** A mapping's keys with their values. */
  entries(): [string, SpecNode][] {
    const mapping = this.value;
    if (!isMapping(mapping)) return [];
    return Object.keys(mapping).map((key) => [key, new SpecNode(mapping[key], [...this.route, key], this.doc)]);
  }

  /** A scalar's value (text, number, boolean, null); undefined for a list or mapping. */
  get scalar(): string | number | boolean | null | undefined {
    const v = this.value;
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : undefined;
  }

  /** A scalar as text (`8` and `"8"` alike); undefined for anything else. */
  get text(): string | undefined {
    const v = this.scalar;
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  }
}

/** The documents of a file with the line each starts on: split at lines that start with `---`. */
function documents(text: string): { text: string; lineOffset: number }[] {
  if (!/^---/m.test(text)) return [{ text, lineOffset: 0 }];
  const out: { text: string; lineOffset: number }[] = [];
  const lines = text.split('\n');
  let start = 0;
  const flush = (end: number) => {
    const part = lines.slice(start, end).join('\n');
    if (part.trim() !== '') out.push({ text: part, lineOffset: start });
  };
  lines.forEach((line, i) => {
    if (/^---(?:\s|$)/.test(line)) {
      flush(i);
      // What follows `---` on its line belongs to the next document: it is kept, blanked before.
      lines[i] = ' '.repeat(3) + line.slice(3);
      start = i;
    }
  });
  flush(lines.length);
  return out;
}

/** A YAML file's documents, and its syntax problems. */
export interface SpecYaml {
  readonly docs: SpecNode[];
  readonly diagnostics: Diagnostic[];
}

/**
 * The documents of a YAML file, each as its root node, and any syntax problems at their place. The
 * `yaml` package is loaded only for a document the fast reader steps aside from (in the bundles,
 * dist/yaml-reference.js, shared with the workload files' reader).
 */
export async function readSpecYaml(text: string, file: string): Promise<SpecYaml> {
  const docs: SpecNode[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const part of documents(text.replace(/^\uFEFF/, ''))) {
    const fast = readPlainYaml(part.text);
    let read: { value: unknown; positions: Positions };
    if (fast !== undefined) read = fast;
    else {
      const { readReferenceYaml } = await import('../config/yaml-reference.js');
      const reference = readReferenceYaml(part.text);
      if (!reference.ok) {
        for (const p of reference.problems)
          diagnostics.push({ file, line: p.at.line + part.lineOffset, column: p.at.column, message: p.message });
        continue;
      }
      read = reference;
    }
    if (read.value === null || typeof read.value !== 'object') continue;
    docs.push(new SpecNode(read.value, [], { file, positions: read.positions, lineOffset: part.lineOffset }));
  }
  return { docs, diagnostics };
}
