import type { FileSource } from '../config/file-source.js';
import { treeSource } from '../io/tree-source.js';
import { VERSION } from '../version.js';
import { withRetries, type RetryOptions } from './retry.js';
import type { CommentApi } from './sticky-comment.js';

/** The authenticated client @actions/github makes: Octokit with the REST methods and pagination. */
export type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/**
 * An authenticated client whose every request is retried per `retry` (server errors, rate limits,
 * dropped connections). @actions/github is imported here, not at start-up: its `context` reads the
 * event payload when the package loads, and a payload the runner wrote badly must be a message of
 * ours, not an exception before the action has started. The package also routes requests through
 * the proxy that HTTPS_PROXY and NO_PROXY name, as every official action does.
 */
export async function createClient(token: string, baseUrl: string, retry: RetryOptions): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl, userAgent: `carbon-budget/${VERSION}` });
  octokit.hook.wrap('request', (request, options) => withRetries(async () => request(options), retry));
  return octokit;
}

/** The issue-comment calls of one pull request, 100 comments a page. */
export function pullRequestComments(octokit: Octokit, repo: Repo, number: number): CommentApi {
  const issue = { ...repo, issue_number: number };
  return {
    list: () => octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
    self: async () => {
      // Only personal tokens have a user; GITHUB_TOKEN and app tokens get 403 here, and are bots.
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        return undefined;
      }
    },
    create: async (body) => written((await octokit.rest.issues.createComment({ ...issue, body })).data),
    update: async (id, body) =>
      written((await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })).data),
    remove: async (id) => {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    },
  };
}

function written(comment: { id: number; html_url: string }): { id: number; html_url: string } {
  return { id: comment.id, html_url: comment.html_url };
}

/**
 * Workload files at a revision read through the REST API, for a shallow checkout that lacks the
 * base commit: one call per workload file read, and one that lists the tree if a glob needs it.
 */
export function apiRevisionSource(octokit: Octokit, repo: Repo, ref: string, root: string): FileSource {
  const list = async () => {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: ref, recursive: 'true' });
    if (data.truncated)
      throw new Error(
        `the file tree of ${ref} is too large to list through the API; ` +
          `fetch the base commit instead (actions/checkout with fetch-depth: 2)`,
      );
    return data.tree.filter((entry) => entry.type === 'blob').map((entry) => entry.path);
  };
  const limit = concurrency(API_READS_AT_ONCE);
  return treeSource(root, list, (path) =>
    limit(async () => {
      try {
        const response = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
        // With the raw media type the body is the file's text, though the types describe JSON.
        const data: unknown = response.data;
        return typeof data === 'string' ? data : undefined;
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return undefined;
        throw error;
      }
    }),
  );
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
