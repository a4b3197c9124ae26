// How other tools name accelerators, as catalog ids. Each table holds only names whose board the
// tool's own documentation or source pins down; a name that is not here is passed on as written,
// and the catalog either knows it (an nvidia-smi name, a catalog id) or says at the spec's line that
// it does not. A name that leaves the board open (memory size, form factor) is not guessed: the
// adapter leaves `accelerator` to the workload and says why in its notes.

/**
 * SkyPilot's accelerator names (`sky show-gpus`, https://docs.skypilot.co/en/stable/compute/gpus.html).
 * The boards follow SkyPilot's GCP mapping to GKE accelerator types (sky/clouds/gcp.py, tested in
 * tests/unit_tests/test_gcp.py: A100 -> nvidia-tesla-a100, the A2 Standard's 40 GB SXM4 board;
 * A100-80GB -> nvidia-a100-80gb, the A2 Ultra's; H100 -> nvidia-h100-80gb, the A3 High's SXM board;
 * H100-MEGA -> nvidia-h100-mega-80gb; H200 -> nvidia-h200-141gb; V100 -> nvidia-tesla-v100, 16 GB;
 * V100-32GB the 32 GB SXM2 board of AWS p3dn).
 */
export const SKYPILOT_ACCELERATORS: Readonly<Record<string, string>> = {
  a100: 'nvidia-a100-sxm4-40gb',
  'a100-80gb': 'nvidia-a100-sxm4-80gb',
  'a100-80gb-sxm': 'nvidia-a100-sxm4-80gb',
  h100: 'nvidia-h100-sxm5-80gb',
  'h100-mega': 'nvidia-h100-sxm5-80gb',
  h200: 'nvidia-h200-sxm-141gb',
  b200: 'nvidia-b200-180gb',
  gh200: 'nvidia-gh200',
  l4: 'nvidia-l4-24gb',
  l40s: 'nvidia-l40s-48gb',
  t4: 'nvidia-t4-16gb',
  a10: 'nvidia-a10-24gb',
  a10g: 'nvidia-a10g-24gb',
  v100: 'nvidia-v100-sxm2-16gb',
  'v100-32gb': 'nvidia-v100-sxm2-32gb',
};

/**
 * GKE's `cloud.google.com/gke-accelerator` node label values, from "Run GPUs in GKE Standard node
 * pools" (https://cloud.google.com/kubernetes-engine/docs/how-to/gpus): nvidia-tesla-a100 is the
 * A100 40 GB, nvidia-a100-80gb the A100 80 GB, nvidia-h100-80gb the A3 High's H100, nvidia-h100-mega-80gb
 * the A3 Mega's, nvidia-h200-141gb the A3 Ultra's, nvidia-b200 the A4's, nvidia-l4 the G2's.
 */
export const GKE_ACCELERATORS: Readonly<Record<string, string>> = {
  'nvidia-tesla-t4': 'nvidia-t4-16gb',
  'nvidia-l4': 'nvidia-l4-24gb',
  'nvidia-tesla-a100': 'nvidia-a100-sxm4-40gb',
  'nvidia-a100-80gb': 'nvidia-a100-sxm4-80gb',
  'nvidia-h100-80gb': 'nvidia-h100-sxm5-80gb',
  'nvidia-h100-mega-80gb': 'nvidia-h100-sxm5-80gb',
  'nvidia-h200-141gb': 'nvidia-h200-sxm-141gb',
  'nvidia-b200': 'nvidia-b200-180gb',
  'nvidia-tesla-v100': 'nvidia-v100-sxm2-16gb',
};

/**
 * Karpenter's `karpenter.k8s.aws/instance-gpu-name` values (lower-case GPU names, e.g. `t4`; see
 * https://karpenter.sh/docs/reference/instance-types/). Only names that one board on EC2 carries;
 * `a100` (p4d's 40 GB or p4de's 80 GB) and `v100` (p3's 16 GB or p3dn's 32 GB) are left open.
 */
export const KARPENTER_GPU_NAMES: Readonly<Record<string, string>> = {
  t4: 'nvidia-t4-16gb',
  a10g: 'nvidia-a10g-24gb',
  l4: 'nvidia-l4-24gb',
  l40s: 'nvidia-l40s-48gb',
  h100: 'nvidia-h100-sxm5-80gb',
  h200: 'nvidia-h200-sxm-141gb',
  b200: 'nvidia-b200-180gb',
};

/** Names that say the GPU but not which board of it; the workload must say (`accelerator`). */
export const AMBIGUOUS_NAMES: Readonly<Record<string, string>> = {
  a100: 'an A100 of 40 or 80 GB',
  v100: 'a V100 of 16 or 32 GB',
};

/** The catalog id a tool's name stands for, by a table; the name as written when the table lacks it. */
export function mapName(table: Readonly<Record<string, string>>, written: string): string {
  return table[written.trim().toLowerCase()] ?? written.trim();
}
