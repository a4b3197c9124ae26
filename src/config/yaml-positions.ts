import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { walkPath } from './path-walk.js';

export type Path = readonly PropertyKey[];

export interface Position {
  readonly line: number;
  readonly column: number;
  /** Set when the place is in another file than the one searched: a job spec a workload takes fields from. */
  readonly file?: string;
}

/** Where the parts of a file are, by the path zod reports. */
export interface Positions {
  find(path: Path, options?: { key?: boolean }): Position;
}

/** Finds positions in a document parsed by `yaml`. */
export class PositionFinder implements Positions {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  private at(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  private child(node: unknown, key: PropertyKey): { key?: Node; value?: Node } {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && String(pair.key.value) === String(key)) {
          return { key: pair.key, ...(isNode(pair.value) ? { value: pair.value } : {}) };
        }
      }
      return {};
    }
    if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (isNode(item)) return { value: item };
      if (isPair(item) && isNode(item.key)) return { key: item.key };
    }
    return {};
  }

  find(path: Path, options: { key?: boolean } = {}): Position {
    const best = walkPath<unknown>(this.doc.contents, path, options, (node, part) => this.child(node, part));
    return this.at(isNode(best) ? (best.range?.[0] ?? 0) : 0);
  }

  /** Position of a raw offset into the text, for parser errors. */
  offset(offset: number): Position {
    return this.at(offset);
  }
}
