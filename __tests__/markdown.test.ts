import { describe, expect, it } from '@jest/globals';
import { foldedMarkdown } from '../src/github/comment-body.js';
import { renderMarkdown, renderWithin } from '../src/report/markdown.js';
import { reportOf, yaml } from './helpers/workspace.js';

// Workload wN runs N+1 hours at 1 kW, PUE 1 and 1000 g/kWh: N+1 kg.
const report = await reportOf({
  'carbon-budget.yml': yaml('defaults: { pue: 1, intensity: 1000 g/kWh }', 'workloads:', ...Array.from({ length: 300 }, (_, i) => `  - { name: w${String(i)}, kind: training, power: 1 kW, accelerator-hours: ${String(i + 1)} }`)),
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
    const text = foldedMarkdown(report, 10_000, 'NOTE');
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
    expect(foldedMarkdown(report, 10_000, 'NOTE')).toBe(text);
  });

  it('keeps everything, method included, when it fits', () => {
    expect(foldedMarkdown(report, 1024 * 1024)).toBe(renderMarkdown(report));
  });
});
