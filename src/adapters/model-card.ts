import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../config/diagnostics.js';
import { printable } from '../text/printable.js';
import { LineIndex } from '../text/line-index.js';

// A Hugging Face model card (README.md) holds its metadata in YAML front matter. Emissions are
// `co2_eq_emissions`, in grams of CO2e, as a plain number or as a mapping with `emissions` and
// `source`, `training_type`, `geographical_location`, `hardware_used` (hub-docs model-cards-co2.md;
// huggingface.js packages/hub/src/types/api/api-model.ts types it `number | { emissions: number; ... }`).

export const CARD_KEY = 'co2_eq_emissions';

/** What a card reports, with where its figure is written. */
export interface CardFigure {
  readonly grams: number;
  readonly line: number;
  readonly column: number;
  readonly source?: string;
  readonly trainingType?: string;
  readonly geographicalLocation?: string;
  readonly hardwareUsed?: string;
}

export interface CardReading {
  readonly figure?: CardFigure;
  readonly diagnostics: readonly Diagnostic[];
}

interface FrontMatter {
  /** Offset of the first character of the YAML, and of the closing `---` line. */
  readonly start: number;
  readonly end: number;
  /** 1-based line of the opening `---`. */
  readonly openLine: number;
}

type Located<T> = { ok: true; value: T } | { ok: false; line: number; message: string };

/** The front matter: a `---` line first (after blank lines), then YAML, then a `---` line. */
function frontMatter(text: string): Located<FrontMatter> {
  const lines = text.split('\n');
  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  let index = 0;
  const lineText = (i: number) => (lines[i] ?? '').replace(/\r$/, '').replace(/^\uFEFF/, '');
  while (index < lines.length && lineText(index).trim() === '' && index < lines.length - 1) {
    offset += (lines[index] ?? '').length + 1 - (index === 0 && text.startsWith('\uFEFF') ? 1 : 0);
    index++;
  }
  if (!/^---[ \t]*$/.test(lineText(index)))
    return {
      ok: false,
      line: 1,
      message:
        'no YAML front matter: a model card keeps its metadata between two `---` lines at the top of the file ' +
        '(`carbon-budget model-card --write` adds it)',
    };
  const openLine = index + 1;
  offset += (lines[index] ?? '').length + 1 - (index === 0 && text.startsWith('\uFEFF') ? 1 : 0);
  const start = offset;
  for (let i = index + 1; i < lines.length; i++) {
    if (/^---[ \t]*$/.test(lineText(i))) return { ok: true, value: { start, end: offset, openLine } };
    offset += (lines[i] ?? '').length + 1;
  }
  return {
    ok: false,
    line: openLine,
    message: 'the front matter opened here is never closed: end it with a line `---`',
  };
}

function parseFrontMatter(text: string, fm: FrontMatter): Located<Document> {
  const yaml = text.slice(fm.start, fm.end);
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false });
  const error = doc.errors[0];
  if (error !== undefined) {
    const { line } = new LineIndex(text).at(fm.start + error.pos[0]);
    // The parser's text may quote the card; only its first clause is kept.
    return { ok: false, line, message: `YAML syntax in the front matter: ${error.message.split(/[:\n]/)[0] ?? ''}` };
  }
  return { ok: true, value: doc };
}

function stringField(map: Node, key: string): string | undefined {
  if (!isMap(map)) return undefined;
  const value = map.get(key, true);
  return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
}

/** A text like `12.5 kg` or `3 t`: the figure in grams, to suggest. */
function gramsOf(text: string): number | undefined {
  const match = /^\s*([0-9][0-9_,]*(?:\.[0-9]+)?)\s*(g|kg|t|tonnes?)\b/i.exec(text);
  if (match === null) return undefined;
  const value = Number((match[1] ?? '').replace(/[_,]/g, ''));
  const unit = (match[2] ?? '').toLowerCase();
  return value * (unit === 'g' ? 1 : unit === 'kg' ? 1000 : 1e6);
}

/**
 * The `co2_eq_emissions` a model card reports (`file` is its path as shown), or a problem at its
 * line and column: no front matter, no such key, a figure that is not a number of grams.
 */
export function readModelCard(text: string, file: string): CardReading {
  const problem = (line: number, column: number, message: string): CardReading => ({
    diagnostics: [{ file, line, column, message }],
  });
  const fm = frontMatter(text);
  if (!fm.ok) return problem(fm.line, 1, fm.message);
  const parsed = parseFrontMatter(text, fm.value);
  if (!parsed.ok) return problem(parsed.line, 1, parsed.message);
  const doc = parsed.value;
  const root = doc.contents;
  const lines = new LineIndex(text);
  const at = (node: Node | null | undefined) => lines.at(fm.value.start + (node?.range?.[0] ?? 0));
  if (root !== null && !isMap(root)) {
    const where = at(root);
    return problem(where.line, where.column, 'the front matter is not a mapping of metadata keys');
  }
  const pair = root?.items.find((p) => isScalar(p.key) && p.key.value === CARD_KEY) as Pair<Node, Node> | undefined;
  if (pair === undefined)
    return problem(
      fm.value.openLine,
      1,
      `the front matter has no \`${CARD_KEY}\`: add the card's emissions in grams ` +
        '(`carbon-budget model-card --write` writes the estimate)',
    );
  const value = pair.value;
  const figureNode = isMap(value) ? (value.get('emissions', true) as Node | undefined) : value;
  const where = at(figureNode ?? pair.key);
  if (isMap(value) && figureNode === undefined)
    return problem(where.line, where.column, `\`${CARD_KEY}\` needs \`emissions\`, a number of grams of CO2e`);
  const raw = isScalar(figureNode) ? figureNode.value : undefined;
  if (typeof raw !== 'number') {
    const shown =
      typeof raw === 'string' ? `text \`${printable(raw.slice(0, 60))}\`` : isSeq(figureNode) ? 'a list' : 'nothing';
    const grams = typeof raw === 'string' ? gramsOf(raw) : undefined;
    const hint = grams === undefined ? '' : `: write \`${String(grams)}\``;
    const key = isMap(value) ? `\`${CARD_KEY}.emissions\`` : `\`${CARD_KEY}\``;
    return problem(
      where.line,
      where.column,
      `${key} must be a number of grams of CO2e, as the Hub's specification has it, got ${shown}${hint}`,
    );
  }
  if (!Number.isFinite(raw) || raw < 0)
    return problem(where.line, where.column, `emissions must be a number of grams of 0 or more, got ${String(raw)}`);
  const figure: { -readonly [K in keyof CardFigure]: CardFigure[K] } = { grams: raw, ...where };
  if (isMap(value)) {
    const source = stringField(value, 'source');
    const trainingType = stringField(value, 'training_type');
    const location = stringField(value, 'geographical_location');
    const hardware = stringField(value, 'hardware_used');
    if (source !== undefined) figure.source = source;
    if (trainingType !== undefined) figure.trainingType = trainingType;
    if (location !== undefined) figure.geographicalLocation = location;
    if (hardware !== undefined) figure.hardwareUsed = hardware;
  }
  return { figure, diagnostics: [] };
}

/** The block carbon-budget writes, in the Hub's key order; a field left out is not written. */
export interface CardBlock {
  readonly emissions: number;
  readonly source: string;
  readonly training_type?: string;
  readonly geographical_location?: string;
  readonly hardware_used?: string;
}

const BLOCK_KEYS = ['emissions', 'source', 'training_type', 'geographical_location', 'hardware_used'] as const;

/** A value as YAML writes it; inside a flow mapping, text is double-quoted (a comma would end it). */
function scalarText(value: string | number, flow: boolean): string {
  if (flow && typeof value === 'string') return JSON.stringify(value);
  return stringify(value).replace(/\n$/, '');
}

function entries(block: CardBlock, flow = false): [string, string][] {
  return BLOCK_KEYS.flatMap((key) => {
    const value = block[key];
    return value === undefined ? [] : [[key, scalarText(value, flow)] as [string, string]];
  });
}

/** The block as YAML lines, ready to paste into a card's front matter. */
export function cardBlockYaml(block: CardBlock, newline = '\n', indent = '  '): string {
  return [`${CARD_KEY}:`, ...entries(block).map(([k, v]) => `${indent}${k}: ${v}`)].join(newline) + newline;
}

interface Edit {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at))
    out = out.slice(0, edit.at) + edit.text + out.slice(edit.end);
  return out;
}

/** Where the line holding `offset - 1` ends (after its line break). */
function afterLine(text: string, offset: number): number {
  if (text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** The edits that set the block's keys in an existing `co2_eq_emissions` mapping. */
function mappingEdits(text: string, base: number, map: Node, block: CardBlock, newline: string): Edit[] {
  if (!isMap(map)) return [];
  const edits: Edit[] = [];
  const pairs = map.items as Pair<Node, Node | null>[];
  const added: [string, string][] = [];
  for (const [key, value] of entries(block, map.flow === true)) {
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === key);
    const range = pair?.value?.range ?? undefined;
    if (pair === undefined || range === undefined) {
      if (pair === undefined) added.push([key, value]);
      else {
        // `key:` with nothing after it.
        const keyEnd = (pair.key.range?.[1] ?? 0) + base;
        const colon = text.indexOf(':', keyEnd);
        edits.push({ at: colon + 1, end: colon + 1, text: ` ${value}` });
      }
      continue;
    }
    const at = base + range[0];
    const end = base + range[1];
    edits.push({ at, end, text: at === end && text[at - 1] === ':' ? ` ${value}` : value });
  }
  if (added.length === 0) return edits;
  const range = map.range ?? [0, 0, 0];
  if (map.flow) {
    // Before the closing brace, after a comma unless there is one (or nothing) already.
    const close = text.lastIndexOf('}', base + range[1]);
    const before = text.slice(base + range[0] + 1, close).trimEnd();
    const lead = before === '' || before.endsWith(',') ? ' ' : ', ';
    edits.push({ at: close, end: close, text: `${lead}${added.map(([k, v]) => `${k}: ${v}`).join(', ')} ` });
    return edits;
  }
  const last = pairs[pairs.length - 1];
  const lastEnd = base + (last?.value?.range?.[1] ?? last?.key.range?.[1] ?? range[1]);
  const firstKey = base + (pairs[0]?.key.range?.[0] ?? range[0]);
  const indent = ' '.repeat(firstKey - (text.lastIndexOf('\n', firstKey - 1) + 1));
  const at = afterLine(text, lastEnd);
  const prefix = text[at - 1] === '\n' || at === 0 ? '' : newline;
  edits.push({ at, end: at, text: prefix + added.map(([k, v]) => `${indent}${k}: ${v}${newline}`).join('') });
  return edits;
}

export type CardUpdate = { ok: true; text: string } | { ok: false; message: string };

/**
 * The card with `co2_eq_emissions` set to the block and every other byte as it was: keys set in
 * place in an existing mapping (comments, quoting and order kept), a plain number replaced by the
 * mapping, the key added at the end of the front matter, or a front matter added at the top.
 * Checked by reading the result back: the block reads as written, and every other key as before.
 */
export function updateModelCard(text: string, block: CardBlock): CardUpdate {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const fm = frontMatter(text);
  let updated: string;
  if (!fm.ok && fm.line === 1 && fm.message.startsWith('no YAML front matter')) {
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    updated = `${bom}---${newline}${cardBlockYaml(block, newline)}---${newline}${text.slice(bom.length)}`;
  } else {
    if (!fm.ok) return { ok: false, message: `line ${fm.line}: ${fm.message}` };
    const parsed = parseFrontMatter(text, fm.value);
    if (!parsed.ok) return { ok: false, message: `line ${parsed.line}: ${parsed.message}` };
    const root = parsed.value.contents;
    if (root !== null && !isMap(root))
      return { ok: false, message: 'the front matter is not a mapping of metadata keys' };
    const pair = root?.items.find((p) => isScalar(p.key) && p.key.value === CARD_KEY) as
      Pair<Node, Node | null> | undefined;
    const base = fm.value.start;
    if (pair === undefined) {
      const at = fm.value.end;
      const prefix = at === fm.value.start || text[at - 1] === '\n' ? '' : newline;
      updated = applyEdits(text, [{ at, end: at, text: prefix + cardBlockYaml(block, newline) }]);
    } else if (isMap(pair.value)) {
      updated = applyEdits(text, mappingEdits(text, base, pair.value, block, newline));
    } else {
      // A plain number (or nothing): the mapping in its place, indented under the key, which keeps
      // its comment: `co2_eq_emissions: 5  # grams` becomes `co2_eq_emissions:  # grams` and the lines below.
      const keyStart = base + (pair.key.range?.[0] ?? 0);
      const keyIndent = ' '.repeat(keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1));
      const lines = entries(block)
        .map(([k, v]) => `${newline}${keyIndent}  ${k}: ${v}`)
        .join('');
      const range = pair.value?.range ?? undefined;
      const colon = text.indexOf(':', base + (pair.key.range?.[1] ?? 0));
      const end = range === undefined ? colon + 1 : base + range[1];
      const lineEnd = text.indexOf('\n', end);
      const at = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      updated = applyEdits(text, [
        { at: colon + 1, end, text: '' },
        { at, end: at, text: lines },
      ]);
    }
  }
  return checked(text, updated, block);
}

function otherKeys(text: string): string | undefined {
  const fm = frontMatter(text);
  if (!fm.ok) return '[]';
  const parsed = parseFrontMatter(text, fm.value);
  if (!parsed.ok) return undefined;
  const data: unknown = parsed.value.toJS();
  if (data === null || data === undefined) return '[]';
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  return JSON.stringify(Object.entries(data).filter(([key]) => key !== CARD_KEY));
}

function checked(before: string, after: string, block: CardBlock): CardUpdate {
  const read = readModelCard(after, 'card');
  const figure = read.figure;
  const same =
    figure !== undefined &&
    figure.grams === block.emissions &&
    figure.source === block.source &&
    (block.training_type === undefined || figure.trainingType === block.training_type) &&
    (block.geographical_location === undefined || figure.geographicalLocation === block.geographical_location) &&
    (block.hardware_used === undefined || figure.hardwareUsed === block.hardware_used);
  const kept = otherKeys(before);
  if (!same || kept === undefined || otherKeys(after) !== kept)
    return {
      ok: false,
      message:
        `the front matter is written in a way carbon-budget cannot update in place; ` +
        `replace its \`${CARD_KEY}\` by hand with the block printed without --write`,
    };
  return { ok: true, text: after };
}
