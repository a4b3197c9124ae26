import { readMarker, writeMarker, type Marker } from './marker.js';

/** The few issue-comment calls the sticky comment needs (GitHub's REST API behind them). */
export interface Author {
  readonly login: string;
  readonly type?: string;
}

export interface CommentApi {
  /** Every comment of the pull request, oldest first (all pages). */
  list(): Promise<readonly { id: number; body?: string | null; html_url?: string; user?: Author | null }[]>;
  /** The login the token acts as, when the API says (personal tokens); undefined for app tokens. */
  self(): Promise<string | undefined>;
  create(body: string): Promise<{ id: number; html_url?: string }>;
  update(id: number, body: string): Promise<{ id: number; html_url?: string }>;
  remove(id: number): Promise<void>;
}

export type CommentMode = 'update' | 'new' | 'off';

export type CommentOutcome =
  | {
      readonly action: 'created' | 'updated';
      readonly id: number;
      readonly url?: string;
      readonly removedDuplicates: number;
    }
  | { readonly action: 'skipped'; readonly reason: string };

type Listed = Awaited<ReturnType<CommentApi['list']>>[number];

/** Who GITHUB_TOKEN comments as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The comments that are the action's own for this set: they carry its marker and were written by
 * the token's own identity, the user of a personal token or else the Actions bot (GITHUB_TOKEN).
 * A marker in anybody else's comment, another bot's included, makes it neither ours to edit nor
 * ours to delete.
 */
async function ownComments(api: CommentApi, set: string): Promise<Listed[]> {
  const marked = (await api.list()).filter((c) => readMarker(c.body)?.set === set);
  if (marked.length === 0) return marked;
  const self = (await api.self()) ?? ACTIONS_BOT;
  return marked.filter((c) => c.user?.login === self);
}

function isNewer(a: Marker, b: Marker): boolean {
  return Date.parse(a.time) > Date.parse(b.time);
}

/**
 * Writes the report as the action's one comment for this workload file set: updates the earliest
 * comment carrying the set's marker, or creates one. Duplicates left by a concurrent run are
 * removed after the write, so that every run converges on the same single comment; the newest
 * head's report wins.
 */
export async function writeStickyComment(
  api: CommentApi,
  mode: CommentMode,
  marker: Marker,
  report: string,
  options: { create?: boolean; /** How many times a comment was deleted under this call. */ deleted?: number } = {},
): Promise<CommentOutcome> {
  if (mode === 'off') return { action: 'skipped', reason: 'comment is off' };
  const body = `${report.trimEnd()}\n\n${writeMarker(marker)}\n`;
  if (mode === 'new') {
    if (options.create === false) return { action: 'skipped', reason: 'nothing changed' };
    const created = await api.create(body);
    return {
      action: 'created',
      id: created.id,
      ...(created.html_url ? { url: created.html_url } : {}),
      removedDuplicates: 0,
    };
  }

  const ours = await ownComments(api, marker.set);
  let target = ours[0];
  let action: 'created' | 'updated';
  let url: string | undefined;
  if (target === undefined) {
    if (options.create === false)
      return { action: 'skipped', reason: 'nothing changed and no earlier comment to update' };
    const created = await api.create(body);
    action = 'created';
    url = created.html_url;
    // Another run may have created its comment at the same time: look again, keep the earliest.
    const again = await ownComments(api, marker.set);
    target = again[0] ?? { id: created.id, body };
    const removed = await removeDuplicates(api, again, target.id);
    if (target.id !== created.id) {
      // Our new comment lost the race to an earlier one (and was removed): that one is kept.
      const theirs = readMarker(target.body);
      url =
        theirs === undefined || !isNewer(theirs, marker)
          ? (await api.update(target.id, body)).html_url
          : target.html_url;
      action = 'updated';
    }
    return { action, id: target.id, ...(url ? { url } : {}), removedDuplicates: removed };
  }

  const existing = readMarker(target.body);
  const removed = await removeDuplicates(api, ours, target.id);
  if (existing !== undefined && isNewer(existing, marker)) {
    return {
      action: 'skipped',
      reason: `the comment already reports a newer commit (${existing.headSha.slice(0, 7)})`,
    };
  }
  try {
    const updated = await api.update(target.id, body);
    return {
      action: 'updated',
      id: target.id,
      ...(updated.html_url ? { url: updated.html_url } : {}),
      removedDuplicates: removed,
    };
  } catch (error) {
    // A listing that keeps naming a deleted comment is not chased for ever.
    const deleted = (options.deleted ?? 0) + 1;
    if ((error as { status?: unknown }).status !== 404 || deleted > 2) throw error;
    // Deleted between listing and updating. A concurrent run may have written a new one meanwhile:
    // that one is brought up to date rather than joined by a second.
    const again = await writeStickyComment(api, mode, marker, report, { ...options, deleted });
    return again.action === 'skipped' ? again : { ...again, removedDuplicates: again.removedDuplicates + removed };
  }
}

async function removeDuplicates(api: CommentApi, ours: readonly { id: number }[], keep: number): Promise<number> {
  let removed = 0;
  for (const c of ours) {
    if (c.id === keep) continue;
    try {
      await api.remove(c.id);
      removed++;
    } catch (error) {
      // A concurrent run removed the same duplicate first.
      if ((error as { status?: unknown }).status !== 404) throw error;
    }
  }
  return removed;
}
