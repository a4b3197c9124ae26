import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { foldMarkdown } from '../src/github/comment-body.js';
import { renderMarkdown, renderWithin, topMoves } from '../src/report/markdown.js';
import type { Report } from '../src/report/report.js';
import { reportOf, yaml } from './helpers/workspace.js';

// Workload wN runs N+1 hours at 1 kW, PUE 1 and 1000 g/kWh: N+1 kg.
const report = await reportOf({
  'carbon-budget.yml': yaml(
    'defaults: { pue: 1, intensity: 1000 g/kWh }',
    'workloads:',
    ...Array.from(
      { length: 300 },
      (_, i) => `  - { name: w${String(i)}, kind: training, power: 1 kW, accelerator-hours: ${String(i + 1)} }`,
    ),
  ),
});

describe('markdown within a length', () => {
  it('is the full rendering when it fits, to the character, and nothing when one character over', () => {
    const full = renderMarkdown(report);
    expect(renderWithin(report, {}, full.length)).toBe(full);
    expect(renderWithin(report, {}, full.length - 1)).toBeUndefined();
    const folded = renderMarkdown(report, { omitMethod: true, maxRows: 10 });
    expect(renderWithin(report, { omitMethod: true, maxRows: 10 }, folded.length)).toBe(folded);
    expect(renderWithin(report, { omitMethod: true, maxRows: 10 }, folded.length - 1)).toBeUndefined();
  });

  it('folds to the largest rows that fit, in file order, and sums the rest', () => {
    // 200 rows of about 55 characters do not fit in 9,000; 100 do.
    const text = foldMarkdown(report, 10_000, 'NOTE', 'the job summary').text;
    expect(text.length).toBeLessThanOrEqual(9_000);
    const rows = text.split('\n').filter((l) => /^\| w\d+ \|/.test(l));
    // The 100 largest are w200..w299 (201 to 300 kg), shown in the file's order.
    expect(rows).toHaveLength(100);
    expect(rows[0]).toMatch(/^\| w200 \|.*\| 201 kgCO2e \|/);
    expect(rows[99]).toMatch(/^\| w299 \|/);
    // Hidden: 1 + ... + 200 = 20,100 kg, and as many kWh.
    expect(text).toContain('| …and 200 more (all in the job summary) | | | 20.1 MWh | 20.1 tCO2e | |');
    expect(text).not.toContain('How these figures were worked out');
    expect(text.endsWith('\nNOTE\n')).toBe(true);
    // Folding again (the comment after the job summary) gives the same text.
    expect(foldMarkdown(report, 10_000, 'NOTE', 'the job summary').text).toBe(text);
  });

  it('keeps every row, leaving out only the method, when that is what does not fit', () => {
    const full = renderMarkdown(report);
    const allRows = renderMarkdown(report, { omitMethod: true });
    // The fold keeps 1,000 characters spare, and the note takes its length and two line breaks.
    const limit = allRows.length + 1_000 + 'NOTE'.length + 2;
    expect(limit).toBeLessThan(full.length);
    const folded = foldMarkdown(report, limit, 'NOTE');
    expect(folded).toEqual({ text: `${allRows}\nNOTE\n`, allRows: true, method: false });
    expect(folded.text).toContain('| w0 |');
    expect(folded.text).toContain('| w299 |');
    expect(folded.text).not.toContain('…and');
    // One character less, and the rows are folded: said to be in the JSON report unless told otherwise.
    const fewer = foldMarkdown(report, limit - 1, 'NOTE');
    expect(fewer.allRows).toBe(false);
    expect(fewer.text).toMatch(/\| …and \d+ more \(all in the JSON report\) \|/);
  });

  it('keeps everything, method included, when it fits', () => {
    expect(foldMarkdown(report, 1024 * 1024)).toEqual({ text: renderMarkdown(report), allRows: true, method: true });
  });
});

describe('the greener moves shown', () => {
  it('are the three largest savings, the earlier declared first on a tie, as a stable sort gives them', () => {
    // Savings from a few values (ties are common), and workloads without any cleaner region.
    const savings = fc.array(fc.option(fc.constantFrom(1, 2, 3, 5, 8), { nil: undefined }), { maxLength: 12 });
    fc.assert(
      fc.property(savings, (kgs) => {
        const workloads = kgs.map((kg, i) => ({
          name: `w${String(i)}`,
          ...(kg === undefined
            ? {}
            : { alternatives: [{ region: 'aws:x', location: 'X', gPerKwh: 1, savingKg: kg, savingShare: 0.5 }] }),
        }));
        const expected = workloads
          .filter((w) => w.alternatives !== undefined)
          .sort((a, b) => (b.alternatives?.[0]?.savingKg ?? 0) - (a.alternatives?.[0]?.savingKg ?? 0))
          .slice(0, 3)
          .map((w) => w.name);
        expect(topMoves({ workloads } as unknown as Report).map((m) => m.workload.name)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
