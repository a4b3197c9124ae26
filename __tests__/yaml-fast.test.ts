import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { readPlainYaml } from '../src/config/yaml-fast.js';
import { PositionFinder, type Path } from '../src/config/yaml-positions.js';

// The fast path (js-yaml) must read a file exactly as the reference path (`yaml`) does, or step
// aside. These tests compare the two on every file the project has and on generated files.

function reference(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  return { doc, positions: new PositionFinder(doc, lines) };
}

/** Every path into a value: each key and item, at every depth. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...prefix, index], ...paths(item, [...prefix, index])]);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...paths(item, [...prefix, key])]);
  return [];
}

/**
 * Fails unless the fast path either steps aside or agrees with the reference on data and positions; returns whether
 * it read the file.
 */
function agrees(text: string): boolean {
  const fast = readPlainYaml(text);
  if (fast === undefined) return false;
  const { doc, positions } = reference(text);
  expect(doc.errors).toEqual([]);
  expect(fast.value).toEqual(doc.toJS());
  for (const path of paths(fast.value)) {
    expect({ path, at: fast.positions.find(path) }).toEqual({ path, at: positions.find(path) });
    expect({ path, key: fast.positions.find(path, { key: true }) }).toEqual({
      path,
      key: positions.find(path, { key: true }),
    });
  }
  // A path that leads nowhere ends at the deepest part that exists, on both paths.
  expect(fast.positions.find(['workloads', 99, 'missing'])).toEqual(positions.find(['workloads', 99, 'missing']));
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('fast YAML path', () => {
  it('agrees with `yaml` on every example and corpus file it reads, and reads the valid ones', () => {
    const files = [...yamlFiles('examples'), ...yamlFiles('__tests__/corpus')];
    expect(files.length).toBeGreaterThan(60);
    const read = files.filter((file) => agrees(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
    // The examples are plain YAML: the fast path must not fall back on them. A job spec of several
    // documents (Kubernetes manifests) is split at its `---` lines before it is read, a document at a time.
    const single = yamlFiles('examples').filter((file) => !/^---/m.test(readFileSync(file, 'utf8')));
    expect(single.length).toBeGreaterThan(5);
    for (const file of single) expect(read).toContain(file);
  });

  // Anchors, aliases, tags, merge keys, directives, duplicate keys, several documents, tabs, keys that are not text
  // and a second byte-order mark.
  it('steps aside for anchors, aliases, tags, merge keys, directives, duplicate keys and the rest listed above', () => {
    const cases = [
      'defaults: &d { region: aws:us-east-1 }\nworkloads: []\n',
      'a: &x 1\nb: *x\n',
      'workloads:\n  - !!map { name: a }\n',
      'name: !custom value\n',
      'base: { a: 1 }\nother:\n  <<: { a: 2 }\n',
      '%YAML 1.1\n---\na: 1\n',
      'a: 1\na: 2\n',
      'a: 1\n---\nb: 2\n',
      'a: [1, 2\n',
      // Found by review: js-yaml forgives these, `yaml` does not (or reads them otherwise).
      'a: |\n  x\n\t\nb: 1\n',
      'defaults:\n  region:\n\t\n  pue: 1.2\n',
      '---# comment\na: 1\n',
      '---1e3: \n',
      'null: 1\n',
      '~: 1\n',
      '"": 1\nnull: 2\n',
      '1: one\n',
      '\uFEFFa: 1\n',
      '',
      '# only a comment\n',
    ];
    for (const text of cases) expect({ text, fast: readPlainYaml(text) }).toEqual({ text, fast: undefined });
  });

  it('reads numbers, booleans and nulls by the YAML 1.2 core schema, as `yaml` does', () => {
    const scalars = [
      '12',
      '+12',
      '-7',
      '0o17',
      '0x1F',
      '0b101',
      '1_000',
      '1.5',
      '.5',
      '5.',
      '1e3',
      '-2.5E-2',
      '.inf',
      '-.Inf',
      '.NaN',
      'true',
      'False',
      'TRUE',
      'yes',
      'no',
      'on',
      'off',
      '~',
      'null',
      'Null',
      'NULL',
      '',
      '2024-01-01',
      '012',
      '0o8',
      '1,000',
      "'12'",
      '"true"',
      '12 h',
      '0x',
      '+.inf',
    ];
    for (const scalar of scalars)
      expect(agrees(`value: ${scalar}\nlist: [${scalar === '' ? '~' : scalar}]\n`)).toBe(true);
  });

  it('agrees on generated workload files, in block and flow style, with comments and odd spacing', () => {
    const key = fc.stringMatching(/^[a-z][a-z-]{0,11}$/);
    const scalar = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        '12 h',
        '2M/day',
        '0.3 Wh',
        'aws:us-east-1',
        '80%',
        '1,082,990 h',
        'a # not a comment',
        'x: y',
        '- item',
        "it's",
        '"quoted"',
      ),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    })).node;
    const document = fc.record({
      version: fc.constant(1),
      workloads: fc.array(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), { maxLength: 5 }),
      extra: value,
    });
    const style = fc.record({
      flow: fc.integer({ min: 0, max: 3 }),
      indent: fc.integer({ min: 2, max: 4 }),
      comment: fc.boolean(),
    });
    let read = 0;
    fc.assert(
      fc.property(document, style, (data, { flow, indent, comment }) => {
        let text = stringify(data, {
          indent,
          collectionStyle: flow === 0 ? 'flow' : flow === 1 ? 'block' : 'any',
          flowCollectionPadding: flow === 2,
        });
        if (comment) text = text.replace(/\n/g, '  # note\n').replace(/^/, '# head\n\n');
        if (agrees(text)) read++;
      }),
      { numRuns: 300 },
    );
    // The generated files are plain YAML: most must take the fast path, or it is not tested.
    expect(read).toBeGreaterThan(150);
  });

  it('agrees on damaged files: a character dropped, doubled or changed anywhere', () => {
    const texts = [
      readFileSync('examples/acme-ml/carbon-budget.yml', 'utf8'),
      readFileSync('examples/acme-ml/models/llm/carbon-budget.yml', 'utf8').replace(/\n/g, '\r\n'),
      'workloads:\n  - { name: w0, kind: training, accelerator: nvidia-a100-sxm4-80gb, ' +
        'count: 8, hours: 10, region: aws:us-east-1 }\n' +
        '  - { name: w1, kind: inference, requests: 100k/day, energy-per-request: 0.3 Wh, period: 365d }\n',
    ];
    const insertions = [
      '',
      ' ',
      '\n',
      ':',
      '-',
      '#',
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      ',',
      '\t',
      '?',
      '|',
      '>',
      '&',
      '*',
      '!',
      '%',
      '@',
      '`',
      '\r',
      '\\',
      '  ',
      '\n  ',
      '- ',
      ': ',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...insertions),
        fc.boolean(),
        (text, where, insert, drop) => {
          const at = Math.floor(where * (text.length - 1));
          agrees(text.slice(0, at) + insert + text.slice(drop ? at + 1 : at));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
