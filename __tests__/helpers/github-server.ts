import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for GitHub's REST API: it keeps pull-request comments, serves file trees for
// base revisions, can be told to fail in the ways GitHub does, and checks every request it gets
// against GitHub's OpenAPI description (the operations in __tests__/fixtures/github-api.json).

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: object;
}
interface Operation {
  operationId: string;
  parameters: Parameter[];
  requestBody?: { required: boolean; schema: object };
}
const fixture = JSON.parse(readFileSync('__tests__/fixtures/github-api.json', 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};

export interface Comment {
  id: number;
  body: string;
  html_url: string;
  created_at: string;
  user: { login: string; type: 'User' | 'Bot' };
}

/** GITHUB_TOKEN comments as this bot. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  operationId?: string;
  headers: IncomingMessage['headers'];
}

export interface Fault {
  /** Which requests it applies to, e.g. 'issues/create-comment'. */
  operationId: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Drop the connection instead of answering. */
  reset?: boolean;
  /** Never answer. */
  hang?: boolean;
  /** Runs when it fires, before the answer: what happened meanwhile on GitHub's side. */
  meanwhile?: () => void;
  /** How many times it fires (default once). */
  times?: number;
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  operation: Operation;
  validateBody?: ValidateFunction;
  validateParams: Map<string, ValidateFunction>;
}

const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
addFormats.default(ajv);

function routes(): Route[] {
  const result: Route[] = [];
  for (const [template, methods] of Object.entries(fixture.paths)) {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${template.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return name === 'path' ? '(.+)' : '([^/]+)';
      })}$`,
    );
    for (const [method, operation] of Object.entries(methods)) {
      const validateParams = new Map(operation.parameters.map((p) => [`${p.in}:${p.name}`, ajv.compile(p.schema)]));
      result.push({
        method: method.toUpperCase(),
        pattern,
        names,
        operation,
        validateParams,
        ...(operation.requestBody?.schema ? { validateBody: ajv.compile(operation.requestBody.schema) } : {}),
      });
    }
  }
  return result;
}

function typed(value: string, schema: object): unknown {
  const type = (schema as { type?: string }).type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Requests that GitHub's description does not allow: every test expects none. */
  readonly violations: string[] = [];
  readonly comments = new Map<number, Comment[]>();
  readonly pulls = new Map<number, { headSha: string; updatedAt: string }>();
  /** Files per revision, for the git trees and contents endpoints. */
  readonly trees = new Map<string, Record<string, string>>();
  faults: Fault[] = [];
  token = 'test-token';
  /** Who the token acts as: the Actions bot (GITHUB_TOKEN), or a user (a personal token). */
  actor: Comment['user'] = ACTIONS_BOT;
  private nextId = 1000;
  private server: Server | undefined;
  private readonly routes = routes();
  url = '';

  constructor(
    readonly owner = 'octo-org',
    readonly repo = 'ml-models',
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => {
        resolve();
      });
    });
  }

  /** Adds comments as other users (or, with `user`, earlier runs) would have left them; returns their ids. */
  seed(issue: number, bodies: readonly string[], user: Comment['user'] = { login: 'octocat', type: 'User' }): number[] {
    const list = this.comments.get(issue) ?? [];
    const ids = bodies.map((body) => {
      const id = this.nextId++;
      list.push({
        id,
        body,
        user,
        html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
        created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, id % 60)).toISOString(),
      });
      return id;
    });
    this.comments.set(issue, list);
    return ids;
  }

  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      ...(route ? { operationId: route.operation.operationId } : {}),
      headers: req.headers,
    };
    this.requests.push(record);
    if (!route) {
      this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's description`);
      this.send(res, 404, { message: 'Not Found' });
      return;
    }
    this.validate(route, url, body, record);
    if (req.headers.authorization !== `token ${this.token}` && req.headers.authorization !== `Bearer ${this.token}`) {
      this.send(res, 401, { message: 'Bad credentials' });
      return;
    }
    const fault = this.faults.find((f) => f.operationId === route.operation.operationId);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault);
      fault.meanwhile?.();
      if (fault.reset) {
        req.socket.destroy();
        return;
      }
      if (fault.hang) return;
      this.send(res, fault.status, fault.body ?? { message: `HTTP ${fault.status}` }, fault.headers);
      return;
    }
    if (!url.pathname.startsWith(`${prefix}/`) && url.pathname !== '/user') {
      this.send(res, 404, { message: 'Not Found' });
      return;
    }
    const params = Object.fromEntries(
      route.names.map((name, i) => [name, decodeURIComponent(route.pattern.exec(url.pathname)?.[i + 1] ?? '')]),
    );
    this.respond(route.operation.operationId, params, url, body as { body?: string } | undefined, res);
  }

  private validate(route: Route, url: URL, body: unknown, record: RecordedRequest): void {
    const where = `${record.method} ${record.path}`;
    const match = route.pattern.exec(url.pathname);
    for (const p of route.operation.parameters) {
      const raw =
        p.in === 'path'
          ? (match?.[route.names.indexOf(p.name) + 1] ?? undefined)
          : p.in === 'query'
            ? (url.searchParams.get(p.name) ?? undefined)
            : undefined;
      if (p.in === 'header') continue;
      if (raw === undefined) {
        if (p.required) this.violations.push(`${where}: missing ${p.in} parameter ${p.name}`);
        continue;
      }
      const validate = route.validateParams.get(`${p.in}:${p.name}`);
      if (validate && !validate(typed(decodeURIComponent(raw), p.schema)))
        this.violations.push(`${where}: ${p.in} parameter ${p.name}=${raw} ${ajv.errorsText(validate.errors)}`);
    }
    for (const key of url.searchParams.keys()) {
      if (!route.operation.parameters.some((p) => p.in === 'query' && p.name === key))
        this.violations.push(`${where}: unknown query parameter ${key}`);
    }
    const spec = route.operation.requestBody;
    if (spec?.required && body === undefined) this.violations.push(`${where}: missing request body`);
    if (route.validateBody && body !== undefined && !route.validateBody(body))
      this.violations.push(`${where}: body ${ajv.errorsText(route.validateBody.errors)}`);
  }

  private respond(
    operationId: string,
    params: Record<string, string>,
    url: URL,
    body: { body?: string } | undefined,
    res: ServerResponse,
  ): void {
    const issue = Number(params.issue_number);
    switch (operationId) {
      case 'issues/list-comments': {
        const all = this.comments.get(issue) ?? [];
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.toString()}>; rel="next"`;
        }
        this.send(res, 200, slice, headers);
        return;
      }
      case 'issues/create-comment': {
        const [id] = this.seed(issue, [body?.body ?? ''], this.actor);
        const created = this.comments.get(issue)?.find((c) => c.id === id);
        this.send(res, 201, created);
        return;
      }
      case 'issues/update-comment':
      case 'issues/delete-comment': {
        const id = Number(params.comment_id);
        for (const list of this.comments.values()) {
          const index = list.findIndex((c) => c.id === id);
          if (index < 0) continue;
          const found = list[index];
          if (operationId === 'issues/delete-comment' || found === undefined) {
            list.splice(index, 1);
            this.send(res, 204, undefined);
            return;
          }
          found.body = body?.body ?? '';
          this.send(res, 200, found);
          return;
        }
        this.send(res, 404, { message: 'Not Found' });
        return;
      }
      case 'git/get-tree': {
        const files = this.trees.get(params.tree_sha ?? '');
        if (!files) {
          this.send(res, 404, { message: 'Not Found' });
          return;
        }
        this.send(res, 200, {
          sha: params.tree_sha,
          truncated: false,
          tree: Object.keys(files).map((path) => ({ path, type: 'blob', mode: '100644' })),
        });
        return;
      }
      case 'repos/get-content': {
        const ref = url.searchParams.get('ref') ?? '';
        // As GitHub answers: a ref that names no commit is told apart from a file that is not there.
        if (!this.trees.has(ref)) {
          this.send(res, 404, { message: `No commit found for the ref ${ref}` });
          return;
        }
        const text = this.trees.get(ref)?.[params.path ?? ''];
        if (text === undefined) {
          this.send(res, 404, { message: 'Not Found' });
          return;
        }
        res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
        res.end(text);
        return;
      }
      case 'users/get-authenticated': {
        if (this.actor.type === 'Bot') {
          this.send(res, 403, { message: 'Resource not accessible by integration' });
          return;
        }
        this.send(res, 200, { login: this.actor.login, type: 'User' });
        return;
      }
      case 'pulls/get': {
        const pr = this.pulls.get(Number(params.pull_number));
        if (!pr) {
          this.send(res, 404, { message: 'Not Found' });
          return;
        }
        this.send(res, 200, {
          number: Number(params.pull_number),
          head: { sha: pr.headSha },
          updated_at: pr.updatedAt,
        });
        return;
      }
      default: {
        this.send(res, 404, { message: 'Not Found' });
        return;
      }
    }
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }
}
