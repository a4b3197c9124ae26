import { posix } from 'node:path';
import { problemText, type FileSource } from '../config/file-source.js';
import { planConfig } from '../config/include-plan.js';
import { linkBelow } from './fs-source.js';

/**
 * The root workload files the action's `config` input names in `workspace`: a path, or a glob over
 * the workspace; or why none. What its text alone rules out (an absolute path, one leading
 * outside, .git, a control character) is refused before any I/O; a path through a symbolic link
 * below the workspace is refused before it is read (the loader then keeps to the repository, which
 * may be a directory below the workspace); a glob lists nothing outside the workspace, through a
 * link or under .git.
 */
export async function configFiles(config: string, workspace: string, source: FileSource): Promise<string[] | string> {
  const plan = planConfig(config, workspace);
  if (plan.action === 'refuse') return plan.message;
  if (plan.action === 'read') {
    const through = linkBelow(workspace, posix.dirname(plan.path));
    // A missing directory is left to the loader, which says so of the file.
    return through?.problem === 'linked-directory' ? `the config \`${config}\` ${problemText(through)}` : [plan.path];
  }
  let roots: string[];
  try {
    roots = await source.glob(plan.pattern, workspace, workspace);
  } catch (error) {
    // A pattern the matcher cannot compile (planConfig refuses the shapes known to do it).
    if (!(error instanceof TypeError || error instanceof SyntaxError)) throw error;
    return `the config \`${config}\` is not a glob carbon-budget can read (${error.message})`;
  }
  return roots.length > 0 ? roots : `the config \`${config}\` matches no workload file in the workspace`;
}
