import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCodeCarbon } from '../src/adapters/codecarbon.js';
import { readModelCard } from '../src/adapters/model-card.js';
import { parseReport } from '../src/github/report-file.js';
import { reportJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/report.js';
import { runCli } from '../src/cli.js';
import { renderTerminal } from '../src/report/terminal.js';
import { problemsOf, reportOf, workspace, yaml } from './helpers/workspace.js';

// Reported (model cards) and measured (CodeCarbon) figures beside the estimates.

const fixture = (path: string) => readFileSync(join('__tests__/fixtures', path), 'utf8');
const V1 = fixture('codecarbon/v1.2-one-run.csv');
const V2 = fixture('codecarbon/v2.2-two-runs.csv');
const V3 = fixture('codecarbon/v3.2-projects-cloud.csv');

// 4 x 500 W x 10 h = 20 kWh IT, at PUE 1 = 20 kWh, x 300 g/kWh = 6 kgCO2e.
const finetune = (...extra: string[]) =>
  yaml(
    'workloads:',
    '  - name: finetune',
    '    kind: training',
    '    power: 500 W',
    '    count: 4',
    '    hours: 10',
    '    pue: 1',
    '    intensity: 300 g/kWh',
    ...extra,
  );

describe('CodeCarbon emissions.csv, read by header name', () => {
  it('sums the runs of a v2.2 file (no experiment_id, no pue): 12.5 + 7.5 kWh, 4.2 + 2.8 kg', () => {
    const { runs, diagnostics } = readCodeCarbon(V2, 'runs/emissions.csv');
    expect(diagnostics).toEqual([]);
    expect(runs.map((r) => [r.line, r.energyKwh, r.co2eKg, r.durationS, r.project, r.location])).toEqual([
      [2, 12.5, 4.2, 36000, 'acme-finetune', 'DEU hesse'],
      [3, 7.5, 2.8, 21600, 'acme-finetune', 'DEU hesse'],
    ]);
    expect(runs.every((r) => r.experiment === undefined && r.pue === undefined)).toBe(true);
  });

  it('reads v3.2 columns (experiment_id, water, utilisation, pue), a cloud region, and a flushed run once', () => {
    const { runs, diagnostics } = readCodeCarbon(V3, 'emissions.csv');
    expect(diagnostics).toEqual([]);
    // Run 1b4e28ba is written twice (flush at 10 kWh, then stop at 30 kWh): its last row counts.
    expect(runs.map((r) => [r.line, r.project, r.experiment, r.energyKwh, r.co2eKg, r.pue, r.location])).toEqual([
      [4, 'acme-7b', '5b0fa12a-3dd7-45bb-9766-cc326314d9f1', 30, 7.08, 1, 'gcp:europe-west4'],
      [3, 'vision-detector', 'ablation', 2, 0.112, 1, 'FRA île-de-france'],
      [5, 'acme-7b', 'lr-sweep', 5, 1.18, 1, 'gcp:europe-west4'],
    ]);
  });

  it('reads a v1.2 file (12 columns, no run_id)', () => {
    const { runs, diagnostics } = readCodeCarbon(V1, 'emissions.csv');
    expect(diagnostics).toEqual([]);
    expect(runs).toEqual([
      {
        line: 2,
        project: 'codecarbon',
        experiment: '3c1b8a47-5f2e-4d19-9a6b-0e7c2d4f8b15',
        durationS: 3600,
        energyKwh: 0.2,
        co2eKg: 0.004,
        location: 'CAN quebec',
      },
    ]);
  });

  it('gives each bad row its line and the column of the bad field', () => {
    const lines = V2.split('\n');
    // `emissions` is the fifth field: after `2023-03-14T19:12:44,acme-finetune,<36-char id>,36000.0,`.
    const bad = (lines[1] ?? '').replace(',36000.0,4.2,', ',36000.0,n/a,');
    const column = '2023-03-14T19:12:44,acme-finetune,8f14e45f-ceea-467f-a0e6-4c1b2a3d5e60,36000.0,'.length + 1;
    expect(readCodeCarbon([lines[0], bad, lines[2]].join('\n'), 'e.csv').diagnostics).toEqual([
      { file: 'e.csv', line: 2, column, message: '`emissions` must be a number (emissions in kgCO2e), got `n/a`' },
    ]);
    // Grams written where CodeCarbon writes kg: 4,200 kg for 12.5 kWh is 336,000 g/kWh.
    const grams = (lines[1] ?? '').replace(',36000.0,4.2,', ',36000.0,4200,');
    expect(readCodeCarbon([lines[0], grams].join('\n'), 'e.csv').diagnostics[0]?.message).toBe(
      '4200 kgCO2e for 12.5 kWh is 336,000 g/kWh, more than any grid emits: CodeCarbon writes `emissions` in kg ' +
        'and `energy_consumed` in kWh; a figure in grams, or energy in MWh, cannot be right here',
    );
    const header = (lines[0] ?? '').replace('energy_consumed', 'energy');
    expect(readCodeCarbon([header, lines[1]].join('\n'), 'e.csv').diagnostics[0]).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringMatching(/^no `energy_consumed` column in the header, so this is not a CodeCarbon/),
    });
    // A row CodeCarbon appended without its empty columns cannot be matched to the header.
    const short = lines[2]?.replace(',,,', ',') ?? '';
    expect(readCodeCarbon([lines[0], short].join('\n'), 'e.csv').diagnostics[0]).toMatchObject({
      line: 2,
      column: 1,
      message: expect.stringMatching(/^this row has 28 fields and the header 30/),
    });
    expect(readCodeCarbon('', 'e.csv').diagnostics[0]?.message).toMatch(/^the file is empty/);
    // A byte-order mark is not part of the first column's name.
    expect(readCodeCarbon(`\uFEFF${V1}`, 'e.csv').runs).toHaveLength(1);
    expect(readCodeCarbon('a,b\n1,"2\n', 'e.csv').diagnostics[0]).toMatchObject({
      line: 2,
      message: 'not CSV as CodeCarbon writes it: a quote opened here is never closed',
    });
  });
});

describe('Hugging Face model cards', () => {
  it('reads the mapping form with the other Hub keys, and the plain number form, in grams', () => {
    expect(readModelCard(fixture('model-cards/hub-keys-mapping.md'), 'README.md')).toEqual({
      figure: {
        grams: 6100,
        line: 10,
        column: 14,
        source: 'ACME training logs',
        trainingType: 'fine-tuning',
        geographicalLocation: 'Hesse, Germany',
        hardwareUsed: '4 A100 GPUs',
      },
      diagnostics: [],
    });
    expect(readModelCard(fixture('model-cards/autotrain-number.md'), 'README.md')).toEqual({
      figure: { grams: 6500, line: 6, column: 19 },
      diagnostics: [],
    });
  });

  it('says what is wrong, where', () => {
    expect(readModelCard('# A card\n', 'm/README.md').diagnostics).toEqual([
      {
        file: 'm/README.md',
        line: 1,
        column: 1,
        message:
          'no YAML front matter: a model card keeps its metadata between two `---` lines at the top of the file ' +
          '(`carbon-budget model-card --write` adds it)',
      },
    ]);
    expect(readModelCard('---\nco2_eq_emissions:\n  emissions: 6.1 kg\n---\n', 'c.md').diagnostics).toEqual([
      {
        file: 'c.md',
        line: 3,
        column: 14,
        message:
          "`co2_eq_emissions.emissions` must be a number of grams of CO2e, as the Hub's specification has it, " +
          'got text `6.1 kg`: write `6100`',
      },
    ]);
    expect(readModelCard('---\nlicense: mit\n---\n', 'c.md').diagnostics[0]).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringMatching(/^the front matter has no `co2_eq_emissions`/),
    });
    expect(readModelCard('---\nco2_eq_emissions: -5\n---\n', 'c.md').diagnostics[0]).toMatchObject({ line: 2 });
    expect(readModelCard('\n---\n---\n', 'c.md').diagnostics[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/^the front matter has no `co2_eq_emissions`/) as unknown as string,
    });
    expect(readModelCard('---\nlicense: mit\n', 'c.md').diagnostics[0]?.message).toMatch(/never closed/);
  });
});

describe('reported and measured beside the estimate', () => {
  it('shows a two-run CSV as measured: 20 kWh, 7 kg; costed at the workload grid, 20 kWh x 300 g = 6 kg', async () => {
    const report = await reportOf({
      'carbon-budget.yml': finetune('    measured: { file: runs/*.csv, project: acme-finetune, grid: workload }'),
      'runs/emissions.csv': V2,
    });
    const w = report.workloads[0];
    expect(w?.co2eKg).toBeCloseTo(6, 10);
    expect(w?.measured).toEqual({
      energyKwh: 20,
      co2eKg: 7,
      runs: 2,
      file: 'runs/emissions.csv',
      line: 2,
      files: ['runs/emissions.csv'],
      durationHours: 16, // 36,000 s + 21,600 s = 57,600 s
      locations: ['DEU hesse'],
      project: 'acme-finetune',
      costed: { gPerKwh: 300, co2eKg: 6 },
      estimateEnergyKwh: 20,
      energyDifferenceShare: 0,
      co2eDifferenceShare: 0,
      counted: false,
    });
    expect(w?.reported).toBeUndefined();
    expect(report.budgets).toEqual([]);
  });

  it('counts the measured figure in budgets only when the file says so', async () => {
    // Estimate 6 kg against a 6.5 kg budget: 92% (warn). Measured 7 kg: over by 0.5 kg.
    const files = (counts: string) => ({
      'carbon-budget.yml': yaml(
        `budgets: { total: 6.5 kg${counts} }`,
        ...finetune('    measured: runs/emissions.csv').split('\n'),
      ),
      'runs/emissions.csv': V2,
    });
    const estimated = await reportOf(files(''));
    expect(estimated.budgets[0]).toMatchObject({ usedKg: expect.closeTo(6, 10) as unknown as number, status: 'warn' });
    expect(estimated.workloads[0]?.measured?.counted).toBe(false);
    const measured = await reportOf(files(', counts: measured'));
    expect(measured.budgets[0]).toMatchObject({
      usedKg: 7,
      status: 'over',
      excessKg: expect.closeTo(0.5, 10) as unknown as number,
    });
    expect(measured.workloads[0]?.measured?.counted).toBe(true);
    // The estimate itself is not replaced.
    expect(measured.workloads[0]?.co2eKg).toBeCloseTo(6, 10);
    expect(measured.totals.co2eKg).toBeCloseTo(6, 10);
    expect(renderTerminal(measured)).toContain(
      'finetune: measured 20 kWh and 7 kgCO2e in 2 CodeCarbon runs in DEU hesse (runs/emissions.csv) ' +
        '(±0% energy, +16.7% CO2e against the estimate); budgets count this measured figure',
    );
  });

  it('filters runs by project and experiment across files of a glob', async () => {
    const report = await reportOf({
      'carbon-budget.yml': finetune('    measured: { file: "runs/**/*.csv", project: acme-7b, experiment: lr-sweep }'),
      'runs/a/emissions.csv': V3,
      'runs/b/emissions.csv': V2,
    });
    expect(report.workloads[0]?.measured).toMatchObject({ energyKwh: 5, co2eKg: 1.18, runs: 1, line: 5 });
    // The same runs in a copy the glob also matches count once: still 12.5 + 7.5 kWh.
    const copied = await reportOf({
      'carbon-budget.yml': finetune('    measured: "runs/**/*.csv"'),
      'runs/a/emissions.csv': V2,
      'runs/b/emissions.csv': V2,
    });
    expect(copied.workloads[0]?.measured).toMatchObject({ energyKwh: 20, runs: 2 });
    const all = await reportOf({
      'carbon-budget.yml': finetune('    measured: { file: "runs/**/*.csv", project: acme-7b }'),
      'runs/a/emissions.csv': V3,
    });
    // 30 kWh (the flushed run, counted once) + 5 kWh; 7.08 + 1.18 kg.
    expect(all.workloads[0]?.measured).toMatchObject({ energyKwh: 35, runs: 2, locations: ['gcp:europe-west4'] });
    expect(all.workloads[0]?.measured?.co2eKg).toBeCloseTo(8.26, 10);
  });

  it('shows a card as reported, in kg, with the difference, and notes kilograms written as grams', async () => {
    const report = await reportOf({
      'carbon-budget.yml': finetune('    reported: models/README.md'),
      'models/README.md': fixture('model-cards/hub-keys-mapping.md'),
    });
    // 6,100 g = 6.1 kg against 6 kg: +1.67%.
    expect(report.workloads[0]?.reported).toEqual({
      co2eKg: 6.1,
      source: 'ACME training logs',
      file: 'models/README.md',
      line: 10,
      trainingType: 'fine-tuning',
      geographicalLocation: 'Hesse, Germany',
      hardwareUsed: '4 A100 GPUs',
      differenceShare: expect.closeTo(0.1 / 6, 10) as unknown as number,
    });
    const kilograms = await reportOf({
      'carbon-budget.yml': finetune('    reported: README.md'),
      'README.md': fixture('model-cards/only-co2-kilograms.md'),
    });
    // 6.1 "g" = 0.0061 kg, about 1/1,000 of 6 kg.
    expect(kilograms.workloads[0]?.reported?.note).toBe(
      "the card's figure is about 1/1,000 of the estimate: the Hub's `co2_eq_emissions` is in grams, " +
        'and a card that wrote kilograms there shows a thousand times too little',
    );
    const markdown = renderMarkdown(kilograms);
    // The table keeps its columns; the figures are in a section under it.
    expect(markdown).toContain('| Workload | Kind | Where | Energy | CO2e | Budget |\n|---|---|---|--:|--:|--:|\n');
    expect(markdown).toContain('**Reported and measured:**');
    expect(markdown).toContain(
      '- finetune: the model card `README.md:3` reports 6.1 gCO2e (−99.9% against the estimate)',
    );
  });

  it('leaves the report as it was for workloads without such figures', async () => {
    const report = await reportOf({ 'carbon-budget.yml': finetune() });
    expect(report.workloads[0]).not.toHaveProperty('reported');
    expect(report.workloads[0]).not.toHaveProperty('measured');
    expect(renderMarkdown(report)).not.toContain('Reported and measured');
    expect(renderTerminal(report)).not.toContain('Reported and measured');
  });

  it('reports a bad card or CSV at its own line and column, and a bad path at the workload', async () => {
    expect(
      await problemsOf({
        'carbon-budget.yml': finetune('    reported: models/README.md', '    measured: runs/missing.csv'),
        'models/README.md': '# no metadata\n',
      }),
    ).toEqual([
      'carbon-budget.yml:10:15: `measured`: runs/missing.csv no such file',
      'models/README.md:1:1: no YAML front matter: a model card keeps its metadata between two `---` lines at the ' +
        'top of the file (`carbon-budget model-card --write` adds it)',
    ]);
    expect(
      await problemsOf({
        'carbon-budget.yml': finetune('    measured: { file: runs/emissions.csv, project: acme-9b }'),
        'runs/emissions.csv': V3,
      }),
    ).toEqual([
      'carbon-budget.yml:9:23: `measured`: no run of project `acme-9b` in runs/emissions.csv ' +
        '(projects there: `acme-7b`, `vision-detector`)',
    ]);
    expect(
      await problemsOf({
        'carbon-budget.yml': finetune('    measured: ../elsewhere/emissions.csv', '    reported: "*.md"'),
      }),
    ).toEqual([
      'carbon-budget.yml:9:15: `measured` `../elsewhere/emissions.csv` points outside the repository; ' +
        'carbon-budget reads only files inside it',
      'carbon-budget.yml:10:15: `reported` names one model card (a README.md), not a glob',
    ]);
    expect(
      await problemsOf({ 'carbon-budget.yml': finetune('    measured: { file: runs/*.csv, grid: cloud }') }),
    ).toEqual(['carbon-budget.yml:9:41: `grid`: must be `codecarbon` or `workload`, got `cloud`']);
  });

  it('keeps the figures in the JSON report a later workflow comments from, and refuses them malformed', async () => {
    const report = await reportOf({
      'carbon-budget.yml': finetune('    reported: README.md', '    measured: runs/emissions.csv'),
      'README.md': fixture('model-cards/autotrain-number.md'),
      'runs/emissions.csv': V2,
    });
    const json = [...reportJson(report)].join('');
    const parsed = parseReport(json);
    expect(parsed.ok && parsed.report.workloads[0]?.measured?.energyKwh).toBe(20);
    expect(parsed.ok && parsed.report.workloads[0]?.reported?.co2eKg).toBe(6.5);
    expect(parseReport(json.replace('"runs":2', '"runs":"two"'))).toMatchObject({ ok: false });
  });

  it('reads the CSV at the base revision for the base side: the increase is measured head minus base', async () => {
    const [header, first] = V2.split('\n');
    const root = workspace({
      'carbon-budget.yml': yaml(
        'budgets: { increase: 5 kg, counts: measured }',
        ...finetune('    measured: runs/emissions.csv').split('\n'),
      ),
      'runs/emissions.csv': `${header}\n${first}\n`,
    });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(root, 'runs/emissions.csv'), V2);
    let out = '';
    const code = await runCli(['estimate', '--base', 'HEAD', '--format', 'json'], {
      cwd: root,
      out: (t) => (out += t),
      err: (t) => (out += t),
    });
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    // Base: one run, 4.2 kg; head: two runs, 4.2 + 2.8 = 7 kg. The increase counts 7 - 4.2 = 2.8 kg.
    expect(report.budgets[0]).toMatchObject({ name: 'increase', status: 'ok' });
    expect(report.budgets[0]?.usedKg).toBeCloseTo(2.8, 10);
    expect(report.comparison?.deltaCo2eKg).toBeCloseTo(2.8, 10);
  });

  it('shows text from the files escaped: no workflow command, mention or markup gets through', async () => {
    const [header, first] = V2.split('\n');
    const hostile = (first ?? '').replace(',Germany,DEU,hesse,', ',Germany,DEU,"::add-mask::@octocat <b>x</b>",');
    const report = await reportOf({
      'carbon-budget.yml': finetune('    measured: runs/emissions.csv'),
      'runs/emissions.csv': `${header}\n${hostile}\n`,
    });
    expect(report.workloads[0]?.measured?.locations).toEqual(['DEU ::add-mask::@octocat <b>x</b>']);
    expect(
      renderTerminal(report)
        .split('\n')
        .some((line) => /^\s*::/.test(line)),
    ).toBe(false);
    const markdown = renderMarkdown(report);
    expect(markdown).not.toContain('@octocat');
    expect(markdown).not.toContain('<b>');
  });
});
