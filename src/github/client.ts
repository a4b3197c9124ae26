import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import type { FileSource } from '../config/file-source.js';
import { treeSource } from '../io/tree-source.js';
import { VERSION } from '../version.js';
import { httpFetch } from './http-fetch.js';
import { withRetries, type RetryOptions } from './retry.js';
import type { CommentApi } from './sticky-comment.js';

// @octokit/core with routes written out, rather than @actions/github: that package loads undici
// and every REST method at start-up (about 100 ms of each run); this client needs six routes.
const GitHubClient = OctokitCore.plugin(paginateRest);
export type Octokit = InstanceType<typeof GitHubClient>;

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/** An authenticated client whose every request is retried per `retry` (server errors, rate limits). */
export async function createClient(token: string, baseUrl: string, retry: RetryOptions): Promise<Octokit> {
  // Behind a proxy (self-hosted runners: HTTPS_PROXY and NO_PROXY) the proxy-aware fetch that
  // @actions/http-client configures is loaded, and only then; otherwise requests go over node:https.
  const proxy = getProxyUrl(new URL(baseUrl));
  const fetch = proxy === undefined ? httpFetch : (await import('./proxy-fetch.js')).proxyFetch(baseUrl);
  const octokit = new GitHubClient({ auth: token, baseUrl, userAgent: userAgent(), request: { fetch } });
  octokit.hook.wrap('request', (request, options) => withRetries(async () => request(options), retry));
  return octokit;
}

/** As @actions/github does: the orchestration id lets GitHub relate API calls to the job. */
function userAgent(): string {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  const base = `carbon-budget/${VERSION}`;
  return id ? `${base} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : base;
}

/** The issue-comment calls of one pull request, 100 comments a page. */
export function pullRequestComments(octokit: Octokit, repo: Repo, number: number): CommentApi {
  const issue = { ...repo, issue_number: number };
  return {
    list: () => octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue, per_page: 100 }),
    self: async () => {
      // Only personal tokens have a user; GITHUB_TOKEN and app tokens get 403 here, and are bots.
      try {
        return (await octokit.request('GET /user')).data.login;
      } catch {
        return undefined;
      }
    },
    create: async (body) => written((await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...issue, body })).data),
    update: async (id, body) => written((await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id, body })).data),
    remove: async (id) => {
      await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id });
    },
  };
}

// Octokit parses ids past 2^53 as bigint; comment ids are far below it.
function written(comment: { id: number | bigint; html_url: string }): { id: number; html_url: string } {
  return { id: Number(comment.id), html_url: comment.html_url };
}

/**
 * Workload files at a revision read through the REST API, for a shallow checkout that lacks the
 * base commit: one call per workload file read, and one that lists the tree if a glob needs it.
 */
export function apiRevisionSource(octokit: Octokit, repo: Repo, ref: string, root: string): FileSource {
  const list = async () => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repo, tree_sha: ref, recursive: 'true' });
    if (data.truncated) throw new Error(`the file tree of ${ref} is too large to list through the API; fetch the base commit instead (actions/checkout with fetch-depth: 2)`);
    return data.tree.filter((entry) => entry.type === 'blob').map((entry) => entry.path);
  };
  const limit = concurrency(API_READS_AT_ONCE);
  return treeSource(root, list, (path) => limit(async () => {
    try {
      const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ref, mediaType: { format: 'raw' } });
      return typeof response.data === 'string' ? response.data : undefined;
    } catch (error) {
      if ((error as { status?: unknown }).status === 404) return undefined;
      throw error;
    }
  }));
}

/** GitHub's secondary rate limits count concurrent requests: base files are read a few at a time. */
const API_READS_AT_ONCE = 8;

function concurrency(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
