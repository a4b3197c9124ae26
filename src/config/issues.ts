import type * as z from 'zod/mini';
import { showValue } from '../text/show.js';
import { misplacedKey, type Place } from './misplaced-keys.js';
import type { Path } from './yaml-positions.js';

/** A validation problem, with where it is in the document and whether to point at the key. */
export interface Located {
  readonly path: Path;
  readonly key: boolean;
  readonly message: string;
}

function describeType(value: unknown): string {
  return typeof value === 'string' ? `text ${showValue(value)}` : showValue(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'a mapping (key: value lines)',
  array: 'a list (lines starting with `- `)',
  boolean: 'true or false',
};

/** How a place in the file is named in a message: `count`, `include` entry 2, the file. */
function label(path: Path): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return parent === 'workloads' ? `workload ${last + 1}` : `\`${String(parent)}\` entry ${last + 1}`;
  }
  return `\`${String(last)}\``;
}

/** `key:value` with no space after the colon is text to YAML, not a key and its value. */
const COLON_WITHOUT_SPACE = /^\s*[\w-]+:[^\s/]/m;

function colonHint(issue: { expected: string; input?: unknown }): string {
  if (issue.expected !== 'object' || typeof issue.input !== 'string' || !COLON_WITHOUT_SPACE.test(issue.input))
    return '';
  return ': YAML reads `key:value` without a space as text; write a space after the colon (`key: value`)';
}

/** Which mapping of the file a path is, for the keys known elsewhere (misplaced-keys.ts). */
function placeOf(path: Path, input: unknown): Place | undefined {
  if (path.length === 0) return 'file';
  if (path.length === 1 && (path[0] === 'defaults' || path[0] === 'budgets')) return path[0];
  if (path.length !== 2 || path[0] !== 'workloads' || typeof path[1] !== 'number') return undefined;
  const kind = typeof input === 'object' && input !== null ? (input as Record<string, unknown>).kind : undefined;
  return kind === 'training' || kind === 'inference' ? kind : undefined;
}

/** Turns zod issues into messages for people, each with the path of the node it is about. */
export function locateIssues(issues: readonly z.core.$ZodIssue[], prefix: Path = []): Located[] {
  const located: Located[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys': {
        const lines = issue.message.split('\n');
        const place = placeOf(path, issue.input);
        issue.keys.forEach((key, i) => {
          const misplaced = place === undefined ? undefined : misplacedKey(key, place);
          const message = misplaced?.message ?? lines[i] ?? `unknown key \`${key}\``;
          located.push({ path: [...path, key], key: true, message });
        });
        break;
      }
      case 'invalid_type': {
        if (issue.input === undefined) {
          const parent = path.slice(0, -1);
          located.push({ path: parent, key: false, message: `${label(parent)} needs ${label(path)}` });
        } else {
          const expected = EXPECTED[issue.expected] ?? issue.expected;
          located.push({
            path,
            key: false,
            message: `${label(path)} must be ${expected}, got ${describeType(issue.input)}${colonHint(issue)}`,
          });
        }
        break;
      }
      case 'invalid_union': {
        // A missing quantity (a union of a number and text) is missing, as for any other field.
        if (issue.input === undefined && path.length > 1) {
          const parent = path.slice(0, -1);
          located.push({ path: parent, key: false, message: `${label(parent)} needs ${label(path)}` });
          break;
        }
        // `true` or a mapping (`embodied`, `host`): for a mapping, the mapping's own problems.
        const mapping = typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input);
        const inner = mapping
          ? issue.errors.filter(
              (branch) => branch.length > 0 && branch.every((i) => i.path.length > 0 || i.code === 'unrecognized_keys'),
            )
          : [];
        if (inner.length === 1) {
          located.push(...locateIssues(inner[0] ?? [], path));
          break;
        }
        // The discriminator's own message already names `kind`.
        located.push({
          path,
          key: false,
          message: issue.path[issue.path.length - 1] === 'kind' ? issue.message : `${label(path)}: ${issue.message}`,
        });
        break;
      }
      default:
        located.push({ path, key: false, message: `${label(path)}: ${issue.message}` });
    }
  }
  // One wrong value can fail two checks with the same message (a year both too big and unsafe).
  const seen = new Set<string>();
  return located.filter((l) => {
    const key = `${l.path.join('.')}|${l.key}|${l.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
