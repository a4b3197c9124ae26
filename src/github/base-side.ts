import * as core from '@actions/core';
import { analyseBase } from '../analyse.js';
import type { BaseInput } from '../compare/compare.js';
import type { FileSource } from '../config/file-source.js';
import { GLOB_CHARS } from '../config/load.js';
import { gitRevisionSource, resolveRevision } from '../io/git-source.js';
import { apiRevisionSource, type LazyClient } from './client.js';
import type { Settings } from './settings.js';
import type { RunCache } from '../run-cache.js';
import { printable } from '../text/printable.js';

/**
 * The base side of the comparison: the workload files at the base read from git when the checkout
 * has the commit, else through the REST API. `root` is the repository's top directory (the
 * workspace, or a subdirectory actions/checkout used), which is what the paths of git and of the
 * API are relative to. A base that cannot be read is a warning and no comparison, never a failed run.
 */
export async function readBase(
  settings: Settings,
  roots: readonly string[],
  root: string,
  client: LazyClient,
  cache: RunCache,
): Promise<BaseInput | undefined> {
  const base = settings.context.base;
  if (base === undefined) return undefined;
  const revision = base.sha ?? base.ref;
  try {
    let source: FileSource;
    const local =
      (await resolveRevision(root, revision)) ??
      (base.sha === undefined ? await resolveRevision(root, `origin/${base.ref}`) : undefined);
    const octokit = local === undefined ? await client() : undefined;
    if (local !== undefined) {
      source = gitRevisionSource(root, local);
    } else if (octokit !== undefined && settings.repo !== undefined) {
      core.info(
        `carbon-budget: ${revision} is not in the checkout; ` +
          `reading the base workload files through the GitHub API (a checkout with fetch-depth: 2 avoids this)`,
      );
      source = apiRevisionSource(octokit, settings.repo, revision, root);
    } else {
      core.warning(
        `carbon-budget: the base (${base.ref}) is not in the checkout and there is no token to read it; not comparing`,
      );
      return undefined;
    }
    // A glob names the roots present in each tree: a team renamed or removed is then seen as such.
    const baseRoots = GLOB_CHARS.test(settings.config) ? await source.glob(settings.config, root) : roots;
    const sha = local ?? base.sha;
    return await analyseBase(baseRoots, {
      root,
      source,
      cache,
      ref: settings.baseRef ?? base.ref,
      ...(sha === undefined ? {} : { sha }),
    });
  } catch (error) {
    core.warning(
      printable(`carbon-budget: could not read the base (${base.ref}): ${(error as Error).message}. Not comparing.`),
    );
    return undefined;
  }
}
