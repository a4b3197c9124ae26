import * as z from 'zod/mini';
import { orList } from '../text/suggest.js';

// The action's inputs as one typed settings object; action.yml documents the same names and
// defaults (a test keeps the two in step).

const choice = <T extends string>(name: string, values: readonly [T, ...T[]]) =>
  z.enum(values, { error: (issue) => `input \`${name}\` must be ${orList(values)}; got \`${String(issue.input)}\`` });

const settingsSchema = z.object({
  config: z.string().check(z.trim(), z.minLength(1, 'input `config` must name a workload file or glob')),
  token: z.string(),
  comment: choice('comment', ['update', 'new', 'off']),
  commentOn: choice('comment-on', ['always', 'change']),
  failOn: choice('fail-on', ['over', 'warn', 'never']),
  baseRef: z.optional(z.string().check(z.trim())),
  report: z.optional(z.string().check(z.trim())),
});

export type Settings = z.output<typeof settingsSchema>;

/** Reads the inputs through `get` (core.getInput), applying the defaults action.yml states. */
export function readSettings(get: (name: string) => string): { ok: true; settings: Settings } | { ok: false; messages: string[] } {
  const optional = (name: string): string | undefined => get(name).trim() || undefined;
  const parsed = settingsSchema.safeParse({
    config: optional('config') ?? 'carbon-budget.yml',
    token: get('github-token'),
    comment: optional('comment') ?? 'update',
    commentOn: optional('comment-on') ?? 'always',
    failOn: optional('fail-on') ?? 'over',
    baseRef: optional('base-ref'),
    report: optional('report'),
  });
  if (!parsed.success) return { ok: false, messages: parsed.error.issues.map((i) => i.message) };
  return { ok: true, settings: parsed.data };
}
