import { describe, expect, it } from '@jest/globals';
import { createClient } from '../src/github/client.js';
import { GitHubDeadlineError, retryDelay, withRetries, type RetryOptions } from '../src/github/retry.js';
import { FakeGitHub } from './helpers/github-server.js';

const options: RetryOptions = {
  retries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 120_000,
  attemptTimeoutMs: 20_000,
  deadline: Number.POSITIVE_INFINITY,
};

/**
 * What @octokit/request throws when fetch itself fails: status 500, no response, the failure as
 * its cause (the end-to-end tests drop a connection through the real client).
 */
function noReply(code: string): Error {
  return Object.assign(new Error(`request failed (${code})`), {
    status: 500,
    cause: Object.assign(new Error(code), { code }),
  });
}

function reply(status: number, headers: Record<string, string> = {}, message = 'error'): Error {
  return Object.assign(new Error(message), { status, response: { status, headers, data: {} } });
}

describe('which API failures are retried', () => {
  it('retries server errors that came with a reply, backing off (1, 2, 4 s) unless told how long to wait', () => {
    expect(retryDelay(reply(502), 0, options)).toEqual({ delayMs: 1000, reason: 'HTTP 502' });
    expect(retryDelay(reply(500), 2, options)).toEqual({ delayMs: 4000, reason: 'HTTP 500' });
    expect(retryDelay(reply(503, { 'retry-after': '7' }), 0, options)).toEqual({ delayMs: 7000, reason: 'HTTP 503' });
  });

  it('retries a no-reply request only if the failure may pass: not an unknown host, nor a refused certificate', () => {
    expect(retryDelay(noReply('ECONNRESET'), 0, options)).toEqual({ delayMs: 1000, reason: 'ECONNRESET' });
    expect(retryDelay(noReply('ETIMEDOUT'), 1, options)).toEqual({ delayMs: 2000, reason: 'ETIMEDOUT' });
    expect(retryDelay(noReply('EAI_AGAIN'), 0, options)).toEqual({ delayMs: 1000, reason: 'EAI_AGAIN' });
    for (const code of ['ECONNREFUSED', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EPIPE'])
      expect(retryDelay(noReply(code), 0, options)?.reason).toBe(code);
    // Octokit calls these HTTP 500 too; waiting seven seconds would not change them.
    expect(retryDelay(noReply('ENOTFOUND'), 0, options)).toBeUndefined();
    expect(retryDelay(noReply('CERT_HAS_EXPIRED'), 0, options)).toBeUndefined();
    expect(retryDelay(noReply('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), 0, options)).toBeUndefined();
  });

  it('gives final answers back at once', () => {
    for (const status of [401, 404, 422]) expect(retryDelay(reply(status), 0, options)).toBeUndefined();
    expect(retryDelay(reply(403, {}, 'Resource not accessible by integration'), 0, options)).toBeUndefined();
    expect(retryDelay(reply(403, {}, 'You have exceeded a secondary rate limit.'), 0, options)).toEqual({
      delayMs: 60_000,
      reason: 'rate limited (HTTP 403)',
    });
  });
});

describe('the primary rate limit', () => {
  it('waits for a reset that comes soon, and gives up at once on one that does not', () => {
    const now = Date.now();
    const spent = (inSeconds: number) =>
      reply(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(now / 1000) + inSeconds) });
    // A reset 10 s away (rounded up to the second, so 10 to 11 s), plus a second's margin.
    const soon = retryDelay(spent(10), 0, options);
    expect(soon?.reason).toBe('rate limited (HTTP 403)');
    expect(soon?.delayMs).toBeGreaterThanOrEqual(10_000);
    expect(soon?.delayMs).toBeLessThanOrEqual(12_000);
    // An hour away is past the longest wait accepted (120 s here).
    expect(retryDelay(spent(3600), 0, options)).toBeUndefined();
  });
});

describe("the run's deadline for GitHub", () => {
  it('retries an attempt that got no answer in time, at once', () => {
    const timeout = Object.assign(new Error('request failed'), {
      status: 500,
      cause: Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
    });
    expect(retryDelay(timeout, 0, options)).toEqual({ delayMs: 0, reason: 'no answer in 20 s' });
  });

  it('gives up when the deadline comes, however many retries are left', async () => {
    let attempts = 0;
    const start = Date.now();
    const hanging = (signal: AbortSignal) =>
      new Promise<never>((_, reject) => {
        attempts++;
        signal.addEventListener('abort', () => {
          reject(new Error('aborted', { cause: signal.reason }));
        });
      });
    // Each attempt may wait 50 ms, and the run 180 ms in all: at most four attempts, the last one cut
    // to 30 ms (fewer when timers fire late on a busy machine), however many retries are left.
    const quick = { ...options, retries: 100, attemptTimeoutMs: 50, deadline: start + 180 };
    await expect(withRetries(hanging, quick)).rejects.toBeInstanceOf(GitHubDeadlineError);
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(4);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('aborts a request the API never answers, through the real client', async () => {
    const server = new FakeGitHub();
    await server.start();
    try {
      server.faults.push({ operationId: 'pulls/get', status: 0, hang: true, times: 10 });
      // The deadline counts from the client's creation, which first loads @actions/github: loaded
      // beforehand, so that on a busy machine the deadline is not spent before the first request.
      await import('@actions/github');
      const client = await createClient(server.token, server.url, {
        ...options,
        attemptTimeoutMs: 100,
        deadline: Date.now() + 1000,
      });
      const start = Date.now();
      const call = client.rest.pulls.get({ owner: server.owner, repo: server.repo, pull_number: 1 });
      await expect(call).rejects.toBeInstanceOf(GitHubDeadlineError);
      // Without the signal reaching fetch, the call would wait for undici's own 300 s timeout.
      expect(Date.now() - start).toBeLessThan(5000);
      expect(server.calls('pulls/get').length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });

  it('sends the REST API version it is written for on every request', async () => {
    const server = new FakeGitHub();
    await server.start();
    try {
      const client = await createClient(server.token, server.url, options);
      await client.rest.pulls.get({ owner: server.owner, repo: server.repo, pull_number: 1 }).catch(() => undefined);
      expect(server.requests.map((r) => r.headers['x-github-api-version'])).toEqual(['2022-11-28']);
    } finally {
      await server.stop();
    }
  });
});
