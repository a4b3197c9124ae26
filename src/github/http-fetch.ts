import type { IncomingHttpHeaders, IncomingMessage, RequestOptions } from 'node:http';

// Node's own fetch loads its bundled undici on first use: about 50 ms of every run, more than the
// estimate itself takes on a small repository. Octokit uses a small part of fetch, so this is that
// part over node:http and node:https: Node's global agents (keep-alive, so a run's calls share one
// connection), redirects followed as fetch follows them, a whole body read before it resolves, and
// no compression (saves loading zlib; GitHub's JSON replies are small).

export interface HttpFetchInit {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | null;
  readonly redirect?: 'follow' | 'manual' | 'error';
  readonly signal?: AbortSignal | null;
}

/** Response headers as fetch's Headers reads them: lower-case names, repeated values joined. */
export class ResponseHeaders implements Iterable<[string, string]> {
  readonly #values = new Map<string, string>();

  constructor(headers: IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) this.#values.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.#values.entries();
  }
}

export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly url: string;
  readonly redirected: boolean;
  readonly headers: ResponseHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const MAX_REDIRECTS = 20;
/** As long as undici waits for a reply before giving up on a connection. */
const IDLE_TIMEOUT_MS = 300_000;

function response(message: IncomingMessage, body: Buffer, url: string, redirected: boolean): HttpResponse {
  const status = message.statusCode ?? 0;
  return {
    status,
    statusText: message.statusMessage ?? '',
    ok: status >= 200 && status < 300,
    url,
    redirected,
    headers: new ResponseHeaders(message.headers),
    text: () => Promise.resolve(body.toString('utf8')),
    json: () => Promise.resolve(JSON.parse(body.toString('utf8')) as unknown),
    arrayBuffer: () => Promise.resolve(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer),
  };
}

function requestOnce(url: URL, init: HttpFetchInit): Promise<{ message: IncomingMessage; body: Buffer }> {
  // Only the module of the URL's scheme is loaded: node:https brings TLS, which plain HTTP never
  // needs. Not with import(): Node's ESM view of node:http reads every export, and its WebSocket
  // getter loads undici, the 35 ms this module exists to save.
  const { request } = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
  const body = init.body ?? undefined;
  const headers: Record<string, string> = { ...init.headers };
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const options: RequestOptions = { method: init.method ?? 'GET', headers, ...(init.signal ? { signal: init.signal } : {}) };
  return new Promise((resolve, reject) => {
    const req = request(url, options, (message) => {
      const chunks: Buffer[] = [];
      message.on('data', (chunk: Buffer) => chunks.push(chunk));
      message.on('end', () => {
        resolve({ message, body: Buffer.concat(chunks) });
      });
      message.on('error', reject);
      message.on('close', () => {
        if (!message.complete) reject(Object.assign(new Error('the connection closed before the whole reply arrived'), { code: 'ECONNRESET' }));
      });
    });
    req.on('error', reject);
    req.setTimeout(IDLE_TIMEOUT_MS, () => req.destroy(Object.assign(new Error(`no reply from ${url.host} in ${String(IDLE_TIMEOUT_MS / 1000)} s`), { code: 'ETIMEDOUT' })));
    req.end(body);
  });
}

/**
 * What fetch does for a request: redirects are followed (at most 20), a 303, or a 301 or 302 to a
 * POST, turns into a GET without a body, and credentials are dropped when a redirect leaves the origin.
 */
export async function httpFetch(input: string | URL, init: HttpFetchInit = {}): Promise<HttpResponse> {
  let url = new URL(input);
  let current: HttpFetchInit = init;
  for (let hops = 0; ; hops++) {
    const { message, body } = await requestOnce(url, current);
    const status = message.statusCode ?? 0;
    const location = message.headers.location;
    if (![301, 302, 303, 307, 308].includes(status) || location === undefined || current.redirect === 'manual') {
      return response(message, body, url.href, hops > 0);
    }
    if (current.redirect === 'error') throw new TypeError(`redirected (HTTP ${String(status)}) from ${url.href}`);
    if (hops >= MAX_REDIRECTS) throw new TypeError(`more than ${String(MAX_REDIRECTS)} redirects from ${String(input)}`);
    const next = new URL(location, url);
    const method = current.method?.toUpperCase() ?? 'GET';
    const toGet = status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST';
    const headers = Object.fromEntries(
      Object.entries(current.headers ?? {}).filter(([name]) => {
        const lower = name.toLowerCase();
        if (toGet && (lower === 'content-type' || lower === 'content-length')) return false;
        return next.origin === url.origin || lower !== 'authorization';
      }),
    );
    current = { ...current, headers, ...(toGet ? { method: 'GET', body: null } : {}) };
    url = next;
  }
}
