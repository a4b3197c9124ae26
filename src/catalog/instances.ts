import { didYouMean } from '../text/suggest.js';
import { INSTANCE_TYPES, type InstanceType } from './data/instances.js';
import { findAccelerator, type Accelerator, type Lookup } from './accelerators.js';

export interface Instance {
  readonly type: InstanceType;
  readonly accelerator: Accelerator;
}

const byId = new Map(INSTANCE_TYPES.map((t) => [t.id.toLowerCase(), t]));

/** An instance type as the provider writes it (`p4d.24xlarge`, `a2-highgpu-8g`, `Standard_ND96asr_v4`). */
export function findInstance(written: string): Lookup<Instance> {
  const type = byId.get(written.trim().toLowerCase());
  if (type === undefined) {
    return {
      ok: false,
      message: `unknown instance type \`${written}\`${didYouMean(
        written,
        INSTANCE_TYPES.map((t) => t.id),
      )}; \`carbon-budget catalog instances\` lists them, or give \`accelerator\` and \`count\``,
    };
  }
  const accelerator = findAccelerator(type.accelerator);
  if (!accelerator.ok)
    return {
      ok: false,
      message: `instance type \`${type.id}\` names an accelerator the catalog lacks (${type.accelerator})`,
    };
  return { ok: true, value: { type, accelerator: accelerator.value } };
}

export function instanceIds(): string[] {
  return INSTANCE_TYPES.map((t) => t.id);
}

/** `1/6` for a size that gets a sixth of one GPU, `8` for eight GPUs. */
export function acceleratorsLabel(perInstance: number): string {
  if (perInstance >= 1 || perInstance <= 0) return String(perInstance);
  const denominator = Math.round(1 / perInstance);
  return Math.abs(1 / denominator - perInstance) < 1e-9 ? `1/${String(denominator)}` : String(perInstance);
}
