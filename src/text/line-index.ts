/** A line and column, both counted from 1. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Lines and columns of offsets into one text. The starts of its lines are found once, on the first
 * question, and each question is then a binary search: counting the lines before each offset
 * afresh made a file with thousands of positions take time that grew with the square of its size.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  at(offset: number): LineColumn {
    this.starts ??= lineStarts(this.text);
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
