import { describe, expect, it } from '@jest/globals';
import { retryDelay, type RetryOptions } from '../src/github/retry.js';

const options: RetryOptions = { retries: 3, baseDelayMs: 1000, maxDelayMs: 120_000 };

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
