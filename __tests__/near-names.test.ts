import { describe, expect, it } from '@jest/globals';
import { nearNames } from '../src/config/near-names.js';
import { problemsOf, yaml } from './helpers/workspace.js';

describe('files of a near name, where a workload file is missing', () => {
  it('takes names that differ in case, separators or YAML extension, in the same directory only', () => {
    const present = [
      '/r/carbon-budget.yaml',
      '/r/Carbon_Budget.YML',
      '/r/carbon-budget.json',
      '/r/carbon-budget.yml.bak',
      '/r/carbon-budgets.yml',
      '/r/teams/carbon-budget.yaml',
      '/r/notes.md',
    ];
    // Only .yml and .yaml: an include of any other file is refused.
    expect(nearNames('/r/carbon-budget.yml', present)).toEqual(['Carbon_Budget.YML', 'carbon-budget.yaml']);
    expect(nearNames('/r/other.yml', present)).toEqual([]);
  });

  it('names the near file for an include, and says to include it by that name', async () => {
    const problems = await problemsOf({
      'carbon-budget.yml': yaml('include: [team/carbon-budget.yml]', 'workloads: []'),
      'team/carbon-budget.yaml': yaml('workloads: []'),
    });
    expect(problems).toEqual([
      'carbon-budget.yml:1:11: include `team/carbon-budget.yml`: team/carbon-budget.yml no such file, ' +
        'but `carbon-budget.yaml` is there: rename it to `carbon-budget.yml`, or include it by that name ' +
        '(paths are relative to carbon-budget.yml)',
    ]);
  });
});
