import { describe, expect, it } from '@jest/globals';
import { readReferenceYaml } from '../src/config/yaml-reference.js';
import { yaml } from './helpers/workspace.js';

function problems(text: string): string[] {
  const read = readReferenceYaml(text);
  return read.ok ? [] : read.problems.map((p) => `${p.at.line}:${p.at.column}: ${p.message}`);
}

describe('YAML syntax errors, said once each, where the mistake is, with what to do', () => {
  it('says tabs once for the whole file, naming the lines', () => {
    // Tabs indent lines 2 to 7: one problem, at the first, naming the five others.
    const tabbed = yaml(
      'workloads:',
      ...['- name: a', '  kind: training', '  power: 1', '  count: 1', '  hours: 1', '  x: 1'].map((l) => `\t${l}`),
    );
    expect(problems(tabbed)).toEqual([
      '2:1: YAML syntax: a tab indents this line and 5 more (lines 3, 4, 5, 6, 7), and YAML indents with spaces ' +
        'only: replace the tabs with spaces (most editors can do it for the whole file)',
    ]);
    // Past eight lines, the rest are counted.
    const many = yaml('a:', ...Array.from({ length: 12 }, (_, i) => `\tk${i}: 1`));
    expect(problems(many)[0]).toContain('this line and 11 more (lines 3, 4, 5, 6, 7, 8, 9, 10, ...)');
  });

  it('points at the quote or bracket left open, past escaped quotes, comments and closed pairs', () => {
    expect(
      problems(
        yaml('a: "say \\"hi\\""', '# a "quote in a comment', "b: 'it''s'", 'c: [1, {d: 2}]', 'e: "open', 'f: 1'),
      ),
    ).toEqual([
      '5:4: YAML syntax: the quote `"` opened here is never closed: ' +
        'end the value with `"` (YAML read on to the end of the file looking for it)',
    ]);
    // `don't` is text, not a quote; the `'` that opens `b`'s value is at line 2, column 4.
    expect(problems(yaml("a: don't", "b: 'open", 'c: 1'))[0]).toMatch(/^2:4: YAML syntax: the quote `'` opened here/);
    // The `[` of line 1 is closed; the one at line 2, column 4 is not.
    expect(problems(yaml('a: [1, 2]', 'b: [3, 4', 'c: 1'))).toEqual([
      '2:4: YAML syntax: the `[` here is not closed: ' +
        'end the list with `]` (on its line, or on lines indented further than its key)',
    ]);
  });

  it('says one thing for a line the parser reports twice', () => {
    // `kind` indented past `name` makes `a kind` one key to YAML: two parser errors, one mistake.
    expect(problems(yaml('workloads:', '  - name: a', '      kind: training'))).toEqual([
      '2:11: YAML syntax: the next line is indented further than the key on this one, so YAML reads them as one ' +
        'key: indent every key of a mapping by the same number of spaces',
    ]);
  });

  it('says what a line without a colon needs', () => {
    expect(problems(yaml('workloads:', '  - name: a', '    kind training'))).toEqual([
      '3:5: YAML syntax: this line has no colon: write a key, a colon and a space, then the value (`key: value`)',
    ]);
  });
});
