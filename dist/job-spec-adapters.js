import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/text/suggest.ts
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}
function nearest(word, candidates2, limit = 3) {
  const needle = word.toLowerCase();
  const best = /* @__PURE__ */ new Map();
  for (const candidate of candidates2) {
    const lower = candidate.toLowerCase();
    if (best.has(lower)) continue;
    const distance = editDistance(needle, lower);
    const contains = needle.length >= 2 && (lower.includes(needle) || needle.includes(lower));
    const threshold = Math.max(2, Math.floor(Math.max(needle.length, lower.length) / 3));
    const score = Math.min(distance, contains ? 1 + Math.abs(lower.length - needle.length) / 100 : Infinity);
    if (distance <= threshold || contains) best.set(lower, { candidate, score });
  }
  return [...best.values()].sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate)).slice(0, limit).map((s) => s.candidate);
}
function didYouMean(word, candidates2, limit = 3) {
  const found = nearest(word, candidates2, limit);
  return found.length === 0 ? "" : ` (did you mean ${found.map((f) => `\`${f}\``).join(", ")}?)`;
}
function orList(items) {
  const quoted = items.map((i) => `\`${i}\``);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1] ?? ""}`;
}

// src/catalog/data/instances.ts
var AWS_EC2_GUIDE = {
  title: "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (hardware specifications table)",
  publisher: "Amazon Web Services",
  url: "https://github.com/awsdocs/amazon-ec2-user-guide/blob/d289961421fa79447add68ca26e3ec5ae96fdf41/doc_source/accelerated-computing-instances.md",
  year: 2023,
  licence: "CC BY-SA 4.0 (awsdocs repository); factual figures quoted"
};
var AWS_BATCH_GPU = {
  title: "AWS Batch User Guide: Run GPU jobs (table of supported GPU instance types)",
  publisher: "Amazon Web Services",
  url: "https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html",
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
};
var TORCHX = {
  title: 'torchx named_resources_aws.py: AWS instance types "taken from https://aws.amazon.com/ec2/instance-types/"',
  publisher: "Meta (meta-pytorch/torchx)",
  url: "https://github.com/meta-pytorch/torchx/blob/main/torchx/specs/named_resources_aws.py",
  year: 2025,
  licence: "BSD-3-Clause; factual figures quoted"
};
var RAPIDS_AWS = {
  title: "RAPIDS deployment documentation: Amazon Web Services (accelerated instance types table)",
  publisher: "RAPIDS (NVIDIA)",
  url: "https://github.com/rapidsai/deployment/blob/main/source/cloud/aws/index.md",
  year: 2026,
  licence: "factual figures quoted (repository licence not checked)"
};
var CCF_AWS = "vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/aws-instances-latest-2026.csv (secondary)";
var P3_NOTE = "V100 16 GB per GPU (AWS Batch GPU-jobs table); SXM2 because the guide says P3 supports NVLink";
var G5_NOTE = 'the guide: "G5 instances use NVIDIA A10G GPUs"';
var G6_NOTE = 'L4: AWS SDK release notes ("Amazon EC2 G6 instances powered by NVIDIA L4 Tensor Core GPUs", aws-sdk-go v1.51.15, 2024-04-04)';
var NEURON_TRN1 = {
  title: "AWS Neuron documentation: Trn1/Trn1n architecture (instance table: Trainium devices, vCPUs, memory)",
  publisher: "Amazon Web Services",
  url: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn1-arch.html",
  year: 2023,
  licence: "factual figures quoted from the provider documentation"
};
var INF2_NOTE = "secondary: Inferentia2 device counts, vCPUs and memory from torchx (NEURON_DEVICE per type)";
var G6E_NOTE = "secondary: counts, vCPUs and memory from torchx; L40S from third-party lists (dstack gpuhunt issue 105, deploybase.ai), no AWS text seen";
var G4DN_NOTE = `the guide: "G4dn instances use NVIDIA Tesla GPUs ... Each GPU has 16 GiB of GDDR6 memory"; the T4 (NVIDIA's 16 GB GDDR6 Tesla board) is carbon-budget's reading`;
var INF1_NOTE = 'the guide: "Inf1 instances use AWS Inferentia machine learning inference chips"';
var P2_NOTE = `the guide: "P2 instances use NVIDIA Tesla K80 GPUs ... 12 GiB of memory per GPU": each GPU is one of a K80 board's two`;
var AWS_EC2_SPECS = {
  title: "Specifications for Amazon EC2 accelerated computing instances (performance specifications table)",
  publisher: "Amazon Web Services",
  url: "https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html",
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
};
var FRACTION_NOTE = "a share of one GPU, counted as that share of the board's power";
var GCP_TOOLKIT = {
  title: "Cluster Toolkit pkg/config/machine_mappings.json (accelerator shorthand to machine type; machine family to GPU)",
  publisher: "Google (GoogleCloudPlatform/cluster-toolkit)",
  url: "https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/d26f63542cfc5356d42cc7ece7c2a0087f66e392/pkg/config/machine_mappings.json",
  year: 2026,
  licence: "Apache-2.0; factual figures quoted"
};
var GCP_TOOLKIT_2026 = {
  ...GCP_TOOLKIT,
  url: "https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/3488924798d9d90c76da9b2cf81afab0fbdffe91/pkg/config/machine_mappings.json"
};
var G4_NOTE = "the g4-standard family carries nvidia-rtx-pro-6000; below one GPU the machine gets a fraction of one board, and carbon-budget counts that share of the board's power";
var CCF_GCP = "vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/gcp-instances-latest-2026.csv (secondary)";
var A2_NOTE = `toolkit: a100-40gb-N is a2-highgpu-Ng; SXM4 is carbon-budget's reading (Google does not name the form factor); ${CCF_GCP}`;
var A2U_NOTE = `toolkit: a100-80gb-N is a2-ultragpu-Ng; SXM4 is carbon-budget's reading; ${CCF_GCP}`;
var A3_NOTE = `toolkit: h100-80gb-N is a3-highgpu-Ng; SXM5 is carbon-budget's reading; ${CCF_GCP}`;
var G2_ONE = `toolkit: the g2-standard family carries nvidia-l4 (l4-1 is g2-standard-12); one GPU on this size per a third-party table (secondary); ${CCF_GCP}`;
function azure(page, series, year) {
  return {
    title: `${series} size series (Azure virtual machine sizes documentation)`,
    publisher: "Microsoft",
    url: `https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/${page}`,
    year,
    licence: "CC BY 4.0 (Microsoft Learn documentation); factual figures quoted"
  };
}
var NCV3 = azure("ncv3-series", "NCv3", 2024);
var NC_A100_V4 = azure("nca100v4-series", "NC_A100_v4", 2024);
var NCADS_H100_V5 = azure("ncadsh100v5-series", "NCads_H100_v5", 2024);
var NCAST4_V3 = azure("ncast4v3-series", "NCasT4_v3", 2024);
var ND_A100_V4 = azure("ndasra100v4-series", "NDasrA100_v4", 2024);
var NDM_A100_V4 = azure("ndma100v4-series", "NDm_A100_v4", 2024);
var ND_H100_V5 = azure("ndh100v5-series", "ND-H100-v5", 2025);
var ND_H200_V5 = azure("nd-h200-v5-series", "ND-H200-v5", 2025);
var ND_MI300X_V5 = azure("ndmi300xv5-series", "ND-MI300X-v5", 2024);
var NVADS_A10_V5 = azure("nvadsa10v5-series", "NVadsA10_v5", 2024);
var ND_GB200_V6 = azure("nd-gb200-v6-series", "ND GB200-v6", 2025);
var NVADS_NOTE = `Microsoft: "Nvidia A10 GPU (24GB)", 1/6 to 2 GPUs; the smaller sizes get 1/6, 1/3 or 1/2 of one A10 (4, 8, 12 GB of its memory), and carbon-budget counts that share of the board's 150 W`;
var NCV3_NOTE = `Microsoft: "Nvidia Tesla V100 GPU (16GB)"; PCIe is carbon-budget's reading; the series was to be retired on 30 September 2025`;
var INSTANCE_TYPES = [
  // Amazon Web Services
  {
    provider: "aws",
    id: "p3.2xlarge",
    accelerator: "nvidia-v100-sxm2-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 61,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P3_NOTE
  },
  {
    provider: "aws",
    id: "p3.8xlarge",
    accelerator: "nvidia-v100-sxm2-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 32,
    memoryGiB: 244,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P3_NOTE
  },
  {
    provider: "aws",
    id: "p3.16xlarge",
    accelerator: "nvidia-v100-sxm2-16gb",
    acceleratorsPerInstance: 8,
    vcpus: 64,
    memoryGiB: 488,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P3_NOTE
  },
  {
    provider: "aws",
    id: "p3dn.24xlarge",
    accelerator: "nvidia-v100-sxm2-32gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 768,
    cpu: "skylake",
    source: AWS_EC2_GUIDE,
    note: "V100 32 GB per GPU (AWS Batch GPU-jobs table: 256 GiB across 8 GPUs); SXM2 because the guide says P3 supports NVLink"
  },
  {
    provider: "aws",
    id: "p4d.24xlarge",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1152,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: 'the guide: "NVIDIA A100 GPUs" with NVSwitch interconnect (hence SXM4); 40 GB per GPU from the RAPIDS deployment docs (secondary)'
  },
  {
    provider: "aws",
    id: "p4de.24xlarge",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1152,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: 'the guide: "P4de instances offer NVIDIA 80GB-A100s GPUs"'
  },
  {
    provider: "aws",
    id: "p5.48xlarge",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: "secondary: count, vCPUs and memory from torchx (also CCF); H100 from the AWS SDK release notes (aws-sdk-cpp 1.11.140, 2023); 80 GB from the RAPIDS deployment docs"
  },
  {
    provider: "aws",
    id: "p5e.48xlarge",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: "secondary: count, vCPUs and memory from torchx (also CCF); H200 from third-party sources quoting the AWS P5 page, no AWS text seen"
  },
  {
    provider: "aws",
    id: "p5en.48xlarge",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    source: TORCHX,
    note: "secondary: count, vCPUs and memory from torchx (also CCF); H200 141 GB as the AWS API reports it in dstack pull request 4110 (2026)"
  },
  {
    provider: "aws",
    id: "g5.xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.2xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.4xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.8xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.12xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.16xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.24xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.48xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 768,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g6.xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.2xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.4xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.8xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.16xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.12xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: `${G6_NOTE}; ${CCF_AWS}`
  },
  {
    provider: "aws",
    id: "g6.24xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "epyc-3rd-gen",
    source: RAPIDS_AWS,
    note: `secondary: count and L4 from the RAPIDS docs; ${CCF_AWS}`
  },
  {
    provider: "aws",
    id: "g6.48xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 768,
    cpu: "epyc-3rd-gen",
    source: RAPIDS_AWS,
    note: `secondary: count and L4 from the RAPIDS docs; ${CCF_AWS}`
  },
  {
    provider: "aws",
    id: "trn1.2xlarge",
    accelerator: "aws-trainium",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    source: NEURON_TRN1
  },
  {
    provider: "aws",
    id: "trn1.32xlarge",
    accelerator: "aws-trainium",
    acceleratorsPerInstance: 16,
    vcpus: 128,
    memoryGiB: 512,
    source: NEURON_TRN1
  },
  {
    provider: "aws",
    id: "trn1n.32xlarge",
    accelerator: "aws-trainium",
    acceleratorsPerInstance: 16,
    vcpus: 128,
    memoryGiB: 512,
    source: NEURON_TRN1
  },
  {
    provider: "aws",
    id: "inf2.xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "inf2.8xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "inf2.24xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 6,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "inf2.48xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 12,
    vcpus: 192,
    memoryGiB: 768,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "g6e.xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 32,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.2xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 64,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.4xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.8xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.16xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 512,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.12xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 384,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.24xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 768,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.48xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 1536,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.2xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.4xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.8xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.12xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.16xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.metal",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "inf1.xlarge",
    accelerator: "aws-inferentia",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 8,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE
  },
  {
    provider: "aws",
    id: "inf1.2xlarge",
    accelerator: "aws-inferentia",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 16,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE
  },
  {
    provider: "aws",
    id: "inf1.6xlarge",
    accelerator: "aws-inferentia",
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 48,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE
  },
  {
    provider: "aws",
    id: "inf1.24xlarge",
    accelerator: "aws-inferentia",
    acceleratorsPerInstance: 16,
    vcpus: 96,
    memoryGiB: 192,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE
  },
  {
    provider: "aws",
    id: "p2.xlarge",
    accelerator: "nvidia-k80",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 61,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P2_NOTE
  },
  {
    provider: "aws",
    id: "p2.8xlarge",
    accelerator: "nvidia-k80",
    acceleratorsPerInstance: 8,
    vcpus: 32,
    memoryGiB: 488,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P2_NOTE
  },
  {
    provider: "aws",
    id: "p2.16xlarge",
    accelerator: "nvidia-k80",
    acceleratorsPerInstance: 16,
    vcpus: 64,
    memoryGiB: 732,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P2_NOTE
  },
  {
    provider: "aws",
    id: "trn2.48xlarge",
    accelerator: "aws-trainium2",
    acceleratorsPerInstance: 16,
    vcpus: 192,
    memoryGiB: 2048,
    source: AWS_EC2_SPECS,
    note: 'AWS: "16 x AWS Trainium2 accelerators", Intel Xeon Sapphire Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "p5.4xlarge",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "1 x NVIDIA H100 GPU", 80 GiB, AMD EPYC 7R13; SXM5 is carbon-budget's reading, as for p5.48xlarge`
  },
  {
    provider: "aws",
    id: "p6-b200.48xlarge",
    accelerator: "nvidia-b200-180gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    source: AWS_EC2_SPECS,
    note: 'AWS: "8 x NVIDIA B200 GPU", 8 x 179 GiB, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "p6-b300.48xlarge",
    accelerator: "nvidia-b300-288gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 4096,
    source: AWS_EC2_SPECS,
    note: 'AWS: "8 x NVIDIA B300 GPU"; the B300 figure is system-level (a DGX B300 server / 8), host included'
  },
  {
    provider: "aws",
    id: "p6e-gb200.36xlarge",
    accelerator: "nvidia-gb200",
    acceleratorsPerInstance: 4,
    vcpus: 144,
    memoryGiB: 960,
    source: AWS_EC2_SPECS,
    note: 'AWS: "4 x NVIDIA B200 GPU" with Nvidia Grace CPUs; the GB200 figure is system-level (Grace included), so no host is modelled beside it'
  },
  {
    provider: "aws",
    id: "trn2.3xlarge",
    accelerator: "aws-trainium2",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 128,
    source: AWS_EC2_SPECS,
    note: 'AWS: "1 x AWS Trainium2 accelerators", Intel Xeon Sapphire Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g6f.large",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 8,
    vcpus: 2,
    memoryGiB: 8,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.125 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "g6f.xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 8,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.125 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "g6f.2xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 4,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.25 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "g6f.4xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 2,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.5 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "gr6.4xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: 'AWS: "1 x NVIDIA L4 GPU", AMD EPYC 7R13'
  },
  {
    provider: "aws",
    id: "gr6.8xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: 'AWS: "1 x NVIDIA L4 GPU", AMD EPYC 7R13'
  },
  {
    provider: "aws",
    id: "gr6f.4xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 2,
    vcpus: 16,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.5 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "g7e.2xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 64,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.4xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 128,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.8xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 256,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.12xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 2,
    vcpus: 48,
    memoryGiB: 512,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.24xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 1024,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.48xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  // Google Cloud
  {
    provider: "gcp",
    id: "a2-highgpu-1g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 85,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-highgpu-2g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 170,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-highgpu-4g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 340,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-highgpu-8g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 680,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-megagpu-16g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 16,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `Cluster Toolkit gpu_definition.tf (2023) maps megagpu to nvidia-tesla-a100, the 40 GB A100 (ultragpu to nvidia-a100-80gb), count from the "-16g" suffix; SXM4 is carbon-budget's reading; vCPUs and memory not found in a citable source`
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-1g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 170,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: a100-80gb-1 is a2-ultragpu-1g; SXM4 is carbon-budget's reading; vCPUs from ${CCF_GCP}; memory 170 GB, half of a2-ultragpu-2g's 340 GB, as Google's A2 table gives it (read in a third-party copy of the table; CCF's 85 GB is the a2-highgpu-1g figure)`
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-2g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 340,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2U_NOTE
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-4g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 680,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2U_NOTE
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-8g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1360,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2U_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-1g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 26,
    memoryGiB: 234,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-2g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 2,
    vcpus: 52,
    memoryGiB: 468,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-4g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 4,
    vcpus: 104,
    memoryGiB: 936,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-8g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 208,
    memoryGiB: 1872,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-megagpu-8g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 208,
    memoryGiB: 1872,
    source: GCP_TOOLKIT,
    note: `toolkit: h100-mega-80gb-8 is a3-megagpu-8g ("H100 Mega" is Google's name for the A3 Mega machine's H100 80 GB); SXM5 is carbon-budget's reading; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "a3-ultragpu-8g",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 224,
    memoryGiB: 2952,
    source: GCP_TOOLKIT,
    note: `toolkit: h200-141gb-8 is a3-ultragpu-8g (Cluster Toolkit v1.44.1 release: "8 NVIDIA H200 GPUs"); ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-4",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-8",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-12",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 48,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-1 is g2-standard-12; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-16",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-24",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 96,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-2 is g2-standard-24; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-32",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-48",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-4 is g2-standard-48; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-96",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-8 is g2-standard-96; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "a4-highgpu-8g",
    accelerator: "nvidia-b200-180gb",
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: b200-8 is a4-highgpu-8g, and the a4-highgpu family carries nvidia-b200; the HGX B200 board is carbon-budget's reading"
  },
  {
    provider: "gcp",
    id: "a4x-highgpu-4g",
    accelerator: "nvidia-gb200",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: gb200-4 is a4x-highgpu-4g; the GB200 figure is system-level (Grace CPUs included), so no host is modelled beside it"
  },
  {
    provider: "gcp",
    id: "ct4p-hightpu-4t",
    accelerator: "google-tpu-v4",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v4-8 is ct4p-hightpu-4t; 4 chips, from the "-4t" suffix'
  },
  {
    provider: "gcp",
    id: "ct5p-hightpu-4t",
    accelerator: "google-tpu-v5p",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v5p-8 is ct5p-hightpu-4t; 4 chips, from the "-4t" suffix'
  },
  {
    provider: "gcp",
    id: "ct5lp-hightpu-1t",
    accelerator: "google-tpu-v5e",
    acceleratorsPerInstance: 1,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v5litepod-1 is ct5lp-hightpu-1t"
  },
  {
    provider: "gcp",
    id: "ct5lp-hightpu-4t",
    accelerator: "google-tpu-v5e",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v5litepod-4 is ct5lp-hightpu-4t"
  },
  {
    provider: "gcp",
    id: "ct5lp-hightpu-8t",
    accelerator: "google-tpu-v5e",
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v5litepod-8 is ct5lp-hightpu-8t"
  },
  {
    provider: "gcp",
    id: "ct6e-standard-1t",
    accelerator: "google-tpu-v6e",
    acceleratorsPerInstance: 1,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v6e-1 is ct6e-standard-1t"
  },
  {
    provider: "gcp",
    id: "ct6e-standard-4t",
    accelerator: "google-tpu-v6e",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v6e-4 is ct6e-standard-4t"
  },
  {
    provider: "gcp",
    id: "ct6e-standard-8t",
    accelerator: "google-tpu-v6e",
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v6e-8 is ct6e-standard-8t"
  },
  {
    provider: "gcp",
    id: "tpu7x-standard-4t",
    accelerator: "google-tpu-v7",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: tpu7x is tpu7x-standard-4t; 4 chips, from the "-4t" suffix'
  },
  {
    provider: "gcp",
    id: "g4-standard-6",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1 / 8,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1/8 is g4-standard-6; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-12",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1 / 4,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1/4 is g4-standard-12; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-24",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1 / 2,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1/2 is g4-standard-24; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-48",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1 is g4-standard-48; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-96",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 2,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-2 is g4-standard-96; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-192",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-4 is g4-standard-192; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-384",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-8 is g4-standard-384; ${G4_NOTE}`
  },
  // Microsoft Azure
  {
    provider: "azure",
    id: "Standard_NC6s_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 6,
    memoryGiB: 112,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC12s_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 2,
    vcpus: 12,
    memoryGiB: 224,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC24s_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 448,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC24rs_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 448,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC24ads_A100_v4",
    accelerator: "nvidia-a100-pcie-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 24,
    memoryGiB: 220,
    cpu: "epyc-3rd-gen",
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NC48ads_A100_v4",
    accelerator: "nvidia-a100-pcie-80gb",
    acceleratorsPerInstance: 2,
    vcpus: 48,
    memoryGiB: 440,
    cpu: "epyc-3rd-gen",
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NC96ads_A100_v4",
    accelerator: "nvidia-a100-pcie-80gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 880,
    cpu: "epyc-3rd-gen",
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NC40ads_H100_v5",
    accelerator: "nvidia-h100-nvl-94gb",
    acceleratorsPerInstance: 1,
    vcpus: 40,
    memoryGiB: 320,
    source: NCADS_H100_V5,
    note: 'Microsoft: "Nvidia PCIe H100 GPU (94GB)", the H100 NVL board'
  },
  {
    provider: "azure",
    id: "Standard_NC80adis_H100_v5",
    accelerator: "nvidia-h100-nvl-94gb",
    acceleratorsPerInstance: 2,
    vcpus: 80,
    memoryGiB: 640,
    source: NCADS_H100_V5,
    note: 'Microsoft: "Nvidia PCIe H100 GPU (94GB)", the H100 NVL board'
  },
  {
    provider: "azure",
    id: "Standard_NC4as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 28,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_NC8as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 56,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_NC16as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 110,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_NC64as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 64,
    memoryGiB: 440,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_ND96asr_v4",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 900,
    cpu: "epyc-2nd-gen",
    source: ND_A100_V4,
    note: `ND A100 v4. Microsoft: "Nvidia A100 GPU (40GB)"; SXM4 is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96amsr_A100_v4",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1900,
    cpu: "epyc-2nd-gen",
    source: NDM_A100_V4,
    note: `NDm A100 v4. Microsoft: "Nvidia A100 GPU (80GB)"; SXM4 is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96isr_H100_v5",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1900,
    source: ND_H100_V5,
    note: `Microsoft: "Nvidia H100 GPU (80GB)"; SXM5 is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96isr_H200_v5",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1850,
    source: ND_H200_V5,
    note: `Microsoft: "Nvidia H200 GPU (141GB)"; SXM is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96isr_MI300X_v5",
    accelerator: "amd-mi300x-192gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1850,
    source: ND_MI300X_V5,
    note: 'Microsoft: "AMD Instinct MI300X GPU (192GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NV6ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1 / 6,
    vcpus: 6,
    memoryGiB: 55,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV12ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1 / 3,
    vcpus: 12,
    memoryGiB: 110,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV18ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1 / 2,
    vcpus: 18,
    memoryGiB: 220,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV36ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 36,
    memoryGiB: 440,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV36adms_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 36,
    memoryGiB: 880,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV72ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 2,
    vcpus: 72,
    memoryGiB: 880,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_ND128isr_NDR_GB200_v6",
    accelerator: "nvidia-gb200",
    acceleratorsPerInstance: 4,
    vcpus: 128,
    memoryGiB: 900,
    source: ND_GB200_V6,
    note: "Microsoft: 4 accelerators, 192 GB each; the GB200 figure is system-level (Grace CPUs included), so no host is modelled beside it"
  }
];

// src/catalog/data/accelerators.ts
var FACT = "factual figure quoted from the vendor datasheet";
var V100 = {
  title: "NVIDIA Tesla V100 GPU Accelerator datasheet",
  publisher: "NVIDIA",
  url: "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
  year: 2018,
  licence: FACT
};
var A100 = {
  title: "NVIDIA A100 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
  year: 2021,
  licence: FACT
};
var H100 = {
  title: "NVIDIA H100 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
  year: 2023,
  licence: FACT
};
var H200 = {
  title: "NVIDIA H200 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-data-center-overview-mc/en-us-data-center-overview/hpc-datasheet-sc23-h200",
  year: 2024,
  licence: FACT
};
var L4 = {
  title: "NVIDIA L4 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-data-center-overview/l4-gpu-datasheet",
  year: 2023,
  licence: FACT
};
var L40S = {
  title: "NVIDIA L40S GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413",
  year: 2023,
  licence: FACT
};
var T4 = {
  title: "NVIDIA T4 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf",
  year: 2019,
  licence: FACT
};
var A10 = {
  title: "NVIDIA A10 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/a10-datasheet.pdf",
  year: 2021,
  licence: FACT
};
var A10G = {
  title: "nvidia-smi power limit reported on Amazon EC2 G5 instances (NVIDIA publishes no A10G datasheet)",
  publisher: "AWS / NVIDIA driver, as observed",
  url: "https://aws.amazon.com/ec2/instance-types/g5/",
  year: 2023,
  licence: "observed device value"
};
var H100_NVL = {
  title: "NVIDIA H100 NVL product brief / H100 datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/en-us/data-center/h100/",
  year: 2023,
  licence: FACT
};
var H200_NVL = { ...H200, title: "NVIDIA H200 Tensor Core GPU datasheet (H200 NVL column)" };
var B200 = {
  title: "NVIDIA Blackwell datasheet (HGX B200)",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-blackwell-architecture/datasheet",
  year: 2024,
  licence: FACT
};
var MI300X = {
  title: "AMD Instinct MI300X accelerator specifications",
  publisher: "AMD",
  url: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html",
  year: 2023,
  licence: FACT
};
var GOOGLE_TPU_V4 = {
  title: 'Cloud TPU documentation: TPU v4 (key specifications: "Measured min/mean/max power 90/170/192 W")',
  publisher: "Google Cloud",
  url: "https://cloud.google.com/tpu/docs/v4",
  year: 2026,
  licence: "factual figure quoted from the provider documentation"
};
var googleTpu = (version) => ({
  title: `Cloud TPU documentation: TPU ${version} (the specifications give no power figure)`,
  publisher: "Google Cloud",
  url: `https://cloud.google.com/tpu/docs/${version}`,
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
});
var neuron = (chip) => ({
  title: `AWS Neuron documentation: ${chip} architecture (compute and memory; no power figure)`,
  publisher: "Amazon Web Services",
  url: `https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/${chip.toLowerCase()}.html`,
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
});
var GAUDI_HOT_CHIPS = {
  title: 'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference (Hot Chips 2024), "TDP (OAM)" row; secondary: read in a third-party copy of the slides',
  publisher: "Intel",
  url: "https://www.sgpjbg.com/baogao/465025.html",
  year: 2024,
  licence: "factual figure quoted"
};
var GAUDI3_HL_SMI = {
  title: 'Intel Gaudi documentation: System Management Interface Tool (hl-smi), "For Gaudi 3: \u2026 Maximum power limit: 850W"',
  publisher: "Intel",
  url: "https://docs.habana.ai/en/latest/Management_and_Monitoring/Embedded_System_Tools_Guide/System_Management_Interface_Tool.html",
  year: 2026,
  licence: "factual figure quoted from the vendor documentation"
};
var GH200 = {
  title: 'NVIDIA GH200 Grace Hopper Superchip datasheet, "Power (Memory + CPU + GPU): Configurable 450 to 1000W"; secondary: read in a transcription of the datasheet',
  publisher: "NVIDIA",
  url: "https://nvdam.widen.net/s/rrgqqnpbz8/grace-datasheet-gh200-grace-hopper-superchip-3773000",
  year: 2024,
  licence: "factual figure quoted"
};
var MI250X = {
  title: "AMD Instinct MI250X product page: 500 W TDP, 560 W peak total board power; secondary: quoted by third parties, the AMD page not read",
  publisher: "AMD",
  url: "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html",
  year: 2021,
  licence: "factual figure quoted"
};
var secondary = (title, publisher, url, year, readIn) => ({
  title: `${title}; secondary: read in ${readIn}`,
  publisher,
  url,
  year,
  licence: "factual figure quoted"
});
var K80 = secondary(
  "NVIDIA Tesla K80 board specification (BD-07317-001): two GK210 GPUs with 12 GB each, TDP 300 W per board",
  "NVIDIA",
  "https://www.anandtech.com/show/8729/nvidia-launches-tesla-k80-gk210-gpu",
  2014,
  `AnandTech's launch table ("TDP 300W"); ComputerBase gives "Max. Power 300 W"`
);
var P100 = secondary(
  "NVIDIA Tesla P100 PCIe (12 GB and 16 GB HBM2): 250 W",
  "NVIDIA",
  "https://github.com/Cambridge-Sustainable-Computing-Lab/Green-Algorithms-data/blob/4a0c3fc736b13b301faa03b840031fba9f464324/v3.1/chips/manual/GPUs-manual.csv",
  2016,
  "Green Algorithms' GPU table v3.1 (from TechPowerUp); ML CO2 Impact's data/gpus.csv also gives 250 W"
);
var A40 = secondary(
  'NVIDIA A40 datasheet: "Max power consumption 300 W", 48 GB GDDR6',
  "NVIDIA",
  "https://www.ecer.com/corp/details-uuuedqa-p1bsay9-multi-display-setups-supported-by-48gb-gddr6-ecc-memory-nvidia-a40-gpu-and-vga-outputs.html",
  2021,
  "a reseller's copy of the datasheet table"
);
var L40 = secondary(
  'NVIDIA L40 / L40S datasheet: "Max Power Consumption 300W | 350W", 48 GB GDDR6',
  "NVIDIA",
  "https://www.mullet.se/product.html?product_id=355414",
  2022,
  "a reseller's copy of NVIDIA's L40/L40S table"
);
var RTX_6000_ADA = secondary(
  "NVIDIA RTX 6000 Ada Generation: 48 GB GDDR6, limited to 300 W",
  "NVIDIA",
  "https://www.heise.de/news/Nvidia-RTX-6000-Die-schnellere-GeForce-RTX-4090-mit-doppelt-Speicher-7363725.html",
  2022,
  "heise online (December 2022), from NVIDIA's and its board partners' specifications"
);
var RTX_PRO_6000 = secondary(
  "NVIDIA RTX PRO 6000 Blackwell: 96 GB GDDR7, 600 W board power",
  "NVIDIA",
  "https://hardware-corner.net/rtx-5090-vs-rtx-pro-6000-spec-comparison-20250321",
  2025,
  "Hardware Corner (March 2025); VideoCardz also gives 600 W"
);
var H20 = secondary(
  "NVIDIA H20: 96 GB HBM3, 400 W TDP",
  "NVIDIA",
  "https://www.tweaktown.com/news/95224/nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html",
  2024,
  "TweakTown, from NVIDIA's detailed specifications"
);
var DGX_B300 = secondary(
  "NVIDIA DGX B300 documentation: system power 14.5 kW for 8 B300 GPUs (DGX B200: 14.3 kW)",
  "NVIDIA",
  "https://thedailyscout.com/s/mS-qfkbCluI",
  2025,
  "a report quoting NVIDIA's DGX documentation (docs.nvidia.com)"
);
var GB200_NVL72 = secondary(
  "NVIDIA GB200 NVL72: 72 Blackwell GPUs and 36 Grace CPUs in one rack drawing about 120 kW",
  "NVIDIA",
  "https://awesomeagents.ai/hardware/nvidia-gb200-nvl72",
  2025,
  'a rack-scale specification summary ("~120kW power draw")'
);
var GB300_NVL72 = secondary(
  "NVIDIA GB300 NVL72: 72 Blackwell Ultra GPUs and 36 Grace CPUs in one rack drawing about 120 kW",
  "NVIDIA",
  "https://introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters",
  2025,
  `Introl's deployment notes ("draws approximately 120 kW", NVIDIA 2025)`
);
var MI210 = secondary(
  "AMD Instinct MI210 (PCIe): 64 GB HBM2e, 300 W TDP",
  "AMD",
  "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card",
  2022,
  "AnandTech's launch table (March 2022)"
);
var MI350 = secondary(
  "AMD Instinct MI350 series: 288 GB HBM3E; MI350X 1,000 W and MI355X 1,400 W",
  "AMD",
  "https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts",
  2025,
  "Tom's Hardware (June 2025), reporting AMD at ISC 2025; The Register gives the same"
);
var PATTERSON_2021 = {
  title: 'Patterson et al. 2021, "Carbon Emissions and Large Neural Network Training", Table 4: measured average system power per processor (TPU v2: 208 W; TPU v3: 310, 289, 288 and 245 W)',
  publisher: "Google / UC Berkeley (arXiv:2104.10350)",
  url: "https://arxiv.org/abs/2104.10350",
  year: 2021,
  licence: "factual figure quoted from the paper"
};
var IRONWOOD = secondary(
  "Google Ironwood (TPU v7) at Hot Chips 2025: up to 9,216 chips per pod, 10 MW",
  "Google",
  "https://afnnews.qaasid.com/143260",
  2025,
  'a republished live report of the Hot Chips 2025 talk ("with 10MW of power consumption")'
);
var NO_POWER = "the vendor publishes no power figure: give the measured average draw per chip with `power`";
var ACCELERATORS = [
  {
    id: "nvidia-v100-sxm2-16gb",
    aliases: ["Tesla V100-SXM2-16GB"],
    name: "NVIDIA V100 SXM2 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 300,
    source: V100
  },
  {
    id: "nvidia-v100-sxm2-32gb",
    aliases: ["Tesla V100-SXM2-32GB"],
    name: "NVIDIA V100 SXM2 32 GB",
    vendor: "NVIDIA",
    memoryGb: 32,
    tdpW: 300,
    source: V100
  },
  {
    id: "nvidia-v100-pcie-16gb",
    aliases: ["Tesla V100-PCIE-16GB"],
    name: "NVIDIA V100 PCIe 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 250,
    source: V100
  },
  {
    id: "nvidia-v100-pcie-32gb",
    aliases: ["Tesla V100-PCIE-32GB"],
    name: "NVIDIA V100 PCIe 32 GB",
    vendor: "NVIDIA",
    memoryGb: 32,
    tdpW: 250,
    source: V100
  },
  {
    id: "nvidia-a100-sxm4-40gb",
    aliases: ["NVIDIA A100-SXM4-40GB"],
    name: "NVIDIA A100 SXM4 40 GB",
    vendor: "NVIDIA",
    memoryGb: 40,
    tdpW: 400,
    source: A100
  },
  {
    id: "nvidia-a100-sxm4-80gb",
    aliases: ["NVIDIA A100-SXM4-80GB"],
    name: "NVIDIA A100 SXM4 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 400,
    source: A100
  },
  {
    id: "nvidia-a100-pcie-40gb",
    aliases: ["NVIDIA A100-PCIE-40GB"],
    name: "NVIDIA A100 PCIe 40 GB",
    vendor: "NVIDIA",
    memoryGb: 40,
    tdpW: 250,
    source: A100
  },
  {
    id: "nvidia-a100-pcie-80gb",
    aliases: ["NVIDIA A100 80GB PCIe"],
    name: "NVIDIA A100 PCIe 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 300,
    source: A100
  },
  {
    id: "nvidia-h100-sxm5-80gb",
    aliases: ["NVIDIA H100 80GB HBM3"],
    name: "NVIDIA H100 SXM5 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 700,
    source: H100,
    note: "datasheet: up to 700 W (configurable)"
  },
  {
    id: "nvidia-h100-pcie-80gb",
    aliases: ["NVIDIA H100 PCIe"],
    name: "NVIDIA H100 PCIe 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 350,
    source: H100,
    note: "datasheet: 300-350 W (configurable); the maximum is used"
  },
  {
    id: "nvidia-h100-nvl-94gb",
    aliases: ["NVIDIA H100 NVL"],
    name: "NVIDIA H100 NVL 94 GB",
    vendor: "NVIDIA",
    memoryGb: 94,
    tdpW: 400,
    source: H100_NVL,
    note: "datasheet: 350-400 W (configurable); the maximum is used"
  },
  {
    id: "nvidia-h200-sxm-141gb",
    aliases: ["NVIDIA H200"],
    name: "NVIDIA H200 SXM 141 GB",
    vendor: "NVIDIA",
    memoryGb: 141,
    tdpW: 700,
    source: H200,
    note: "datasheet: up to 700 W (configurable)"
  },
  {
    id: "nvidia-h200-nvl-141gb",
    aliases: ["NVIDIA H200 NVL"],
    name: "NVIDIA H200 NVL 141 GB",
    vendor: "NVIDIA",
    memoryGb: 141,
    tdpW: 600,
    source: H200_NVL,
    note: "datasheet: up to 600 W (configurable)"
  },
  {
    id: "nvidia-b200-180gb",
    aliases: ["NVIDIA B200"],
    name: "NVIDIA B200 180 GB (HGX)",
    vendor: "NVIDIA",
    memoryGb: 180,
    tdpW: 1e3,
    source: B200,
    note: "HGX B200 configuration; up to 1,200 W in GB200 systems"
  },
  {
    id: "nvidia-l4-24gb",
    aliases: ["NVIDIA L4"],
    name: "NVIDIA L4 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    tdpW: 72,
    source: L4
  },
  {
    id: "nvidia-l40s-48gb",
    aliases: ["NVIDIA L40S"],
    name: "NVIDIA L40S 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    tdpW: 350,
    source: L40S
  },
  {
    id: "nvidia-t4-16gb",
    aliases: ["Tesla T4"],
    name: "NVIDIA T4 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 70,
    source: T4
  },
  {
    id: "nvidia-a10-24gb",
    aliases: ["NVIDIA A10"],
    name: "NVIDIA A10 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    tdpW: 150,
    source: A10
  },
  {
    id: "nvidia-a10g-24gb",
    aliases: ["NVIDIA A10G"],
    name: "NVIDIA A10G 24 GB (AWS)",
    vendor: "NVIDIA",
    memoryGb: 24,
    tdpW: 300,
    source: A10G,
    note: "no vendor datasheet; 300 W is the power cap nvidia-smi reports on g5 instances. Some tools use 150 W, the A10 figure."
  },
  {
    id: "amd-mi300x-192gb",
    aliases: ["AMD Instinct MI300X"],
    name: "AMD Instinct MI300X 192 GB",
    vendor: "AMD",
    memoryGb: 192,
    tdpW: 750,
    source: MI300X,
    note: "total board power, 750 W peak"
  },
  {
    id: "amd-mi250x-128gb",
    aliases: ["AMD Instinct MI250X"],
    name: "AMD Instinct MI250X 128 GB",
    vendor: "AMD",
    memoryGb: 128,
    tdpW: 560,
    rating: "peak total board power",
    source: MI250X,
    note: "560 W peak total board power; the TDP is 500 W"
  },
  {
    id: "nvidia-gh200",
    aliases: ["NVIDIA GH200"],
    name: "NVIDIA GH200 Grace Hopper Superchip",
    vendor: "NVIDIA",
    tdpW: 1e3,
    rating: "module maximum, CPU and memory included",
    source: GH200,
    note: "configurable 450-1,000 W for the whole superchip (Grace CPU, Hopper GPU and memory); the maximum is used, and it already covers the host CPU"
  },
  {
    id: "google-tpu-v4",
    aliases: ["TPU v4"],
    name: "Google TPU v4",
    vendor: "Google",
    tdpW: 192,
    rating: "measured maximum",
    source: GOOGLE_TPU_V4,
    note: "Google publishes no TDP; measured per chip: 90 W minimum, 170 W mean, 192 W maximum. `power: 170 W` uses the mean"
  },
  {
    id: "google-tpu-v5e",
    aliases: ["TPU v5e", "TPU v5 lite"],
    name: "Google TPU v5e",
    vendor: "Google",
    source: googleTpu("v5e"),
    note: NO_POWER
  },
  {
    id: "google-tpu-v5p",
    aliases: ["TPU v5p"],
    name: "Google TPU v5p",
    vendor: "Google",
    source: googleTpu("v5p"),
    note: NO_POWER
  },
  {
    id: "google-tpu-v6e",
    aliases: ["TPU v6e", "Trillium"],
    name: "Google TPU v6e (Trillium)",
    vendor: "Google",
    memoryGb: 32,
    source: googleTpu("v6e"),
    note: NO_POWER
  },
  {
    id: "nvidia-k80",
    aliases: ["Tesla K80"],
    name: "NVIDIA Tesla K80 (one of its two GPUs)",
    vendor: "NVIDIA",
    memoryGb: 12,
    tdpW: 150,
    rating: "half the board's 300 W TDP",
    source: K80,
    note: "a K80 board carries two GPUs and nvidia-smi (and AWS p2, Azure NC) count each as one: count GPUs, and each draws half the board TDP, 300 W / 2 = 150 W"
  },
  {
    id: "nvidia-p100-pcie-16gb",
    aliases: ["Tesla P100-PCIE-16GB"],
    name: "NVIDIA Tesla P100 PCIe 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 250,
    source: P100
  },
  {
    id: "nvidia-p100-pcie-12gb",
    aliases: ["Tesla P100-PCIE-12GB"],
    name: "NVIDIA Tesla P100 PCIe 12 GB",
    vendor: "NVIDIA",
    memoryGb: 12,
    tdpW: 250,
    source: P100
  },
  {
    id: "nvidia-a40-48gb",
    aliases: ["NVIDIA A40"],
    name: "NVIDIA A40 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    tdpW: 300,
    source: A40
  },
  {
    id: "nvidia-l40-48gb",
    aliases: ["NVIDIA L40"],
    name: "NVIDIA L40 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    tdpW: 300,
    source: L40
  },
  {
    id: "nvidia-rtx-6000-ada-48gb",
    aliases: ["NVIDIA RTX 6000 Ada Generation"],
    name: "NVIDIA RTX 6000 Ada Generation 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    tdpW: 300,
    source: RTX_6000_ADA
  },
  {
    id: "nvidia-rtx-pro-6000-96gb",
    aliases: ["NVIDIA RTX PRO 6000 Blackwell Server Edition", "NVIDIA RTX PRO 6000 Blackwell Workstation Edition"],
    name: "NVIDIA RTX PRO 6000 Blackwell 96 GB",
    vendor: "NVIDIA",
    memoryGb: 96,
    tdpW: 600,
    source: RTX_PRO_6000
  },
  {
    id: "nvidia-h20-96gb",
    aliases: ["NVIDIA H20"],
    name: "NVIDIA H20 96 GB",
    vendor: "NVIDIA",
    memoryGb: 96,
    tdpW: 400,
    source: H20
  },
  {
    id: "nvidia-b300-288gb",
    aliases: ["NVIDIA B300", "NVIDIA B300 SXM6 AC"],
    name: "NVIDIA B300 288 GB (Blackwell Ultra, DGX/HGX)",
    vendor: "NVIDIA",
    tdpW: 1812.5,
    rating: "system-level estimate: DGX B300 maximum / 8 GPUs, host included",
    source: DGX_B300,
    note: "no per-GPU figure found; 14,500 W / 8 = 1,812.5 W covers the whole server (CPUs, memory, network, fans), so it overstates the GPU alone"
  },
  {
    id: "nvidia-gb200",
    aliases: ["NVIDIA GB200"],
    name: "NVIDIA GB200 (one Blackwell GPU of a GB200 NVL72)",
    vendor: "NVIDIA",
    tdpW: 1667,
    rating: "system-level estimate: NVL72 rack power / 72 GPUs, Grace CPUs and switches included",
    source: GB200_NVL72,
    note: "count GPUs (a GB200 superchip carries two); about 120 kW / 72 = 1,667 W per GPU (rounded), which already covers the Grace CPUs, NVLink switches and the rest of the rack"
  },
  {
    id: "nvidia-gb300",
    aliases: ["NVIDIA GB300"],
    name: "NVIDIA GB300 (one Blackwell Ultra GPU of a GB300 NVL72)",
    vendor: "NVIDIA",
    tdpW: 1667,
    rating: "system-level estimate: NVL72 rack power / 72 GPUs, Grace CPUs and switches included",
    source: GB300_NVL72,
    note: "count GPUs; about 120 kW / 72 = 1,667 W per GPU (rounded), the rest of the rack included"
  },
  {
    id: "amd-mi210-64gb",
    aliases: ["AMD Instinct MI210"],
    name: "AMD Instinct MI210 64 GB",
    vendor: "AMD",
    memoryGb: 64,
    tdpW: 300,
    source: MI210
  },
  {
    id: "amd-mi350x-288gb",
    aliases: ["AMD Instinct MI350X"],
    name: "AMD Instinct MI350X 288 GB",
    vendor: "AMD",
    memoryGb: 288,
    tdpW: 1e3,
    rating: "total board power",
    source: MI350
  },
  {
    id: "amd-mi355x-288gb",
    aliases: ["AMD Instinct MI355X"],
    name: "AMD Instinct MI355X 288 GB",
    vendor: "AMD",
    memoryGb: 288,
    tdpW: 1400,
    rating: "total board power",
    source: MI350
  },
  {
    id: "google-tpu-v2",
    aliases: ["TPU v2"],
    name: "Google TPU v2",
    vendor: "Google",
    tdpW: 208,
    rating: "measured average system power per chip (one training run)",
    source: PATTERSON_2021,
    note: "Google publishes no TDP; 208 W is the measured average of the Evolved Transformer search on TPU v2 (Patterson et al. 2021), the only TPU v2 run the paper measures"
  },
  {
    id: "google-tpu-v3",
    aliases: ["TPU v3"],
    name: "Google TPU v3",
    vendor: "Google",
    tdpW: 310,
    rating: "measured average system power per chip (highest of four training runs)",
    source: PATTERSON_2021,
    note: "Google publishes no TDP; Patterson et al. 2021 measured 310 W (T5), 289 W (Meena), 288 W (GShard) and 245 W (Switch) per chip: the highest is used"
  },
  {
    id: "google-tpu-v7",
    aliases: ["TPU v7", "TPU7x", "Ironwood"],
    name: "Google TPU v7 (Ironwood)",
    vendor: "Google",
    tdpW: 1085,
    rating: "system-level estimate: superpod power / 9,216 chips",
    source: IRONWOOD,
    note: "about 10 MW / 9,216 chips = 1,085 W per chip (rounded), the pod's hosts and network included; whether the 10 MW counts cooling was not stated"
  },
  {
    id: "intel-gaudi2",
    aliases: ["Gaudi 2", "HL-225H"],
    name: "Intel Gaudi 2 (OAM)",
    vendor: "Intel",
    tdpW: 600,
    source: GAUDI_HOT_CHIPS,
    note: "Intel's datasheet was not found; 600 W is the OAM TDP on Intel's Hot Chips 2024 slide"
  },
  {
    id: "intel-gaudi3",
    aliases: ["Gaudi 3"],
    name: "Intel Gaudi 3 (OAM)",
    vendor: "Intel",
    tdpW: 850,
    rating: "maximum power limit",
    source: GAUDI3_HL_SMI,
    note: "hl-smi caps Gaudi 3 at 850 W (settable from 450 W); Intel's Hot Chips 2024 slide gives 900 W for the air-cooled OAM module and 1,200 W liquid-cooled"
  },
  {
    id: "aws-trainium",
    aliases: ["Trainium", "Trainium1"],
    name: "AWS Trainium (Trn1)",
    vendor: "AWS",
    memoryGb: 32,
    source: neuron("Trainium"),
    note: NO_POWER
  },
  {
    id: "aws-inferentia2",
    aliases: ["Inferentia2", "Inferentia 2"],
    name: "AWS Inferentia2 (Inf2)",
    vendor: "AWS",
    memoryGb: 32,
    source: neuron("Inferentia2"),
    note: NO_POWER
  },
  {
    id: "aws-trainium2",
    aliases: ["Trainium2", "Trainium 2"],
    name: "AWS Trainium2 (Trn2)",
    vendor: "AWS",
    source: neuron("Trainium2"),
    note: NO_POWER
  },
  {
    id: "aws-inferentia",
    aliases: ["Inferentia", "Inferentia1", "Inferentia 1"],
    name: "AWS Inferentia (Inf1)",
    vendor: "AWS",
    source: neuron("Inferentia"),
    note: NO_POWER
  }
];

// src/catalog/accelerators.ts
function normalise(written) {
  return written.trim().toLowerCase().replace(/[\s_]+/g, "-").replace(/-+/g, "-");
}
var byName = /* @__PURE__ */ new Map();
for (const a of ACCELERATORS) {
  byName.set(a.id, a);
  for (const alias of a.aliases ?? []) byName.set(normalise(alias), a);
}
function acceleratorIds() {
  return ACCELERATORS.map((a) => a.id);
}
function findAccelerator(written) {
  const id = normalise(written);
  const exact = byName.get(id) ?? ACCELERATORS.find((a) => a.id === `${a.vendor.toLowerCase()}-${id}`);
  if (exact !== void 0) return { ok: true, value: exact };
  const containing = ACCELERATORS.filter((a) => a.id.includes(id));
  const candidates2 = containing.length > 0 ? containing.map((a) => a.id) : nearest(id, acceleratorIds(), 4);
  const hint = candidates2.length > 0 ? `: did you mean ${orList(candidates2.slice(0, 6))}?` : ".";
  return {
    ok: false,
    message: `unknown accelerator \`${written}\`${hint} Or give its measured average draw with \`power\` (e.g. \`power: 330 W\`). \`carbon-budget catalog\` lists every id.`
  };
}

// src/catalog/instances.ts
var byId = new Map(INSTANCE_TYPES.map((t) => [t.id.toLowerCase(), t]));
function findInstance(written) {
  const type2 = byId.get(written.trim().toLowerCase());
  if (type2 === void 0) {
    return {
      ok: false,
      message: `unknown instance type \`${written}\`${didYouMean(
        written,
        INSTANCE_TYPES.map((t) => t.id)
      )}; \`carbon-budget catalog instances\` lists them, or give \`accelerator\` and \`count\``
    };
  }
  const accelerator = findAccelerator(type2.accelerator);
  if (!accelerator.ok)
    return {
      ok: false,
      message: `instance type \`${type2.id}\` names an accelerator the catalog lacks (${type2.accelerator})`
    };
  return { ok: true, value: { type: type2, accelerator: accelerator.value } };
}

// src/text/printable.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, "g");
var BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
function codePoint(char) {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function printable(text) {
  if (!UNPRINTABLE.test(text)) return text;
  return text.replace(BREAKS, " ").replace(UNPRINTABLE_ALL, codePoint);
}

// src/text/show.ts
function showValue(value) {
  if (value === null) return "nothing (null)";
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  switch (typeof value) {
    case "string":
      return `\`${printable(value)}\``;
    case "number":
    case "boolean":
    case "bigint":
      return `\`${value.toString()}\``;
    case "symbol":
      return `\`${value.toString()}\``;
    default:
      return `a ${typeof value}`;
  }
}

// src/adapters/accelerator-names.ts
var SKYPILOT_ACCELERATORS = {
  // FluidStack's A100_SXM4_80GB (fetch_fluidstack.py GPU_MAP); the name says the board.
  "a100-80gb-sxm": "nvidia-a100-sxm4-80gb",
  // FluidStack's H100_SXM5_80GB (fetch_fluidstack.py GPU_MAP).
  "h100-sxm": "nvidia-h100-sxm5-80gb",
  // GCP's nvidia-h100-mega-80gb, the A3 Mega's H100 SXM (fetch_gcp.py; https://cloud.google.com/compute/docs/gpus).
  "h100-mega": "nvidia-h100-sxm5-80gb",
  // The same board on GKE: SkyPilot names a node labelled nvidia-h100-mega-80gb `H100-MEGA-80GB`
  // (GKELabelFormatter.get_accelerator_from_label_value, sky/provision/kubernetes/utils.py).
  "h100-mega-80gb": "nvidia-h100-sxm5-80gb",
  // AWS p5e/p5en and GCP's A3 Ultra (fetch_aws.py, fetch_gcp.py): the H200 SXM 141 GB.
  h200: "nvidia-h200-sxm-141gb",
  b200: "nvidia-b200-180gb",
  gh200: "nvidia-gh200",
  l4: "nvidia-l4-24gb",
  l40s: "nvidia-l40s-48gb",
  t4: "nvidia-t4-16gb",
  a10: "nvidia-a10-24gb",
  a10g: "nvidia-a10g-24gb",
  // AWS p3dn.24xlarge (fetch_aws.py renames its V100 to V100-32GB); 32768 MiB in
  // https://karpenter.sh/docs/reference/instance-types/. SXM2 is the reading kept from before.
  "v100-32gb": "nvidia-v100-sxm2-32gb"
};
var SKYPILOT_BY_CLOUD = {
  // GCP's accelerator types renamed (fetch_gcp.py: nvidia-tesla-a100 -> A100, nvidia-a100-80gb ->
  // A100-80GB, nvidia-h100-80gb -> H100), boards as https://cloud.google.com/compute/docs/gpus gives them.
  gcp: {
    a100: "nvidia-a100-sxm4-40gb",
    "a100-80gb": "nvidia-a100-sxm4-80gb",
    h100: "nvidia-h100-sxm5-80gb",
    // 16 GB (fetch_gcp.py); SXM2 is the reading kept from before.
    v100: "nvidia-v100-sxm2-16gb"
  },
  // EC2's GPU names (fetch_aws.py; p4de renamed A100-80GB): A100 is p4d's 40 GB SXM4, H100 p5's SXM
  // (40960, 81920 and 81920 MiB in https://karpenter.sh/docs/reference/instance-types/).
  aws: {
    a100: "nvidia-a100-sxm4-40gb",
    "a100-80gb": "nvidia-a100-sxm4-80gb",
    h100: "nvidia-h100-sxm5-80gb",
    // p3's 16 GB V100: SXM2 as the catalog reads p3 (AWS's guide says P3 supports NVLink).
    v100: "nvidia-v100-sxm2-16gb"
  }
};
var SKYPILOT_OPEN = {
  a100: "an A100 40 GB, SXM4 or PCIe",
  "a100-80gb": "an A100 80 GB, SXM4 or PCIe",
  h100: "an H100, SXM or PCIe",
  v100: "a V100 16 GB, SXM2 or PCIe"
};
var GKE_ACCELERATORS = {
  // N1: NVIDIA T4 (https://cloud.google.com/compute/docs/gpus).
  "nvidia-tesla-t4": "nvidia-t4-16gb",
  // G2: NVIDIA L4 (https://cloud.google.com/compute/docs/gpus).
  "nvidia-l4": "nvidia-l4-24gb",
  // A2 Standard: NVIDIA A100 40GB (https://cloud.google.com/compute/docs/gpus).
  "nvidia-tesla-a100": "nvidia-a100-sxm4-40gb",
  // A2 Ultra: NVIDIA A100 80GB (https://cloud.google.com/compute/docs/gpus).
  "nvidia-a100-80gb": "nvidia-a100-sxm4-80gb",
  // A3 High and A3 Edge: NVIDIA H100 SXM (https://cloud.google.com/compute/docs/gpus).
  "nvidia-h100-80gb": "nvidia-h100-sxm5-80gb",
  // A3 Mega: NVIDIA H100 SXM (https://cloud.google.com/compute/docs/gpus).
  "nvidia-h100-mega-80gb": "nvidia-h100-sxm5-80gb",
  // A3 Ultra: NVIDIA H200 SXM (https://cloud.google.com/compute/docs/gpus).
  "nvidia-h200-141gb": "nvidia-h200-sxm-141gb",
  // A4: NVIDIA B200 (https://cloud.google.com/compute/docs/gpus).
  "nvidia-b200": "nvidia-b200-180gb",
  // A4X: NVIDIA GB200 Grace Blackwell Superchips (https://cloud.google.com/compute/docs/gpus).
  "nvidia-gb200": "nvidia-gb200",
  // G4: Google's Cluster Toolkit labels the g4-standard family nvidia-rtx-pro-6000 (machine_family_to_label_map,
  // github.com/GoogleCloudPlatform/cluster-toolkit pkg/config/machine_mappings.json), the board the catalog
  // gives g4-standard-48.
  "nvidia-rtx-pro-6000": "nvidia-rtx-pro-6000-96gb",
  // N1: NVIDIA V100, 16 GB (https://cloud.google.com/compute/docs/gpus). The page read does not say
  // SXM2 or PCIe; the SXM2 board is an unconfirmed reading kept from before.
  "nvidia-tesla-v100": "nvidia-v100-sxm2-16gb"
};
var KARPENTER_GPU_NAMES = {
  // g4dn, 16384 MiB (https://karpenter.sh/docs/reference/instance-types/).
  t4: "nvidia-t4-16gb",
  // g5, 22888 MiB (https://karpenter.sh/docs/reference/instance-types/).
  a10g: "nvidia-a10g-24gb",
  // g6 and gr6, 22888 MiB (https://karpenter.sh/docs/reference/instance-types/).
  l4: "nvidia-l4-24gb",
  // g6e, 45776 MiB (https://karpenter.sh/docs/reference/instance-types/).
  l40s: "nvidia-l40s-48gb",
  // p5, 81920 MiB (https://karpenter.sh/docs/reference/instance-types/).
  h100: "nvidia-h100-sxm5-80gb",
  // p5e and p5en, 144384 MiB (https://karpenter.sh/docs/reference/instance-types/).
  h200: "nvidia-h200-sxm-141gb",
  // p6-b200, 183359 MiB (https://karpenter.sh/docs/reference/instance-types/).
  b200: "nvidia-b200-180gb",
  // p6-b300, 275040 MiB (https://karpenter.sh/docs/reference/instance-types/).
  b300: "nvidia-b300-288gb",
  // g7e, 98304 MiB: the RTX PRO 6000 Blackwell Server Edition (https://karpenter.sh/docs/reference/instance-types/).
  "rtx-pro-server-6000": "nvidia-rtx-pro-6000-96gb"
};
var AMBIGUOUS_NAMES = {
  a100: "an A100 of 40 or 80 GB",
  v100: "a V100 of 16 or 32 GB"
};
function mapName(table, written) {
  return ownEntry(table, written.trim().toLowerCase()) ?? written.trim();
}
function ownEntry(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}

// src/adapters/spec-fields.ts
var FieldsBuilder = class {
  fields = {};
  notes = [];
  boardByCloud;
  set(name, value, at2) {
    this.fields[name] = { value, at: at2 };
  }
  /** Takes back a field set earlier, once a later finding says the spec does not give it after all. */
  unset(name) {
    delete this.fields[name];
  }
  note(text) {
    this.notes.push(text);
  }
  /** An accelerator left open because its board depends on the cloud: see SpecWorkload.boardByCloud. */
  openByCloud(board) {
    this.boardByCloud = board;
    this.notes.push(board.open);
  }
  build(format, name, at2) {
    const byCloud = this.boardByCloud === void 0 ? {} : { boardByCloud: this.boardByCloud };
    return { format, name, at: at2, fields: { ...this.fields }, notes: [...this.notes], ...byCloud };
  }
};
function problem(at2, message) {
  return { file: at2.file, line: at2.line, column: at2.column, message };
}
function wholeNumber(value) {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : void 0;
}
function stem(file) {
  const base = file.split("/").pop() ?? file;
  return base.replace(/\.(?:sky\.)?(?:ya?ml|sbatch|slurm|sh|batch)$/i, "") || base;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts2 = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts2.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts2.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj2) {
        return obj2 >= 0 ? "0b" + obj2.toString(2) : "-0b" + obj2.toString(2).slice(1);
      },
      octal: function(obj2) {
        return obj2 >= 0 ? "0o" + obj2.toString(8) : "-0o" + obj2.toString(8).slice(1);
      },
      decimal: function(obj2) {
        return obj2.toString(10);
      },
      hexadecimal: function(obj2) {
        return obj2 >= 0 ? "0x" + obj2.toString(16).toUpperCase() : "-0x" + obj2.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj2) {
    return Object.prototype.toString.call(obj2) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj2) {
    return Object.prototype.toString.call(obj2);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping2;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping2 = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping2 = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping2 ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping2) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents2 = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents2;
    }
    for (let index = 0, length = documents2.length; index < length; index += 1) {
      iterator(documents2[index]);
    }
  }
  function load2(input, options) {
    const documents2 = loadDocuments(input, options);
    if (documents2.length === 0) {
      return void 0;
    } else if (documents2.length === 1) {
      return documents2[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first2 = string.charCodeAt(pos);
    let second;
    if (first2 >= 55296 && first2 <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first2 - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first2;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/config/path-walk.ts
function walkPath(root, path, options, child) {
  let node = root;
  let best = root;
  for (const [index, part] of path.entries()) {
    if (node === void 0) break;
    const next = child(node, part);
    const last = index === path.length - 1;
    const chosen = last && options.key ? next.key ?? next.value : next.value ?? next.key;
    if (chosen === void 0) break;
    best = chosen;
    node = next.value;
  }
  return best;
}

// src/text/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  at(offset) {
    this.starts ??= lineStarts(this.text);
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
};
function lineStarts(text) {
  const starts = [0];
  for (let at2 = text.indexOf("\n"); at2 !== -1; at2 = text.indexOf("\n", at2 + 1)) starts.push(at2 + 1);
  return starts;
}

// src/config/yaml-fast.ts
var NULL = /^(?:~|null|Null|NULL)?$/;
var BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
var INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
var FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (s) => NULL.test(s), construct: () => null }),
    new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (s) => BOOL.test(s),
      construct: (s) => s.startsWith("t") || s.startsWith("T")
    }),
    new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (s) => INT.test(s),
      construct: (s) => s.startsWith("0o") ? parseInt(s.slice(2), 8) : s.startsWith("0x") ? parseInt(s.slice(2), 16) : parseInt(s, 10)
    }),
    new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (s) => FLOAT.test(s),
      construct: (s) => {
        if (s.endsWith("nan") || s.endsWith("NaN") || s.endsWith("NAN")) return NaN;
        if (s.endsWith("inf") || s.endsWith("Inf") || s.endsWith("INF"))
          return s.startsWith("-") ? -Infinity : Infinity;
        return parseFloat(s);
      }
    })
  ]
});
var NotPlain = class extends Error {
};
function skipSeparation(text, from) {
  let at2 = from;
  for (; ; ) {
    const c = text.charCodeAt(at2);
    if (c === 32 || c === 9 || c === 10 || c === 13) at2++;
    else if (c === 35) {
      const end = text.indexOf("\n", at2);
      at2 = end === -1 ? text.length : end;
    } else return at2;
  }
}
function skipSpaces(text, from) {
  let at2 = from;
  while (text[at2] === " " || text[at2] === "	") at2++;
  return at2;
}
var NO_CHILDREN = Object.freeze([]);
function recorder(text) {
  const frames = [{ open: 0, children: void 0 }];
  const listener = (event, state) => {
    if (event === "open") {
      frames.push({ open: state.position, children: void 0 });
      return;
    }
    const frame = frames.pop();
    const parent = frames[frames.length - 1];
    if (frame === void 0 || parent === void 0) throw new NotPlain();
    const result = state.result;
    const children = frame.children ?? NO_CHILDREN;
    const only = children.length === 1 ? children[0] : void 0;
    let record;
    if (only !== void 0 && only.value === result) {
      record = only;
    } else {
      const kind = state.kind === "mapping" || state.kind === "sequence" || state.kind === "scalar" ? state.kind : "empty";
      const start = kind === "empty" ? skipSpaces(text, frame.open) : skipSeparation(text, frame.open);
      const first2 = text[start];
      if (first2 === "&" || first2 === "!" || first2 === "*") throw new NotPlain();
      const flow = first2 === "{" || first2 === "[" || kind === "scalar" && first2 !== "|" && first2 !== ">";
      if (flow) {
        const newline = text.indexOf("\n", start);
        if (newline !== -1 && newline < state.position) throw new NotPlain();
      }
      if (kind === "sequence" && children.length !== result.length) throw new NotPlain();
      if (kind === "mapping" && children.length !== 2 * Object.keys(result).length) throw new NotPlain();
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (kind === "mapping" && i % 2 === 0) {
          if (child.kind !== "scalar" || typeof child.value !== "string") throw new NotPlain();
        } else {
          child.value = void 0;
        }
      }
      record = { start, kind, value: result, children };
    }
    (parent.children ??= []).push(record);
  };
  return { listener, root: () => frames[0]?.children?.[0] };
}
var KEPT_DEPTH = 2;
var KEPT_FOR = "budget";
var PRUNED = Object.freeze([]);
function prune(node, depth) {
  if (depth === KEPT_DEPTH) {
    const keeps = node.kind === "mapping" && node.children.some((child, i) => i % 2 === 0 && child.value === KEPT_FOR);
    if (!keeps && node.children.length > 0) node.children = PRUNED;
    return;
  }
  for (const child of node.children) prune(child, depth + 1);
}
function fullTree(text) {
  const { listener, root } = recorder(text);
  load(text, { schema: CORE, listener });
  const tree = root();
  if (tree === void 0) throw new Error("the fast YAML path read a file once and not again");
  return tree;
}
var RecordedPositions = class {
  /**
   * `root` is pruned below depth KEPT_DEPTH; a path that goes below a pruned node reads the file's
   * tree again, once.
   */
  constructor(text, root) {
    this.text = text;
    this.root = root;
    this.lines = new LineIndex(text);
  }
  text;
  root;
  full;
  lines;
  child(node, part) {
    if (node.kind === "mapping") {
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i];
        if (key !== void 0 && String(key.value) === String(part))
          return { key, ...node.children[i + 1] === void 0 ? {} : { value: node.children[i + 1] } };
      }
      return {};
    }
    if (node.kind === "sequence" && typeof part === "number") {
      const item = node.children[part];
      return item === void 0 ? {} : { value: item };
    }
    return {};
  }
  find(path, options = {}) {
    const root = this.reachesPruned(path) ? this.full ??= fullTree(this.text) : this.root;
    return this.lines.at(walkPath(root, path, options, (node, part) => this.child(node, part)).start);
  }
  /** Whether `path` goes on below a node whose children were dropped. */
  reachesPruned(path) {
    if (path.length <= KEPT_DEPTH) return false;
    let node = this.root;
    for (let i = 0; i < KEPT_DEPTH && node !== void 0; i++) node = this.child(node, path[i]).value;
    return node?.children === PRUNED;
  }
};
var NOT_PLAIN_TEXT = /<<|^%|[}\]"']#|\r(?!\n)|\t|^(?:---|\.\.\.)\S/m;
function readPlainYaml(text) {
  if (NOT_PLAIN_TEXT.test(text) || text.startsWith("\uFEFF")) return void 0;
  const { listener, root } = recorder(text);
  let value;
  try {
    value = load(text, { schema: CORE, listener });
  } catch {
    return void 0;
  }
  const tree = root();
  if (value === void 0 || value === null || tree === void 0) return void 0;
  tree.value = void 0;
  prune(tree, 0);
  return { value, positions: new RecordedPositions(text, tree) };
}

// src/adapters/yaml-spec.ts
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SpecNode = class _SpecNode {
  constructor(value, route, doc) {
    this.value = value;
    this.route = route;
    this.doc = doc;
  }
  value;
  route;
  doc;
  where(key) {
    const { line, column } = this.doc.positions.find(this.route, { key });
    return { file: this.doc.file, line: line + this.doc.lineOffset, column };
  }
  get at() {
    return this.where(false);
  }
  /** The key of this value, where there is one: a message about a missing or wrong field points there. */
  get keyAt() {
    return this.where(true);
  }
  /** A mapping's value by key; undefined for a missing key or a node that is not a mapping. */
  get(key) {
    if (!isMapping(this.value) || !Object.hasOwn(this.value, key)) return void 0;
    return new _SpecNode(this.value[key], [...this.route, key], this.doc);
  }
  /** Follows keys down, e.g. `path('spec', 'template', 'spec')`. */
  path(...keys) {
    const [first2, ...rest] = keys;
    if (first2 === void 0) return this;
    return this.get(first2)?.path(...rest);
  }
  get isMapping() {
    return isMapping(this.value);
  }
  get isList() {
    return Array.isArray(this.value);
  }
  /** A list's items; a mapping's values; nothing for a scalar. */
  items() {
    if (Array.isArray(this.value)) return this.value.map((v, i) => new _SpecNode(v, [...this.route, i], this.doc));
    return this.entries().map(([, node]) => node);
  }
  /** A mapping's keys with their values. */
  entries() {
    const mapping = this.value;
    if (!isMapping(mapping)) return [];
    return Object.keys(mapping).map((key) => [key, new _SpecNode(mapping[key], [...this.route, key], this.doc)]);
  }
  /** A scalar's value (text, number, boolean, null); undefined for a list or mapping. */
  get scalar() {
    const v = this.value;
    return typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null ? v : void 0;
  }
  /** A scalar as text (`8` and `"8"` alike); undefined for anything else. */
  get text() {
    const v = this.scalar;
    return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
  }
};
function documents(text) {
  if (!/^---/m.test(text)) return [{ text, lineOffset: 0 }];
  const out = [];
  const lines = text.split("\n");
  let start = 0;
  const flush = (end) => {
    const part = lines.slice(start, end).join("\n");
    if (part.trim() !== "") out.push({ text: part, lineOffset: start });
  };
  lines.forEach((line, i) => {
    if (/^---(?:\s|$)/.test(line)) {
      flush(i);
      lines[i] = " ".repeat(3) + line.slice(3);
      start = i;
    }
  });
  flush(lines.length);
  return out;
}
async function readSpecYaml(text, file) {
  const docs = [];
  const diagnostics = [];
  for (const part of documents(text.replace(/^\uFEFF/, ""))) {
    const fast = readPlainYaml(part.text);
    let read;
    if (fast !== void 0) read = fast;
    else {
      const { readReferenceYaml } = await import("./yaml-reference.js");
      const reference2 = readReferenceYaml(part.text);
      if (!reference2.ok) {
        for (const p of reference2.problems)
          diagnostics.push({ file, line: p.at.line + part.lineOffset, column: p.at.column, message: p.message });
        continue;
      }
      read = reference2;
    }
    if (read.value === null || typeof read.value !== "object") continue;
    docs.push(new SpecNode(read.value, [], { file, positions: read.positions, lineOffset: part.lineOffset }));
  }
  return { docs, diagnostics };
}

// src/adapters/kubernetes.ts
var GPU_RESOURCES = ["nvidia.com/gpu", "amd.com/gpu", "google.com/tpu"];
var GKE_TPUS = {
  // ct4p, ct5lp, ct5p and ct6e machines carry these values (machine_family_to_label_map in Google's
  // github.com/GoogleCloudPlatform/cluster-toolkit pkg/config/machine_mappings.json).
  "tpu-v4-podslice": "google-tpu-v4",
  "tpu-v5-lite-podslice": "google-tpu-v5e",
  "tpu-v5p-slice": "google-tpu-v5p",
  "tpu-v6e-slice": "google-tpu-v6e",
  // v5e's single-host-only value, beside the multi-host-capable `-podslice` (SkyPilot's
  // GKE_TPU_ACCELERATOR_TO_GENERATION, sky/provision/kubernetes/utils.py, citing
  // https://cloud.google.com/kubernetes-engine/docs/how-to/tpus#run).
  "tpu-v5-lite-device": "google-tpu-v5e",
  // Ironwood (https://cloud.google.com/kubernetes-engine/docs/concepts/tpu-ironwood): the same Cluster
  // Toolkit map gives the tpu7x machine family this value.
  tpu7x: "google-tpu-v7"
};
function replicasOf(node, fallback, diagnostics, key) {
  if (node === void 0 || node.scalar === null) return fallback;
  const n = wholeNumber(node.scalar);
  if (n === void 0) {
    diagnostics.push(problem(node.at, `\`${key}\` must be a whole number, got ${showValue(node.scalar)}`));
    return fallback;
  }
  return n;
}
function group(pod, count, fallback, key, label, d) {
  if (pod === void 0) return [];
  const replicas = replicasOf(count, fallback, d, key);
  return [{ pod, replicas, ...count === void 0 ? {} : { replicasAt: count.at }, label }];
}
function podGroups(kind, doc, b, d) {
  const spec = doc.get("spec");
  if (spec === void 0) return void 0;
  switch (kind) {
    case "Pod":
      return [{ pod: spec, replicas: 1, label: "the pod" }];
    case "Deployment":
    case "StatefulSet":
    case "ReplicaSet":
      return group(spec.path("template", "spec"), spec.get("replicas"), 1, "replicas", "replicas", d);
    case "Job":
      return group(spec.path("template", "spec"), spec.get("parallelism"), 1, "parallelism", "parallel pods", d);
    case "CronJob":
      return group(
        spec.path("jobTemplate", "spec", "template", "spec"),
        spec.path("jobTemplate", "spec", "parallelism"),
        1,
        "parallelism",
        "parallel pods",
        d
      );
    case "PyTorchJob":
    case "TFJob":
    case "MPIJob":
    case "XGBoostJob":
    case "PaddleJob":
    case "JAXJob": {
      const specs = spec.entries().find(([key]) => key.endsWith("ReplicaSpecs"))?.[1];
      return (specs?.entries() ?? []).flatMap(
        ([role, replica]) => group(replica.path("template", "spec"), replica.get("replicas"), 1, "replicas", role, d)
      );
    }
    case "RayCluster":
      return rayGroups(spec, b, d);
    case "RayJob":
      return rayGroups(spec.get("rayClusterSpec"), b, d);
    case "RayService":
      return rayGroups(spec.get("rayClusterConfig"), b, d);
    case "LeaderWorkerSet":
      return leaderWorkerGroups(spec, d);
    case "InferenceService":
      return kserveGroups(spec, b, d);
    default:
      return void 0;
  }
}
function rayGroups(cluster, b, d) {
  if (cluster === void 0) return [];
  const head = group(cluster.path("headGroupSpec", "template", "spec"), void 0, 1, "replicas", "head", d);
  const workers = (cluster.get("workerGroupSpecs")?.items() ?? []).flatMap((worker) => {
    const written = worker.get("replicas") ?? worker.get("minReplicas");
    if (worker.get("replicas") === void 0 && worker.get("minReplicas") !== void 0)
      b.note("a Ray worker group without `replicas` is counted at its `minReplicas`");
    const name = worker.get("groupName")?.text ?? "workers";
    const groups = group(worker.path("template", "spec"), written, 1, "replicas", `worker group ${name}`, d);
    const hosts = replicasOf(worker.get("numOfHosts"), 1, d, "numOfHosts");
    return groups.map((g) => ({ ...g, replicas: g.replicas * hosts }));
  });
  return [...head, ...workers];
}
function leaderWorkerGroups(spec, d) {
  const template = spec.get("leaderWorkerTemplate");
  if (template === void 0) return [];
  const replicasNode = spec.get("replicas");
  const groups = replicasOf(replicasNode, 1, d, "replicas");
  const size = replicasOf(template.get("size"), 1, d, "size");
  const worker = template.path("workerTemplate", "spec");
  const leader = template.path("leaderTemplate", "spec") ?? worker;
  const at2 = replicasNode?.at;
  return [
    ...leader === void 0 ? [] : [{ pod: leader, replicas: groups, label: "leaders", ...at2 ? { replicasAt: at2 } : {} }],
    ...worker === void 0 || size < 2 ? [] : [{ pod: worker, replicas: groups * (size - 1), label: "workers", ...at2 ? { replicasAt: at2 } : {} }]
  ];
}
function kserveGroups(spec, b, d) {
  return ["predictor", "transformer", "explainer"].flatMap((component) => {
    const c = spec.get(component);
    if (c === void 0) return [];
    const min = c.get("minReplicas");
    if (c.get("maxReplicas") !== void 0)
      b.note(`the ${component} is counted at its \`minReplicas\`; autoscaling may run more`);
    const replicas = Math.max(1, replicasOf(min, 1, d, "minReplicas"));
    return [{ pod: c, replicas, ...min === void 0 ? {} : { replicasAt: min.at }, label: component }];
  });
}
function podGpus(pod, d) {
  const containers = [
    ...pod.get("containers")?.items() ?? [],
    ...pod.entries().flatMap(([key, value]) => key !== "containers" && value.get("resources") !== void 0 ? [value] : [])
  ];
  let total;
  for (const container of containers) {
    const resources2 = container.get("resources");
    const table = resources2?.get("limits") ?? resources2?.get("requests");
    for (const resource2 of GPU_RESOURCES) {
      const node = table?.get(resource2);
      if (node === void 0) continue;
      const n = wholeNumber(node.scalar ?? void 0);
      if (n === void 0) {
        d.push(problem(node.at, `\`${resource2}\` must be a whole number of devices, got ${showValue(node.scalar)}`));
        continue;
      }
      total = { count: (total?.count ?? 0) + n, resource: resource2, at: total?.at ?? node.at };
    }
  }
  return total;
}
function placementLabels(pod) {
  const labels = /* @__PURE__ */ new Map();
  for (const [key, value] of pod.get("nodeSelector")?.entries() ?? []) {
    if (value.text !== void 0) labels.set(key, { values: [value.text], at: value.at });
  }
  const terms = pod.path(
    "affinity",
    "nodeAffinity",
    "requiredDuringSchedulingIgnoredDuringExecution",
    "nodeSelectorTerms"
  );
  for (const term of terms?.items() ?? []) {
    for (const expression of term.get("matchExpressions")?.items() ?? []) {
      const key = expression.get("key")?.text;
      const values = expression.get("values");
      if (key === void 0 || expression.get("operator")?.text !== "In" || values === void 0 || labels.has(key))
        continue;
      const texts = values.items().flatMap((v) => v.text === void 0 ? [] : [v.text]);
      if (texts.length > 0) labels.set(key, { values: texts, at: values.items()[0]?.at ?? values.at });
    }
  }
  return labels;
}
function acceleratorOf(pod, resource2, b) {
  const labels = placementLabels(pod);
  const pick = (key, map2) => {
    const label = labels.get(key);
    const first2 = label?.values[0];
    if (label === void 0 || first2 === void 0) return void 0;
    if (label.values.length > 1)
      b.note(`\`${key}\` allows ${label.values.join(", ")}: estimated with ${first2}, the first`);
    const id = map2(first2);
    return id === void 0 ? void 0 : { id, at: label.at };
  };
  if (resource2 === "google.com/tpu") return pick("cloud.google.com/gke-tpu-accelerator", (v) => mapName(GKE_TPUS, v));
  return pick("nvidia.com/gpu.product", (v) => gfdProduct(v, b)) ?? pick("cloud.google.com/gke-accelerator", (v) => mapName(GKE_ACCELERATORS, v)) ?? pick("karpenter.k8s.aws/instance-gpu-name", (v) => {
    const open = AMBIGUOUS_NAMES[v.toLowerCase()];
    if (open === void 0) return mapName(KARPENTER_GPU_NAMES, v);
    b.note(`\`karpenter.k8s.aws/instance-gpu-name: ${v}\` is ${open}: give \`accelerator\` in the workload`);
    return void 0;
  }) ?? pick("node.kubernetes.io/instance-type", (v) => instanceAccelerator(v, b)) ?? pick("beta.kubernetes.io/instance-type", (v) => instanceAccelerator(v, b));
}
function gfdProduct(product, b) {
  const part = shareOf(product);
  if (part === void 0) return product;
  b.note(
    `\`nvidia.com/gpu.product: ${product}\` is ${part}: \`nvidia.com/gpu\` counts its shares, not GPUs; give \`accelerator\` and \`count\` (or \`power\`) in the workload`
  );
  return void 0;
}
function shareOf(product) {
  if (/-SHARED$/i.test(product)) return "a shared (time-sliced or MPS) GPU";
  return /-MIG-/i.test(product) ? "a MIG slice of a GPU" : void 0;
}
function instanceAccelerator(type2, b) {
  const found = findInstance(type2);
  if (found.ok) return found.value.accelerator.id;
  b.note(`instance type \`${type2}\` is not in the catalog: give \`accelerator\` in the workload`);
  return void 0;
}
function regionOf(pod) {
  const labels = placementLabels(pod);
  const region = labels.get("topology.kubernetes.io/region");
  const value = region?.values[0];
  if (region === void 0 || value === void 0) return void 0;
  const keys = [...labels.keys()];
  const cloud = keys.some((k) => k.startsWith("cloud.google.com/")) ? "gcp" : keys.some((k) => k.startsWith("karpenter.k8s.aws/") || k.startsWith("eks.amazonaws.com/")) ? "aws" : keys.some((k) => k.startsWith("kubernetes.azure.com/")) ? "azure" : void 0;
  return cloud === void 0 ? void 0 : { value: `${cloud}:${value}`, at: region.at };
}
function readResource(doc, d) {
  const kind = doc.get("kind")?.text;
  const name = doc.path("metadata", "name")?.text ?? doc.path("metadata", "generateName")?.text ?? "(unnamed)";
  if (kind === void 0) return void 0;
  const b = new FieldsBuilder();
  const groups = podGroups(kind, doc, b, d);
  if (groups === void 0) return void 0;
  let total = 0;
  let first2;
  const parts = [];
  for (const g of groups) {
    const gpus = podGpus(g.pod, d);
    if (gpus === void 0 || gpus.count === 0 || g.replicas === 0) continue;
    total += gpus.count * g.replicas;
    parts.push(`${gpus.count} x ${g.replicas} ${g.label}`);
    first2 ??= { gpus, group: g };
  }
  if (first2 === void 0) return void 0;
  const product = placementLabels(first2.group.pod).get("nvidia.com/gpu.product")?.values[0];
  const shares = first2.gpus.resource === "nvidia.com/gpu" && product !== void 0 && shareOf(product) !== void 0;
  if (!shares) {
    b.set("count", total, first2.group.replicasAt ?? first2.gpus.at);
    if (parts.length > 1 || first2.group.replicas > 1)
      b.note(`count ${total} = ${parts.join(" + ")} (${first2.gpus.resource})`);
  }
  const accelerator = acceleratorOf(first2.group.pod, first2.gpus.resource, b);
  if (accelerator !== void 0) b.set("accelerator", accelerator.id, accelerator.at);
  else if ((first2.gpus.resource === "nvidia.com/gpu" || first2.gpus.resource === "amd.com/gpu") && // A label that names the GPU but not the board has said so already.
  !b.notes.some((note) => note.includes("give `accelerator`")))
    b.note(`the pods ask for \`${first2.gpus.resource}\` without a label naming the model: give \`accelerator\``);
  const region = regionOf(first2.group.pod);
  if (region !== void 0) b.set("region", region.value, region.at);
  return b.build("kubernetes", `${kind}/${name}`, doc.at);
}
function resources(doc) {
  return doc.get("kind")?.text === "List" ? doc.get("items")?.items() ?? [] : [doc];
}
async function readKubernetes(text, file) {
  const { docs, diagnostics } = await readSpecYaml(text, file);
  const problems = [...diagnostics];
  const workloads = docs.flatMap(resources).flatMap((doc) => readResource(doc, problems) ?? []);
  return { workloads, diagnostics: problems };
}

// src/adapters/skypilot.ts
var CLOUDS = { aws: "aws", gcp: "gcp", azure: "azure" };
function candidates(node, diagnostics) {
  const one = (text, at2) => {
    const [name = "", count] = text.split(":").map((s) => s.trim());
    const perNode = count === void 0 ? 1 : wholeNumber(count);
    if (name === "" || perNode === void 0 || perNode === 0) {
      diagnostics.push(
        problem(at2, `\`accelerators\`: ${showValue(text)} is not \`NAME\` or \`NAME:COUNT\` (e.g. \`A100:8\`)`)
      );
      return void 0;
    }
    return { name, perNode, at: at2 };
  };
  if (node.text !== void 0) return [one(node.text, node.at)].flatMap((a) => a ?? []);
  if (node.isList)
    return node.items().flatMap((item) => item.text === void 0 ? [] : [one(item.text, item.at) ?? []].flat());
  if (node.isMapping) {
    return node.entries().flatMap(([name, count]) => {
      const perNode = count.scalar === null ? 1 : wholeNumber(count.scalar ?? void 0);
      if (perNode === void 0 || perNode === 0) {
        diagnostics.push(
          problem(
            count.at,
            `\`accelerators\`: the count of ${name} must be a whole number, got ${showValue(count.scalar)}`
          )
        );
        return [];
      }
      return [{ name, perNode, at: count.keyAt }];
    });
  }
  diagnostics.push(
    problem(node.at, "`accelerators` must be `NAME:COUNT`, a mapping `{NAME: COUNT}` or a list of them")
  );
  return [];
}
function chosenResources(resources2, b) {
  const ordered = resources2.get("ordered");
  const anyOf = resources2.get("any_of");
  const alternatives = ordered ?? anyOf;
  const first2 = alternatives?.items()[0];
  if (alternatives === void 0 || first2 === void 0) return [resources2];
  const count = alternatives.items().length;
  b.note(
    ordered !== void 0 ? `estimated with the first of ${count} \`ordered\` resources, the one SkyPilot tries first` : `estimated with the first of ${count} \`any_of\` resources (SkyPilot picks the cheapest available)`
  );
  return [first2, resources2];
}
function fromLayers(layers, key) {
  for (const layer of layers) {
    const found = layer.get(key);
    if (found !== void 0 && found.scalar !== null) return found;
  }
  return void 0;
}
function readTask(doc, file, index, diagnostics) {
  const resources2 = doc.get("resources");
  const numNodes = doc.get("num_nodes");
  if (resources2 === void 0 && numNodes === void 0) return void 0;
  const b = new FieldsBuilder();
  const layers = resources2?.isMapping === true ? chosenResources(resources2, b) : [];
  let nodes = 1;
  if (numNodes !== void 0) {
    const n = wholeNumber(numNodes.scalar ?? void 0);
    if (n === void 0 || n === 0)
      diagnostics.push(
        problem(numNodes.at, `\`num_nodes\` must be a whole number of nodes, got ${showValue(numNodes.scalar)}`)
      );
    else nodes = n;
  }
  const acceleratorsNode = fromLayers(layers, "accelerators");
  const found = acceleratorsNode === void 0 ? [] : candidates(acceleratorsNode, diagnostics);
  const chosen = found[0];
  if (chosen !== void 0) {
    if (found.length > 1)
      b.note(
        `estimated with ${chosen.name}, the first of the candidate accelerators ${found.map((a) => a.name).join(", ")}`
      );
    const board = boardOf(chosen, cloudOf(layers), b);
    if (board !== void 0) b.set("accelerator", board, chosen.at);
    b.set("count", chosen.perNode * nodes, numNodes?.at ?? chosen.at);
    if (nodes > 1)
      b.note(`count ${chosen.perNode * nodes} = ${chosen.perNode} ${chosen.name} per node x ${nodes} nodes`);
  }
  const instanceType = fromLayers(layers, "instance_type");
  if (instanceType?.text !== void 0) {
    if (chosen === void 0) {
      b.set("instance", instanceType.text, instanceType.at);
      b.set("count", nodes, numNodes?.at ?? instanceType.at);
    } else b.note(`instance_type ${instanceType.text} not used: the accelerators say the hardware`);
  }
  readPlace(layers, b);
  const name = doc.get("name")?.text ?? (index === 0 ? stem(file) : `${stem(file)}-${index + 1}`);
  return b.build("skypilot", name, (resources2 ?? doc).keyAt);
}
function cloudOf(layers) {
  const infra = fromLayers(layers, "infra")?.text;
  const cloud = infra === void 0 ? fromLayers(layers, "cloud")?.text : infra.split("/")[0];
  const trimmed = cloud?.trim().toLowerCase();
  return trimmed === "" ? void 0 : trimmed;
}
function boardOf(chosen, cloud, b) {
  const { name, at: at2 } = chosen;
  const key = name.trim().toLowerCase();
  const boards = cloud === void 0 ? void 0 : ownEntry(SKYPILOT_BY_CLOUD, cloud);
  const onCloud = boards === void 0 ? void 0 : ownEntry(boards, key);
  if (onCloud !== void 0) return onCloud;
  const open = ownEntry(SKYPILOT_OPEN, key);
  if (open === void 0) return mapName(SKYPILOT_ACCELERATORS, name);
  const where = cloud === void 0 ? "the task names no cloud" : `on ${cloud} it is not pinned down`;
  const pinned = Object.entries(SKYPILOT_BY_CLOUD).flatMap(([c, byName2]) => {
    const board = ownEntry(byName2, key);
    return board === void 0 ? [] : [[c, board]];
  });
  b.openByCloud({
    name,
    at: at2,
    boards: cloud === void 0 ? Object.fromEntries(pinned) : {},
    open: `SkyPilot's \`${name}\` is ${open} by cloud (SXM on gcp and aws) and ${where}: give \`accelerator\` in the workload` + (cloud === void 0 ? ", or a gcp or aws `region` on the workload itself" : "")
  });
  return void 0;
}
function readPlace(layers, b) {
  const infra = fromLayers(layers, "infra");
  const cloudNode = fromLayers(layers, "cloud");
  const regionNode = fromLayers(layers, "region");
  let cloud;
  let region;
  let at2;
  if (infra?.text !== void 0) {
    [cloud, region] = infra.text.split("/").map((s) => s.trim().toLowerCase());
    at2 = infra.at;
  } else {
    cloud = cloudNode?.text?.trim().toLowerCase();
    region = regionNode?.text?.trim();
    at2 = regionNode?.at ?? cloudNode?.at;
  }
  if (cloud === void 0 || at2 === void 0) return;
  const prefix = ownEntry(CLOUDS, cloud);
  if (prefix === void 0) {
    b.note(`cloud \`${cloud}\`: no grid region known for it; give \`region\` in the workload`);
    return;
  }
  if (region === void 0 || region === "" || region === "*") {
    b.note(`${cloud} without a region: give \`region\` in the workload`);
    return;
  }
  b.set("region", `${prefix}:${region}`, at2);
}
async function readSkyPilot(text, file) {
  const { docs, diagnostics } = await readSpecYaml(text, file);
  const problems = [...diagnostics];
  const workloads = docs.flatMap((doc, index) => readTask(doc, file, index, problems) ?? []);
  return { workloads, diagnostics: problems };
}

// src/adapters/slurm.ts
var SHORT = {
  N: "nodes",
  G: "gpus",
  t: "time",
  J: "job-name",
  a: "array",
  n: "ntasks"
};
function headerOptions(text, file) {
  const options = /* @__PURE__ */ new Map();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (i === 0 && trimmed.startsWith("#!")) continue;
    if (trimmed !== "" && !trimmed.startsWith("#")) break;
    const header = /^(\s*#SBATCH\s+)(.*)$/.exec(line);
    if (header === null) continue;
    const words = [];
    const rest = header[2] ?? "";
    const re = /(?:"[^"]*"|'[^']*'|\S)+/g;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      if (m[0].startsWith("#")) break;
      words.push({ text: m[0].replace(/["']/g, ""), column: (header[1]?.length ?? 0) + m.index + 1 });
    }
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      if (word === void 0) continue;
      const at2 = { file, line: i + 1, column: word.column };
      const long = /^--([A-Za-z-]+)(?:=(.*))?$/.exec(word.text);
      const short = /^-([A-Za-z])(.*)$/.exec(word.text);
      let name;
      let value;
      if (long !== null) {
        name = long[1];
        value = long[2];
      } else if (short !== null) {
        name = SHORT[short[1] ?? ""] ?? short[1];
        value = short[2] === "" ? void 0 : short[2]?.replace(/^=/, "");
      } else continue;
      if (value === void 0) {
        const next = words[w + 1];
        if (next !== void 0 && !next.text.startsWith("-")) {
          value = next.text;
          w++;
        }
      }
      if (name !== void 0) options.set(name, { value: value ?? "", at: at2 });
    }
  }
  return options;
}
function slurmHours(value) {
  const v = value.trim();
  const n = (s) => s !== void 0 && /^\d+$/.test(s) ? Number(s) : NaN;
  let days = 0;
  let clock = v;
  const dash = /^(\d+)-(.+)$/.exec(v);
  if (dash !== null) {
    days = n(dash[1]);
    clock = dash[2] ?? "";
    const [h, m = "0", s = "0", extra2] = clock.split(":");
    if (extra2 !== void 0) return void 0;
    const hours2 = days * 24 + n(h) + n(m) / 60 + n(s) / 3600;
    return Number.isFinite(hours2) ? hours2 : void 0;
  }
  const parts = clock.split(":");
  const [a, b, c, extra] = parts;
  if (extra !== void 0) return void 0;
  const hours = parts.length === 1 ? n(a) / 60 : parts.length === 2 ? n(a) / 60 + n(b) / 3600 : n(a) + n(b) / 60 + n(c) / 3600;
  return Number.isFinite(hours) ? hours : void 0;
}
function arrayCount(value) {
  const list = value.trim().replace(/%\d+$/, "");
  let count = 0;
  for (const part of list.split(",")) {
    const m = /^(\d+)(?:-(\d+)(?::(\d+))?)?$/.exec(part.trim());
    if (m === null) return void 0;
    const start = Number(m[1]);
    const end = m[2] === void 0 ? start : Number(m[2]);
    const step = m[3] === void 0 ? 1 : Number(m[3]);
    if (end < start || step < 1) return void 0;
    count += Math.floor((end - start) / step) + 1;
  }
  return count > 0 ? count : void 0;
}
function gresGpus(value) {
  for (const item of value.split(",")) {
    const [kind, ...rest] = item.trim().split(":");
    if (kind !== "gpu") continue;
    const last = rest[rest.length - 1];
    const count = last === void 0 ? 1 : wholeNumber(last);
    if (count === void 0) return rest.length === 1 ? { type: rest[0] ?? "", count: 1 } : "bad";
    const type2 = rest.length >= 2 ? rest.slice(0, -1).join(":") : void 0;
    return { count, ...type2 === void 0 ? {} : { type: type2 } };
  }
  return void 0;
}
function typedCount(value) {
  const parts = value.trim().split(":");
  const count = wholeNumber(parts[parts.length - 1]);
  if (count === void 0 || count === 0) return void 0;
  return parts.length > 1 ? { type: parts.slice(0, -1).join(":"), count } : { count };
}
var readSlurm = (text, file) => {
  const options = headerOptions(text, file);
  const diagnostics = [];
  const b = new FieldsBuilder();
  const bad = (o, name2, expected) => diagnostics.push(problem(o.at, `\`--${name2}\` must be ${expected}, got \`${printable(o.value)}\``));
  const whole = (name2) => {
    const o = options.get(name2);
    if (o === void 0) return void 0;
    const n = wholeNumber(o.value);
    if (n !== void 0 && n > 0) return n;
    const range = /^(\d+)-(\d+)$/.exec(o.value.trim());
    if (range !== null && Number(range[1]) > 0) {
      b.note(`\`--${name2}=${o.value}\` is a range: estimated with ${range[1]}, its minimum`);
      return Number(range[1]);
    }
    bad(o, name2, "a whole number");
    return void 0;
  };
  const nodes = whole("nodes") ?? 1;
  const nodesAt = options.get("nodes")?.at;
  let count;
  const typed = (name2, scale, why) => {
    const o = options.get(name2);
    if (o === void 0 || count !== void 0) return;
    const found = typedCount(o.value);
    if (found === void 0) return bad(o, name2, "`[type:]count`, e.g. `4` or `a100:4`");
    count = { n: found.count * scale, at: nodesAt ?? o.at, ...found.type === void 0 ? {} : { type: found.type } };
    if (scale > 1) b.note(`count ${found.count * scale} = ${found.count} (\`--${name2}\`) x ${why}`);
  };
  typed("gpus", 1, "");
  typed("gpus-per-node", nodes, `${nodes} nodes`);
  const gres = options.get("gres");
  if (gres !== void 0 && count === void 0) {
    const found = gresGpus(gres.value);
    if (found === "bad") bad(gres, "gres", "`gpu[:type]:count`, e.g. `gpu:a100:4`");
    else if (found !== void 0) {
      count = {
        n: found.count * nodes,
        at: nodesAt ?? gres.at,
        ...found.type === void 0 ? {} : { type: found.type }
      };
      if (nodes > 1) b.note(`count ${found.count * nodes} = ${found.count} (\`--gres\`) x ${nodes} nodes`);
    }
  }
  if (count === void 0 && options.has("gpus-per-task")) {
    const perNode = whole("ntasks-per-node");
    const tasks = whole("ntasks");
    const scale = perNode !== void 0 ? perNode * nodes : tasks ?? 1;
    const why = perNode !== void 0 ? `${perNode} tasks per node x ${nodes} nodes` : `${tasks ?? 1} tasks`;
    typed("gpus-per-task", scale, why);
  }
  if (count !== void 0) {
    b.set("count", count.n, count.at);
    const typeAt = (options.get("gres") ?? options.get("gpus-per-node") ?? options.get("gpus") ?? options.get("gpus-per-task"))?.at;
    if (count.type !== void 0 && typeAt !== void 0) b.set("accelerator", count.type, typeAt);
  }
  const time = options.get("time");
  if (time !== void 0) {
    const hours = slurmHours(time.value);
    if (/^(?:unlimited|infinite)$/i.test(time.value.trim()))
      b.note("`--time` is unlimited: give `hours` in the workload");
    else if (hours === void 0 || hours <= 0)
      bad(time, "time", "a Slurm time (`minutes`, `MM:SS`, `HH:MM:SS`, `D-HH`, `D-HH:MM` or `D-HH:MM:SS`)");
    else {
      b.set("hours", hours, time.at);
      b.note("hours from `--time`, the time limit: the longest a run may take");
    }
  }
  const array = options.get("array");
  if (array !== void 0) {
    const runs = arrayCount(array.value);
    if (runs === void 0) bad(array, "array", "indices such as `0-15`, `1,3,5` or `0-15:4`");
    else b.set("runs", runs, array.at);
  }
  if (count === void 0 && options.size > 0) b.note("the header asks for no GPU: give `accelerator` and `count`");
  const name = options.get("job-name")?.value ?? stem(file);
  const at2 = [...options.values()][0]?.at ?? { file, line: 1, column: 1 };
  return { workloads: options.size > 0 ? [b.build("slurm", name, at2)] : [], diagnostics };
};

// src/adapters/terraform-positions.ts
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return text.length;
}
function childAt(text, open, close, key) {
  return childrenAt(text, open, close, key)[0];
}
function childrenAt(text, open, close, key) {
  const head = new RegExp(`^(${escape(key)})\\s*(=|\\{)`);
  const found = [];
  let lineStart = true;
  for (let i = open + 1; i < close; i++) {
    const c = text[i];
    if (c === "\n") {
      lineStart = true;
      continue;
    }
    if (c === " " || c === "	") continue;
    if (lineStart) {
      const m = head.exec(text.slice(i, i + key.length + 64));
      if (m !== null) found.push({ at: i, block: m[2] === "{" });
    }
    lineStart = false;
    if (c === '"') {
      for (i++; i < close && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      while (i < close && text[i + 1] !== "\n") i++;
    } else if (c === "{") i = closing(text, i);
  }
  return found;
}
var LABEL = /"([^"\n]*)"|([A-Za-z_][\w-]*)/g;
var HEADER = /^[ \t]*([A-Za-z_][\w-]*)((?:[ \t]+(?:"[^"\n]*"|[A-Za-z_][\w-]*))*)[ \t]*\{/gm;
function headerKey(keyword, labels) {
  return [keyword, ...labels].join("\0");
}
var HclText = class {
  constructor(text, file) {
    this.text = text;
    this.file = file;
    this.lines = new LineIndex(text);
  }
  text;
  file;
  lines;
  headers;
  /**
   * `resource "aws_instance" "trainer" {`: from the keyword to its closing brace; the first such
   * block of the file, or of `within` (`dynamic "guest_accelerator" {` inside a resource).
   */
  blockAt(keyword, labels, within) {
    if (within === void 0) {
      const indexed = this.headerIndex().get(headerKey(keyword, labels));
      if (indexed !== void 0) return this.block(indexed.at, indexed.end);
    }
    const header = new RegExp(`^[ \\t]*${keyword}${labels.map((l) => `\\s+"?${escape(l)}"?`).join("")}\\s*\\{`, "gm");
    header.lastIndex = within?.start ?? 0;
    const m = header.exec(this.text);
    if (m === null || within !== void 0 && m.index >= within.end) return void 0;
    return this.block(m.index, m.index + m[0].length);
  }
  /**
   * Where `a.b.c` is written inside the block `range` (`node_config { machine_type = ... }`), or the
   * deepest part found; the block's header for an empty path.
   */
  attributeAt(range, path) {
    const text = this.text;
    let open = text.indexOf("{", range.start);
    let close = range.end;
    let found = range.start;
    for (const key of path) {
      const child = childAt(text, open, close, key);
      if (child === void 0) break;
      found = child.at;
      if (!child.block) break;
      open = text.indexOf("{", child.at);
      close = closing(text, open);
    }
    return { file: this.file, ...this.lines.at(found) };
  }
  /** The `key { ... }` blocks directly inside `range` (`guest_accelerator`, written once per type). */
  childBlocks(range, key) {
    const text = this.text;
    const open = text.indexOf("{", range.start);
    return childrenAt(text, open, range.end, key).filter((c) => c.block).map((c) => ({ start: c.at, end: closing(text, text.indexOf("{", c.at)) }));
  }
  /** The block whose header runs from `at` (the start of its line) to `end`, just past its brace. */
  block(at2, end) {
    let start = at2;
    while (this.text[start] === " " || this.text[start] === "	") start++;
    return { start, end: closing(this.text, end - 1) };
  }
  /** Where each header is first written, by keyword and labels. */
  headerIndex() {
    if (this.headers !== void 0) return this.headers;
    const headers = /* @__PURE__ */ new Map();
    for (const m of this.text.matchAll(HEADER)) {
      const labels = [...(m[2] ?? "").matchAll(LABEL)].map((l) => l[1] ?? l[2] ?? "");
      const key = headerKey(m[1] ?? "", labels);
      if (!headers.has(key)) headers.set(key, { at: m.index, end: m.index + m[0].length });
    }
    this.headers = headers;
    return headers;
  }
};

// src/adapters/terraform-values.ts
function obj(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function bodies(value) {
  const list = Array.isArray(value) ? value : [value];
  return list.map(obj).filter((v) => v !== void 0);
}
function first(value) {
  return bodies(value)[0];
}
function defaults(root) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, body] of Object.entries(obj(root.variable) ?? {})) {
    const d = first(body)?.default;
    if (typeof d === "string" || typeof d === "number") out.set(name, d);
  }
  return out;
}
function reference(value) {
  if (typeof value !== "string") return void 0;
  const m = /^\$\{\s*([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)\.([a-z_]+)\s*\}$/.exec(value);
  if (m === null || m[1] === "var" || m[1] === "local" || m[1] === "module" || m[1] === "data") return void 0;
  return { type: m[1] ?? "", name: m[2] ?? "", attribute: m[3] ?? "" };
}
function resource(ctx, type2, name) {
  const body = first(obj(obj(ctx.root.resource)?.[type2])?.[name]);
  const range = ctx.hcl.blockAt("resource", [type2, name]);
  return body === void 0 || range === void 0 ? void 0 : { type: type2, name, body, range };
}
function literal(ctx, value, path, field) {
  if (value === void 0) return void 0;
  if (typeof value === "number") return value;
  if (typeof value !== "string") {
    ctx.b.note(`\`${path.join(".")}\` is not a literal value: give \`${field}\` in the workload`);
    return void 0;
  }
  const ref = /^\$\{\s*([^}]*?)\s*\}$/.exec(value);
  if (ref === null) {
    if (!value.includes("${")) return value;
    ctx.b.note(
      `\`${path.join(".")}\` is \`${value}\`, which carbon-budget cannot resolve: give \`${field}\` in the workload`
    );
    return void 0;
  }
  const v = /^var\.([A-Za-z_][\w-]*)$/.exec(ref[1] ?? "");
  const d = v === null ? void 0 : ctx.vars.get(v[1] ?? "");
  if (v !== null && d !== void 0 && (typeof d === "string" || typeof d === "number")) {
    ctx.b.note(`\`${path.join(".")}\` is \`var.${v[1]}\`: used its default ${JSON.stringify(d)}`);
    return d;
  }
  ctx.b.note(
    `\`${path.join(".")}\` is \`${ref[1]}\`, which carbon-budget cannot resolve: give \`${field}\` in the workload`
  );
  return void 0;
}
function at(ctx, path, range = ctx.range) {
  return ctx.hcl.attributeAt(range, path);
}
function blockRange(ctx, path) {
  let range = ctx.range;
  for (const key of path) range = range === void 0 ? void 0 : ctx.hcl.childBlocks(range, key)[0];
  return range;
}
function readInstanceType(ctx, value, path) {
  const type2 = literal(ctx, value, path, "instance");
  if (type2 === void 0) return value === void 0 ? false : "open";
  if (!gpuInstance(type2)) return false;
  ctx.b.set("instance", type2, at(ctx, path));
  return true;
}
function gpuInstance(type2) {
  return typeof type2 === "string" && findInstance(type2).ok;
}
function setCount(ctx, value, path, times = 1) {
  const n = literal(ctx, value, path, "count");
  const whole = wholeNumber(n);
  if (n !== void 0 && whole === void 0) ctx.b.note(`\`${path.join(".")}\` is not a whole number: give \`count\``);
  if (whole !== void 0) ctx.b.set("count", whole * times, at(ctx, path));
}
function setInstances(ctx, body, times = 1) {
  if (body.count === void 0) ctx.b.set("count", times, at(ctx, []));
  else setCount(ctx, body.count, ["count"], times);
}
function providerAt(ctx, name, attribute) {
  const range = ctx.hcl.blockAt("provider", [name]);
  return range === void 0 ? at(ctx, []) : ctx.hcl.attributeAt(range, [attribute]);
}
function awsRegion(ctx) {
  const region = first(obj(ctx.root.provider)?.aws)?.region;
  const value = typeof region === "string" && !region.startsWith("${") ? region : void 0;
  if (value === void 0) {
    ctx.b.note('no literal `region` in provider "aws": give `region` in the workload');
    return;
  }
  ctx.b.set("region", `aws:${value}`, providerAt(ctx, "aws", "region"));
}
function setAzureRegion(ctx, location, where) {
  ctx.b.set("region", `azure:${location.toLowerCase().replace(/\s+/g, "")}`, where);
}
function azureRegion(ctx, body, owner) {
  const location = (owner?.body ?? body).location;
  const range = owner?.range ?? ctx.range;
  const label = owner === void 0 ? [] : [`${owner.type}.${owner.name}`];
  const ref = reference(location);
  if (ref?.type === "azurerm_resource_group" && ref.attribute === "location") {
    const group2 = resource(ctx, ref.type, ref.name);
    const value2 = group2?.body.location;
    if (group2 !== void 0 && typeof value2 === "string" && !value2.startsWith("${")) {
      ctx.b.note(`\`${[...label, "location"].join(".")}\` is azurerm_resource_group.${ref.name}'s`);
      setAzureRegion(ctx, value2, at(ctx, ["location"], group2.range));
      return;
    }
  }
  const value = literal(ctx, location, [...label, "location"], "region");
  if (typeof value === "string") setAzureRegion(ctx, value, at(ctx, ["location"], range));
}
function gcpRegion(ctx, body) {
  for (const key of ["location", "zone", "region"]) {
    const value = literal(ctx, body[key], [key], "region");
    if (typeof value === "string") {
      ctx.b.set("region", `gcp:${value.replace(/-[a-z]$/, "")}`, at(ctx, [key]));
      return;
    }
  }
  const provider = first(obj(ctx.root.provider)?.google);
  for (const key of ["region", "zone"]) {
    const value = provider?.[key];
    if (typeof value === "string" && !value.startsWith("${")) {
      ctx.b.set("region", `gcp:${value.replace(/-[a-z]$/, "")}`, providerAt(ctx, "google", key));
      return;
    }
  }
  ctx.b.note('no literal `location`, `zone` or provider "google" `region`: give `region` in the workload');
}

// src/adapters/terraform-readers.ts
function launchTemplate(ctx, spec) {
  if (spec === void 0) return void 0;
  for (const key of ["id", "name"]) {
    const ref = reference(spec[key]);
    if (ref?.type === "aws_launch_template") return resource(ctx, ref.type, ref.name);
  }
  const name = spec.name;
  if (typeof name !== "string" || name.startsWith("${")) return void 0;
  const templates = obj(obj(ctx.root.resource)?.aws_launch_template) ?? {};
  const found = Object.keys(templates).find((n) => first(templates[n])?.name === name);
  return found === void 0 ? void 0 : resource(ctx, "aws_launch_template", found);
}
function templateInstance(ctx, template) {
  if (template === void 0) return false;
  const path = [`aws_launch_template.${template.name}`, "instance_type"];
  const type2 = literal(ctx, template.body.instance_type, path, "instance");
  if (!gpuInstance(type2)) return false;
  ctx.b.set("instance", type2, at(ctx, ["instance_type"], template.range));
  ctx.b.note(`instance type from aws_launch_template.${template.name}`);
  return true;
}
function groupsUsing(ctx, name) {
  const out = [];
  for (const type2 of ["aws_autoscaling_group", "aws_eks_node_group"]) {
    for (const [group2, list] of Object.entries(obj(obj(ctx.root.resource)?.[type2]) ?? {})) {
      const spec = first(first(list)?.launch_template);
      if (spec === void 0) continue;
      const refs = [reference(spec.id), reference(spec.name)];
      if (refs.some((r) => r?.type === "aws_launch_template" && r.name === name)) out.push(`${type2}/${group2}`);
    }
  }
  return out;
}
function guestAccelerators(ctx, body, prefix) {
  const guests = bodies(body.guest_accelerator);
  if (guests.length === 0) return void 0;
  const path = [...prefix, "guest_accelerator"];
  const ranges = ctx.hcl.childBlocks(blockRange(ctx, prefix) ?? ctx.range, "guest_accelerator");
  let board;
  let total = 0;
  for (const [i, guest] of guests.entries()) {
    const range = ranges[i];
    const typeAt = range === void 0 ? at(ctx, [...path, "type"]) : at(ctx, ["type"], range);
    const type2 = literal(ctx, guest.type, [...path, "type"], "accelerator");
    const mapped = typeof type2 === "string" ? mapName(GKE_ACCELERATORS, type2) : void 0;
    if (guests.length > 1 && mapped === void 0) {
      ctx.problems.push({
        at: typeAt,
        message: `\`${path.join(".")}\` ${i + 1} of ${guests.length} has no literal \`type\`, so carbon-budget cannot tell whether the blocks are one accelerator type: write a workload for each type instead of \`from\``
      });
      return { perInstance: void 0 };
    }
    if (board !== void 0 && mapped !== void 0 && mapped !== board) {
      ctx.problems.push({
        at: typeAt,
        message: `\`${path.join(".")}\` blocks name ${board} and ${mapped}; carbon-budget estimates one accelerator type per workload: write a workload for each type (\`accelerator\`, \`count\`) instead of \`from\``
      });
      return { perInstance: void 0 };
    }
    if (board === void 0 && mapped !== void 0) {
      board = mapped;
      ctx.b.set("accelerator", mapped, typeAt);
    }
    const count = wholeNumber(literal(ctx, guest.count ?? 1, [...path, "count"], "count"));
    total = total === void 0 || count === void 0 ? void 0 : total + count;
  }
  if (guests.length > 1 && total !== void 0)
    ctx.b.note(`${guests.length} \`guest_accelerator\` blocks of ${board ?? ""}: ${total} per instance in all`);
  return { perInstance: total };
}
function aksNodes(ctx, pool, prefix) {
  if (pool.node_count !== void 0) setCount(ctx, pool.node_count, [...prefix, "node_count"]);
  else if (pool.min_count !== void 0) {
    ctx.b.note(`nodes from \`${[...prefix, "min_count"].join(".")}\``);
    setCount(ctx, pool.min_count, [...prefix, "min_count"]);
  } else ctx.b.note("no `node_count` or `min_count`: give `count`");
}
var AZURE_VM = {
  blocks: [],
  readsCount: true,
  read(ctx, body) {
    const read = readInstanceType(ctx, body.size, ["size"]);
    if (read === false) return false;
    setInstances(ctx, body);
    azureRegion(ctx, body);
    return read;
  }
};
var AZURE_SCALE_SET = {
  blocks: [],
  read(ctx, body) {
    const read = readInstanceType(ctx, body.sku, ["sku"]);
    if (read === false) return false;
    if (body.instances !== void 0) setCount(ctx, body.instances, ["instances"]);
    else ctx.b.note("no `instances` (the provider's default is 0, and autoscaling sets it): give `count`");
    azureRegion(ctx, body);
    return read;
  }
};
var READERS = {
  aws_instance: {
    blocks: [],
    readsCount: true,
    read(ctx, body) {
      const read = readInstanceType(ctx, body.instance_type, ["instance_type"]);
      if (read === false) return false;
      setInstances(ctx, body);
      awsRegion(ctx);
      return read;
    }
  },
  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_node_group:
  // `instance_types`, else the launch template's `instance_type` (the default, t3.medium, has no GPU).
  aws_eks_node_group: {
    blocks: [["scaling_config"], ["launch_template"]],
    read(ctx, body) {
      const types2 = body.instance_types;
      if (types2 === void 0) {
        if (!templateInstance(ctx, launchTemplate(ctx, first(body.launch_template)))) return false;
      } else {
        const type2 = Array.isArray(types2) ? literal(ctx, types2[0], ["instance_types"], "instance") : void 0;
        if (!gpuInstance(type2)) return false;
        if (Array.isArray(types2) && types2.length > 1)
          ctx.b.note(`estimated with the first of ${types2.length} \`instance_types\``);
        ctx.b.set("instance", type2, at(ctx, ["instance_types"]));
      }
      setCount(ctx, first(body.scaling_config)?.desired_size, ["scaling_config", "desired_size"]);
      awsRegion(ctx);
      return true;
    }
  },
  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group:
  // a `launch_template` block (`id` or `name`) and `desired_capacity`, "the number of Amazon EC2
  // instances that should be running in the group". Without it, AWS starts the group at `min_size`:
  // "If you do not specify a desired capacity, the default is the minimum size of the group"
  // (CreateAutoScalingGroup, https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/autoscaling/aws.sdk.kotlin.services.autoscaling.model/-create-auto-scaling-group-request/desired-capacity.html).
  aws_autoscaling_group: {
    blocks: [["launch_template"]],
    read(ctx, body) {
      if (!templateInstance(ctx, launchTemplate(ctx, first(body.launch_template)))) return false;
      if (body.desired_capacity !== void 0) setCount(ctx, body.desired_capacity, ["desired_capacity"]);
      else {
        ctx.b.note("no `desired_capacity`: AWS starts the group at `min_size`");
        setCount(ctx, body.min_size, ["min_size"]);
      }
      awsRegion(ctx);
      return true;
    }
  },
  // A launch template runs nothing until a group launches from it: read only when picked.
  aws_launch_template: {
    blocks: [],
    pickOnly: true,
    read(ctx, body) {
      const type2 = literal(ctx, body.instance_type, ["instance_type"], "instance");
      if (!gpuInstance(type2)) return false;
      ctx.b.set("instance", type2, at(ctx, ["instance_type"]));
      const groups = groupsUsing(ctx, ctx.name);
      ctx.b.note(
        "a launch template runs nothing by itself: point `from` at the group that launches from it" + (groups.length > 0 ? ` (${groups.join(", ")})` : "") + ", or give `count`"
      );
      awsRegion(ctx);
      return true;
    }
  },
  google_compute_instance: {
    blocks: [["guest_accelerator"]],
    readsCount: true,
    read(ctx, body) {
      const guests = guestAccelerators(ctx, body, []);
      if (guests === void 0) {
        const read = readInstanceType(ctx, body.machine_type, ["machine_type"]);
        if (read === false) return false;
        setInstances(ctx, body);
        gcpRegion(ctx, body);
        return read;
      } else if (guests.perInstance !== void 0) {
        if (body.count === void 0) ctx.b.set("count", guests.perInstance, at(ctx, ["guest_accelerator", "count"]));
        else setCount(ctx, body.count, ["count"], guests.perInstance);
      }
      gcpRegion(ctx, body);
      return true;
    }
  },
  google_container_node_pool: {
    blocks: [["node_config"], ["node_config", "guest_accelerator"], ["autoscaling"]],
    read(ctx, body) {
      const config = first(body.node_config) ?? {};
      const type2 = literal(ctx, config.machine_type, ["node_config", "machine_type"], "instance");
      const guests = guestAccelerators(ctx, config, ["node_config"]);
      if (guests === void 0 && !gpuInstance(type2)) return false;
      const scaling = first(body.autoscaling);
      const [key, path] = body.node_count !== void 0 ? ["node_count", ["node_count"]] : scaling?.min_node_count !== void 0 ? ["autoscaling.min_node_count", ["autoscaling", "min_node_count"]] : ["initial_node_count", ["initial_node_count"]];
      const nodes = key === "node_count" ? body.node_count : key === "initial_node_count" ? body.initial_node_count : scaling?.min_node_count;
      if (key !== "node_count") ctx.b.note(`nodes from \`${key}\``);
      if (guests !== void 0) {
        if (guests.perInstance !== void 0) setCount(ctx, nodes, path, guests.perInstance);
      } else if (typeof type2 === "string") {
        ctx.b.set("instance", type2, at(ctx, ["node_config", "machine_type"]));
        setCount(ctx, nodes, path);
      }
      gcpRegion(ctx, body);
      return true;
    }
  },
  azurerm_linux_virtual_machine: AZURE_VM,
  azurerm_windows_virtual_machine: AZURE_VM,
  azurerm_linux_virtual_machine_scale_set: AZURE_SCALE_SET,
  azurerm_windows_virtual_machine_scale_set: AZURE_SCALE_SET,
  // https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster_node_pool:
  // the pool has no `location`; it is its cluster's (`kubernetes_cluster_id`), when that is in the file.
  azurerm_kubernetes_cluster_node_pool: {
    blocks: [],
    read(ctx, body) {
      const read = readInstanceType(ctx, body.vm_size, ["vm_size"]);
      if (read === false) return false;
      aksNodes(ctx, body, []);
      const ref = reference(body.kubernetes_cluster_id);
      const cluster = ref?.type === "azurerm_kubernetes_cluster" ? resource(ctx, ref.type, ref.name) : void 0;
      if (cluster === void 0) {
        ctx.b.note(
          "AKS node pool: the region is its cluster's, which is not in this file: give `region` in the workload"
        );
      } else {
        ctx.b.note(`region from its cluster, azurerm_kubernetes_cluster.${cluster.name}`);
        azureRegion(ctx, body, cluster);
      }
      return read;
    }
  },
  // https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster:
  // the cluster's own `default_node_pool` (`vm_size`, `node_count`) runs in its `location`.
  azurerm_kubernetes_cluster: {
    blocks: [["default_node_pool"]],
    read(ctx, body) {
      const pool = first(body.default_node_pool) ?? {};
      const read = readInstanceType(ctx, pool.vm_size, ["default_node_pool", "vm_size"]);
      if (read === false) return false;
      aksNodes(ctx, pool, ["default_node_pool"]);
      azureRegion(ctx, body);
      return read;
    }
  }
};

// src/adapters/terraform.ts
function dynamicBlock(ctx, body, paths, carries) {
  for (const path of paths) {
    const name = path[path.length - 1] ?? "";
    if (!carries && name !== "guest_accelerator") continue;
    let parent = body;
    for (const key of path.slice(0, -1)) parent = first(parent?.[key]);
    if (obj(parent?.dynamic)?.[name] === void 0) continue;
    const range = blockRange(ctx, path.slice(0, -1));
    const block = range === void 0 ? void 0 : ctx.hcl.blockAt("dynamic", [name], range);
    return block === void 0 ? at(ctx, []) : ctx.hcl.attributeAt(block, []);
  }
  return void 0;
}
function syntaxError(message, file) {
  const m = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*([^\]]*)/.exec(message);
  const line = m === null ? 1 : Number(m[1]);
  const column = m === null ? 1 : Number(m[2]);
  const text = (m?.[3] ?? message).split("\n")[0]?.trim() ?? message;
  return { file, line, column, message: `Terraform syntax: ${text}` };
}
function copies(ctx, value) {
  const n = wholeNumber(literal(ctx, value, ["count"], "count"));
  const each = ctx.b.fields.count;
  if (n === void 0) {
    ctx.b.unset("count");
    if (typeof value === "number" || typeof value === "string" && !value.includes("${"))
      ctx.b.note("`count` is not a whole number: give `count` in the workload");
    return;
  }
  if (each === void 0 || typeof each.value !== "number") return;
  ctx.b.set("count", each.value * n, each.at);
  ctx.b.note(`count ${each.value * n} = ${each.value} x ${n} copies (\`count\`)`);
}
var readTerraform = async (text, file) => {
  const { parse } = await import("./terraform-hcl.js");
  let root;
  try {
    root = obj(await parse(file, text)) ?? {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.startsWith("parse config:")) throw error;
    return { workloads: [], diagnostics: [syntaxError(message, file)] };
  }
  const hcl = new HclText(text, file);
  const vars = defaults(root);
  const workloads = [];
  const diagnostics = [];
  for (const [type2, byName2] of Object.entries(obj(root.resource) ?? {})) {
    const reader = Object.hasOwn(READERS, type2) ? READERS[type2] : void 0;
    if (reader === void 0) continue;
    for (const [name, list] of Object.entries(obj(byName2) ?? {})) {
      const body = first(list);
      const range = hcl.blockAt("resource", [type2, name]);
      if (body === void 0 || range === void 0) continue;
      const id = `${type2}/${name}`;
      const ctx = { hcl, root, vars, name, range, b: new FieldsBuilder(), problems: [] };
      const where = at(ctx, []);
      const read = reader.read(ctx, body);
      const carries = read !== false;
      const pickOnly = reader.pickOnly === true ? true : read === "open" ? "unresolved" : void 0;
      const sure = read === true;
      const keyed = sure && body.for_each !== void 0 && reader.pickOnly !== true;
      const unfollowed = dynamicBlock(ctx, body, reader.blocks, sure) ?? (keyed ? where : void 0);
      if (carries && reader.readsCount !== true && body.count !== void 0) copies(ctx, body.count);
      if (read === "open" && body.for_each !== void 0) {
        ctx.b.unset("count");
        ctx.b.note("`for_each` is not followed: give `count` in the workload");
      }
      if (unfollowed !== void 0) {
        const message = `${id}: \`for_each\` and \`dynamic\` blocks are not followed: write the workload out`;
        diagnostics.push({ ...problem(unfollowed, message), resource: id });
      } else if (ctx.problems.length > 0) {
        diagnostics.push(...ctx.problems.map((p) => ({ ...problem(p.at, `${id}: ${p.message}`), resource: id })));
      } else if (carries) {
        const workload = ctx.b.build("terraform", id, where);
        workloads.push(pickOnly === void 0 ? workload : { ...workload, pickOnly });
      }
    }
  }
  for (const name of Object.keys(obj(root.module) ?? {})) {
    const range = hcl.blockAt("module", [name]);
    if (range !== void 0 && workloads.every((w) => w.pickOnly !== void 0)) {
      const message = `module "${name}": modules are not followed; point \`from\` at the module's own .tf files`;
      diagnostics.push({ ...problem(hcl.attributeAt(range, []), message), resource: `module/${name}` });
    }
  }
  workloads.sort((a, b) => a.at.line - b.at.line);
  return { workloads, diagnostics };
};

// src/config/job-spec-adapters.ts
var ADAPTERS = {
  skypilot: readSkyPilot,
  kubernetes: readKubernetes,
  slurm: readSlurm,
  terraform: readTerraform
};
function adapterFor(format) {
  return ADAPTERS[format];
}
export {
  adapterFor
};
//# sourceMappingURL=job-spec-adapters.js.map
