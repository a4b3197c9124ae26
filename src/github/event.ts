import * as z from 'zod/mini';

// What the action needs to know about the run, read from the webhook payload GitHub hands it.
// Payloads are validated, not trusted: a pull request event without its pull request is an error,
// since comparing and commenting depend on it.

export interface PullRequestInfo {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly baseRef: string;
  /** When the pull request last changed: orders runs for the sticky comment's stale guard. */
  readonly updatedAt: string;
}

export interface RunContext {
  readonly event: string;
  readonly pullRequest?: PullRequestInfo;
  /** What to compare with: the base of a pull request or merge group, or the commit before a push. */
  readonly base?: { readonly ref: string; readonly sha?: string };
  /** The head commit of a `workflow_run`, to check a report's pull request against. */
  readonly workflowRunHeadSha?: string;
  /** Why this event gets no comparison or comment, for a notice. */
  readonly notice?: string;
  /** Why the payload cannot be used: the run fails with this. */
  readonly error?: string;
}

const pullRequestPayload = z.object({
  pull_request: z.object({
    number: z.number(),
    updated_at: z.string(),
    head: z.object({ sha: z.string() }),
    base: z.object({ sha: z.string(), ref: z.string() }),
  }),
});
const pushPayload = z.object({ before: z.string(), ref: z.optional(z.string()) });
const mergeGroupPayload = z.object({ merge_group: z.object({ base_sha: z.string(), base_ref: z.string() }) });
const workflowRunPayload = z.object({ workflow_run: z.object({ head_sha: z.string() }) });

const NO_COMMIT = /^0+$/;

export function runContext(event: string, payload: unknown, baseRef: string | undefined): RunContext {
  const override = baseRef === undefined ? undefined : { ref: baseRef };
  switch (event) {
    case 'pull_request':
    case 'pull_request_target': {
      const parsed = pullRequestPayload.safeParse(payload);
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path.join('.') || 'the payload';
        return {
          event,
          error:
            `the ${event} payload is not a pull request event as GitHub sends it: \`${field}\` is missing ` +
            'or not of its type',
        };
      }
      const pr = parsed.data.pull_request;
      return {
        event,
        pullRequest: {
          number: pr.number,
          headSha: pr.head.sha,
          baseSha: pr.base.sha,
          baseRef: pr.base.ref,
          updatedAt: pr.updated_at,
        },
        base: override ?? { ref: pr.base.ref, sha: pr.base.sha },
      };
    }
    case 'push': {
      const parsed = pushPayload.safeParse(payload);
      const before =
        parsed.success && !NO_COMMIT.test(parsed.data.before)
          ? { ref: parsed.data.before.slice(0, 12), sha: parsed.data.before }
          : undefined;
      const base = override ?? before;
      return base === undefined ? { event } : { event, base };
    }
    case 'merge_group': {
      const parsed = mergeGroupPayload.safeParse(payload);
      const base =
        override ??
        (parsed.success ? { ref: parsed.data.merge_group.base_ref, sha: parsed.data.merge_group.base_sha } : undefined);
      return base === undefined ? { event } : { event, base };
    }
    case 'workflow_run': {
      const parsed = workflowRunPayload.safeParse(payload);
      return {
        event,
        ...(override ? { base: override } : {}),
        ...(parsed.success ? { workflowRunHeadSha: parsed.data.workflow_run.head_sha } : {}),
      };
    }
    case 'workflow_dispatch':
    case 'schedule':
      return override === undefined ? { event } : { event, base: override };
    default:
      return {
        event,
        ...(override ? { base: override } : {}),
        notice:
          `carbon-budget does not comment on \`${event}\` events; ` +
          `it estimates${override ? ' and compares with base-ref' : ''}, ` +
          'writes the summary and outputs, and checks the budgets',
      };
  }
}
