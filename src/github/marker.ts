// The hidden marker that makes a comment "ours": written and read here only. It names the
// workload file set (so that several action steps keep one comment each) and the head commit
// and its time (so that a run for an older commit never overwrites a newer one's comment).

export interface Marker {
  /** The workload file set, as given to the action's `config` input. */
  readonly set: string;
  readonly headSha: string;
  /** ISO 8601 time of the head commit's event (pull request `updated_at`). */
  readonly time: string;
}

const PREFIX = '<!-- carbon-budget:sticky ';
const PATTERN = /<!-- carbon-budget:sticky (\{.*?\}) -->/g;

export function writeMarker(marker: Marker): string {
  // JSON inside an HTML comment: `--` must not appear, and JSON.stringify never emits `-->`
  // unless a value contains it, so the dashes are escaped.
  const json = JSON.stringify(marker).replace(/--/g, '-\\u002d');
  return `${PREFIX}${json} -->`;
}

export function readMarker(body: string | undefined | null): Marker | undefined {
  // The marker is written last in the body, after anything that came from a workload file.
  const match = body ? [...body.matchAll(PATTERN)].at(-1) : undefined;
  if (!match?.[1]) return undefined;
  try {
    const value = JSON.parse(match[1]) as Partial<Marker>;
    if (typeof value.set !== 'string' || typeof value.headSha !== 'string' || typeof value.time !== 'string')
      return undefined;
    return { set: value.set, headSha: value.headSha, time: value.time };
  } catch {
    return undefined;
  }
}
