import { describe, expect, it } from '@jest/globals';
import { globbedFiles, planIncludes } from '../src/config/include-plan.js';

// What an include is refused for, decided from its text before any file is read, and what a
// glob's matches leave to load. The including file is /repo/teams/carbon-budget.yml.

const ROOT = '/repo';
const FROM = { file: 'teams/carbon-budget.yml', absolute: '/repo/teams/carbon-budget.yml' };
const NOT_YAML = 'must name .yml or .yaml workload files (and nothing under .git/)';

describe('planIncludes', () => {
  it('refuses absolute paths and paths that lead outside the root', () => {
    expect(planIncludes(['/etc/passwd', 'C:\\x.yml', '../../x.yml', '../../*.yml'], FROM, ROOT)).toEqual([
      {
        action: 'refuse',
        message:
          'include `/etc/passwd` is an absolute path; includes are relative to teams/carbon-budget.yml and stay inside the repository',
      },
      {
        action: 'refuse',
        message:
          'include `C:\\x.yml` is an absolute path; includes are relative to teams/carbon-budget.yml and stay inside the repository',
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
      { action: 'refuse', message: `include \`../.git/*.yml\` ${NOT_YAML}` },
    ]);
  });

  it('reads a path, refusing it only once read when it is not YAML or under .git', () => {
    // A file that cannot be read says why first (a missing notes.txt is "no such file"), so the
    // refusal waits for the read.
    expect(planIncludes(['ml.yaml', '../shared/x.yml', 'notes.txt', '../.git/config'], FROM, ROOT)).toEqual([
      { action: 'read', pattern: 'ml.yaml', path: '/repo/teams/ml.yaml' },
      { action: 'read', pattern: '../shared/x.yml', path: '/repo/shared/x.yml' },
      {
        action: 'read',
        pattern: 'notes.txt',
        path: '/repo/teams/notes.txt',
        refusal: `include \`notes.txt\` ${NOT_YAML}`,
      },
      {
        action: 'read',
        pattern: '../.git/config',
        path: '/repo/.git/config',
        refusal: `include \`../.git/config\` ${NOT_YAML}`,
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
