import { describe, expect, it } from '@jest/globals';
import { invalidComment, problemList } from '../src/github/comment.js';

const problem = (line: number, message: string, count?: number) => ({
  file: 'carbon-budget.yml',
  line,
  column: 1,
  message,
  ...(count === undefined ? {} : { count }),
});

describe('the problems of invalid files, in the comment and the summary', () => {
  it('lists every problem in a code span when no limit is given', () => {
    expect(problemList([problem(2, 'a'), problem(3, 'b')])).toBe(
      '- `carbon-budget.yml:2:1: a`\n- `carbon-budget.yml:3:1: b`',
    );
  });

  it('counts what is left past the limit, a line that stands for several problems as that many', () => {
    // Three lines: one problem, then the loader's summary of 150 more, then one more: 152 in all.
    // With two listed (1 + 150), one is left.
    const list = problemList([problem(2, 'a'), problem(0, 'and 150 more problems', 150), problem(9, 'c')], 2);
    expect(list.split('\n').at(-1)).toBe('- … and 1 more');
  });

  it('says how many problems there are, and lists the first ten', () => {
    const problems = Array.from({ length: 12 }, (_, i) => problem(i + 1, `p${i + 1}`));
    const { body, create } = invalidComment('carbon-budget.yml', problems);
    expect(create).toBe(true);
    expect(body).toContain('There is no estimate for this commit: 12 problems in the workload files');
    expect(body).toContain('- `carbon-budget.yml:10:1: p10`');
    expect(body).not.toContain('p11');
    expect(body.endsWith('- … and 2 more')).toBe(true);
  });
});
