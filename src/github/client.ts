import { MAX_FILE_BYTES, type FileProblem, type FileSource } from '../config/file-source.js';
import { treeSource } from '../io/tree-source.js';
import { VERSION } from '../version.js';
import { withRetries, type RetryOptions } from './retry.js';
import type { CommentApi } from './sticky-comment.js';

/** The authenticated client @actions/github makes: Octokit with the REST methods and pagination. */
export type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;

/** The client, made on first call; undefined where the run has no token or no repository. */
export type LazyClient = () => Promise<Octokit | undefined>;

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
  octokit.hook.wrap('request', (request, options) => {
    // The REST API version the calls are written for, so that a later default cannot change them.
    options.headers['x-github-api-version'] = API_VERSION;
    // Changed in place: the hooks inside this one were bound to this options object, and drop
    // any other passed to them.
    return withRetries(async (signal) => {
      options.request = { ...options.request, signal };
      return request(options);
    }, retry);
  });
  return octokit;
}

/** GitHub's REST API version (docs.github.com, "API Versions"). */
const API_VERSION = '2022-11-28';

/** The issue-comment calls of one pull request, 100 comments a page. */
export function pullRequestComments(octokit: Octokit, repo: Repo, number: number): CommentApi {
  const issue = { ...repo, issue_number: number };
  let self: Promise<string | undefined> | undefined;
  return {
    list: () => octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 }),
    // Asked once: only personal tokens have a user; GITHUB_TOKEN and app tokens get 403 here.
    self: () =>
      (self ??= octokit.rest.users.getAuthenticated().then(
        (response) => response.data.login,
        () => undefined,
      )),
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
  // Each file's mode and size, once a glob has had the tree listed: a symbolic link (mode 120000)
  // or a file over the limit is then refused without being fetched. Until then nothing is known of
  // a file but its path (the listing is one more call, made only for a glob): GitHub's contents
  // API serves a link that leads to a file of the repository as that file, and serves it whole.
  let listed: ReadonlyMap<string, { readonly mode: string; readonly size: number }> | undefined;
  const list = async () => {
    const { data } = await octokit.rest.git
      .getTree({ ...repo, tree_sha: ref, recursive: 'true' })
      .catch((error: unknown) => {
        throw (error as { status?: unknown }).status === 404 ? noSuchRevision(ref) : error;
      });
    if (data.truncated)
      throw new Error(
        `the file tree of ${ref} is too large to list through the API; ` +
          `fetch the base commit instead (actions/checkout with fetch-depth: 2)`,
      );
    listed = new Map(
      data.tree
        .filter((entry) => entry.type === 'blob')
        .map((entry) => [entry.path, { mode: entry.mode, size: entry.size ?? 0 }] as const),
    );
    return [...listed.keys()];
  };
  const limit = concurrency(API_READS_AT_ONCE);
  return treeSource(root, list, (path) =>
    limit(async (): Promise<string | FileProblem | undefined> => {
      const entry = listed?.get(path);
      if (entry?.mode === '120000') return { problem: 'symlink' };
      if (entry !== undefined && entry.size > MAX_FILE_BYTES) return { problem: 'too-big', bytes: entry.size };
      try {
        const response = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
        // With the raw media type the body is the file's text, though the types describe JSON.
        const data: unknown = response.data;
        return typeof data === 'string' ? data : undefined;
      } catch (error) {
        if ((error as { status?: unknown }).status !== 404) throw error;
        // A file missing at a revision that exists is a file the base does not have; a revision
        // that does not exist (a mistyped base-ref, a commit a force-push removed) is no base at all.
        if (/no commit found/i.test((error as Error).message)) throw noSuchRevision(ref);
        return undefined;
      }
    }),
  );
}

function noSuchRevision(ref: string): Error {
  return new Error(`the repository has no revision \`${ref}\``);
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
