import { describe, expect, it } from '@jest/globals';
import { globbedFiles, planIncludes } from '../src/config/include-plan.js';

// What an include is refused for, decided from its text before any file is read, and what a
// glob's matches leave to load. The including file is /repo/teams/carbon-budget.yml.

const ROOT = '/repo';
const FROM = { file: 'teams/carbon-budget.yml', absolute: '/repo/teams/carbon-budget.yml' };
const NOT_YAML = 'must name .yml or .yaml workload files (and nothing under .git/)';
const MAY_MATCH_GIT =
  'could match files under .git/, which carbon-budget never reads: ' +
  "write a dot directory's name plainly (`.github/*.yml`), not through a wildcard";

describe('planIncludes', () => {
  it('refuses absolute paths and paths that lead outside the root', () => {
    expect(planIncludes(['/etc/passwd', 'C:\\x.yml', '../../x.yml', '../../*.yml'], FROM, ROOT)).toEqual([
      {
        action: 'refuse',
        message:
          'include `/etc/passwd` is an absolute path; ' +
          'includes are relative to teams/carbon-budget.yml and stay inside the repository',
      },
      {
        action: 'refuse',
        message:
          'include `C:\\x.yml` is an absolute path; ' +
          'includes are relative to teams/carbon-budget.yml and stay inside the repository',
      },
      // teams/../../x.yml is /x.yml: outside /repo, whether a path or a glob.
      {
        action: 'refuse',
        message:
          'include `../../x.yml` points outside the repository (/repo); carbon-budget reads only files inside it',
      },
      {
        action: 'refuse',
        message:
          'include `../../*.yml` points outside the repository (/repo); carbon-budget reads only files inside it',
      },
    ]);
  });

  it('refuses the including file itself, and a glob under .git before globbing it', () => {
    expect(planIncludes(['carbon-budget.yml', '../.git/*.yml'], FROM, ROOT)).toEqual([
      { action: 'refuse', message: 'include `carbon-budget.yml` names this file itself' },
      { action: 'refuse', message: `include \`../.git/*.yml\` ${MAY_MATCH_GIT}` },
    ]);
  });

  it('refuses a path that is not YAML or is under .git from its text, before reading it', () => {
    expect(
      planIncludes(['ml.yaml', '../shared/x.yml', 'notes.txt', '../.git/config', '../.GIT/x.yml', 'dir'], FROM, ROOT),
    ).toEqual([
      { action: 'read', pattern: 'ml.yaml', path: '/repo/teams/ml.yaml' },
      { action: 'read', pattern: '../shared/x.yml', path: '/repo/shared/x.yml' },
      { action: 'refuse', message: `include \`notes.txt\` ${NOT_YAML}` },
      { action: 'refuse', message: `include \`../.git/config\` ${NOT_YAML}` },
      // A disk that ignores case has .GIT too.
      { action: 'refuse', message: `include \`../.GIT/x.yml\` ${NOT_YAML}` },
      { action: 'refuse', message: `include \`dir\` ${NOT_YAML}; for the files of a directory, write \`dir/*.yml\`` },
    ]);
  });

  it('refuses a NUL, a control or an invisible character, and an absurd length, showing the text escaped', () => {
    const long = `${'a/'.repeat(2500)}x.yml`;
    expect(planIncludes(['a\0b.yml', 'x\u001b[31m.yml', 'x\u202Egpj.yml', long], FROM, ROOT)).toEqual([
      {
        action: 'refuse',
        message: 'include `a\\u0000b.yml` contains a NUL byte (\\u0000), which no file name may hold: remove it',
      },
      {
        action: 'refuse',
        message:
          'include `x\\u001B[31m.yml` contains a control character (\\u001B), which no file name may hold: remove it',
      },
      {
        action: 'refuse',
        message:
          'include `x\\u202Egpj.yml` contains an invisible formatting character (\\u202E), ' +
          'which no file name may hold: remove it',
      },
      // 2,500 `a/` and `x.yml`: 5,005 characters, not quoted.
      { action: 'refuse', message: 'include is 5,005 characters long; a path or glob may be at most 4,096' },
    ]);
  });

  it('refuses a glob any of whose brace alternatives leads outside the root or could match .git', () => {
    const outside = (p: string) =>
      `include \`${p}\` points outside the repository (/repo); carbon-budget reads only files inside it`;
    const patterns = ['{..,a}/*.yml', '{a,../..}/*.yml', '.g?t/*.yml', '{a,.git}/*.yml', '[.]git/*.yml', '{,.}git/*'];
    expect(planIncludes(patterns, FROM, ROOT)).toEqual([
      // teams/{..,a}: teams/.. is the root itself, which is inside; teams/../.. is not.
      { action: 'glob', pattern: '{..,a}/*.yml' },
      { action: 'refuse', message: outside('{a,../..}/*.yml') },
      { action: 'refuse', message: `include \`.g?t/*.yml\` ${MAY_MATCH_GIT}` },
      { action: 'refuse', message: `include \`{a,.git}/*.yml\` ${MAY_MATCH_GIT}` },
      { action: 'refuse', message: `include \`[.]git/*.yml\` ${MAY_MATCH_GIT}` },
      { action: 'refuse', message: `include \`{,.}git/*\` ${MAY_MATCH_GIT}` },
    ]);
    // A dot directory written plainly is globbed; so are steps that cannot begin with a dot.
    const fine = ['../.github/*.yml', '.config*/x.yml', '{ml,data}/**/*.yml', '[ab]*/x.yml', '*/carbon-budget.yml'];
    expect(planIncludes(fine, FROM, ROOT).map((plan) => plan.action)).toEqual(fine.map(() => 'glob'));
  });

  it('refuses a glob of a shape that makes the walk start above its directory or look everywhere', () => {
    // Each of these made tinyglobby list the parent directories, `/` itself, or .git (found by random
    // patterns), or made picomatch throw a TypeError that crashed the run.
    const cases: [string, string][] = [
      ['!/x.yml', 'starts with `!`, which makes a pattern of files to leave out; an include names files to read'],
      ['a\\*.yml', 'holds a backslash: write paths with `/`, and no escapes in a glob'],
      ['{a/*.yml', 'has an unmatched `{` or `}`'],
      ['a)/*.yml', 'has an unmatched `(` or `)`'],
      ['|*[!a]', 'has a `|` outside parentheses, which a glob takes for "or" of the whole pattern'],
      ['?,//', 'has an empty step (`//`, or a `/` at the end): name files'],
      ['a/*/', 'has an empty step (`//`, or a `/` at the end): name files'],
      ['..*', 'has a step that starts with `..` but is more than `..`, which a glob takes for the parent directory'],
      [
        '{..x,a}/*.yml',
        'has a step that starts with `..` but is more than `..`, which a glob takes for the parent directory',
      ],
    ];
    expect(
      planIncludes(
        cases.map(([p]) => p),
        FROM,
        ROOT,
      ),
    ).toEqual(cases.map(([p, why]) => ({ action: 'refuse', message: `include \`${p}\` ${why}` })));
  });

  it('refuses a glob whose braces stand for more than 256 patterns, without expanding them all', () => {
    // 4 x 4 x 4 x 4 x 4 = 1,024 patterns.
    const pattern = '{a,b,c,d}'.repeat(5) + '/*.yml';
    expect(planIncludes([pattern], FROM, ROOT)).toEqual([
      {
        action: 'refuse',
        message: `include \`${pattern}\` stands for more than 256 patterns through its braces; name fewer`,
      },
    ]);
  });

  it('globs a pattern, from the including file', () => {
    expect(planIncludes(['*/carbon-budget.yml'], FROM, ROOT)).toEqual([
      { action: 'glob', pattern: '*/carbon-budget.yml' },
    ]);
  });
});

describe('globbedFiles', () => {
  it('keeps the YAML files outside .git, less the including file', () => {
    const matches = [
      '/repo/teams/a.yml',
      '/repo/teams/b.txt',
      '/repo/teams/.git/c.yml',
      '/repo/teams/carbon-budget.yml',
    ];
    expect(globbedFiles('**/*', matches, FROM, ROOT)).toEqual({ files: ['/repo/teams/a.yml'] });
  });

  it('refuses a glob with a match outside the root, whatever its text', () => {
    expect(globbedFiles('{..,.}/../*.yml', ['/repo/a.yml', '/x.yml'], FROM, ROOT)).toEqual({
      problem:
        'include `{..,.}/../*.yml` points outside the repository (/repo); carbon-budget reads only files inside it',
    });
  });

  it('says when a glob matches nothing, or only the including file', () => {
    const why = (text: string) =>
      `include \`*.yml\` ${text} (paths are relative to teams/carbon-budget.yml; symbolic links are not followed)`;
    expect(globbedFiles('*.yml', [], FROM, ROOT)).toEqual({ problem: why('matches no file') });
    expect(globbedFiles('*.yml', ['/repo/teams/carbon-budget.yml'], FROM, ROOT)).toEqual({
      problem: why('matches only this file itself'),
    });
  });
});
