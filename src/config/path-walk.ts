import type { Path } from './yaml-positions.js';

/**
 * Follows a path zod reports through a parsed file's nodes (either reader's), choosing at the last
 * step the key or the value. A path that leads nowhere, such as a missing field, ends at the
 * deepest part that exists.
 */
export function walkPath<N>(
  root: N,
  path: Path,
  options: { key?: boolean },
  child: (node: N, part: PropertyKey) => { key?: N; value?: N },
): N {
  let node: N | undefined = root;
  let best = root;
  for (const [index, part] of path.entries()) {
    if (node === undefined) break;
    const next = child(node, part);
    const last = index === path.length - 1;
    const chosen = last && options.key ? (next.key ?? next.value) : (next.value ?? next.key);
    if (chosen === undefined) break;
    best = chosen;
    node = next.value;
  }
  return best;
}
