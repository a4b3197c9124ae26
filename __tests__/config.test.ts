import { describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import { analyse } from '../src/analyse.js';
import { formatDiagnostic, problemCount, type Diagnostic } from '../src/config/diagnostics.js';
import { createFileSystemSource } from '../src/io/fs-source.js';
import { problemsOf, reportOf, workspace, yaml } from './helpers/workspace.js';

describe('validation errors, with file, line and column', () => {
  it('reports every problem of a file at once', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'version: 1', //                                  1
        'budgets:', //                                    2
        '  totl: 40 t', //                                3
        'workloads:', //                                  4
        '  - name: pretrain', //                          5
        '    kind: training', //                          6
        '    accelerator: a100', //                       7
        '    count: 0', //                                8
        '    hour: 12', //                                9
        '    region: aws:us-east-9', //                   10
        '  - name: serve', //                             11
        '    kind: inference', //                         12
        '    energy-per-request: 3 kW', //                13
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:3:3: unknown key `totl` (did you mean `total`?)',
      'carbon-budget.yml:7:18: `accelerator`: unknown accelerator `a100`: ' +
        'did you mean `nvidia-a100-sxm4-40gb`, `nvidia-a100-sxm4-80gb`, ' +
        '`nvidia-a100-pcie-40gb` or `nvidia-a100-pcie-80gb`? Or give its measured average draw with `power` (e.g. ' +
        '`power: 330 W`). `carbon-budget catalog` lists every id.',
      'carbon-budget.yml:8:12: `count`: must be greater than zero, got `0`',
      'carbon-budget.yml:9:5: unknown key `hour` (did you mean `hours`, `accelerator-hours`, `host`?)',
      'carbon-budget.yml:10:13: `region`: ' +
        'unknown AWS region `us-east-9` (did you mean `aws:us-east-1`, `aws:us-east-2`, `aws:ap-east-1`?)',
      // `serve`'s energy is wrong, and it lacks what it needs whatever that energy is: all said at once.
      'carbon-budget.yml:11:5: workload `serve`: no region: ' +
        'set `region` (e.g. `aws:us-east-1`, `country:FR`) or `intensity`, here or in `defaults`',
      'carbon-budget.yml:11:5: workload `serve`: needs `requests`, the request rate (e.g. `2M/day`)',
      'carbon-budget.yml:11:5: workload `serve`: ' +
        'needs `period`, the horizon the rate is summed over (e.g. `365d`), here or in `defaults`',
      'carbon-budget.yml:13:25: `energy-per-request`: ' +
        '`3 kW` is a power, but this field takes an energy such as `0.3 Wh` or `12 kWh` or `1.2 MWh`',
    ]);
  });

  it('names a wrong or missing kind', async () => {
    expect(
      await problemsOf({
        'carbon-budget.yml': yaml('workloads:', '  - name: a', '    kind: trainig', '  - name: b', '    hours: 3'),
      }),
    ).toEqual([
      // `trainig` is checked as the `training` it most likely is: what a training run lacks is said at once.
      'carbon-budget.yml:2:5: workload `a`: no region: ' +
        'set `region` (e.g. `aws:us-east-1`, `country:FR`) or `intensity`, here or in `defaults`',
      'carbon-budget.yml:2:5: workload `a`: ' +
        'needs `accelerator` (a catalog id) or `power` (measured average per accelerator)',
      'carbon-budget.yml:2:5: workload `a`: needs `hours` (with `count`) or `accelerator-hours`',
      'carbon-budget.yml:3:11: `kind` must be `training` or `inference`, got `trainig` (did you mean `training`?)',
      'carbon-budget.yml:4:5: `kind` is missing: write `kind: training` or `kind: inference`',
    ]);
  });

  it('checks the rules that span fields, after defaults', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'workloads:', //                                  1
        '  - name: no-region', //                         2
        '    kind: training', //                          3
        '    power: 300 W', //                            4
        '    count: 2', //                                5
        '    hours: 3', //                                6
        '  - name: both', //                              7
        '    kind: training', //                          8
        '    accelerator: nvidia-t4-16gb', //             9
        '    count: 4', //                                10
        '    accelerator-hours: 100', //                  11
        '    intensity: 300', //                          12
        '  - name: both', //                              13
        '    kind: inference', //                         14
        '    requests: 10/s', //                          15
        '    intensity: 300', //                          16
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:2:5: workload `no-region`: no region: ' +
        'set `region` (e.g. `aws:us-east-1`, `country:FR`) or `intensity`, here or in `defaults`',
      'carbon-budget.yml:10:5: workload `both`: ' +
        '`count` has no effect with `accelerator-hours`, which already counts every accelerator: remove one of them',
      'carbon-budget.yml:13:5: workload `both`: needs `energy-per-request` (e.g. `0.3 Wh`), or a `task` for a default',
      'carbon-budget.yml:13:5: workload `both`: ' +
        'needs `period`, the horizon the rate is summed over (e.g. `365d`), here or in `defaults`',
      'carbon-budget.yml:13:11: workload `both`: the name is already used at carbon-budget.yml:7:11; ' +
        'workload names must be unique',
    ]);
  });

  it('reports YAML syntax errors and duplicate keys where the parser finds them', async () => {
    // The parser notices a missing closing quote at the end of the file.
    expect(
      await problemsOf({ 'carbon-budget.yml': yaml('workloads:', '  - name: "unclosed', '    kind: training') }),
    ).toEqual([
      // Said where the quote opens (line 2, column 11), not at the end of the file where the parser gave up.
      'carbon-budget.yml:2:11: YAML syntax: the quote `"` opened here is never closed: ' +
        'end the value with `"` (YAML read on to the end of the file looking for it)',
    ]);
    const duplicate = await problemsOf({ 'carbon-budget.yml': yaml('version: 1', 'version: 1') });
    expect(duplicate).toEqual([
      'carbon-budget.yml:2:1: YAML syntax: this key is written twice in one mapping (first at line 1, column 1): ' +
        'keep one of them',
    ]);
  });

  it('says when the file is missing or is not a mapping', async () => {
    expect(await problemsOf({ 'other.yml': '' })).toEqual(['carbon-budget.yml: no such file']);
    expect(await problemsOf({ 'carbon-budget.yml': yaml('- a', '- b') })).toEqual([
      'carbon-budget.yml:1:1: the file must be a mapping (key: value lines), got a list',
    ]);
  });
});

describe('every problem in one run', () => {
  // Seventeen problems of every kind: YAML keys unknown or misplaced, bad values, unknown catalog
  // names, and the rules that span fields, some in workloads that also have a bad value or name.
  // Each was checked by fixing the file as its message says: no other problem showed after.
  const file = yaml(
    'version: 1', //                                      1
    'budget:', //                                         2  misplaced: `budgets`
    '  total: 40 t', //                                   3
    'defaults:', //                                       4
    '  region: country:UK', //                            5  not ISO: GB
    '  pue: 0.9', //                                      6  below 1
    'workloads:', //                                      7
    '  - name: pretrain', //                              8
    '    kind: training', //                              9
    '    accelerator: h100', //                           10 unknown
    '    count: 8', //                                    11
    '    duration: 12h', //                               12 is `hours`
    '    period: 30d', //                                 13 inference only
    '  - name: finetune', //                              14
    '    kind: training', //                              15
    '    accelerator: my-custom-chip', //                 16 unknown, with `power`
    '    power: 300 W', //                                17
    '    utilization: 80%', //                            18 no effect with `power`
    '    count: 4', //                                    19
    '    hours: 10', //                                   20
    '    requests: 10/s', //                              21 inference only
    '  - name: serve', //                                 22
    '    kind: inference', //                             23
    '    requests: 1M/day', //                            24
    '    energy-per-request: 0.3 Wh', //                  25
    '    accelerator-hours: 100', //                      26 training only
    '    period: 30d', //                                 27
    '    runs: 3', //                                     28 training only
    '  - name: serve', //                                 29 taken; no period
    '    kind: inference', //                             30
    '    tokens: 1B/month', //                            31
    '    energy-per-request: 2 J', //                     32 does not go with tokens
    '    region: country:EL', //                          33 not ISO: GR
    '  - name: fleet', //                                 34
    '    kind: inference', //                             35
    '    accelerator: nvidia-t4-16gb', //                 36
    '    count: -1', //                                   37 not positive
    '    hours: 50', //                                   38 longer than the period (1 d = 24 h)
    '    period: 1d', //                                  39
  );

  it('lists the problems of a file with problems of every kind, all in one run', async () => {
    const problems = await problemsOf({ 'carbon-budget.yml': file });
    expect(problems).toEqual([
      "carbon-budget.yml:2:1: unknown key `budget`: a file's budgets go under `budgets:` " +
        "(e.g. `budgets: { total: 40 t }`); `budget` is a workload's own limit",
      'carbon-budget.yml:5:11: `region`: `UK` is not an ISO 3166-1 code: the United Kingdom is `GB`, ' +
        'so write `country:GB`',
      'carbon-budget.yml:6:8: `pue`: must be at least 1, got `0.9`',
      'carbon-budget.yml:10:18: `accelerator`: unknown accelerator `h100`: did you mean `nvidia-h100-sxm5-80gb`, ' +
        '`nvidia-h100-pcie-80gb` or `nvidia-h100-nvl-94gb`? Or give its measured average draw with `power` ' +
        '(e.g. `power: 330 W`). `carbon-budget catalog` lists every id.',
      'carbon-budget.yml:12:5: unknown key `duration`: carbon-budget calls it `hours`',
      'carbon-budget.yml:13:5: `period` is for inference workloads (the horizon a rate is summed over): ' +
        'a training run takes `hours` (with `count`) or `accelerator-hours`',
      'carbon-budget.yml:16:18: `accelerator`: unknown accelerator `my-custom-chip`. With `power` given, ' +
        'the accelerator only names the hardware in the report: remove `accelerator`, ' +
        'or use an id that `carbon-budget catalog` lists',
      'carbon-budget.yml:18:5: workload `finetune`: ' +
        '`utilization` has no effect with `power` (a measured average already includes it): remove one of them',
      'carbon-budget.yml:21:5: `requests` is for inference workloads (`kind: inference`): ' +
        'a training run is measured by its accelerators and their hours',
      'carbon-budget.yml:26:5: `accelerator-hours` is for training workloads: ' +
        'a serving fleet takes `count` and `hours` (or serves the whole `period`)',
      'carbon-budget.yml:28:5: `runs` is for training workloads: an inference workload is summed over its `period`',
      'carbon-budget.yml:29:5: workload `serve`: ' +
        'needs `period`, the horizon the rate is summed over (e.g. `365d`), here or in `defaults`',
      'carbon-budget.yml:29:11: workload `serve`: the name is already used at carbon-budget.yml:22:11; ' +
        'workload names must be unique',
      'carbon-budget.yml:32:5: workload `serve`: ' +
        '`energy-per-request` does not go with `tokens`: use `energy-per-token`',
      'carbon-budget.yml:33:13: `region`: `EL` is not an ISO 3166-1 code: Greece is `GR`, so write `country:GR`',
      'carbon-budget.yml:37:12: `count`: must be greater than zero, got `-1`',
      'carbon-budget.yml:38:12: workload `fleet`: `hours` (50 h) is longer than `period` (24 h): ' +
        'a fleet cannot serve longer than the period',
    ]);
  });

  it('finds nothing more once the file is fixed as the messages say', async () => {
    const fixed = file
      .replace('budget:', 'budgets:')
      .replace('country:UK', 'country:GB')
      .replace('pue: 0.9', 'pue: 1.1')
      .replace('accelerator: h100', 'accelerator: nvidia-h100-sxm5-80gb')
      .replace('duration: 12h', 'hours: 12h')
      .replace('    period: 30d\n  - name: finetune', '  - name: finetune')
      .replace('    accelerator: my-custom-chip\n', '')
      .replace('    utilization: 80%\n', '')
      .replace('    requests: 10/s\n', '')
      .replace('    accelerator-hours: 100\n', '')
      .replace('    runs: 3\n', '')
      .replace(
        '  - name: serve\n    kind: inference\n    tokens',
        '  - name: serve-tokens\n    kind: inference\n    tokens',
      )
      .replace('energy-per-request: 2 J', 'energy-per-token: 2 J\n    period: 30d')
      .replace('country:EL', 'country:GR')
      .replace('count: -1', 'count: 1')
      .replace('hours: 50', 'hours: 20');
    const report = await reportOf({ 'carbon-budget.yml': fixed });
    expect(report.workloads.map((w) => w.name)).toEqual(['pretrain', 'finetune', 'serve', 'serve-tokens', 'fleet']);
  });

  it('lists 100 problems of a file, from reading and resolving together, and counts the rest in one line', async () => {
    // 120 unknown keys (lines 1-120), then 5 workloads without a region (lines 122-126): 125 problems.
    const keys = Array.from({ length: 120 }, (_, i) => `k${i}: 1`);
    const workloads = Array.from(
      { length: 5 },
      (_, i) => `  - { name: w${i}, kind: training, power: 1, accelerator-hours: 1 }`,
    );
    const root = workspace({ 'carbon-budget.yml': yaml(...keys, 'workloads:', ...workloads) });
    const analysis = await analyse([`${root}/carbon-budget.yml`], { root, source: createFileSystemSource() });
    const diagnostics = analysis.ok ? [] : analysis.diagnostics;
    expect(problemCount(diagnostics)).toBe(125);
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[99]?.message).toBe('unknown key `k99`');
    // 20 keys and 5 workloads are not listed: 25, in one line after the 100 listed.
    expect(formatDiagnostic(diagnostics[100] as Diagnostic)).toBe(
      'carbon-budget.yml:101:1: and 25 more problems in this file, not listed: fix these first',
    );
  });
});

describe('keys known elsewhere, and names people write', () => {
  it('says where a known key belongs, and what carbon-budget calls a field', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'region: aws:us-east-1', //                       1
        'defaults: { intensity: 100, count: 2 }', //      2
        'budgets: { budget: 5 t }', //                    3
        'workloads:', //                                  4
        '  - name: a', //                                 5
        '    kind: training', //                          6
        '    power: 300 W', //                            7
        '    gpus: 8', //                                 8
        '    accelerator-hours: 10', //                   9
        '    budgets: 1 t', //                            10
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:1:1: `region` at the top level has no effect: ' +
        'put it under `defaults:` to apply to every workload',
      'carbon-budget.yml:2:29: `count` cannot be a default: set it on each workload ' +
        '(`defaults` takes `region`, `intensity`, `year`, `pue`, `utilization`, `period`)',
      'carbon-budget.yml:3:12: unknown key `budget`: the budget of the whole file is `total`',
      'carbon-budget.yml:8:5: unknown key `gpus`: carbon-budget calls it `count`',
      'carbon-budget.yml:10:5: `budgets` belongs at the top level of the file, not in a workload; ' +
        "a workload's own limit is `budget`",
    ]);
  });

  it('checks the rest of a workload as if a misspelt key were the field it stands for', async () => {
    // `hour` stands for `hours`: nothing says `hours` is missing; `count` is missing all the same.
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'defaults: { intensity: 100 }',
        'workloads:',
        '  - { name: a, kind: training, power: 300 W, hour: 3 }',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:3:5: workload `a`: needs `count`, the number of accelerators running for `hours`',
      'carbon-budget.yml:3:46: unknown key `hour` (did you mean `hours`, `accelerator-hours`, `host`?)',
    ]);
  });

  it("keeps the catalog's advice for an unknown accelerator without `power`", async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'defaults: { intensity: 100 }',
        'workloads:',
        '  - { name: a, kind: training, accelerator: tpu-v9, count: 1, hours: 1 }',
      ),
    });
    expect(problems).toEqual([expect.stringContaining('Or give its measured average draw with `power`')]);
  });

  it('points from UK and EL to the ISO codes, for a country or own data centre, in any case', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'defaults: { region: on-prem:uk }',
        'workloads:',
        '  - { name: a, kind: training, power: 1, accelerator-hours: 1, region: country:el }',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:1:21: `region`: `uk` is not an ISO 3166-1 code: the United Kingdom is `GB`, ' +
        'so write `on-prem:GB`',
      'carbon-budget.yml:3:72: `region`: `el` is not an ISO 3166-1 code: Greece is `GR`, so write `country:GR`',
    ]);
  });
});

describe('includes', () => {
  it('follows globs relative to the including file, depth first', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml('defaults: { intensity: 100, pue: 1 }', 'include:', '  - teams/*/carbon-budget.yml'),
      'teams/a/carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: a, kind: training, power: 1 kW, accelerator-hours: 1 }',
      ),
      'teams/b/carbon-budget.yml': yaml(
        'include: [extra/more.yml]',
        'workloads:',
        '  - { name: b, kind: training, power: 1 kW, accelerator-hours: 2 }',
      ),
      'teams/b/extra/more.yml': yaml(
        'workloads:',
        '  - { name: c, kind: training, power: 1 kW, accelerator-hours: 3 }',
      ),
    });
    expect(report.workloads.map((w) => [w.name, w.file, w.co2eKg])).toEqual([
      ['a', 'teams/a/carbon-budget.yml', 0.1],
      ['b', 'teams/b/carbon-budget.yml', 0.2],
      ['c', 'teams/b/extra/more.yml', expect.closeTo(0.3, 12)],
    ]);
  });

  it('refuses an include that matches nothing, a cycle, and a file included twice', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml('include:', '  - missing/*.yml', '  - a.yml', '  - b.yml'),
      'a.yml': yaml('include: [b.yml]'),
      'b.yml': yaml('include: [a.yml]'),
    });
    expect(problems).toEqual([
      'b.yml:1:11: include cycle: a.yml -> b.yml -> a.yml',
      'carbon-budget.yml:2:5: include `missing/*.yml` matches no file (paths are relative to carbon-budget.yml; ' +
        'symbolic links are not followed)',
      'carbon-budget.yml:4:5: `b.yml` is included more than once; include each file from one place only',
    ]);
  });

  it('skips the including file when its own glob matches it', async () => {
    const report = await reportOf({
      'carbon-budget.yml': yaml('defaults: { intensity: 1, pue: 1 }', 'include: ["**/carbon-budget.yml"]'),
      'x/carbon-budget.yml': yaml('workloads:', '  - { name: x, kind: training, power: 1 W, accelerator-hours: 1 }'),
    });
    expect(report.workloads.map((w) => w.name)).toEqual(['x']);
  });
});

describe('review findings: the loader', () => {
  it('reads merge keys and many aliases of one anchor', async () => {
    const merged = await reportOf({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - &base { name: j0, kind: training, power: 1 kW, accelerator-hours: 1, intensity: 1000, pue: 1 }',
        '  - { <<: *base, name: j1, accelerator-hours: 2 }',
      ),
    });
    expect(merged.workloads.map((w) => [w.name, w.co2eKg])).toEqual([
      ['j0', 1],
      ['j1', 2],
    ]);
    const aliases = Array.from(
      { length: 150 },
      (_, i) => `  - { name: j${i}, kind: training, power: 1 kW, accelerator-hours: 1, region: *r }`,
    );
    const many = await reportOf({
      'carbon-budget.yml': yaml('defaults: { region: &r country:FR }', 'workloads:', ...aliases),
    });
    expect(many.workloads).toHaveLength(150);
  });

  it('points at an alias with no anchor, and refuses an alias bomb', async () => {
    expect(await problemsOf({ 'carbon-budget.yml': yaml('defaults:', '  region: *nowhere') })).toEqual([
      'carbon-budget.yml:2:11: YAML: the alias `*nowhere` refers to no anchor `&nowhere` before it',
    ]);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const problems = await problemsOf({ 'carbon-budget.yml': yaml(...bomb) });
    expect(problems).toEqual([expect.stringContaining('aliases expand to too much data')]);
  });

  it('still checks included files when the including file has a mistake', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml('foo: 1', 'include: [child.yml, missing.yml]'),
      'child.yml': yaml('workloads:', '  - { name: a, kind: trainin }'),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:1:1: unknown key `foo`',
      'carbon-budget.yml:2:22: include `missing.yml`: ' +
        'missing.yml no such file (paths are relative to carbon-budget.yml)',
      'child.yml:2:5: workload `a`: no region: ' +
        'set `region` (e.g. `aws:us-east-1`, `country:FR`) or `intensity`, here or in `defaults`',
      'child.yml:2:5: workload `a`: needs `accelerator` (a catalog id) or `power` (measured average per accelerator)',
      'child.yml:2:5: workload `a`: needs `hours` (with `count`) or `accelerator-hours`',
      'child.yml:2:22: `kind` must be `training` or `inference`, got `trainin` (did you mean `training`?)',
    ]);
  });

  it('explains several documents, a self-include, a directory and a symbolic link', async () => {
    expect(await problemsOf({ 'carbon-budget.yml': yaml('version: 1', '---', 'version: 1') })).toEqual([
      expect.stringMatching(/^carbon-budget\.yml:2:1: YAML syntax: a workload file holds one YAML document/),
    ]);
    expect(await problemsOf({ 'carbon-budget.yml': yaml('include: [carbon-budget.yml]') })).toEqual([
      'carbon-budget.yml:1:11: include `carbon-budget.yml` names this file itself',
    ]);
    // Refused from its text, before the disk is asked; a name without an extension is likely a directory.
    expect(await problemsOf({ 'carbon-budget.yml': yaml('include: [teams]'), 'teams/a.yml': '' })).toEqual([
      'carbon-budget.yml:1:11: include `teams` must name .yml or .yaml workload files (and nothing under .git/); ' +
        'for the files of a directory, write `teams/*.yml`',
    ]);
    expect(await problemsOf({ 'carbon-budget.yml': yaml('include: [teams.yml]'), 'teams.yml/a.yml': '' })).toEqual([
      'carbon-budget.yml:1:11: include `teams.yml`: teams.yml is a directory, not a workload file ' +
        '(paths are relative to carbon-budget.yml)',
    ]);
  });

  it('ignores a byte-order mark when counting columns, and takes an empty `workloads:` as none', async () => {
    expect(await problemsOf({ 'carbon-budget.yml': '\uFEFFversion: 2\n' })).toEqual([
      'carbon-budget.yml:1:10: `version`: must be `1`',
    ]);
    // `workloads:` alone is none; a set with none at all must say so with `workloads: []` (issue 16).
    const report = await reportOf({
      'carbon-budget.yml': yaml('version: 1', 'include: [team.yml]', 'workloads: []'),
      'team.yml': yaml('workloads:'),
    });
    expect(report.workloads).toEqual([]);
  });
});

it('refuses to follow a symbolic link named in an include', async () => {
  const root = workspace({ 'carbon-budget.yml': yaml('include: [link.yml]'), 'real.yml': yaml('workloads: []') });
  symlinkSync(`${root}/real.yml`, `${root}/link.yml`);
  const analysis = await analyse([`${root}/carbon-budget.yml`], { root, source: createFileSystemSource() });
  expect(analysis.ok ? [] : analysis.diagnostics.map(formatDiagnostic)).toEqual([
    expect.stringMatching(/^carbon-budget\.yml:1:11: include `link\.yml`: link\.yml is a symbolic link/),
  ]);
});

describe('review findings: rules across fields', () => {
  it("refuses a fleet past its period, a rate with the other unit's energy, utilisation per request", async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'defaults: { intensity: 100, period: 1d }', //                                             1
        'workloads:', //                                                                            2
        '  - { name: fleet, kind: inference, accelerator: nvidia-t4-16gb, count: 2, hours: 1000 }', // 3
        '  - { name: mixed, kind: inference, tokens: 1M/day, energy-per-request: 1 Wh }', //          4
        '  - { name: scaled, kind: inference, requests: 1M/day, energy-per-request: 1 Wh, utilization: 50% }', // 5
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:3:83: workload `fleet`: `hours` (1000 h) is longer than `period` (24 h): ' +
        'a fleet cannot serve longer than the period',
      'carbon-budget.yml:4:53: workload `mixed`: `energy-per-request` does not go with `tokens`: ' +
        'use `energy-per-token`',
      'carbon-budget.yml:5:82: workload `scaled`: ' +
        '`utilization` scales accelerator power, so it has no effect on an energy per request or token: remove it',
    ]);
  });

  it('says which years have grid data, once', async () => {
    expect(await problemsOf({ 'carbon-budget.yml': yaml('defaults:', '  year: 1e20') })).toEqual([
      'carbon-budget.yml:2:9: `year`: must be a year with grid data, 2021 to 2025',
    ]);
  });
});

describe('a misspelt `defaults`', () => {
  it('is read as `defaults` for the checks of the workloads, which then lack no region', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml(
        'defualts: { region: aws:us-east-1 }',
        'workloads:',
        '  - { name: a, kind: training, power: 1, accelerator-hours: 1 }',
        '  - { name: b, kind: training, power: 1 }',
      ),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:1:1: unknown key `defualts` (did you mean `defaults`?)',
      'carbon-budget.yml:4:5: workload `b`: needs `hours` (with `count`) or `accelerator-hours`',
    ]);
  });
});
