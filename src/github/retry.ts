// Retries for GitHub API calls that failed for reasons that pass: server errors, secondary rate
// limits (403/429 with retry-after or a "secondary rate limit" message) and dropped connections.
// Anything else (401, 404, 422, a plain 403) is final and goes back to the caller at once.

export interface RetryOptions {
  readonly retries: number;
  /** First backoff in ms; doubled on each retry, unless the server says how long to wait. */
  readonly baseDelayMs: number;
  /** Longest wait accepted from a retry-after header, in ms. */
  readonly maxDelayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onRetry?: (attempt: number, delayMs: number, reason: string) => void;
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

function networkCode(error: HttpError): string | undefined {
  const cause = (error as { cause?: HttpError }).cause;
  return [error.code, cause?.code, (cause as { cause?: HttpError } | undefined)?.cause?.code].find(
    (c) => c !== undefined && NETWORK_CODES.has(c),
  );
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
    const remaining = e.response?.headers?.['x-ratelimit-remaining'];
    if (retryAfter !== undefined || secondary || String(remaining) === '0') {
      const delayMs = retryAfter ?? Math.max(backoff, 60_000);
      return delayMs > options.maxDelayMs ? undefined : { delayMs, reason: `rate limited (HTTP ${e.status})` };
    }
    return undefined;
  }
  const code = networkCode(e);
  if (code !== undefined) return { delayMs: backoff, reason: code };
  return undefined;
}

/** Calls `request` until it succeeds, the error is final, or the retries are spent. */
export async function withRetries<T>(request: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const next = attempt < options.retries ? retryDelay(error, attempt, options) : undefined;
      if (next === undefined) throw error;
      options.onRetry?.(attempt + 1, next.delayMs, next.reason);
      await sleep(next.delayMs);
    }
  }
}
