import { describe, expect, it } from '@jest/globals';
import { runCli } from '../src/cli.js';
import { unusableFigures } from '../src/estimate/finite.js';
import type { Estimate } from '../src/estimate/estimate.js';
import type { Budget, Workload } from '../src/model.js';
import { problemsOf, reportOf, workspace, yaml } from './helpers/workspace.js';

// Every figure a report gives is a finite number, a set with no workload at all is not a pass,
// and problems say what to write.

const fleet = (name: string, extra: string) =>
  `  - { name: ${name}, kind: training, power: 1 kW, accelerator-hours: 1${extra} }`;
const file = (...lines: string[]) => ({
  'carbon-budget.yml': yaml('defaults: { pue: 1, intensity: 1000 }', 'workloads:', ...lines),
});

describe('no figure is infinite', () => {
  it('bounds `overhead-energy`: 1e307 kWh twice made an infinite total that passed', async () => {
    // The value starts at column 84: 64 characters up to `accelerator-hours: 1`, 19 for `, overhead-energy: `.
    expect(
      await problemsOf(file(fleet('a', ', overhead-energy: 1e307 kWh'), fleet('b', ', overhead-energy: 1e307 kWh'))),
    ).toEqual(
      ['3', '4'].map(
        (line) =>
          `carbon-budget.yml:${line}:84: \`overhead-energy\`: must be at most 10,000,000,000 kWh, got \`1e307 kWh\` ` +
          '(ten terawatt-hours, more than the largest data-centre fleets draw in a year; check the unit)',
      ),
    );
  });

  it('refuses hardware in use for less than a day, which spread its footprint over almost nothing', async () => {
    const embodied = (lifetime: string, usage: string) =>
      `, embodied: { accelerator: 150, server: 2500, accelerators-per-server: 8, ` +
      `lifetime: ${lifetime}, usage: ${usage} }`;
    // 1e-300 h x 85% is 8.5e-301 h; 10 days x 10% is exactly one day, the least allowed. The
    // problem is at the value of `lifetime`, column 149: 64 characters, then 84 from `, embodied: {` to it.
    const problems = await problemsOf(
      file(
        fleet('a', embodied('1e-300 h', '85%')),
        fleet('b', embodied('10d', '10%')),
        fleet('c', embodied('1d', '50%')),
      ),
    );
    expect(problems).toEqual([
      'carbon-budget.yml:3:149: workload `a`: the hardware would be in use for 8.5e-301 h of its life ' +
        '(`lifetime` x `usage`), and its manufacturing footprint is spread over those hours: ' +
        'it must be at least a day. Write `lifetime` in years (e.g. `6y`) and `usage` as a share (e.g. `85%`)',
      'carbon-budget.yml:5:149: workload `c`: the hardware would be in use for 12 h of its life ' +
        '(`lifetime` x `usage`), and its manufacturing footprint is spread over those hours: ' +
        'it must be at least a day. Write `lifetime` in years (e.g. `6y`) and `usage` as a share (e.g. `85%`)',
    ]);
  });

  it('refuses a budget below a gram, whose share of any use overflows', async () => {
    expect(
      await problemsOf({
        'carbon-budget.yml': yaml(
          'defaults: { pue: 1, intensity: 1000 }',
          'budgets: { total: 1e-300 kg }',
          'workloads:',
          fleet('a', ', budget: 0.5 g'),
        ),
      }),
    ).toEqual([
      'carbon-budget.yml:2:19: budget `total`: 1e-300 kg is below 1 gCO2e: check the unit (`800 kg`, `25 t`)',
      'carbon-budget.yml:4:75: budget `workload a`: 0.0005 kg is below 1 gCO2e: check the unit (`800 kg`, `25 t`)',
    ]);
  });

  it('refuses a request or token rate beyond any service', async () => {
    const serve = '  - { name: s, kind: inference, requests: 1e300/s, energy-per-request: 1 Wh }';
    expect(await problemsOf(file(serve))).toEqual([
      'carbon-budget.yml:3:43: `requests`: must be at most 3,600,000,000,000 /h, got `1e300/s` ' +
        '(a billion a second, far beyond any service; check the multiplier)',
    ]);
  });

  it('says so at the workload when a figure overflows all the same, with exit code 2 and no report', async () => {
    // 10 million accelerators at 20 kW for 87,600 h at 3,000 g/kWh: 5.256e13 kg over 1e-300 tokens
    // an hour, 8.76e-296 tokens: per million tokens that is about 6e326 g, past the largest double.
    const root = workspace({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: f, kind: inference, tokens: 1e-300/h, power: 20 kW, ' +
          'count: 10M, period: 3650d, pue: 1, intensity: 3000 }',
      ),
    });
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['estimate', '--format', 'json'], {
      cwd: root,
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toBe(
      'carbon-budget.yml:2:5: workload `f`: cannot compute its figures per million tokens (over 8.76e-296 tokens), ' +
        'which comes to more than 1.8e308: check the values for a slipped unit or exponent\n' +
        'carbon-budget: 1 problem in the workload files; nothing was estimated\n',
    );
  });

  it('says so at the root file for a total, and at the budget for a share, that overflow', () => {
    const at = { file: 'team.yml', line: 3, column: 5 };
    const estimate = (name: string, co2eKg: number): Estimate => ({
      workload: {
        name,
        kind: 'training',
        at,
        demand: { type: 'devices', powerW: 1, powerBasis: 'declared', deviceHoursPerRun: 1, runs: 1 },
      } as unknown as Workload,
      itEnergyKwh: 1,
      energyKwh: 1,
      co2eKg,
    });
    const root = { file: 'carbon-budget.yml', line: 1, column: 1 };
    const budget: Budget = {
      name: 'total',
      scope: 'total',
      limitKg: 1,
      warnAt: 0.8,
      workloads: ['a', 'b'],
      at: { file: 'carbon-budget.yml', line: 2, column: 19 },
    };
    expect(unusableFigures([estimate('a', 1e308), estimate('b', 1e308)], [budget], root)).toEqual([
      {
        ...root,
        message:
          'cannot compute the total emissions of the workload files, which comes to more than 1.8e308: ' +
          'check the values for a slipped unit or exponent',
      },
      {
        ...budget.at,
        message:
          'budget `total`: cannot compute what it covers, which comes to more than 1.8e308: ' +
          'check the values for a slipped unit or exponent',
      },
    ]);
    const tiny: Budget = { ...budget, limitKg: 1e-10 };
    expect(unusableFigures([estimate('a', 1e300), estimate('b', 1)], [tiny], root)).toEqual([
      {
        ...budget.at,
        message:
          'budget `total`: its limit is too small to compare with (1.00e-10 kg): ' +
          'check the values for a slipped unit or exponent',
      },
    ]);
    expect(unusableFigures([estimate('a', 5), estimate('b', 1)], [budget], root)).toEqual([]);
  });
});

describe('a set with no workload at all is refused', () => {
  const advice =
    'list the workloads, or write `workloads: []` to say there are none yet ' +
    '(an empty set would pass every budget with zero)';
  it.each([
    ['{}', 1],
    ['~', 1],
    ['null', 1],
    ['# a comment\n{}', 2],
    ['budgets: { total: 1 t }', 1],
  ])('%j', async (text, line) => {
    expect(await problemsOf({ 'carbon-budget.yml': `${text}\n` })).toEqual([
      `carbon-budget.yml:${line}:1: no workloads: the file declares none; ${advice}`,
    ]);
  });

  it('`workloads:` alone, in the root and in every file it includes', async () => {
    expect(await problemsOf({ 'carbon-budget.yml': yaml('budgets: { total: 1 t }', 'workloads:') })).toEqual([
      `carbon-budget.yml:2:1: \`workloads:\` has nothing after it: ${advice}`,
    ]);
    expect(
      await problemsOf({ 'carbon-budget.yml': yaml('include: [a.yml]', 'workloads:'), 'a.yml': yaml('workloads:') }),
    ).toEqual([
      `carbon-budget.yml:2:1: \`workloads:\` has nothing after it and no file it includes declares one: ${advice}`,
    ]);
    expect(
      await problemsOf({
        'carbon-budget.yml': yaml('include: ["teams/*.yml"]'),
        'teams/a.yml': '{}\n',
        'teams/b.yml': '',
      }),
    ).toEqual([
      `carbon-budget.yml:1:1: no workloads: the file declares none, nor does any file it includes; ${advice}`,
    ]);
  });

  it('passes with `workloads: []` in any file of the set; adds nothing where another problem stands', async () => {
    expect((await reportOf({ 'carbon-budget.yml': yaml('workloads: []') })).workloads).toEqual([]);
    expect(
      (await reportOf({ 'carbon-budget.yml': yaml('include: [a.yml]'), 'a.yml': yaml('workloads: []') })).totals.co2eKg,
    ).toBe(0);
    expect(await problemsOf({ 'carbon-budget.yml': yaml('include: [missing.yml]') })).toEqual([
      'carbon-budget.yml:1:11: include `missing.yml`: missing.yml no such file ' +
        '(paths are relative to carbon-budget.yml)',
    ]);
  });
});

describe('precise messages', () => {
  it.each([
    [
      'host: yes',
      '`host`: must be `true` or a mapping of `utilization`, got text `yes`: ' +
        'YAML 1.2 reads `yes` as text, so write `true`',
    ],
    [
      'host: "on"',
      '`host`: must be `true` or a mapping of `utilization`, got text `on`: ' +
        'YAML 1.2 reads `on` as text, so write `true`',
    ],
    [
      'host: false',
      '`host`: must be `true` or a mapping of `utilization`, got `false`: to leave it out, remove `host`',
    ],
    [
      'embodied: yes',
      '`embodied`: must be `true` or a mapping of `accelerator`, `server`, `accelerators-per-server`, ' +
        '`lifetime` or `usage`, got text `yes`: YAML 1.2 reads `yes` as text, so write `true`',
    ],
    [
      'embodied: 5',
      '`embodied`: must be `true` or a mapping of `accelerator`, `server`, `accelerators-per-server`, ' +
        '`lifetime` or `usage`, got `5`',
    ],
  ])('%s', async (setting, message) => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'defaults: { intensity: 100 }',
        'workloads:',
        '  - name: a',
        '    kind: training',
        '    instance: p4d.24xlarge',
        '    accelerator-hours: 8',
        `    ${setting}`,
      ),
    });
    expect(problems).toEqual([`carbon-budget.yml:7:${setting.indexOf(':') + 7}: ${message}`]);
  });

  it('gives the problems of a mapping inside `host` and `embodied`, not "Invalid input"', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'defaults: { intensity: 100 }',
        'workloads:',
        '  - name: a',
        '    kind: training',
        '    instance: p4d.24xlarge',
        '    accelerator-hours: 8',
        '    host: { utilisation: 30% }',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:7:11: `host` needs `utilization`',
      'carbon-budget.yml:7:13: unknown key `utilisation` (did you mean `utilization`?)',
    ]);
  });

  it('lists the first 100 problems after validation in a file, counts the rest: 7,000 aliased copies', async () => {
    const copies = Array.from({ length: 6_999 }, () => '  - *w');
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'defaults: { intensity: 100 }',
        'workloads:',
        '  - &w { name: x, kind: training, power: 1 kW, accelerator-hours: 1 }',
        ...copies,
      ),
    });
    expect(problems).toHaveLength(101);
    expect(problems[0]).toBe(
      'carbon-budget.yml:4:5: workload `x`: the name is already used at carbon-budget.yml:3:16; ' +
        'workload names must be unique',
    );
    expect(problems[99]).toBe(
      'carbon-budget.yml:103:5: workload `x`: the name is already used at carbon-budget.yml:3:16; ' +
        'workload names must be unique',
    );
    expect(problems[100]).toBe(
      'carbon-budget.yml:104:5: and 6,899 more problems in this file, not listed: fix these first',
    );
  });
});
