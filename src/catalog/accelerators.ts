import { nearest, orList } from '../text/suggest.js';
import { ACCELERATORS, type Accelerator } from './data/accelerators.js';

export type { Accelerator } from './data/accelerators.js';

// Lets people write what nvidia-smi prints (`NVIDIA A100-SXM4-80GB`) or drop the vendor prefix.
function normalise(written: string): string {
  return written
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

const byName = new Map<string, Accelerator>();
for (const a of ACCELERATORS) {
  byName.set(a.id, a);
  for (const alias of a.aliases ?? []) byName.set(normalise(alias), a);
}

export function acceleratorIds(): string[] {
  return ACCELERATORS.map((a) => a.id);
}

export type Lookup<T> = { ok: true; value: T } | { ok: false; message: string };

export function findAccelerator(written: string): Lookup<Accelerator> {
  const id = normalise(written);
  const exact = byName.get(id) ?? ACCELERATORS.find((a) => a.id === `${a.vendor.toLowerCase()}-${id}`);
  if (exact !== undefined) return { ok: true, value: exact };
  const containing = ACCELERATORS.filter((a) => a.id.includes(id));
  const candidates = containing.length > 0 ? containing.map((a) => a.id) : nearest(id, acceleratorIds(), 4);
  const hint = candidates.length > 0 ? `: did you mean ${orList(candidates.slice(0, 6))}?` : '.';
  return {
    ok: false,
    message:
      `unknown accelerator \`${written}\`${hint} Or give its measured average draw with \`power\` ` +
      '(e.g. `power: 330 W`). `carbon-budget catalog` lists every id.',
  };
}
