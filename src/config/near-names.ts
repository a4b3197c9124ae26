import { posix } from 'node:path';

// A workload file named as people name YAML files, when carbon-budget looks for another spelling:
// `carbon-budget.yaml` for `carbon-budget.yml`, or `Carbon_Budget.yml`.

const EXTENSION = /\.ya?ml$/i;

/** A file name with the differences that do not matter here taken out: case, separators, extension. */
function stem(name: string): string {
  return name
    .replace(EXTENSION, '')
    .toLowerCase()
    .replace(/[-_.\s]/g, '');
}

/**
 * The files of `present` (absolute paths) in the directory of `wanted` whose names differ from its
 * name only in case, separators (`-`, `_`, `.`) or YAML extension (`.yml`, `.yaml`): what `wanted` likely is.
 */
export function nearNames(wanted: string, present: readonly string[]): string[] {
  const dir = posix.dirname(wanted);
  const name = posix.basename(wanted);
  if (!EXTENSION.test(name)) return [];
  const target = stem(name);
  return present
    .filter((path) => posix.dirname(path) === dir && posix.basename(path) !== name)
    .map((path) => posix.basename(path))
    .filter((other) => EXTENSION.test(other) && stem(other) === target)
    .sort();
}

/**
 * `, but \`carbon-budget.yaml\` is there: ...` to follow "no such file", or '' when no file of a
 * near name is there. `included`: the file was named by an `include` entry, rather than as a root file.
 */
export function nearNamesHint(wanted: string, present: readonly string[], included: boolean): string {
  const near = nearNames(wanted, present);
  const first = near[0];
  if (first === undefined) return '';
  const name = posix.basename(wanted);
  const others =
    near.length > 1
      ? ` (and ${near
          .slice(1)
          .map((n) => `\`${n}\``)
          .join(', ')})`
      : '';
  const instead = included
    ? 'include it by that name'
    : "name it as the workload file (`carbon-budget estimate PATH`, or the action's `config` input)";
  return `, but \`${first}\` is there${others}: rename it to \`${name}\`, or ${instead}`;
}
