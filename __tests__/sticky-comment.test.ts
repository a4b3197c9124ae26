import { describe, expect, it } from '@jest/globals';
import { readMarker, writeMarker } from '../src/github/marker.js';
import { writeStickyComment, type CommentApi } from '../src/github/sticky-comment.js';

/** An in-memory comment thread whose calls yield to each other, as two runners' requests would. */
function thread() {
  const comments: { id: number; body: string; user?: { login: string; type: string } }[] = [];
  let next = 1;
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  const api: CommentApi = {
    list: async () => {
      await tick();
      return comments.map((c) => ({ user: { login: 'github-actions[bot]', type: 'Bot' }, ...c }));
    },
    self: () => Promise.resolve(undefined),
    create: async (body) => {
      await tick();
      const c = { id: next++, body };
      comments.push(c);
      return c;
    },
    update: async (id, body) => {
      await tick();
      const c = comments.find((x) => x.id === id);
      if (!c) throw Object.assign(new Error('Not Found'), { status: 404 });
      c.body = body;
      return c;
    },
    remove: async (id) => {
      await tick();
      const i = comments.findIndex((x) => x.id === id);
      if (i < 0) throw Object.assign(new Error('Not Found'), { status: 404 });
      comments.splice(i, 1);
    },
  };
  return { api, comments };
}

const marker = (time: string, set = 'carbon-budget.yml') => ({ set, headSha: `sha-${time}`, time });

describe('the sticky comment', () => {
  it('leaves one comment, with the newer report, when two runs create it at the same time', async () => {
    const { api, comments } = thread();
    await Promise.all([
      writeStickyComment(api, 'update', marker('2026-11-20T10:00:00Z'), 'older report'),
      writeStickyComment(api, 'update', marker('2026-11-20T11:00:00Z'), 'newer report'),
    ]);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('newer report');
  });

  it('keeps one comment per workload file set', async () => {
    const { api, comments } = thread();
    await writeStickyComment(api, 'update', marker('2026-11-20T10:00:00Z', 'a.yml'), 'report a');
    await writeStickyComment(api, 'update', marker('2026-11-20T10:00:00Z', 'b.yml'), 'report b');
    await writeStickyComment(api, 'update', marker('2026-11-20T11:00:00Z', 'a.yml'), 'report a2');
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual(['report a2', 'report b']);
  });

  it('posts a new comment every time with `new`, and none with `off`', async () => {
    const { api, comments } = thread();
    await writeStickyComment(api, 'new', marker('2026-11-20T10:00:00Z'), 'one');
    await writeStickyComment(api, 'new', marker('2026-11-20T10:00:00Z'), 'two');
    expect(await writeStickyComment(api, 'off', marker('2026-11-20T10:00:00Z'), 'three')).toEqual({
      action: 'skipped',
      reason: 'comment is off',
    });
    expect(comments).toHaveLength(2);
  });
});

describe('whose comment it is', () => {
  it("takes no other bot's comment for its own, marker or not: it writes its own and leaves theirs", async () => {
    const { api, comments } = thread();
    const quoted = `quoting the bot:\n${writeMarker(marker('2026-11-20T09:00:00Z'))}`;
    comments.push({ id: 99, body: quoted, user: { login: 'renovate[bot]', type: 'Bot' } });
    const outcome = await writeStickyComment(api, 'update', marker('2026-11-20T10:00:00Z'), 'report');
    expect(outcome).toMatchObject({ action: 'created', removedDuplicates: 0 });
    expect(comments.map((c) => c.id)).toEqual([99, 1]);
    expect(comments[0]?.body).toBe(quoted);
  });

  it("takes a personal token's own comments for its own, and not the Actions bot's", async () => {
    const { api, comments } = thread();
    const own = { ...api, self: () => Promise.resolve('ml-platform') };
    comments.push({ id: 50, body: `old\n${writeMarker(marker('2026-11-20T09:00:00Z'))}` });
    comments.push({
      id: 51,
      body: `old\n${writeMarker(marker('2026-11-20T09:00:00Z'))}`,
      user: { login: 'ml-platform', type: 'User' },
    });
    const outcome = await writeStickyComment(own, 'update', marker('2026-11-20T10:00:00Z'), 'report');
    expect(outcome).toMatchObject({ action: 'updated', id: 51 });
    expect(comments.map((c) => [c.id, c.body.split('\n')[0]])).toEqual([
      [50, 'old'],
      [51, 'report'],
    ]);
  });

  it('updates the comment a concurrent run wrote when its own was deleted, instead of adding a second', async () => {
    const { api, comments } = thread();
    comments.push({ id: 7, body: `old\n${writeMarker(marker('2026-11-20T09:00:00Z'))}` });
    // Between this run's listing and its update, someone deletes comment 7 and another run writes 8.
    const racing: CommentApi = {
      ...api,
      update: async (id, body) => {
        if (id === 7) {
          comments.splice(0, 1, { id: 8, body: `other run\n${writeMarker(marker('2026-11-20T09:30:00Z'))}` });
          throw Object.assign(new Error('Not Found'), { status: 404 });
        }
        return api.update(id, body);
      },
    };
    const outcome = await writeStickyComment(racing, 'update', marker('2026-11-20T10:00:00Z'), 'report');
    expect(outcome).toMatchObject({ action: 'updated', id: 8 });
    expect(comments.map((c) => [c.id, c.body.split('\n')[0]])).toEqual([[8, 'report']]);
  });
});

describe('the marker', () => {
  it('reads back what it writes, dashes included, and only the last marker of a body counts', () => {
    const m = { set: 'teams/--odd--/carbon-budget.yml', headSha: 'abc', time: '2026-11-20T10:00:00Z' };
    const written = writeMarker(m);
    // An HTML comment may not contain `--` between its `<!--` and `-->`.
    expect(written.slice('<!--'.length, -'-->'.length)).not.toContain('--');
    expect(readMarker(`report\n${written}`)).toEqual(m);
    const forged = writeMarker({ ...m, set: 'forged' });
    expect(readMarker(`a workload named ${forged}\n${written}`)).toEqual(m);
    expect(readMarker('no marker')).toBeUndefined();
  });
});
