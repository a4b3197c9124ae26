import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runContext } from '../src/github/event.js';

// Unit tests of what the action reads from the webhook payload. The payloads are the real examples
// in __tests__/fixtures/events (from @octokit/webhooks-examples), changed field by field where a
// test needs another value.

type Payload = Record<string, unknown>;

function fixture(name: string): Payload {
  return JSON.parse(readFileSync(`__tests__/fixtures/events/${name}.json`, 'utf8')) as Payload;
}

/** The fixture with one nested field set (or deleted, with `undefined`). */
function withField(name: string, path: readonly string[], value: unknown): Payload {
  const payload = fixture(name);
  let node = payload;
  for (const key of path.slice(0, -1)) node = node[key] as Payload;
  const last = path[path.length - 1]!;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return payload;
}

// The figures of pull_request.opened.json (and .synchronize.json): pull request #2 of Codertocat/Hello-World.
const PR_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const PR_BASE = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
const pullRequest = {
  number: 2,
  headSha: PR_HEAD,
  baseSha: PR_BASE,
  baseRef: 'master',
  updatedAt: '2019-05-15T15:20:33Z',
};

describe('pull_request and pull_request_target', () => {
  it.each(['pull_request', 'pull_request_target'])('%s: compares with the base commit of the pull request', (event) => {
    expect(runContext(event, fixture('pull_request.opened'), undefined)).toEqual({
      event,
      pullRequest,
      base: { ref: 'master', sha: PR_BASE },
    });
  });

  it("reads the pull request of a synchronize, not the push's own `before`", () => {
    // The synchronize fixture also has top-level before/after; the base is still the pull request's.
    const payload = withField('pull_request.synchronize', ['before'], '1111111111111111111111111111111111111111');
    expect(runContext('pull_request', payload, undefined)).toEqual({
      event: 'pull_request',
      pullRequest,
      base: { ref: 'master', sha: PR_BASE },
    });
  });

  it('compares with base-ref instead, by name only, when it is given', () => {
    const context = runContext('pull_request', fixture('pull_request.opened'), 'release/2.x');
    expect(context).toEqual({ event: 'pull_request', pullRequest, base: { ref: 'release/2.x' } });
    expect(context.base).not.toHaveProperty('sha');
  });

  it('takes a pull request number from the pull request itself', () => {
    const payload = withField('pull_request.opened', ['pull_request', 'number'], 4821);
    expect(runContext('pull_request', payload, undefined).pullRequest?.number).toBe(4821);
  });

  it.each<[string, readonly string[], unknown, string]>([
    ['no pull_request', ['pull_request'], undefined, 'pull_request'],
    ['a pull_request that is null', ['pull_request'], null, 'pull_request'],
    ['a number that is a string', ['pull_request', 'number'], '2', 'pull_request.number'],
    ['no updated_at', ['pull_request', 'updated_at'], undefined, 'pull_request.updated_at'],
    ['a head sha that is a number', ['pull_request', 'head', 'sha'], 42, 'pull_request.head.sha'],
    ['no base ref', ['pull_request', 'base', 'ref'], undefined, 'pull_request.base.ref'],
    ['a base that is a string', ['pull_request', 'base'], 'master', 'pull_request.base'],
  ])('is an error, naming the field, for a payload with %s', (_what, path, value, field) => {
    expect(runContext('pull_request', withField('pull_request.opened', path, value), undefined)).toEqual({
      event: 'pull_request',
      error:
        'the pull_request payload is not a pull request event as GitHub sends it: ' +
        `\`${field}\` is missing or not of its type`,
    });
  });

  it('names the event in the error, whatever base-ref says', () => {
    // An issues payload under pull_request_target.
    expect(runContext('pull_request_target', fixture('issues.opened'), 'main')).toEqual({
      event: 'pull_request_target',
      error:
        'the pull_request_target payload is not a pull request event as GitHub sends it: `pull_request` is missing ' +
        'or not of its type',
    });
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'the payload'],
    ['an array', [], 'the payload'],
    ['a string', 'pull_request', 'the payload'],
    ['nothing', undefined, 'the payload'],
    ['an empty object', {}, 'pull_request'],
  ])('is an error for a payload that is %s', (_what, payload, field) => {
    expect(runContext('pull_request', payload, undefined).error).toBe(
      'the pull_request payload is not a pull request event as GitHub sends it: ' +
        `\`${field}\` is missing or not of its type`,
    );
  });
});

describe('push', () => {
  const BEFORE = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';

  it('has nothing to compare with when `before` is all zeros (a new branch or tag)', () => {
    // push.json is the push of a new tag: before is 0000000000000000000000000000000000000000.
    expect(fixture('push').before).toBe('0000000000000000000000000000000000000000');
    const context = runContext('push', fixture('push'), undefined);
    expect(context).toEqual({ event: 'push' });
    expect(context).not.toHaveProperty('base');
    expect(context).not.toHaveProperty('notice');
  });

  it('compares with the commit before the push, named by its first 12 characters', () => {
    expect(runContext('push', withField('push', ['before'], BEFORE), undefined)).toEqual({
      event: 'push',
      base: { ref: '6113728f27ae', sha: BEFORE },
    });
  });

  it('compares with base-ref, by name only, whatever `before` is', () => {
    expect(runContext('push', fixture('push'), 'main')).toEqual({ event: 'push', base: { ref: 'main' } });
    const withBefore = withField('push', ['before'], BEFORE);
    expect(runContext('push', withBefore, 'main')).toEqual({ event: 'push', base: { ref: 'main' } });
  });

  it.each<[string, unknown]>([
    ['no before', undefined],
    ['a before that is a number', 1234],
    ['a before that is null', null],
  ])('has nothing to compare with for a payload with %s', (_what, before) => {
    expect(runContext('push', withField('push', ['before'], before), undefined)).toEqual({ event: 'push' });
  });

  it('has nothing to compare with for a payload that is not an object', () => {
    expect(runContext('push', null, undefined)).toEqual({ event: 'push' });
    expect(runContext('push', 'before', undefined)).toEqual({ event: 'push' });
  });

  it('takes any run of zeros as no commit', () => {
    expect(runContext('push', { before: '0000000' }, undefined)).toEqual({ event: 'push' });
    // A sha with zeros in it is a commit: 12 characters of it name the base.
    const sha = '0000000000000000000000000000000000000001';
    expect(runContext('push', { before: sha }, undefined)).toEqual({
      event: 'push',
      base: { ref: '000000000000', sha },
    });
  });
});

describe('merge_group', () => {
  const BASE_SHA = '380387fbc80638b734a49e1be1c4dfec1c01b33c';

  it('compares with the base of the merge group, under the ref the payload gives', () => {
    // The payload's base_ref is the full ref, refs/heads/main (a pull request's base.ref is the short name).
    expect(runContext('merge_group', fixture('merge_group.checks_requested'), undefined)).toEqual({
      event: 'merge_group',
      base: { ref: 'refs/heads/main', sha: BASE_SHA },
    });
  });

  it('compares with base-ref instead when it is given', () => {
    const context = runContext('merge_group', fixture('merge_group.checks_requested'), 'main');
    expect(context).toEqual({ event: 'merge_group', base: { ref: 'main' } });
  });

  it('has nothing to compare with when the merge group lacks its base sha or ref, but still honours base-ref', () => {
    const noSha = withField('merge_group.checks_requested', ['merge_group', 'base_sha'], undefined);
    expect(runContext('merge_group', noSha, undefined)).toEqual({ event: 'merge_group' });
    const refNumber = withField('merge_group.checks_requested', ['merge_group', 'base_ref'], 7);
    expect(runContext('merge_group', refNumber, undefined)).toEqual({ event: 'merge_group' });
    expect(runContext('merge_group', {}, 'main')).toEqual({ event: 'merge_group', base: { ref: 'main' } });
  });
});

describe('workflow_run', () => {
  const HEAD_SHA = '5779607b49aab1200488439f02372c57b4f75444';

  it('keeps the head commit of the run, to check a report against, and has no base of its own', () => {
    const context = runContext('workflow_run', fixture('workflow_run.completed'), undefined);
    expect(context).toEqual({ event: 'workflow_run', workflowRunHeadSha: HEAD_SHA });
  });

  it('compares with base-ref when it is given', () => {
    expect(runContext('workflow_run', fixture('workflow_run.completed'), 'main')).toEqual({
      event: 'workflow_run',
      base: { ref: 'main' },
      workflowRunHeadSha: HEAD_SHA,
    });
  });

  it('has no head commit when the payload has none, or a wrong-typed one', () => {
    const noSha = withField('workflow_run.completed', ['workflow_run', 'head_sha'], undefined);
    expect(runContext('workflow_run', noSha, undefined)).toEqual({ event: 'workflow_run' });
    const numberSha = withField('workflow_run.completed', ['workflow_run', 'head_sha'], 5779607);
    expect(runContext('workflow_run', numberSha, 'main')).toEqual({ event: 'workflow_run', base: { ref: 'main' } });
    expect(runContext('workflow_run', null, undefined)).toEqual({ event: 'workflow_run' });
  });
});

describe('workflow_dispatch and schedule', () => {
  it('has nothing to compare with, and no notice, unless base-ref is given', () => {
    const payload = fixture('workflow_dispatch');
    expect(runContext('workflow_dispatch', payload, undefined)).toEqual({ event: 'workflow_dispatch' });
    const dispatched = runContext('workflow_dispatch', payload, 'main');
    expect(dispatched).toEqual({ event: 'workflow_dispatch', base: { ref: 'main' } });
    // A schedule payload has the cron line and little else.
    expect(runContext('schedule', { schedule: '30 5 * * 1' }, undefined)).toEqual({ event: 'schedule' });
    const scheduled = runContext('schedule', { schedule: '30 5 * * 1' }, 'v1.0');
    expect(scheduled).toEqual({ event: 'schedule', base: { ref: 'v1.0' } });
  });

  it('does not read a pull request from a payload that happens to carry one', () => {
    // A dispatch run whose payload has a pull_request (as a test harness might send) is still a dispatch.
    const context = runContext('workflow_dispatch', fixture('pull_request.opened'), undefined);
    expect(context).toEqual({ event: 'workflow_dispatch' });
  });
});

describe('other events', () => {
  it('estimates without commenting, and says so', () => {
    expect(runContext('issues', fixture('issues.opened'), undefined)).toEqual({
      event: 'issues',
      notice:
        'carbon-budget does not comment on `issues` events; ' +
        'it estimates, writes the summary and outputs, and checks the budgets',
    });
  });

  it('compares with base-ref when it is given, and says that too', () => {
    expect(runContext('release', {}, 'main')).toEqual({
      event: 'release',
      base: { ref: 'main' },
      notice:
        'carbon-budget does not comment on `release` events; ' +
        'it estimates and compares with base-ref, writes the summary and outputs, and checks the budgets',
    });
  });

  it('does not read a pull request from the payload of another event', () => {
    // pull_request_review carries a pull_request too, but only pull_request(_target) runs compare and comment.
    const context = runContext('pull_request_review', fixture('pull_request.opened'), undefined);
    expect(context).not.toHaveProperty('pullRequest');
    expect(context).not.toHaveProperty('base');
    expect(context.notice).toMatch(/^carbon-budget does not comment on `pull_request_review` events;/);
  });
});
