import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli.js';
import { run } from '../src/main.js';
import { cell } from '../src/report/markdown.js';
import { problemsOf, workspace, yaml } from './helpers/workspace.js';

// Text from workload files (names, descriptions, paths, keys, values quoted back) reaches
// terminals, CI logs and pull-request comments. None of it may print a control character, start
// a line a GitHub runner obeys as a workflow command, or notify anyone in a comment.

/** What a runner would obey, or a terminal would act on, in output: none of it may be there. */
function dangers(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*::/.test(line)) found.push(`workflow command: ${line}`);
    if (line.includes('##[')) found.push(`old workflow command: ${line}`);
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.exec(line);
    if (control) found.push(`U+${(control[0].codePointAt(0) ?? 0).toString(16)} in: ${JSON.stringify(line)}`);
  }
  return found;
}

async function cli(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { cwd, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const workload = (name: string, extra = '') =>
  `  - { name: ${JSON.stringify(name)}, kind: training, power: 1 kW, accelerator-hours: 1${extra} }`;

describe('names and descriptions are one line of printable text', () => {
  // The name's value starts at column 13, after `  - { name: `.
  it.each([
    ['a\u0000b', 'a NUL byte (\\u0000)'],
    ['a\n::warning::pwned', 'a line break (\\u000A)'],
    ['a\r::add-mask::x', 'a line break (\\u000D)'],
    ['a\u2028b', 'a line break (\\u2028)'],
    ['a\u001b[31mred', 'an escape character (\\u001B), which starts terminal control sequences'],
    ['a\u0007b', 'a control character (\\u0007)'],
    ['a\u007fb', 'a control character (\\u007F)'],
    ['a\u0085b', 'a control character (\\u0085)'],
    [
      'a\u202eb',
      'a bidirectional formatting character (\\u202E), which shows text in another order than it is written',
    ],
    [
      'a\u2066b',
      'a bidirectional formatting character (\\u2066), which shows text in another order than it is written',
    ],
    ['a\tb', 'a tab (\\u0009)'],
  ])('refuses %j at the name, saying which character', async (name, what) => {
    expect(
      await problemsOf({ 'carbon-budget.yml': yaml('defaults: { intensity: 100 }', 'workloads:', workload(name)) }),
    ).toEqual([
      `carbon-budget.yml:3:13: \`name\`: must be one line of printable text, but character 2 is ${what}: remove it`,
    ]);
  });

  it('counts characters, not UTF-16 units, to say where', async () => {
    expect(
      await problemsOf({
        'carbon-budget.yml': yaml('defaults: { intensity: 100 }', 'workloads:', workload('🌍🌍\u202e')),
      }),
    ).toEqual([
      'carbon-budget.yml:3:13: `name`: must be one line of printable text, but character 3 is a bidirectional ' +
        'formatting character (\\u202E), which shows text in another order than it is written: remove it',
    ]);
  });

  it('lets a description have line breaks and tabs, but no other control', async () => {
    const ok = workload('x', ', description: "two\\n\\tlines"');
    const bad = workload('y', ', description: "bell\\a"');
    // The description's value starts at column 82 of the second workload: 13 for `  - { name: `,
    // 4 for `"y",` and 65 for ` kind: training, power: 1 kW, accelerator-hours: 1, description: `.
    expect(
      await problemsOf({ 'carbon-budget.yml': yaml('defaults: { intensity: 100 }', 'workloads:', ok, bad) }),
    ).toEqual([
      'carbon-budget.yml:4:82: `description`: must be printable text (line breaks and tabs are fine), but ' +
        'character 5 is a control character (\\u0007): remove it',
    ]);
  });
});

describe('the CLI prints no control character and no workflow command from a file', () => {
  const hostile = '::add-mask::x ##[add-mask]y';
  // A team directory whose name holds a line break, a workflow command, an escape and U+202E.
  const team = 'teams/a\n::warning::pwned\u001b[31m\u202e';
  const files = {
    'carbon-budget.yml': yaml(
      'defaults: { pue: 1, intensity: 1000 }',
      'budgets: { total: 1 kg }',
      'include: ["teams/*/carbon-budget.yml"]',
      'workloads:',
      workload(hostile, ', budget: 0.5 kg'),
    ),
    [`${team}/carbon-budget.yml`]: yaml('budgets: { total: 0.5 kg }', 'workloads:', workload('w')),
  };

  it('in the text report: `::` starting a line and every `##[` are escaped, paths made printable', async () => {
    const root = workspace(files);
    const { code, stdout } = await cli(['estimate'], root);
    expect(code).toBe(1);
    expect(dangers(stdout)).toEqual([]);
    expect(stdout).toContain('\n\\u003A:add-mask::x ##\\u005Badd-mask]y  training');
    // A line break in a name becomes a space, so the `::` after it starts no line.
    expect(stdout).toContain('\ntotal of teams/a ::warning::pwned\\u001B[31m\\u202E/carbon-budget.yml  1 kgCO2e');
    expect(stdout).toContain('\n  \\u003A:add-mask::x ##\\u005Badd-mask]y: 1 accelerator-h');
  });

  it('in the markdown report', async () => {
    const { stdout } = await cli(['estimate', '--format', 'markdown'], workspace(files));
    expect(dangers(stdout)).toEqual([]);
    expect(stdout).toContain('| total of teams/a ::warning::pwned\\\\u001B\\[31m\\\\u202E/carbon-budget.yml |');
  });

  it('in the JSON report, which reads back to the names as written', async () => {
    const { stdout } = await cli(['estimate', '--format', 'json'], workspace(files));
    expect(dangers(stdout)).toEqual([]);
    expect(stdout).toContain('"name":"::add-mask::x ##\\u005badd-mask]y"');
    const report = JSON.parse(stdout) as { workloads: { name: string }[]; budgets: { name: string }[] };
    expect(report.workloads.map((w) => w.name)).toEqual([hostile, 'w']);
    expect(report.budgets[1]?.name).toBe(`total of ${team}/carbon-budget.yml`);
  });

  it('in problems: the path, an unknown key and a value quoted back', async () => {
    const root = workspace({
      'carbon-budget.yml': yaml('include: ["teams/*/carbon-budget.yml"]', 'workloads: []'),
      [`${team}/carbon-budget.yml`]: yaml(
        'workloads:',
        '  - { name: w, kind: training, power: 1 kW, accelerator-hours: 1, region: "aws:\\e[2J\\n::error::x" }',
        '"k\\n::error::y\\e]0;title\\a": 1',
      ),
    });
    const { code, stdout, stderr } = await cli(['estimate'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(dangers(stderr)).toEqual([]);
    const path = 'teams/a ::warning::pwned\\u001B[31m\\u202E/carbon-budget.yml';
    // The region's value starts at column 75: 13 for `  - { name: `, then 62 for `w,` and the keys.
    expect(stderr.split('\n')).toEqual([
      `${path}:2:75: \`region\`: unknown AWS region \`\\u001B[2J ::error::x\``,
      `${path}:3:1: unknown key \`k ::error::y\\u001B]0;title\\u0007\``,
      'carbon-budget: 2 problems in the workload files; nothing was estimated',
      '',
    ]);
  });
});

describe('the markdown notifies nobody and links no issue', () => {
  it.each([
    ['&commat;octocat', '\\&commat;octocat'],
    ['&#64;octocat', '\\&\\#\u200b64;octocat'],
    ['&#x40;octocat', '\\&\\#\u200bx40;octocat'],
    ['@octocat and @org/team', '@\u200boctocat and @\u200borg/team'],
    ['\\@octocat', '\\\\@\u200boctocat'],
    ['#123, org/repo#1 and GH-7', '\\#\u200b123, org/repo\\#\u200b1 and GH-\u200b7'],
    ['https://github.com/o/r/issues/1', 'https:/\u200b/github.com/o/r/issues/1'],
    ['www.github.com/o/r/issues/1', 'www\u200b.github.com/o/r/issues/1'],
  ])('%s', (text, shown) => {
    expect(cell(text)).toBe(shown);
  });

  it('writes the fixed text @tgwf/co2 in a code span, and entities in names do not become mentions', async () => {
    const root = workspace({
      'carbon-budget.yml': yaml(
        'defaults: { pue: 1, intensity: 1000 }',
        'workloads:',
        workload('&commat;octocat &#64;a'),
      ),
    });
    const { stdout } = await cli(['estimate', '--format', 'markdown'], root);
    expect(stdout).toContain('CO2.js (`@tgwf/co2`)');
    expect(stdout).toContain('| \\&commat;octocat \\&\\#\u200b64;a | training |');
    // Outside code spans, no `@` is followed by a name and no `&` starts an entity.
    const prose = stdout.replace(/`[^`]*`/g, '');
    expect(prose).not.toMatch(/@[A-Za-z0-9]/);
    expect(prose).not.toMatch(/(^|[^\\])&[#A-Za-z]/m);
  });
});

describe("the action's log", () => {
  const saved = { ...process.env };
  let stdout: string[];
  beforeEach(() => {
    stdout = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  /** The workflow commands in the log: only @actions/core's own, each one line. */
  const commands = (log: string) =>
    log
      .split('\n')
      .filter((l) => /^\s*::|##\[/.test(l))
      .map((l) => /^::[a-z-]+/.exec(l)?.[0] ?? l);

  async function action(files: Record<string, string>) {
    const dir = workspace(files);
    const runner = mkdtempSync(join(tmpdir(), 'carbon-budget-runner-'));
    const output = join(runner, 'output');
    const event = join(runner, 'event.json');
    writeFileSync(output, '');
    writeFileSync(event, '{}');
    mkdirSync(join(runner, 'temp'));
    process.env = {
      ...saved,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: output,
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: join(runner, 'temp'),
      INPUT_CONFIG: 'carbon-budget.yml',
      'INPUT_GITHUB-TOKEN': '',
      INPUT_COMMENT: 'off',
      'INPUT_COMMENT-ON': 'always',
      'INPUT_FAIL-ON': 'over',
      'INPUT_BASE-REF': '',
      INPUT_REPORT: '',
    };
    await run();
    return { log: stdout.join(''), output: readFileSync(output, 'utf8') };
  }

  it("annotates a problem with its value escaped, on one line that starts the runner's own command", async () => {
    const { log } = await action({
      'carbon-budget.yml': yaml(
        'workloads:',
        '  - { name: w, kind: training, power: 1 kW, accelerator-hours: 1, ' +
          'region: "aws:\\e[2J\\u202e\\n::add-mask::x" }',
      ),
    });
    expect(log).toContain(
      '::error title=carbon-budget%3A invalid workload file,file=carbon-budget.yml,line=2,col=75::' +
        '`region`: unknown AWS region `\\u001B[2J\\u202E ::add-mask::x`',
    );
    expect(commands(log)).toEqual(['::error', '::error']);
    expect(dangers(log.replace(/^::/gm, ''))).toEqual([]);
  });

  it('names an over-budget path printable in the error annotation', async () => {
    const team = 'teams/a\u001b[31m\u202e';
    const { log } = await action({
      'carbon-budget.yml': yaml(
        'defaults: { pue: 1, intensity: 1000 }',
        'include: ["teams/*/carbon-budget.yml"]',
        'workloads: []',
      ),
      [`${team}/carbon-budget.yml`]: yaml('budgets: { total: 0.5 kg }', 'workloads:', workload('w')),
    });
    // core escapes `%` in the message and `:` in the file property.
    expect(log).toContain(
      '::error title=carbon budget over,file=teams/a\\u001B[31m\\u202E/carbon-budget.yml,line=1::' +
        'total of teams/a\\u001B[31m\\u202E/carbon-budget.yml: 1 kgCO2e, 500 gCO2e (100%25) over its 500 gCO2e limit',
    );
    expect(commands(log)).toEqual(['::error', '::error']);
    expect(dangers(log.replace(/^::/gm, ''))).toEqual([]);
  });
});
