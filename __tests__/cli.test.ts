import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/cli.js';
import type { Report } from '../src/report/report.js';
import { buildBundle } from './helpers/bundle.js';
import { workspace, yaml } from './helpers/workspace.js';

let cli: string;

beforeAll(() => {
  cli = buildBundle().cli;
});

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// One workload of 100 kWh at PUE 1 and 500 g/kWh: 50 kg.
const files = (budget: string) => ({
  'carbon-budget.yml': yaml(
    `budgets: { total: ${budget} }`,
    'workloads:',
    '  - name: finetune',
    '    kind: training',
    '    power: 500 W',
    '    count: 4',
    '    hours: 50',
    '    pue: 1',
    '    intensity: 500 g/kWh',
  ),
});

describe('files the fast reader steps aside from', () => {
  it('reads anchors and reports syntax errors through dist/yaml-reference.js, loaded on demand', () => {
    const anchors = run(
      ['estimate'],
      workspace({
        'carbon-budget.yml': yaml(
          'defaults: &d { pue: 1, intensity: 100 }',
          'workloads:',
          '  - { name: a, kind: training, power: 1 kW, accelerator-hours: 10 }',
        ),
      }),
    );
    expect(anchors.stderr).toBe('');
    expect(anchors.stdout).toContain('1 kgCO2e and 10 kWh for 1 workload');
    const broken = run(
      ['estimate'],
      workspace({ 'carbon-budget.yml': yaml('workloads:', '  - { name: a, kind: training') }),
    );
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(
      'carbon-budget.yml:2:5: YAML syntax: the `{` here is not closed: ' +
        'end the mapping with `}` (on its line, or on lines indented further than its key)',
    );
  });
});

describe('output to a reader that stops early', () => {
  it('exits quietly when the pipe closes (`carbon-budget catalog | head -1`)', async () => {
    const child = spawn(process.execPath, [cli, 'catalog'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close our end, as `head` does.
    await new Promise<void>((done) =>
      child.stdout.once('data', () => {
        done();
      }),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('carbon-budget estimate', () => {
  it('prints a table and exits 0 within budget', () => {
    const { code, stdout, stderr } = run(['estimate'], workspace(files('100 kg')));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^finetune\s+training\s+500 g\/kWh\s+100 kWh\s+50 kgCO2e\s+-$/m);
    expect(stdout).toMatch(/^total\s+50 kgCO2e\s+100 kgCO2e\s+50%\s+OK$/m);
    expect(stdout).toContain('finetune: 4 x 50 h x 500 W = 100 kWh IT x PUE 1 = 100 kWh x 500 gCO2e/kWh = 50 kgCO2e');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('WITHIN BUDGET: 50 kgCO2e and 100 kWh for 1 workload');
  });

  it('exits 1 over budget, saying by how much', () => {
    const { code, stdout } = run(['estimate', 'carbon-budget.yml'], workspace(files('40 kg')));
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      'OVER BUDGET: total: 50 kgCO2e, 10 kgCO2e (25%) over its 40 kgCO2e limit',
    );
  });

  it('exits 0 at warn', () => {
    expect(run(['estimate'], workspace(files('55 kg'))).code).toBe(0);
  });

  it('prints the JSON report, and writes it with --output (replacing a longer file that was there)', () => {
    const dir = workspace(files('40 kg'));
    writeFileSync(join(dir, 'report.json'), `${'x'.repeat(100_000)}\n`);
    const { code, stdout } = run(['estimate', '--format', 'json', '--output', 'report.json'], dir);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report).toMatchObject({
      schemaVersion: 1,
      status: 'over',
      config: 'carbon-budget.yml',
      totals: { energyKwh: 100, co2eKg: 50, workloads: 1 },
      budgets: [{ name: 'total', limitKg: 40, usedKg: 50, status: 'over', excessKg: 10 }],
    });
    expect(report.workloads[0]).toMatchObject({
      name: 'finetune',
      kind: 'training',
      file: 'carbon-budget.yml',
      line: 3,
      energyKwh: 100,
      co2eKg: 50,
      assumptions: {
        power: { watts: 500, basis: 'declared' },
        pue: { value: 1, basis: 'declared' },
        intensity: { gPerKwh: 500, basis: 'declared' },
      },
    });
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(stdout);
  });

  it('indents the JSON for a terminal, and writes one line to a pipe and to --output', async () => {
    const dir = workspace(files('40 kg'));
    const stdout = async (interactive: boolean) => {
      const out: string[] = [];
      await runCli(['estimate', '--format', 'json', '--output', 'report.json'], {
        cwd: dir,
        interactive,
        out: (t) => out.push(t),
        err: () => undefined,
      });
      return out.join('');
    };
    const atTerminal = await stdout(true);
    expect(atTerminal.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
    const piped = await stdout(false);
    expect(piped.startsWith('{"schemaVersion":1,')).toBe(true);
    expect(piped.split('\n')).toEqual([expect.any(String), '']);
    expect(JSON.parse(piped)).toEqual(JSON.parse(atTerminal));
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(piped);
  });

  it('fails, rather than leave a cut-off report, when --output cannot be written whole', () => {
    const dir = workspace(files('40 kg'));
    // A file-size limit of one block (512 bytes to dash, 1,024 to bash); the report is about 2 KB.
    const result = spawnSync(
      'sh',
      [
        '-c',
        'ulimit -f 1 && exec "$0" "$@"',
        process.execPath,
        cli,
        'estimate',
        '--format',
        'json',
        '--output',
        'report.json',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.stdout.length).toBeGreaterThan(1024);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^carbon-budget: could not write the report to report\.json: EFBIG/);
  });

  it('prints the markdown report with the verdict first and the method folded', () => {
    const { code, stdout } = run(['estimate', '-f', 'markdown'], workspace(files('40 kg')));
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('### ❌ carbon-budget `carbon-budget.yml`: Over budget');
    expect(lines[2]).toBe('total: 50 kgCO2e, 10 kgCO2e (25%) over its 40 kgCO2e limit');
    expect(stdout).toContain('| finetune | training | 500 g/kWh | 100 kWh | 50 kgCO2e |  |');
    expect(stdout).toContain('| total | 50 kgCO2e | 40 kgCO2e | 125% | ❌ over by 10 kgCO2e |');
    expect(stdout).toMatch(/<details><summary>How these figures were worked out<\/summary>[\s\S]*<\/details>\n$/);
  });

  it('exits 2 with file:line:column messages for an invalid file, and prints no report', () => {
    const dir = workspace({
      'carbon-budget.yml': yaml('workloads:', '  - name: x', '    kind: training', '    count: -1'),
    });
    const { code, stdout, stderr } = run(['estimate'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('carbon-budget.yml:4:12: `count`: must be greater than zero, got `-1`\n');
    expect(stderr).toContain('problem');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on usage errors, with one line and a pointer to --help rather than the whole usage', () => {
    const dir = workspace(files('1 t'));
    const help = 'Run `carbon-budget --help` for the commands and options.\n';
    expect(run(['estimate', '--format', 'xml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `carbon-budget: unknown format \`xml\`: use text, markdown or json\n${help}`,
    });
    expect(run(['estiamte'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `carbon-budget: unknown command \`estiamte\` (did you mean \`estimate\`?)\n${help}`,
    });
    expect(run(['frobnicate'], dir).stderr).toBe(`carbon-budget: unknown command \`frobnicate\`\n${help}`);
    expect(run(['estimate', '--fromat', 'json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `carbon-budget: unknown option \`--fromat\` for \`estimate\` (did you mean \`--format\`?)\n${help}`,
    });
    expect(run(['estimate', '--bogus'], dir)).toMatchObject({
      code: 2,
      stderr: `carbon-budget: unknown option \`--bogus\` for \`estimate\`\n${help}`,
    });
    expect(run(['catalog', 'regoins'], dir).stderr).toBe(
      'carbon-budget: unknown catalog `regoins` (did you mean `regions`?): ' +
        `use accelerators, instances, regions or pue\n${help}`,
    );
    expect(run(['estimate', 'missing.yml'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing.yml: no such file'),
    });
  });

  it('says that --base needs a git repository, and which revision the repository lacks', () => {
    const outside = workspace(files('1 t'));
    expect(run(['estimate', '--base', 'main'], outside)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `carbon-budget: --base compares with a git revision, but ${outside} is not in a git repository: ` +
        'run carbon-budget on workload files inside the repository, or leave out --base\n' +
        'Run `carbon-budget --help` for the commands and options.\n',
    });
    const repo = workspace(files('1 t'));
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo });
    git('init', '-q');
    git('add', 'carbon-budget.yml');
    git('commit', '-qm', 'base');
    expect(run(['estimate', '--base', 'no-such-branch'], repo)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`has no revision \`no-such-branch\``),
    });
    // The same file at HEAD: 50 kg before and after, within the 1 t budget.
    const compared = run(['estimate', '--base', 'HEAD'], repo);
    expect(compared.stderr).toBe('');
    expect(compared.code).toBe(0);
  });

  it('reads the base from the repository the workload file is in, run from another one', () => {
    const git = (cwd: string, ...args: string[]) =>
      spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });
    const repo = workspace(files('1 t'));
    git(repo, 'init', '-q');
    git(repo, 'add', 'carbon-budget.yml');
    git(repo, 'commit', '-qm', 'base');
    const sha = git(repo, 'rev-parse', '--short', 'HEAD').stdout.trim();
    // The head doubles the hours: 100 kg against the base's 50 kg.
    writeFileSync(`${repo}/carbon-budget.yml`, files('1 t')['carbon-budget.yml'].replace('hours: 50', 'hours: 100'));
    const elsewhere = workspace({ 'notes.md': 'another repository\n' });
    git(elsewhere, 'init', '-q');
    const compared = run(['estimate', '--base', 'HEAD', `${repo}/carbon-budget.yml`], elsewhere);
    expect(compared.stderr).toBe('');
    expect(compared.stdout).toContain(`Compared with HEAD (${sha}).`);
    expect(compared.stdout).toMatch(/finetune .* 100 kgCO2e\s+\+50 kgCO2e/);
  });

  it('names a carbon-budget.yaml (or another spelling) when carbon-budget.yml is not there', () => {
    const dir = workspace({ 'carbon-budget.yaml': files('1 t')['carbon-budget.yml'], 'notes.yml': 'a: 1\n' });
    expect(run(['estimate'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'carbon-budget.yml: no such file, but `carbon-budget.yaml` is there: rename it to `carbon-budget.yml`, ' +
        "or name it as the workload file (`carbon-budget estimate PATH`, or the action's `config` input)\n" +
        'carbon-budget: 1 problem in the workload files; nothing was estimated\n',
    });
    expect(run(['estimate', 'carbon-budget.yaml'], dir).code).toBe(0);
  });
});

describe('other commands', () => {
  it('prints the JSON Schema and the catalog', () => {
    const dir = workspace({});
    const schema = run(['schema'], dir);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout)).toMatchObject({ title: 'carbon-budget.yml', type: 'object' });
    const catalog = run(['catalog', 'accelerators'], dir);
    expect(catalog.stdout).toMatch(/nvidia-h100-sxm5-80gb\s+700 W/);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(run(['--version'], dir).stdout).toBe(`${version}\n`);
  });
});
