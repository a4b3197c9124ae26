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

/** `resource "aws_instance" "trainer" {`: from the keyword to its closing brace. */
export function blockAt(text: string, keyword: string, labels: readonly string[]): Range | undefined {
  const header = new RegExp(`^[ \\t]*${keyword}${labels.map((l) => `\\s+"?${escape(l)}"?`).join('')}\\s*\\{`, 'm');
  const m = header.exec(text);
  if (m === null) return undefined;
  const start = m.index + m[0].length - m[0].trimStart().length;
  return { start, end: closing(text, m.index + m[0].length - 1) };
}

function position(text: string, file: string, offset: number): SourceRef {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file, line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The line of `a.b.c` inside `range` (`node_config { machine_type = ... }`), or of the deepest
 * part found; the block's header for an empty path.
 */
export function attributeAt(text: string, file: string, range: Range, path: readonly string[]): SourceRef {
  let { start, end } = range;
  let found = start;
  for (const [i, key] of path.entries()) {
    const last = i === path.length - 1;
    const body = text.slice(start, end);
    const re = new RegExp(`^[ \\t]*(${escape(key)})\\s*(=|\\{)`, 'gm');
    let m: RegExpExecArray | null;
    let hit: RegExpExecArray | undefined;
    // Skip the block's own header line and nested blocks' attributes of the same name below it.
    while ((m = re.exec(body)) !== null) {
      if (m.index === 0 && i === 0 && path.length > 0 && start === range.start) continue;
      hit = m;
      break;
    }
    if (hit === undefined) break;
    found = start + hit.index + hit[0].indexOf(key);
    if (last || hit[2] !== '{') break;
    const open = start + hit.index + hit[0].length - 1;
    start = open + 1;
    end = closing(text, open);
  }
  return position(text, file, found);
}
