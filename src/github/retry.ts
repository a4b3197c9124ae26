// Retries for GitHub API calls that failed for reasons that pass: server errors, rate limits
// (403/429 with retry-after, a "secondary rate limit" message, or the primary limit spent until a
// reset soon enough), dropped connections and requests that got no answer in time. Anything else
// (401, 404, 422, a plain 403) is final and goes back to the caller at once. All of a run's calls
// share one deadline, so that a GitHub that hangs costs a run about a minute, not twenty.

export interface RetryOptions {
  readonly retries: number;
  /** First backoff in ms; doubled on each retry, unless the server says how long to wait. */
  readonly baseDelayMs: number;
  /** Longest wait accepted from a retry-after or rate-limit reset header, in ms. */
  readonly maxDelayMs: number;
  /** How long one attempt may wait for its answer, in ms. */
  readonly attemptTimeoutMs: number;
  /** When (Date.now() time) the run gives up on GitHub: no attempt or wait goes past it. */
  readonly deadline: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onRetry?: (attempt: number, delayMs: number, reason: string) => void;
}

/** The run's time for GitHub is spent: what failed last is the cause. */
export class GitHubDeadlineError extends Error {
  constructor(cause: unknown) {
    super('the GitHub API did not answer in time, so carbon-budget gave up on it', { cause });
  }
}

interface HttpError {
  status?: number;
  message?: string;
  code?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

// Failures that pass: a dropped, aborted or refused connection, a network or host out of reach for
// a moment, a timeout, a name server that did not answer in time (UND_ERR_*: undici, behind a proxy).
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The error and its causes, as fetch and Octokit wrap them (at most three deep). */
function chain(error: HttpError): HttpError[] {
  const cause = (error as { cause?: HttpError }).cause;
  const inner = (cause as { cause?: HttpError } | undefined)?.cause;
  return [error, cause, inner].filter((e) => e !== undefined);
}

function networkCode(error: HttpError): string | undefined {
  return chain(error)
    .map((e) => e.code)
    .find((c) => c !== undefined && NETWORK_CODES.has(c));
}

/** An attempt that got no answer within its time (AbortSignal.timeout aborts with a TimeoutError). */
function timedOut(error: HttpError): boolean {
  return chain(error).some((e) => (e as { name?: unknown }).name === 'TimeoutError');
}

/** Retry-After as seconds or as an HTTP date, in ms from now; undefined when absent or unreadable. */
function retryAfterMs(header: string | number | undefined): number | undefined {
  if (header === undefined) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(String(header));
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** How long to wait before retrying, or undefined when the error is final. */
export function retryDelay(
  error: unknown,
  attempt: number,
  options: RetryOptions,
): { delayMs: number; reason: string } | undefined {
  const e = error as HttpError;
  const backoff = options.baseDelayMs * 2 ** attempt;
  const retryAfter = retryAfterMs(e.response?.headers?.['retry-after']);
  // Octokit reports a request that got no reply at all (a name that does not resolve, a refused
  // certificate, a dropped connection) as HTTP 500 without a response: those are judged by their
  // network error below, so that only failures that pass are retried.
  if (e.status !== undefined && e.status >= 500 && e.response !== undefined) {
    const delayMs = retryAfter ?? backoff;
    return delayMs > options.maxDelayMs ? undefined : { delayMs, reason: `HTTP ${e.status}` };
  }
  if (e.status === 403 || e.status === 429) {
    const secondary = /secondary rate limit|abuse/i.test(e.message ?? '');
    const spent = String(e.response?.headers?.['x-ratelimit-remaining']) === '0';
    const reset = Number(e.response?.headers?.['x-ratelimit-reset']);
    // The primary limit is spent until its reset (seconds since the epoch): wait for it if it is soon.
    const untilReset = spent && Number.isFinite(reset) ? Math.max(0, reset * 1000 - Date.now()) + 1000 : undefined;
    if (retryAfter !== undefined || secondary || spent) {
      const delayMs = retryAfter ?? untilReset ?? Math.max(backoff, 60_000);
      return delayMs > options.maxDelayMs ? undefined : { delayMs, reason: `rate limited (HTTP ${e.status})` };
    }
    return undefined;
  }
  const code = networkCode(e);
  if (code !== undefined) return { delayMs: backoff, reason: code };
  if (timedOut(e)) return { delayMs: 0, reason: `no answer in ${Math.round(options.attemptTimeoutMs / 1000)} s` };
  return undefined;
}

/**
 * Calls `request` until it succeeds, the error is final, the retries are spent or the deadline
 * comes. Each attempt gets a signal that aborts it when its time, or the run's, is up.
 */
export async function withRetries<T>(request: (signal: AbortSignal) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    const left = options.deadline - Date.now();
    if (left <= 0) throw new GitHubDeadlineError(undefined);
    try {
      return await request(AbortSignal.timeout(Math.min(options.attemptTimeoutMs, left)));
    } catch (error) {
      const next = attempt < options.retries ? retryDelay(error, attempt, options) : undefined;
      // No retry left, or a wait that would end past the deadline, which is not worth starting.
      if (next === undefined || Date.now() + next.delayMs >= options.deadline) {
        throw timedOut(error as HttpError) ? new GitHubDeadlineError(error) : error;
      }
      options.onRetry?.(attempt + 1, next.delayMs, next.reason);
      await sleep(next.delayMs);
    }
  }
}
