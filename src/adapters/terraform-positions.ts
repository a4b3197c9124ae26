import type { SourceRef } from '../model.js';

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

/**
 * `resource "aws_instance" "trainer" {`: from the keyword to its closing brace; the first such
 * block of the file, or of `within` (`dynamic "guest_accelerator" {` inside a resource).
 */
export function blockAt(text: string, keyword: string, labels: readonly string[], within?: Range): Range | undefined {
  const header = new RegExp(`^[ \\t]*${keyword}${labels.map((l) => `\\s+"?${escape(l)}"?`).join('')}\\s*\\{`, 'gm');
  header.lastIndex = within?.start ?? 0;
  const m = header.exec(text);
  if (m === null || (within !== undefined && m.index >= within.end)) return undefined;
  const start = m.index + m[0].length - m[0].trimStart().length;
  return { start, end: closing(text, m.index + m[0].length - 1) };
}

function position(text: string, file: string, offset: number): SourceRef {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file, line, column: offset - before.lastIndexOf('\n') };
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

/** The `key { ... }` blocks directly inside `range` (`guest_accelerator`, written once per type). */
export function childBlocks(text: string, range: Range, key: string): Range[] {
  const open = text.indexOf('{', range.start);
  return childrenAt(text, open, range.end, key)
    .filter((c) => c.block)
    .map((c) => ({ start: c.at, end: closing(text, text.indexOf('{', c.at)) }));
}

/**
 * Where `a.b.c` is written inside the block `range` (`node_config { machine_type = ... }`), or the
 * deepest part found; the block's header for an empty path.
 */
export function attributeAt(text: string, file: string, range: Range, path: readonly string[]): SourceRef {
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
  return position(text, file, found);
}
