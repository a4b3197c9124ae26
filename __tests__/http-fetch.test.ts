import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpFetch } from '../src/github/http-fetch.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A server that records each request and answers per `routes` (path -> handler). */
function server(routes: Record<string, (seen: Seen, res: import('node:http').ServerResponse) => void>): { start(): Promise<string>; stop(): Promise<void>; seen: Seen[] } {
  const seen: Seen[] = [];
  let http: Server | undefined;
  return {
    seen,
    start: () =>
      new Promise((resolve) => {
        http = createServer((req, res) => {
          const chunks: Buffer[] = [];
          req.on('data', (c: Buffer) => chunks.push(c));
          req.on('end', () => {
            const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
            seen.push(entry);
            const route = routes[(req.url ?? '').split('?')[0] ?? ''];
            if (route) route(entry, res);
            else res.writeHead(404).end();
          });
        });
        http.listen(0, '127.0.0.1', () => {
          resolve(`http://127.0.0.1:${String((http?.address() as AddressInfo).port)}`);
        });
      }),
    stop: () =>
      new Promise((resolve) => {
        http?.closeAllConnections();
        http?.close(() => {
          resolve();
        });
      }),
  };
}

const other = server({
  '/landing': (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('landed'),
});
let otherUrl = '';
const main = server({
  '/json': (_, res) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'set-cookie': ['a=1', 'b=2'] }).end('{"n":1,"s":"é"}'),
  '/echo': (seen, res) => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ length: seen.headers['content-length'], body: seen.body })),
  '/see-other': (_, res) => res.writeHead(303, { location: '/echo' }).end(),
  '/moved': (_, res) => res.writeHead(308, { location: '/echo' }).end(),
  '/away': (_, res) => res.writeHead(302, { location: `${otherUrl}/landing` }).end(),
  '/loop': (_, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/cut': (_, res) => {
    res.writeHead(200, { 'content-length': '100' });
    res.write('only part of it');
    setTimeout(() => res.socket?.destroy(), 10);
  },
});
let base = '';

beforeAll(async () => {
  base = await main.start();
  otherUrl = await other.start();
});
afterAll(async () => {
  await main.stop();
  await other.stop();
});

describe('httpFetch, the part of fetch the GitHub client uses', () => {
  it('gives status, lower-case headers (repeated ones joined) and the body as text and JSON', async () => {
    const res = await httpFetch(`${base}/json`);
    expect([res.status, res.ok, res.redirected]).toEqual([200, true, false]);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(Object.fromEntries(res.headers)['content-type']).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ n: 1, s: 'é' });
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe('{"n":1,"s":"é"}');
  });

  it('sends a body with its length in bytes, not characters', async () => {
    // 2 + 3 + 4 bytes in UTF-8 for 3 characters (é, ✅ is 3, 🌍 is 4): 11 bytes with the quotes.
    const body = JSON.stringify({ b: 'é✅🌍' });
    const res = await httpFetch(`${base}/echo`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ length: String(Buffer.byteLength(body)), body });
    expect(Buffer.byteLength(body)).toBe(body.length + 1 + 2 + 2);
  });

  it('follows a 303 as a GET without the body, and a 308 with the same method and body', async () => {
    main.seen.length = 0;
    const seeOther = await httpFetch(`${base}/see-other`, { method: 'POST', body: 'x=1', headers: { 'content-type': 'text/plain' } });
    expect([seeOther.status, seeOther.redirected, seeOther.url]).toEqual([201, true, `${base}/echo`]);
    expect(main.seen.map((s) => [s.method, s.url, s.body, s.headers['content-type']])).toEqual([
      ['POST', '/see-other', 'x=1', 'text/plain'],
      ['GET', '/echo', '', undefined],
    ]);
    main.seen.length = 0;
    await httpFetch(`${base}/moved`, { method: 'PATCH', body: 'y=2' });
    expect(main.seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['PATCH', '/moved', 'y=2'],
      ['PATCH', '/echo', 'y=2'],
    ]);
  });

  it('keeps the token within its origin: a redirect elsewhere goes without Authorization', async () => {
    const res = await httpFetch(`${base}/away`, { headers: { authorization: 'token secret', accept: 'text/plain' } });
    expect(await res.text()).toBe('landed');
    expect(main.seen.at(-1)?.headers.authorization).toBe('token secret');
    expect(other.seen.at(-1)?.headers.authorization).toBeUndefined();
    expect(other.seen.at(-1)?.headers.accept).toBe('text/plain');
  });

  it('stops a redirect loop, and leaves redirects alone when told to', async () => {
    await expect(httpFetch(`${base}/loop`)).rejects.toThrow('more than 20 redirects');
    const manual = await httpFetch(`${base}/loop`, { redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([302, '/loop']);
  });

  it('fails with ECONNRESET, which the client retries, when the connection drops mid-reply', async () => {
    await expect(httpFetch(`${base}/cut`)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('fails with the connection error when nothing listens', async () => {
    await expect(httpFetch('http://127.0.0.1:1/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
