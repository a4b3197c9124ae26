import type { Diagnostic } from '../config/diagnostics.js';
import type { SourceRef } from '../model.js';
import { printable } from '../text/printable.js';
import type { SyncJobSpecAdapter } from './job-spec.js';
import { FieldsBuilder, problem, stem, wholeNumber } from './spec-fields.js';

// A Slurm batch script's `#SBATCH` header (https://slurm.schedmd.com/sbatch.html): sbatch reads
// options from `#SBATCH` lines up to the first line that is neither a comment nor blank.

interface Option {
  readonly value: string;
  readonly at: SourceRef;
}

/** Long names of the short options carbon-budget reads. */
const SHORT: Readonly<Record<string, string>> = {
  N: 'nodes',
  G: 'gpus',
  t: 'time',
  J: 'job-name',
  a: 'array',
  n: 'ntasks',
};

/** The `#SBATCH` options of a script, by long name; a later one wins, as with sbatch. */
function headerOptions(text: string, file: string): Map<string, Option> {
  const options = new Map<string, Option>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (i === 0 && trimmed.startsWith('#!')) continue;
    if (trimmed !== '' && !trimmed.startsWith('#')) break;
    const header = /^(\s*#SBATCH\s+)(.*)$/.exec(line);
    if (header === null) continue;
    // Words with where each starts; a `#` after whitespace starts a comment.
    const words: { text: string; column: number }[] = [];
    const rest = header[2] ?? '';
    const re = /(?:"[^"]*"|'[^']*'|\S)+/g;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      if (m[0].startsWith('#')) break;
      words.push({ text: m[0].replace(/["']/g, ''), column: (header[1]?.length ?? 0) + m.index + 1 });
    }
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      if (word === undefined) continue;
      const at = { file, line: i + 1, column: word.column };
      const long = /^--([A-Za-z-]+)(?:=(.*))?$/.exec(word.text);
      const short = /^-([A-Za-z])(.*)$/.exec(word.text);
      let name: string | undefined;
      let value: string | undefined;
      if (long !== null) {
        name = long[1];
        value = long[2];
      } else if (short !== null) {
        name = SHORT[short[1] ?? ''] ?? short[1];
        value = short[2] === '' ? undefined : short[2]?.replace(/^=/, '');
      } else continue;
      if (value === undefined) {
        const next = words[w + 1];
        if (next !== undefined && !next.text.startsWith('-')) {
          value = next.text;
          w++;
        }
      }
      if (name !== undefined) options.set(name, { value: value ?? '', at });
    }
  }
  return options;
}

/** `--time` in each form sbatch accepts, as hours; undefined for a form it does not. */
export function slurmHours(value: string): number | undefined {
  const v = value.trim();
  const n = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : NaN);
  let days = 0;
  let clock = v;
  const dash = /^(\d+)-(.+)$/.exec(v);
  if (dash !== null) {
    days = n(dash[1]);
    clock = dash[2] ?? '';
    // days-hours, days-hours:minutes, days-hours:minutes:seconds
    const [h, m = '0', s = '0', extra] = clock.split(':');
    if (extra !== undefined) return undefined;
    const hours = days * 24 + n(h) + n(m) / 60 + n(s) / 3600;
    return Number.isFinite(hours) ? hours : undefined;
  }
  const parts = clock.split(':');
  // minutes, minutes:seconds, hours:minutes:seconds
  const [a, b, c, extra] = parts;
  if (extra !== undefined) return undefined;
  const hours =
    parts.length === 1 ? n(a) / 60 : parts.length === 2 ? n(a) / 60 + n(b) / 3600 : n(a) + n(b) / 60 + n(c) / 3600;
  return Number.isFinite(hours) ? hours : undefined;
}

/** How many tasks `--array` starts: `0-15` 16, `1,3,5` 3, `0-15:4` 4; a `%N` limit runs them N at a time. */
export function arrayCount(value: string): number | undefined {
  const list = value.trim().replace(/%\d+$/, '');
  let count = 0;
  for (const part of list.split(',')) {
    const m = /^(\d+)(?:-(\d+)(?::(\d+))?)?$/.exec(part.trim());
    if (m === null) return undefined;
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    const step = m[3] === undefined ? 1 : Number(m[3]);
    if (end < start || step < 1) return undefined;
    count += Math.floor((end - start) / step) + 1;
  }
  return count > 0 ? count : undefined;
}

/** `gpu:8`, `gpu:a100:8`, `gpu:a100` (one): the GPUs of a `--gres` list; undefined where it has none. */
function gresGpus(value: string): { type?: string; count: number } | 'bad' | undefined {
  for (const item of value.split(',')) {
    const [kind, ...rest] = item.trim().split(':');
    if (kind !== 'gpu') continue;
    const last = rest[rest.length - 1];
    const count = last === undefined ? 1 : wholeNumber(last);
    if (count === undefined) return rest.length === 1 ? { type: rest[0] ?? '', count: 1 } : 'bad';
    const type = rest.length >= 2 ? rest.slice(0, -1).join(':') : undefined;
    return { count, ...(type === undefined ? {} : { type }) };
  }
  return undefined;
}

/** `[type:]N` of `--gpus`, `--gpus-per-node`, `--gpus-per-task`. */
function typedCount(value: string): { type?: string; count: number } | undefined {
  const parts = value.trim().split(':');
  const count = wholeNumber(parts[parts.length - 1]);
  if (count === undefined || count === 0) return undefined;
  return parts.length > 1 ? { type: parts.slice(0, -1).join(':'), count } : { count };
}

export const readSlurm: SyncJobSpecAdapter = (text, file) => {
  const options = headerOptions(text, file);
  const diagnostics: Diagnostic[] = [];
  const b = new FieldsBuilder();
  const bad = (o: Option, name: string, expected: string) =>
    diagnostics.push(problem(o.at, `\`--${name}\` must be ${expected}, got \`${printable(o.value)}\``));
  const whole = (name: string): number | undefined => {
    const o = options.get(name);
    if (o === undefined) return undefined;
    const n = wholeNumber(o.value);
    if (n !== undefined && n > 0) return n;
    // A range (`--nodes=2-4`) lets Slurm choose within it: the smallest is what is asked for.
    const range = /^(\d+)-(\d+)$/.exec(o.value.trim());
    if (range !== null && Number(range[1]) > 0) {
      b.note(`\`--${name}=${o.value}\` is a range: estimated with ${range[1]}, its minimum`);
      return Number(range[1]);
    }
    bad(o, name, 'a whole number');
    return undefined;
  };
  const nodes = whole('nodes') ?? 1;
  const nodesAt = options.get('nodes')?.at;
  let count: { n: number; at: SourceRef; type?: string } | undefined;
  const typed = (name: string, scale: number, why: string) => {
    const o = options.get(name);
    if (o === undefined || count !== undefined) return;
    const found = typedCount(o.value);
    if (found === undefined) return bad(o, name, '`[type:]count`, e.g. `4` or `a100:4`');
    count = { n: found.count * scale, at: nodesAt ?? o.at, ...(found.type === undefined ? {} : { type: found.type }) };
    if (scale > 1) b.note(`count ${found.count * scale} = ${found.count} (\`--${name}\`) x ${why}`);
  };
  typed('gpus', 1, '');
  typed('gpus-per-node', nodes, `${nodes} nodes`);
  const gres = options.get('gres');
  if (gres !== undefined && count === undefined) {
    const found = gresGpus(gres.value);
    if (found === 'bad') bad(gres, 'gres', '`gpu[:type]:count`, e.g. `gpu:a100:4`');
    else if (found !== undefined) {
      count = {
        n: found.count * nodes,
        at: nodesAt ?? gres.at,
        ...(found.type === undefined ? {} : { type: found.type }),
      };
      if (nodes > 1) b.note(`count ${found.count * nodes} = ${found.count} (\`--gres\`) x ${nodes} nodes`);
    }
  }
  if (count === undefined && options.has('gpus-per-task')) {
    const perNode = whole('ntasks-per-node');
    const tasks = whole('ntasks');
    const scale = perNode !== undefined ? perNode * nodes : (tasks ?? 1);
    const why = perNode !== undefined ? `${perNode} tasks per node x ${nodes} nodes` : `${tasks ?? 1} tasks`;
    typed('gpus-per-task', scale, why);
  }
  if (count !== undefined) {
    b.set('count', count.n, count.at);
    // A gres type is the site's own name: the catalog reads it, or says at its line that it cannot.
    const typeAt = (
      options.get('gres') ??
      options.get('gpus-per-node') ??
      options.get('gpus') ??
      options.get('gpus-per-task')
    )?.at;
    if (count.type !== undefined && typeAt !== undefined) b.set('accelerator', count.type, typeAt);
  }
  const time = options.get('time');
  if (time !== undefined) {
    const hours = slurmHours(time.value);
    if (/^(?:unlimited|infinite)$/i.test(time.value.trim()))
      b.note('`--time` is unlimited: give `hours` in the workload');
    else if (hours === undefined || hours <= 0)
      bad(time, 'time', 'a Slurm time (`minutes`, `MM:SS`, `HH:MM:SS`, `D-HH`, `D-HH:MM` or `D-HH:MM:SS`)');
    else {
      b.set('hours', hours, time.at);
      b.note('hours from `--time`, the time limit: the longest a run may take');
    }
  }
  const array = options.get('array');
  if (array !== undefined) {
    const runs = arrayCount(array.value);
    if (runs === undefined) bad(array, 'array', 'indices such as `0-15`, `1,3,5` or `0-15:4`');
    else b.set('runs', runs, array.at);
  }
  if (count === undefined && options.size > 0) b.note('the header asks for no GPU: give `accelerator` and `count`');
  const name = options.get('job-name')?.value ?? stem(file);
  const at = [...options.values()][0]?.at ?? { file, line: 1, column: 1 };
  return { workloads: options.size > 0 ? [b.build('slurm', name, at)] : [], diagnostics };
};
