import { LineCounter, parseDocument, visit, type Document, type ErrorCode } from 'yaml';
import { PositionFinder, type Position, type Positions } from './yaml-positions.js';

// The reference reading of a workload file, with the `yaml` package: every syntax error with its
// position and a message of carbon-budget's own, anchors and aliases with a bound on expansion,
// merge keys. The loader uses it when the fast path (yaml-fast.ts) steps aside.

// Large enough for ordinary reuse of anchors (a region on every workload), small enough that an
// alias bomb ("billion laughs") is refused before it expands.
const MAX_ALIAS_COUNT = 1000;

function syntaxMessage(code: ErrorCode, message: string): string {
  if (/call stack/i.test(message)) return 'YAML: the file is nested too deeply to read; a workload file needs only a few levels';
  if (code === 'MULTIPLE_DOCS') return 'YAML syntax: a workload file holds one YAML document; remove the `---` separator or move the second document to its own file';
  // The parser quotes the offending text; a file that is not YAML at all (a credentials file, say)
  // must not have its contents copied into logs and comments, so quotes are cut off.
  const first = (message.split('\n')[0] ?? code).replace(/:\s*".*$/, '');
  return `YAML syntax: ${first}`;
}

function toData(doc: Document): { ok: true; value: unknown } | { ok: false; offset: number; message: string } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {} };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let offset = 0;
    let unresolved: string | undefined;
    visit(doc, {
      Alias(_, node) {
        if (node.resolve(doc) === undefined) {
          offset = node.range?.[0] ?? 0;
          unresolved = node.source;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (unresolved !== undefined) return { ok: false, offset, message: `YAML: the alias \`*${unresolved}\` refers to no anchor \`&${unresolved}\` before it` };
    if (/alias/i.test(message)) return { ok: false, offset, message: `YAML: aliases expand to too much data (more than ${MAX_ALIAS_COUNT} aliased nodes); write the values out or use fewer aliases` };
    return { ok: false, offset, message: `YAML: ${message}` };
  }
}

/** A file's YAML read by `yaml`: its data and positions, or its problems. */
export function readReferenceYaml(text: string): { ok: true; value: unknown; positions: Positions; empty: boolean } | { ok: false; problems: { at: Position; message: string }[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  const positions = new PositionFinder(doc, lines);
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((error) => ({ at: positions.offset(error.pos[0]), message: syntaxMessage(error.code, error.message) })) };
  }
  const data = toData(doc);
  if (!data.ok) return { ok: false, problems: [{ at: positions.offset(data.offset), message: data.message }] };
  return { ok: true, value: data.value, positions, empty: doc.contents === null };
}
