import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Alias,
  type Pair,
  type ParsedNode,
  type YAMLError,
  type YAMLWarning,
} from 'yaml';
import { syntaxProblems, type ParserError } from './yaml-errors.js';
import { PositionFinder, type Position, type Positions } from './yaml-positions.js';

// The reference reading of a workload file, with the `yaml` package: every syntax error with its
// position and a message of carbon-budget's own, anchors and aliases with a bound on what they
// expand to, merge keys. The loader uses it when the fast path (yaml-fast.ts) steps aside.
//
// The data is built here rather than by `yaml`'s toJS, whose bound counts the uses of each anchor
// but not what they expand to (a mapping of 1,000 keys aliased 999 times passed it, and took
// 450 MB to validate), and which looks each alias up in a list of every anchor and alias before
// it (20,000 anchors, each used once, took 10 s). Here an alias is found in a map, its value is
// shared rather than copied, and what aliases add to the file is counted as it is read.

/**
 * How many nodes (keys, values, list items and the collections themselves) aliases may add to a
 * file, counted through nested aliases and merge keys. Ordinary reuse (a region on every workload,
 * defaults merged into a thousand workloads) stays far below; an alias bomb is refused when it
 * crosses the bound, before anything is validated.
 */
export const MAX_ALIASED_NODES = 100_000;

/** A file with more YAML problems than this lists these and counts the rest, as the loader does. */
const MAX_PROBLEMS = 100;

/** What a workload file holds: the YAML 1.2 core schema's tags, which `yaml` applies itself. */
const CORE_TAGS = ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'];
/** YAML 1.1 types, named in the message (their names are YAML's, not the file's text). */
const OTHER_STANDARD_TAGS = ['binary', 'timestamp', 'set', 'omap', 'pairs', 'merge', 'value', 'yaml'];
const STANDARD_PREFIX = 'tag:yaml.org,2002:';
const PLAIN_DATA = 'a workload file holds only text, numbers, true/false, lists and mappings';
const NESTED_TOO_DEEPLY = 'YAML: the file is nested too deeply to read; a workload file needs only a few levels';
const VERSION_MESSAGE =
  'YAML: workload files are read as YAML 1.2 only (where `010` is ten, `1:30` is text and `yes` is not ' +
  'true): remove the `%YAML` directive';

/** The parser's errors, each mistake once with what to do (yaml-errors.ts), and the ones said here. */
function parserProblems(errors: readonly YAMLError[], text: string, positions: PositionFinder): Problem[] {
  const own: Problem[] = [];
  const rest: ParserError[] = [];
  for (const error of errors) {
    const at = positions.offset(error.pos[0]);
    // Deep nesting runs the parser out of stack, which it reports either as the call stack or, when
    // a regular expression is what ran out (depending on how deep the stack already was), as that.
    if (/call stack|stack overflow/i.test(error.message)) {
      if (!own.some((p) => p.message === NESTED_TOO_DEEPLY)) own.push({ at, message: NESTED_TOO_DEEPLY });
    } else if (error.code === 'MULTIPLE_DOCS') {
      own.push({
        at,
        message:
          'YAML syntax: a workload file holds one YAML document; ' +
          'remove the `---` separator or move the second document to its own file',
      });
    } else rest.push({ code: error.code, message: error.message, offset: error.pos[0] });
  }
  const said = syntaxProblems(rest, text).map((p) => ({ at: positions.offset(p.offset), message: p.message }));
  return [...own, ...said].sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}

/**
 * What `yaml` only warns about but carbon-budget refuses: a tag it does not read (which `yaml`
 * would skip, keeping the text). The tag itself is named only when it is one of YAML's own, so
 * that no text of a file that is not YAML is quoted.
 */
function warningMessage(warning: YAMLWarning): string | undefined {
  if (warning.code !== 'TAG_RESOLVE_FAILED') return undefined;
  const tag = /^Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? '';
  const name = tag.startsWith(STANDARD_PREFIX) ? tag.slice(STANDARD_PREFIX.length) : undefined;
  if (name !== undefined && CORE_TAGS.includes(name)) {
    return `YAML: the value does not fit its tag \`!!${name}\`: remove the tag, or write a value of that type`;
  }
  const which = name !== undefined && OTHER_STANDARD_TAGS.includes(name) ? `the tag \`!!${name}\`` : 'a custom tag';
  return `YAML: ${which} is not read (${PLAIN_DATA}): remove the tag`;
}

/**
 * A key written twice, said without quoting it: a syntax error never copies the file's text (a
 * file that is not a workload file may be a credentials file), and the positions name it.
 */
function duplicateKeyMessage(first: Position): string {
  return (
    `YAML syntax: this key is written twice in one mapping (first at line ${first.line}, column ${first.column}): ` +
    'keep one of them'
  );
}

/** A place in the file, with what is wrong there, that stops the reading. */
class Refusal extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || (key.type !== undefined && key.type !== 'PLAIN')) return false;
  const { value } = key;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}

/** Sets a key as `yaml` does: `__proto__` and other inherited names become own properties. */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key in map) Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/**
 * Builds the data of a document as `yaml`'s toJS would (YAML 1.2 core schema, merge keys, keys as
 * text), in one pass in document order. An anchor names the last node that carries it, as in
 * `yaml`; an alias takes the value built for that node.
 */
class DataBuilder {
  private readonly anchors = new Map<string, ParsedNode>();
  /** The value of each anchored node read so far; a node still being read has none. */
  private readonly values = new Map<ParsedNode, unknown>();
  /** The nodes each anchored node stands for, its aliases expanded. */
  private readonly sizes = new Map<ParsedNode, number>();
  /** Nodes read so far, aliases expanded. */
  private nodes = 0;
  /** Nodes that aliases have added so far. */
  private aliased = 0;
  /** Where the node being read starts, for a stack overflow. */
  private at = 0;
  /** Each key that a mapping already has: where it is written again, and where first. */
  readonly duplicates: { readonly offset: number; readonly first: number }[] = [];

  build(node: ParsedNode | null): unknown {
    try {
      return node === null ? null : this.node(node);
    } catch (error) {
      if (error instanceof RangeError) throw new Refusal(this.at, NESTED_TOO_DEEPLY);
      throw error;
    }
  }

  private offset(node: { range?: readonly number[] | null | undefined }): number {
    return node.range?.[0] ?? this.at;
  }

  private node(node: ParsedNode): unknown {
    if (isAlias(node)) return this.alias(node);
    this.at = this.offset(node);
    const { anchor } = node;
    if (anchor !== undefined) this.anchors.set(anchor, node);
    const before = this.nodes;
    this.nodes++;
    let value: unknown;
    if (isScalar(node)) value = node.value;
    else if (isMap(node)) {
      value = this.mapping(node.items);
    } else if (isSeq(node)) {
      const list: unknown[] = [];
      for (const item of node.items) {
        if (isPair(item)) {
          // A pair in a flow sequence (`[a: 1]`) is a mapping of one key.
          list.push(this.mapping([item as Pair<ParsedNode | null, ParsedNode | null>]));
        } else list.push(this.node(item));
      }
      value = list;
    }
    if (anchor !== undefined) {
      this.values.set(node, value);
      this.sizes.set(node, this.nodes - before);
    }
    return value;
  }

  /** The value of the node an alias names, counted as the nodes it adds to the file. */
  private alias(alias: Alias.Parsed): unknown {
    const offset = this.offset(alias);
    const target = this.anchors.get(alias.source);
    if (target === undefined) {
      throw new Refusal(
        offset,
        `YAML: the alias \`*${alias.source}\` refers to no anchor \`&${alias.source}\` before it`,
      );
    }
    const size = this.sizes.get(target);
    if (size === undefined) {
      throw new Refusal(
        offset,
        `YAML: the alias \`*${alias.source}\` is inside the node \`&${alias.source}\` it refers to, ` +
          'which would repeat it without end: write the value out',
      );
    }
    this.nodes += size;
    this.aliased += size;
    if (this.aliased > MAX_ALIASED_NODES) {
      throw new Refusal(
        offset,
        `YAML: aliases expand to too much data: with this one, they add more than ` +
          `${MAX_ALIASED_NODES.toLocaleString('en-US')} keys, values and items to the file; ` +
          'write the values out or use fewer aliases',
      );
    }
    return this.values.get(target);
  }

  /**
   * A mapping's data. Keys are checked for uniqueness here, as text, rather than by `yaml`, which
   * compares each key with every key before it (30,000 keys took 5 s, a 1 MB file a minute).
   */
  private mapping(pairs: readonly Pair<ParsedNode | null, ParsedNode | null>[]): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    // Keys taken from a merge key, which a key written in the mapping replaces.
    let merged: Set<string> | undefined;
    // Where each key is first written, for a message about one written twice.
    const firstAt = new Map<string, number>();
    for (const { key, value } of pairs) {
      if (isMergeKey(key)) {
        this.nodes++;
        for (const taken of this.merge(map, value)) (merged ??= new Set()).add(taken);
        continue;
      }
      const text = key === null ? '' : this.key(key);
      if (Object.prototype.hasOwnProperty.call(map, text) && merged?.delete(text) !== true) {
        const offset = key === null ? this.at : this.offset(key);
        this.duplicates.push({ offset, first: firstAt.get(text) ?? offset });
      } else firstAt.set(text, key === null ? this.at : this.offset(key));
      setKey(map, text, value === null ? null : this.node(value));
    }
    return map;
  }

  /** A key as text, as `yaml` makes it: `1` is `"1"`, `null` and an empty key are `""`. */
  private key(node: ParsedNode): string {
    const key = this.node(node);
    if (typeof key === 'string') return key;
    if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') return String(key);
    if (key === null || key === undefined) return '';
    if (typeof key === 'symbol') return key.description ?? '';
    throw new Refusal(this.offset(node), 'YAML: a key is a list or a mapping; a key must be text, such as `name`');
  }

  /**
   * A merge key (`<<`) takes the keys of a mapping, or of each mapping of a list (the first one
   * that has a key wins), that the mapping does not have already.
   */
  private merge(map: Record<string, unknown>, value: ParsedNode | null): string[] {
    const taken: string[] = [];
    const data = value === null ? null : this.node(value);
    for (const source of Array.isArray(data) ? (data as unknown[]) : [data]) {
      if (source === null || typeof source !== 'object' || Array.isArray(source)) {
        throw new Refusal(
          value === null ? this.at : this.offset(value),
          'YAML: a merge key `<<` takes a mapping or a list of mappings, e.g. `<<: *defaults`',
        );
      }
      for (const [key, item] of Object.entries(source)) {
        if (Object.prototype.hasOwnProperty.call(map, key)) continue;
        setKey(map, key, item);
        taken.push(key);
      }
    }
    return taken;
  }
}

type Problem = { at: Position; message: string; count?: number };

/** The first problems, with one more line that counts the rest. */
function capped(problems: readonly Problem[]): Problem[] {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const firstHidden = problems[MAX_PROBLEMS];
  if (firstHidden !== undefined) {
    const more = problems.length - MAX_PROBLEMS;
    shown.push({
      at: firstHidden.at,
      message:
        `and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'} in this file, ` +
        'not listed: fix these first',
      count: more,
    });
  }
  return shown;
}

/** A file's YAML read by `yaml`: its data and positions, or its problems. */
export function readReferenceYaml(
  text: string,
): { ok: true; value: unknown; positions: Positions; empty: boolean } | { ok: false; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    // Checked while the data is built (DataBuilder.mapping).
    uniqueKeys: false,
    merge: true,
    // `!!binary`, `!!timestamp`, `!!set`, `!!omap` and `!!pairs` would become a Uint8Array, a
    // Date, a Set...: left unresolved, they are refused with the other tags.
    resolveKnownTags: false,
    // Nothing printed: every warning that matters is a problem here (not 'silent', which hides a second document).
    logLevel: 'error',
  });
  const positions = new PositionFinder(doc, lines);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: capped(parserProblems(doc.errors, text, positions)),
    };
  }
  // A `%YAML 1.1` directive changes how every value reads: refused alone, before what it would
  // change. `yaml` reads another version (1.3, 2.0) as 1.2, with a warning.
  const { yaml: version } = doc.directives;
  const otherVersion = doc.warnings.some((w) => w.code === 'BAD_DIRECTIVE' && /YAML version/i.test(w.message));
  if ((version.explicit === true && version.version !== '1.2') || otherVersion) {
    return {
      ok: false,
      problems: [{ at: positions.offset(/^%YAML\b/m.exec(text)?.index ?? 0), message: VERSION_MESSAGE }],
    };
  }
  const refused = doc.warnings.flatMap((warning) => {
    const message = warningMessage(warning);
    return message === undefined ? [] : [{ at: positions.offset(warning.pos[0]), message }];
  });
  if (refused.length > 0) return { ok: false, problems: capped(refused) };
  const builder = new DataBuilder();
  let value: unknown;
  try {
    value = builder.build(doc.contents);
  } catch (error) {
    if (error instanceof Refusal) {
      return { ok: false, problems: [{ at: positions.offset(error.offset), message: error.message }] };
    }
    throw error;
  }
  if (builder.duplicates.length > 0) {
    return {
      ok: false,
      problems: capped(
        builder.duplicates.map(({ offset, first }) => ({
          at: positions.offset(offset),
          message: duplicateKeyMessage(positions.offset(first)),
        })),
      ),
    };
  }
  return { ok: true, value: value ?? {}, positions, empty: doc.contents === null };
}
