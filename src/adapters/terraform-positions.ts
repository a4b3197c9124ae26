import type { SourceRef } from '../model.js';
import { LineIndex } from '../text/line-index.js';

// Where a parsed Terraform value is written. hcl2json's JSON has no positions, so this finds the
// block header and the attribute line in the text; the values themselves come from the parser.

export interface Range {
  readonly start: number;
  readonly end: number;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The end of the `{ ... }` opened at `open`, skipping strings and comments. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** The first `key =` or `key {` directly inside the block opened at `open` (not in nested blocks). */
function childAt(text: string, open: number, close: number, key: string): { at: number; block: boolean } | undefined {
  return childrenAt(text, open, close, key)[0];
}

/** Every `key =` or `key {` directly inside the block opened at `open`, in the order written. */
function childrenAt(text: string, open: number, close: number, key: string): { at: number; block: boolean }[] {
  const head = new RegExp(`^(${escape(key)})\\s*(=|\\{)`);
  const found: { at: number; block: boolean }[] = [];
  let lineStart = true;
  for (let i = open + 1; i < close; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    if (lineStart) {
      const m = head.exec(text.slice(i, i + key.length + 64));
      if (m !== null) found.push({ at: i, block: m[2] === '{' });
    }
    lineStart = false;
    if (c === '"') {
      for (i++; i < close && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < close && text[i + 1] !== '\n') i++;
    } else if (c === '{') i = closing(text, i);
  }
  return found;
}

/** An identifier, or a quoted label, after a block's keyword. */
const LABEL = /"([^"\n]*)"|([A-Za-z_][\w-]*)/g;

/**
 * A block's header on one line, as HCL writes it: its keyword, its labels and the opening brace.
 * Held to one line, a line of bare words cannot run on into the header below it.
 */
const HEADER = /^[ \t]*([A-Za-z_][\w-]*)((?:[ \t]+(?:"[^"\n]*"|[A-Za-z_][\w-]*))*)[ \t]*\{/gm;

function headerKey(keyword: string, labels: readonly string[]): string {
  return [keyword, ...labels].join('\0');
}

/**
 * A Terraform file's text, and where things are written in it. A file declares each of its
 * resources once, and each is read: the headers are indexed in one pass, and lines are counted
 * once, so that a file of thousands of resources takes time in proportion to its size.
 */
export class HclText {
  private readonly lines: LineIndex;
  private headers: Map<string, { at: number; end: number }> | undefined;

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    this.lines = new LineIndex(text);
  }

  /**
   * `resource "aws_instance" "trainer" {`: from the keyword to its closing brace; the first such
   * block of the file, or of `within` (`dynamic "guest_accelerator" {` inside a resource).
   */
  blockAt(keyword: string, labels: readonly string[], within?: Range): Range | undefined {
    if (within === undefined) {
      const indexed = this.headerIndex().get(headerKey(keyword, labels));
      if (indexed !== undefined) return this.block(indexed.at, indexed.end);
    }
    // Inside a block, or a header the index does not read (over two lines, a label quoted on one side).
    const header = new RegExp(`^[ \\t]*${keyword}${labels.map((l) => `\\s+"?${escape(l)}"?`).join('')}\\s*\\{`, 'gm');
    header.lastIndex = within?.start ?? 0;
    const m = header.exec(this.text);
    if (m === null || (within !== undefined && m.index >= within.end)) return undefined;
    return this.block(m.index, m.index + m[0].length);
  }

  /**
   * Where `a.b.c` is written inside the block `range` (`node_config { machine_type = ... }`), or the
   * deepest part found; the block's header for an empty path.
   */
  attributeAt(range: Range, path: readonly string[]): SourceRef {
    const text = this.text;
    let open = text.indexOf('{', range.start);
    let close = range.end;
    let found = range.start;
    for (const key of path) {
      const child = childAt(text, open, close, key);
      if (child === undefined) break;
      found = child.at;
      if (!child.block) break;
      open = text.indexOf('{', child.at);
      close = closing(text, open);
    }
    return { file: this.file, ...this.lines.at(found) };
  }

  /** The `key { ... }` blocks directly inside `range` (`guest_accelerator`, written once per type). */
  childBlocks(range: Range, key: string): Range[] {
    const text = this.text;
    const open = text.indexOf('{', range.start);
    return childrenAt(text, open, range.end, key)
      .filter((c) => c.block)
      .map((c) => ({ start: c.at, end: closing(text, text.indexOf('{', c.at)) }));
  }

  /** The block whose header runs from `at` (the start of its line) to `end`, just past its brace. */
  private block(at: number, end: number): Range {
    let start = at;
    while (this.text[start] === ' ' || this.text[start] === '\t') start++;
    return { start, end: closing(this.text, end - 1) };
  }

  /** Where each header is first written, by keyword and labels. */
  private headerIndex(): Map<string, { at: number; end: number }> {
    if (this.headers !== undefined) return this.headers;
    const headers = new Map<string, { at: number; end: number }>();
    for (const m of this.text.matchAll(HEADER)) {
      const labels = [...(m[2] ?? '').matchAll(LABEL)].map((l) => l[1] ?? l[2] ?? '');
      const key = headerKey(m[1] ?? '', labels);
      if (!headers.has(key)) headers.set(key, { at: m.index, end: m.index + m[0].length });
    }
    this.headers = headers;
    return headers;
  }
}
