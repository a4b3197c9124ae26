// How other tools name accelerators, as catalog ids. Each table holds only names whose board the
// tool's own documentation or source pins down; a name that is not here is passed on as written,
// and the catalog either knows it (an nvidia-smi name, a catalog id) or says at the spec's line that
// it does not. A name that leaves the board open (memory size, form factor) is not guessed: the
// adapter leaves `accelerator` to the workload and says why in its notes.

/**
 * SkyPilot's accelerator names (`sky show-gpus`, https://docs.skypilot.co/en/stable/compute/gpus.html)
 * that name one board on every cloud SkyPilot lists them for. SkyPilot's names come from each
 * cloud's catalog fetcher (sky/catalog/data_fetchers/fetch_*.py in github.com/skypilot-org/skypilot).
 */
export const SKYPILOT_ACCELERATORS: Readonly<Record<string, string>> = {
  // FluidStack's A100_SXM4_80GB (fetch_fluidstack.py GPU_MAP); the name says the board.
  'a100-80gb-sxm': 'nvidia-a100-sxm4-80gb',
  // FluidStack's H100_SXM5_80GB (fetch_fluidstack.py GPU_MAP).
  'h100-sxm': 'nvidia-h100-sxm5-80gb',
  // GCP's nvidia-h100-mega-80gb, the A3 Mega's H100 SXM (fetch_gcp.py; https://cloud.google.com/compute/docs/gpus).
  'h100-mega': 'nvidia-h100-sxm5-80gb',
  // The same board on GKE: SkyPilot names a node labelled nvidia-h100-mega-80gb `H100-MEGA-80GB`
  // (GKELabelFormatter.get_accelerator_from_label_value, sky/provision/kubernetes/utils.py).
  'h100-mega-80gb': 'nvidia-h100-sxm5-80gb',
  // AWS p5e/p5en and GCP's A3 Ultra (fetch_aws.py, fetch_gcp.py): the H200 SXM 141 GB.
  h200: 'nvidia-h200-sxm-141gb',
  b200: 'nvidia-b200-180gb',
  gh200: 'nvidia-gh200',
  l4: 'nvidia-l4-24gb',
  l40s: 'nvidia-l40s-48gb',
  t4: 'nvidia-t4-16gb',
  a10: 'nvidia-a10-24gb',
  a10g: 'nvidia-a10g-24gb',
  // AWS p3dn.24xlarge (fetch_aws.py renames its V100 to V100-32GB); 32768 MiB in
  // https://karpenter.sh/docs/reference/instance-types/. SXM2 is the reading kept from before.
  'v100-32gb': 'nvidia-v100-sxm2-32gb',
};

/**
 * SkyPilot names whose board depends on the cloud: SkyPilot's FluidStack catalog calls H100_PCIE_80GB
 * `H100`, A100_PCIE_40GB `A100`, A100_PCIE_80GB `A100-80GB` and Tesla_V100_PCIE_16GB `V100`
 * (fetch_fluidstack.py GPU_MAP), and its Lambda catalog takes `H100` and `A100` from instance names
 * such as gpu_1x_h100_pcie and gpu_1x_a100 (fetch_lambda_cloud.py). On GCP and AWS each is one board.
 */
export const SKYPILOT_BY_CLOUD: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // GCP's accelerator types renamed (fetch_gcp.py: nvidia-tesla-a100 -> A100, nvidia-a100-80gb ->
  // A100-80GB, nvidia-h100-80gb -> H100), boards as https://cloud.google.com/compute/docs/gpus gives them.
  gcp: {
    a100: 'nvidia-a100-sxm4-40gb',
    'a100-80gb': 'nvidia-a100-sxm4-80gb',
    h100: 'nvidia-h100-sxm5-80gb',
    // 16 GB (fetch_gcp.py); SXM2 is the reading kept from before.
    v100: 'nvidia-v100-sxm2-16gb',
  },
  // EC2's GPU names (fetch_aws.py; p4de renamed A100-80GB): A100 is p4d's 40 GB SXM4, H100 p5's SXM
  // (40960, 81920 and 81920 MiB in https://karpenter.sh/docs/reference/instance-types/).
  aws: {
    a100: 'nvidia-a100-sxm4-40gb',
    'a100-80gb': 'nvidia-a100-sxm4-80gb',
    h100: 'nvidia-h100-sxm5-80gb',
    // p3's 16 GB V100: SXM2 as the catalog reads p3 (AWS's guide says P3 supports NVLink).
    v100: 'nvidia-v100-sxm2-16gb',
  },
};

/** What a cloud-dependent SkyPilot name leaves open, for the note that asks for `accelerator`. */
export const SKYPILOT_OPEN: Readonly<Record<string, string>> = {
  a100: 'an A100 40 GB, SXM4 or PCIe',
  'a100-80gb': 'an A100 80 GB, SXM4 or PCIe',
  h100: 'an H100, SXM or PCIe',
  v100: 'a V100 16 GB, SXM2 or PCIe',
};

/**
 * GKE's `cloud.google.com/gke-accelerator` node label values, which are Compute Engine's accelerator
 * type names ("Run GPUs in GKE Standard node pools",
 * https://cloud.google.com/kubernetes-engine/docs/how-to/gpus). Each name's board is from "GPU machine
 * types", https://cloud.google.com/compute/docs/gpus, which names the machine series that carries it.
 */
export const GKE_ACCELERATORS: Readonly<Record<string, string>> = {
  // N1: NVIDIA T4 (https://cloud.google.com/compute/docs/gpus).
  'nvidia-tesla-t4': 'nvidia-t4-16gb',
  // G2: NVIDIA L4 (https://cloud.google.com/compute/docs/gpus).
  'nvidia-l4': 'nvidia-l4-24gb',
  // A2 Standard: NVIDIA A100 40GB (https://cloud.google.com/compute/docs/gpus).
  'nvidia-tesla-a100': 'nvidia-a100-sxm4-40gb',
  // A2 Ultra: NVIDIA A100 80GB (https://cloud.google.com/compute/docs/gpus).
  'nvidia-a100-80gb': 'nvidia-a100-sxm4-80gb',
  // A3 High and A3 Edge: NVIDIA H100 SXM (https://cloud.google.com/compute/docs/gpus).
  'nvidia-h100-80gb': 'nvidia-h100-sxm5-80gb',
  // A3 Mega: NVIDIA H100 SXM (https://cloud.google.com/compute/docs/gpus).
  'nvidia-h100-mega-80gb': 'nvidia-h100-sxm5-80gb',
  // A3 Ultra: NVIDIA H200 SXM (https://cloud.google.com/compute/docs/gpus).
  'nvidia-h200-141gb': 'nvidia-h200-sxm-141gb',
  // A4: NVIDIA B200 (https://cloud.google.com/compute/docs/gpus).
  'nvidia-b200': 'nvidia-b200-180gb',
  // A4X: NVIDIA GB200 Grace Blackwell Superchips (https://cloud.google.com/compute/docs/gpus).
  'nvidia-gb200': 'nvidia-gb200',
  // G4: Google's Cluster Toolkit labels the g4-standard family nvidia-rtx-pro-6000 (machine_family_to_label_map,
  // github.com/GoogleCloudPlatform/cluster-toolkit pkg/config/machine_mappings.json), the board the catalog
  // gives g4-standard-48.
  'nvidia-rtx-pro-6000': 'nvidia-rtx-pro-6000-96gb',
  // N1: NVIDIA V100, 16 GB (https://cloud.google.com/compute/docs/gpus). The page read does not say
  // SXM2 or PCIe; the SXM2 board is an unconfirmed reading kept from before.
  'nvidia-tesla-v100': 'nvidia-v100-sxm2-16gb',
};

/**
 * Karpenter's `karpenter.k8s.aws/instance-gpu-name` values: EC2's GPU name in lower case, spaces as
 * hyphens (`lowerKabobCase` in karpenter-provider-aws pkg/providers/instancetype/types.go). Each row is
 * checked against the instance types carrying it in "Instance Types",
 * https://karpenter.sh/docs/reference/instance-types/ (GPU count and memory per instance type there).
 * Only names that one board on EC2 carries; `a100` (p4d's 40 GB or p4de's 80 GB) and `v100` (p3's
 * 16 GB or p3dn's 32 GB) are left open, and `t4g` (g5g's T4G) is not in the catalog.
 */
export const KARPENTER_GPU_NAMES: Readonly<Record<string, string>> = {
  // g4dn, 16384 MiB (https://karpenter.sh/docs/reference/instance-types/).
  t4: 'nvidia-t4-16gb',
  // g5, 22888 MiB (https://karpenter.sh/docs/reference/instance-types/).
  a10g: 'nvidia-a10g-24gb',
  // g6 and gr6, 22888 MiB (https://karpenter.sh/docs/reference/instance-types/).
  l4: 'nvidia-l4-24gb',
  // g6e, 45776 MiB (https://karpenter.sh/docs/reference/instance-types/).
  l40s: 'nvidia-l40s-48gb',
  // p5, 81920 MiB (https://karpenter.sh/docs/reference/instance-types/).
  h100: 'nvidia-h100-sxm5-80gb',
  // p5e and p5en, 144384 MiB (https://karpenter.sh/docs/reference/instance-types/).
  h200: 'nvidia-h200-sxm-141gb',
  // p6-b200, 183359 MiB (https://karpenter.sh/docs/reference/instance-types/).
  b200: 'nvidia-b200-180gb',
  // p6-b300, 275040 MiB (https://karpenter.sh/docs/reference/instance-types/).
  b300: 'nvidia-b300-288gb',
  // g7e, 98304 MiB: the RTX PRO 6000 Blackwell Server Edition (https://karpenter.sh/docs/reference/instance-types/).
  'rtx-pro-server-6000': 'nvidia-rtx-pro-6000-96gb',
};

/** Names that say the GPU but not which board of it; the workload must say (`accelerator`). */
export const AMBIGUOUS_NAMES: Readonly<Record<string, string>> = {
  a100: 'an A100 of 40 or 80 GB',
  v100: 'a V100 of 16 or 32 GB',
};

/** The catalog id a tool's name stands for, by a table; the name as written when the table lacks it. */
export function mapName(table: Readonly<Record<string, string>>, written: string): string {
  return ownEntry(table, written.trim().toLowerCase()) ?? written.trim();
}

/** `table[key]` when the table itself has it: never a name inherited from Object (`constructor`). */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
