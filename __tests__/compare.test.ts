import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { analyse, analyseBase, type Analysis } from '../src/analyse.js';
import { createFileSystemSource } from '../src/io/fs-source.js';
import { gitRevisionSource } from '../src/io/git-source.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/report.js';
import { renderTerminal } from '../src/report/terminal.js';
import { RunCache } from '../src/run-cache.js';
import { workspace, yaml } from './helpers/workspace.js';

// Every workload emits exactly its accelerator-hours in kg: 1 kW, PUE 1, 1000 g/kWh.
const job = (name: string, hours: number) =>
  `  - { name: ${name}, kind: training, power: 1 kW, accelerator-hours: ${hours} }`;
const file = (budgets: string, ...jobs: string[]) =>
  yaml('defaults: { pue: 1, intensity: 1000 g/kWh }', `budgets: ${budgets}`, 'workloads:', ...jobs);

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
}

/**
 * A repository whose first commit holds `base` and whose work tree holds `head`, analysed as the
 * action does: the base from git, sharing one parse cache with the head.
 */
async function analyseChange(
  base: Record<string, string> | undefined,
  head: Record<string, string>,
): Promise<Analysis> {
  const dir = workspace(base ?? { 'README.md': 'no workloads yet\n' }, 'ml (v2) [x]');
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const sha = git(dir, 'rev-parse', 'HEAD');
  for (const [path, text] of Object.entries(head)) writeFileSync(`${dir}/${path}`, text);
  const config = `${dir}/carbon-budget.yml`;
  // One cache for both sides, as the action and the CLI share one a run.
  const cache = new RunCache();
  const baseSide = await analyseBase([config], {
    root: dir,
    source: gitRevisionSource(dir, sha),
    cache,
    ref: 'main',
    sha,
  });
  return analyse([config], { root: dir, source: createFileSystemSource(), cache, base: baseSide });
}

async function compareFiles(base: Record<string, string> | undefined, head: Record<string, string>): Promise<Report> {
  const analysis = await analyseChange(base, head);
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.diagnostics));
  return analysis.report;
}

describe('comparison with the base branch', () => {
  it('lists added, changed, removed and unchanged workloads with their deltas', async () => {
    const report = await compareFiles(
      { 'carbon-budget.yml': file('{}', job('kept', 10), job('grown', 20), job('dropped', 5)) },
      { 'carbon-budget.yml': file('{}', job('kept', 10), job('grown', 26), job('new', 3)) },
    );
    expect(report.comparison?.base).toMatchObject({ ref: 'main', state: 'compared' });
    expect(
      report.comparison?.workloads.map((w) => [w.name, w.change, w.baseCo2eKg, w.headCo2eKg, w.deltaCo2eKg]),
    ).toEqual([
      ['kept', 'unchanged', 10, 10, 0],
      ['grown', 'changed', 20, 26, 6],
      ['new', 'added', 0, 3, 3],
      ['dropped', 'removed', 5, 0, -5],
    ]);
    // 39 kg now against 35 kg before.
    expect(report.comparison?.deltaCo2eKg).toBe(4);
    expect(report.comparison?.deltaEnergyKwh).toBe(4);
  });

  it('judges `increase` on what the change adds', async () => {
    const base = { 'carbon-budget.yml': file('{ increase: 5 kg }', job('a', 100)) };
    const small = await compareFiles(base, { 'carbon-budget.yml': file('{ increase: 5 kg }', job('a', 103)) });
    expect(small.budgets).toEqual([expect.objectContaining({ name: 'increase', usedKg: 3, share: 0.6, status: 'ok' })]);
    const large = await compareFiles(base, { 'carbon-budget.yml': file('{ increase: 5 kg }', job('a', 112)) });
    expect(large.status).toBe('over');
    expect(large.budgets).toEqual([
      expect.objectContaining({ name: 'increase', usedKg: 12, status: 'over', excessKg: 7 }),
    ]);
  });

  it('does not block a change behind an overrun it did not cause, but does block one that makes it worse', async () => {
    const base = { 'carbon-budget.yml': file('{ total: 100 kg }', job('a', 150)) };
    const unrelated = await compareFiles(base, {
      'carbon-budget.yml': file('{ total: 100 kg }', job('a', 150), '# a comment'),
    });
    expect(unrelated.status).toBe('warn');
    expect(unrelated.budgets[0]).toMatchObject({
      usedKg: 150,
      baseUsedKg: 150,
      status: 'warn',
      note: 'already over on the base branch; this change does not make it worse',
    });
    const better = await compareFiles(base, { 'carbon-budget.yml': file('{ total: 100 kg }', job('a', 120)) });
    expect(better.budgets[0]).toMatchObject({ usedKg: 120, status: 'warn' });
    const worse = await compareFiles(base, { 'carbon-budget.yml': file('{ total: 100 kg }', job('a', 151)) });
    expect(worse.budgets[0]).toMatchObject({ usedKg: 151, baseUsedKg: 150, status: 'over', excessKg: 51 });
  });

  it('counts everything as added when the base has no workload file', async () => {
    const report = await compareFiles(undefined, { 'carbon-budget.yml': file('{ increase: 10 kg }', job('a', 7)) });
    expect(report.comparison).toMatchObject({
      base: { state: 'absent' },
      deltaCo2eKg: 7,
      workloads: [{ name: 'a', change: 'added' }],
    });
    expect(report.budgets[0]).toMatchObject({ name: 'increase', usedKg: 7, status: 'ok' });
  });

  it('does not compare with a base whose files are invalid', async () => {
    const report = await compareFiles(
      { 'carbon-budget.yml': yaml('workloads:', '  - { name: a, kind: trainin }') },
      { 'carbon-budget.yml': file('{ increase: 1 kg }', job('a', 7)) },
    );
    expect(report.comparison).toMatchObject({ base: { state: 'invalid' }, deltaCo2eKg: null, workloads: [] });
    expect(report.budgets).toEqual([
      expect.objectContaining({
        name: 'increase',
        status: 'ok',
        note: "not checked: the base branch's workload files are invalid",
      }),
    ]);
  });

  it('reads included files and globs at the base revision', async () => {
    const report = await compareFiles(
      {
        'carbon-budget.yml': file('{}', ...[]).replace('workloads:\n', 'include: ["teams/*.yml"]\n'),
        'teams/a.yml': yaml('workloads:', job('a', 2)),
      },
      { 'carbon-budget.yml': file('{}', job('root', 1)) },
    );
    expect(report.comparison?.workloads.map((w) => [w.name, w.change])).toEqual([
      ['root', 'added'],
      ['a', 'removed'],
    ]);
  });
});

describe('files unchanged between base and head', () => {
  const root = (pue: number, ...jobs: string[]) =>
    yaml('include: [team.yml]', `defaults: { pue: ${String(pue)}, intensity: 1000 g/kWh }`, 'workloads:', ...jobs);
  const team = yaml('workloads:', job('t', 10));

  it('estimates an unchanged file again when what it inherits changed', async () => {
    const analysis = await analyseChange(
      { 'carbon-budget.yml': root(1), 'team.yml': team },
      { 'carbon-budget.yml': root(2) },
    );
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.diagnostics));
    // 10 accelerator-hours at 1 kW and 1000 g/kWh: 10 kg at PUE 1 on the base, 20 kg at PUE 2 here.
    expect(analysis.report.comparison?.workloads.map((w) => [w.name, w.change, w.baseCo2eKg, w.headCo2eKg])).toEqual([
      ['t', 'changed', 10, 20],
    ]);
  });

  it('still finds a name declared twice when one of the two files did not change', async () => {
    const analysis = await analyseChange(
      { 'carbon-budget.yml': root(1), 'team.yml': team },
      { 'carbon-budget.yml': root(1, job('t', 1)) },
    );
    expect(analysis.ok).toBe(false);
    if (analysis.ok) return;
    expect(analysis.diagnostics.map((d) => `${d.file}:${String(d.line)} ${d.message}`)).toEqual([
      expect.stringMatching(/^team\.yml:2 workload `t`: the name is already used at carbon-budget\.yml:4:/),
    ]);
  });

  it('compares an unchanged file as unchanged', async () => {
    const analysis = await analyseChange(
      { 'carbon-budget.yml': root(1, job('r', 1)), 'team.yml': team },
      { 'carbon-budget.yml': root(1, job('r', 2)) },
    );
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.diagnostics));
    expect(analysis.report.comparison?.workloads.map((w) => [w.name, w.change, w.deltaCo2eKg])).toEqual([
      ['r', 'changed', 1],
      ['t', 'unchanged', 0],
    ]);
  });
});

describe('embodied emissions in a comparison', () => {
  it('shows CO2e and the change of the same thing, operational plus embodied, in every table', async () => {
    // 876 kg per accelerator over a 1-year life fully used, no server: 876 / 8,760 h = 0.1 kg per accelerator-hour.
    const embodied = 'embodied: { accelerator: 876 kg, server: 0, accelerators-per-server: 8, lifetime: 1y, usage: 1 }';
    const withEmbodied = (name: string, hours: number) =>
      `  - { name: ${name}, kind: training, power: 1 kW, accelerator-hours: ${hours}, ${embodied} }`;
    const report = await compareFiles(
      // Base: a = 10 kg operational + 1 kg embodied = 11 kg.
      { 'carbon-budget.yml': file('{ total: 100 kg }', withEmbodied('a', 10)) },
      // Head: a = 20 + 2 = 22 kg (+11 kg); b = 5 kg, no embodied (+5 kg). Total 25 + 2 = 27 kg, +16 kg.
      { 'carbon-budget.yml': file('{ total: 100 kg }', withEmbodied('a', 20), job('b', 5)) },
    );
    expect(report.totals).toMatchObject({ co2eKg: 25, embodiedKg: 2, totalCo2eKg: 27 });
    expect(report.comparison?.deltaCo2eKg).toBeCloseTo(16, 9);
    expect(report.budgets[0]?.usedKg).toBeCloseTo(27, 9);
    const terminal = renderTerminal(report).split('\n');
    const at = terminal.findIndex((line) => line.startsWith('WORKLOAD'));
    expect(terminal.slice(at, at + 4).map((line) => line.split(/ {2,}/))).toEqual([
      ['WORKLOAD', 'KIND', 'WHERE', 'ENERGY', 'OPERATIONAL', 'EMBODIED', 'CO2E', 'CHANGE', 'BUDGET'],
      ['a', 'training', '1,000 g/kWh', '20 kWh', '20 kgCO2e', '2 kgCO2e', '22 kgCO2e', '+11 kgCO2e', '-'],
      ['b', 'training', '1,000 g/kWh', '5 kWh', '5 kgCO2e', '-', '5 kgCO2e', '+5 kgCO2e added', '-'],
      ['TOTAL', '25 kWh', '25 kgCO2e', '2 kgCO2e', '27 kgCO2e', '+16 kgCO2e'],
    ]);
    expect(terminal).toContain(
      'CO2e is operational plus embodied emissions: what the budgets count and the change compares.',
    );
    expect(terminal).toContain(
      'WITHIN BUDGET: 27 kgCO2e (25 kgCO2e operational + 2 kgCO2e embodied) and 25 kWh for 2 workloads',
    );
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      '| Workload | Kind | Where | Energy | Operational | Embodied | CO2e | Change | Budget |',
    );
    expect(markdown).toContain(
      '| a | training | 1,000 g/kWh | 20 kWh | 20 kgCO2e | 2 kgCO2e | 22 kgCO2e | +11 kgCO2e |  |',
    );
    expect(markdown).toContain(
      '| **Total** | | | **25 kWh** | **25 kgCO2e** | **2 kgCO2e** | **27 kgCO2e** | **+16 kgCO2e** | |',
    );
    // The formula ends on the same total.
    expect(report.workloads[0]?.formula).toMatch(/= 20 kgCO2e; \+ embodied 2 kgCO2e = 22 kgCO2e$/);
  });
});
