/** Edit distance (insertions, deletions, substitutions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * The candidates closest to `word`, best first. A candidate containing the word (or contained in
 * it) counts as close, so `a100` finds `nvidia-a100-sxm4-80gb`.
 */
export function nearest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = word.toLowerCase();
  const best = new Map<string, { candidate: string; score: number }>();
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (best.has(lower)) continue; // the first spelling listed is the canonical one
    const distance = editDistance(needle, lower);
    const contains = needle.length >= 2 && (lower.includes(needle) || needle.includes(lower));
    const threshold = Math.max(2, Math.floor(Math.max(needle.length, lower.length) / 3));
    // Containment ranks just behind a one-letter typo, shorter extensions first.
    const score = Math.min(distance, contains ? 1 + Math.abs(lower.length - needle.length) / 100 : Infinity);
    if (distance <= threshold || contains) best.set(lower, { candidate, score });
  }
  return [...best.values()]
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** " (did you mean `x`?)", " (did you mean `x`, `y`?)" or "". */
export function didYouMean(word: string, candidates: Iterable<string>, limit = 3): string {
  const found = nearest(word, candidates, limit);
  return found.length === 0 ? '' : ` (did you mean ${found.map((f) => `\`${f}\``).join(', ')}?)`;
}

/** `a`, `a` or `b`, `a`, `b` or `c`. */
export function orList(items: readonly string[]): string {
  const quoted = items.map((i) => `\`${i}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] ?? ''}`;
}
