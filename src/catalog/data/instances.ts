// Cloud GPU instance types: which accelerator each one carries, and how many.
//
// Accelerator counts, vCPUs and memory are facts quoted from the cited sources. Azure figures come
// from Microsoft's own size pages. AWS figures come from AWS documentation where it was found (the
// archived EC2 User Guide and the AWS Batch GPU-jobs table), and otherwise from third-party
// compilations marked "secondary" in `note`. Google's counts and GPU models come from Google's
// Cluster Toolkit machine mappings (Google-authored, but not the Compute Engine documentation), and
// their vCPUs and memory from Cloud Carbon Footprint's coefficients (secondary).
//
// `acceleratorsPerInstance` is a fraction for the sizes that get a share of one GPU (Azure
// NVadsA10_v5, Google g4-standard below 48 vCPUs): the share of the board's power is counted.
//
// `accelerator` is an id from accelerators.ts. Where the provider does not name the board variant
// (SXM or PCIe, memory size), the choice is carbon-budget's reading and `note` says so. `memoryGiB`
// is the instance memory as the provider gives it: Google and most Azure pages label it "GB".
// `year` is the date of the document where it states one, otherwise the year it was read.
// No provider publishes host (CPU and memory) power per instance: `cpu` names the processor
// family, whose per-vCPU power host-power.ts models (Azure's from Microsoft's size pages; AWS's
// from the EC2 guide's processor list or Cloud Carbon Footprint's instance tables; Google's from
// CCF's, secondary). Where the family has no published coefficients (Ice Lake, Sapphire and
// Emerald Rapids, EPYC Genoa), or the accelerator's figure already covers the host (GB200 with its
// Grace CPUs), `cpu` is absent.
// Licence of this table: MIT, as the project. The figures are facts quoted from the sources,
// whose licences are given in each source.

import type { Source } from './accelerators.js';
import type { CpuArchitecture } from './host-power.js';

export interface InstanceType {
  readonly provider: 'aws' | 'gcp' | 'azure';
  readonly id: string;
  readonly accelerator: string;
  readonly acceleratorsPerInstance: number;
  readonly vcpus?: number;
  readonly memoryGiB?: number;
  readonly cpu?: CpuArchitecture;
  readonly source: Source;
  readonly note?: string;
}

// Amazon Web Services

/** The EC2 User Guide's last version in the awsdocs repository (11 May 2023), before AWS moved the guide off GitHub. */
const AWS_EC2_GUIDE: Source = {
  title: 'Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (hardware specifications table)',
  publisher: 'Amazon Web Services',
  url: 'https://github.com/awsdocs/amazon-ec2-user-guide/blob/d289961421fa79447add68ca26e3ec5ae96fdf41/doc_source/accelerated-computing-instances.md',
  year: 2023,
  licence: 'CC BY-SA 4.0 (awsdocs repository); factual figures quoted',
};
/**
 * Read through AWS's machine-translated mirrors of the page (ko_KR, pt_BR, de_DE); the figures are the same in
 * each.
 */
const AWS_BATCH_GPU: Source = {
  title: 'AWS Batch User Guide: Run GPU jobs (table of supported GPU instance types)',
  publisher: 'Amazon Web Services',
  url: 'https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html',
  year: 2026,
  licence: 'factual figures quoted from the provider documentation',
};
const TORCHX: Source = {
  title: 'torchx named_resources_aws.py: AWS instance types "taken from https://aws.amazon.com/ec2/instance-types/"',
  publisher: 'Meta (meta-pytorch/torchx)',
  url: 'https://github.com/meta-pytorch/torchx/blob/main/torchx/specs/named_resources_aws.py',
  year: 2025,
  licence: 'BSD-3-Clause; factual figures quoted',
};
const RAPIDS_AWS: Source = {
  title: 'RAPIDS deployment documentation: Amazon Web Services (accelerated instance types table)',
  publisher: 'RAPIDS (NVIDIA)',
  url: 'https://github.com/rapidsai/deployment/blob/main/source/cloud/aws/index.md',
  year: 2026,
  licence: 'factual figures quoted (repository licence not checked)',
};

const CCF_AWS =
  'vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/aws-instances-latest-2026.csv (secondary)';
const P3_NOTE = 'V100 16 GB per GPU (AWS Batch GPU-jobs table); SXM2 because the guide says P3 supports NVLink';
const G5_NOTE = 'the guide: "G5 instances use NVIDIA A10G GPUs"';
const G6_NOTE =
  'L4: AWS SDK release notes ("Amazon EC2 G6 instances powered by NVIDIA L4 Tensor Core GPUs", ' +
  'aws-sdk-go v1.51.15, 2024-04-04)';
/** Neuron docs table: "Trn1.2xlarge - 1 [Trainium device] - 8 [vCPU] - 32 [GiB]". */
const NEURON_TRN1: Source = {
  title: 'AWS Neuron documentation: Trn1/Trn1n architecture (instance table: Trainium devices, vCPUs, memory)',
  publisher: 'Amazon Web Services',
  url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn1-arch.html',
  year: 2023,
  licence: 'factual figures quoted from the provider documentation',
};
const INF2_NOTE = 'secondary: Inferentia2 device counts, vCPUs and memory from torchx (NEURON_DEVICE per type)';
const G6E_NOTE =
  'secondary: counts, vCPUs and memory from torchx; ' +
  'L40S from third-party lists (dstack gpuhunt issue 105, deploybase.ai), no AWS text seen';

const G4DN_NOTE =
  'the guide: "G4dn instances use NVIDIA Tesla GPUs ... Each GPU has 16 GiB of GDDR6 memory"; ' +
  "the T4 (NVIDIA's 16 GB GDDR6 Tesla board) is carbon-budget's reading";
const INF1_NOTE = 'the guide: "Inf1 instances use AWS Inferentia machine learning inference chips"';
const P2_NOTE =
  'the guide: "P2 instances use NVIDIA Tesla K80 GPUs ... 12 GiB of memory per GPU": ' +
  "each GPU is one of a K80 board's two";
/** The AWS Trn2 page, quoted in Glenn Lockwood's notes: "16 Trainium2 chips ... 192 vCPUs, 2 TiB DDR DRAM". */
const TRN2: Source = {
  title:
    'Amazon EC2 Trn2 Instances and Trn2 UltraServers (16 Trainium2 chips, 192 vCPUs, 2 TiB); ' +
    "secondary: read in Glenn K. Lockwood's notes on Trainium2, which quote the AWS page",
  publisher: 'Amazon Web Services',
  url: 'https://glennklockwood.com/garden/processors/trainium2',
  year: 2025,
  licence: 'factual figures quoted',
};

// Google Cloud

const GCP_TOOLKIT: Source = {
  title:
    'Cluster Toolkit pkg/config/machine_mappings.json (accelerator shorthand to machine type; machine family to GPU)',
  publisher: 'Google (GoogleCloudPlatform/cluster-toolkit)',
  url: 'https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/d26f63542cfc5356d42cc7ece7c2a0087f66e392/pkg/config/machine_mappings.json',
  year: 2026,
  licence: 'Apache-2.0; factual figures quoted',
};

/** The toolkit's later mapping, with the A4, A4X, G4 and TPU VM machine types. */
const GCP_TOOLKIT_2026: Source = {
  ...GCP_TOOLKIT,
  url:
    'https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/3488924798d9d90c76da9b2cf81afab0fbdffe91/' +
    'pkg/config/machine_mappings.json',
};
const G4_NOTE =
  'the g4-standard family carries nvidia-rtx-pro-6000; below one GPU the machine gets a fraction ' +
  "of one board, and carbon-budget counts that share of the board's power";

const CCF_GCP =
  'vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/gcp-instances-latest-2026.csv (secondary)';
const A2_NOTE =
  `toolkit: a100-40gb-N is a2-highgpu-Ng; ` +
  `SXM4 is carbon-budget's reading (Google does not name the form factor); ${CCF_GCP}`;
const A2U_NOTE = `toolkit: a100-80gb-N is a2-ultragpu-Ng; SXM4 is carbon-budget's reading; ${CCF_GCP}`;
const A3_NOTE = `toolkit: h100-80gb-N is a3-highgpu-Ng; SXM5 is carbon-budget's reading; ${CCF_GCP}`;
const G2_ONE =
  `toolkit: the g2-standard family carries nvidia-l4 (l4-1 is g2-standard-12); ` +
  `one GPU on this size per a third-party table (secondary); ${CCF_GCP}`;

// Microsoft Azure (Microsoft Learn size pages, MicrosoftDocs/azure-compute-docs)

function azure(page: string, series: string, year: number): Source {
  return {
    title: `${series} size series (Azure virtual machine sizes documentation)`,
    publisher: 'Microsoft',
    url: `https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/${page}`,
    year,
    licence: 'CC BY 4.0 (Microsoft Learn documentation); factual figures quoted',
  };
}
const NCV3 = azure('ncv3-series', 'NCv3', 2024);
const NC_A100_V4 = azure('nca100v4-series', 'NC_A100_v4', 2024);
const NCADS_H100_V5 = azure('ncadsh100v5-series', 'NCads_H100_v5', 2024);
const NCAST4_V3 = azure('ncast4v3-series', 'NCasT4_v3', 2024);
const ND_A100_V4 = azure('ndasra100v4-series', 'NDasrA100_v4', 2024);
const NDM_A100_V4 = azure('ndma100v4-series', 'NDm_A100_v4', 2024);
const ND_H100_V5 = azure('ndh100v5-series', 'ND-H100-v5', 2025);
const ND_H200_V5 = azure('nd-h200-v5-series', 'ND-H200-v5', 2025);
const ND_MI300X_V5 = azure('ndmi300xv5-series', 'ND-MI300X-v5', 2024);

const NVADS_A10_V5 = azure('nvadsa10v5-series', 'NVadsA10_v5', 2024);
const ND_GB200_V6 = azure('nd-gb200-v6-series', 'ND GB200-v6', 2025);
const NVADS_NOTE =
  'Microsoft: "Nvidia A10 GPU (24GB)", 1/6 to 2 GPUs; the smaller sizes get 1/6, 1/3 or 1/2 of one A10 ' +
  "(4, 8, 12 GB of its memory), and carbon-budget counts that share of the board's 150 W";

const NCV3_NOTE =
  'Microsoft: "Nvidia Tesla V100 GPU (16GB)"; PCIe is carbon-budget\'s reading; ' +
  'the series was to be retired on 30 September 2025';

export const INSTANCE_TYPES: readonly InstanceType[] = [
  // Amazon Web Services
  {
    provider: 'aws',
    id: 'p3.2xlarge',
    accelerator: 'nvidia-v100-sxm2-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 61,
    cpu: 'broadwell',
    source: AWS_EC2_GUIDE,
    note: P3_NOTE,
  },
  {
    provider: 'aws',
    id: 'p3.8xlarge',
    accelerator: 'nvidia-v100-sxm2-16gb',
    acceleratorsPerInstance: 4,
    vcpus: 32,
    memoryGiB: 244,
    cpu: 'broadwell',
    source: AWS_EC2_GUIDE,
    note: P3_NOTE,
  },
  {
    provider: 'aws',
    id: 'p3.16xlarge',
    accelerator: 'nvidia-v100-sxm2-16gb',
    acceleratorsPerInstance: 8,
    vcpus: 64,
    memoryGiB: 488,
    cpu: 'broadwell',
    source: AWS_EC2_GUIDE,
    note: P3_NOTE,
  },
  {
    provider: 'aws',
    id: 'p3dn.24xlarge',
    accelerator: 'nvidia-v100-sxm2-32gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 768,
    cpu: 'skylake',
    source: AWS_EC2_GUIDE,
    note:
      'V100 32 GB per GPU (AWS Batch GPU-jobs table: 256 GiB across 8 GPUs); ' +
      'SXM2 because the guide says P3 supports NVLink',
  },
  {
    provider: 'aws',
    id: 'p4d.24xlarge',
    accelerator: 'nvidia-a100-sxm4-40gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1152,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note:
      'the guide: "NVIDIA A100 GPUs" with NVSwitch interconnect (hence SXM4); ' +
      '40 GB per GPU from the RAPIDS deployment docs (secondary)',
  },
  {
    provider: 'aws',
    id: 'p4de.24xlarge',
    accelerator: 'nvidia-a100-sxm4-80gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1152,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: 'the guide: "P4de instances offer NVIDIA 80GB-A100s GPUs"',
  },
  {
    provider: 'aws',
    id: 'p5.48xlarge',
    accelerator: 'nvidia-h100-sxm5-80gb',
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note:
      'secondary: count, vCPUs and memory from torchx (also CCF); ' +
      'H100 from the AWS SDK release notes (aws-sdk-cpp 1.11.140, 2023); 80 GB from the RAPIDS deployment docs',
  },
  {
    provider: 'aws',
    id: 'p5e.48xlarge',
    accelerator: 'nvidia-h200-sxm-141gb',
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note:
      'secondary: count, vCPUs and memory from torchx (also CCF); ' +
      'H200 from third-party sources quoting the AWS P5 page, no AWS text seen',
  },
  {
    provider: 'aws',
    id: 'p5en.48xlarge',
    accelerator: 'nvidia-h200-sxm-141gb',
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    source: TORCHX,
    note:
      'secondary: count, vCPUs and memory from torchx (also CCF); ' +
      'H200 141 GB as the AWS API reports it in dstack pull request 4110 (2026)',
  },
  {
    provider: 'aws',
    id: 'g5.xlarge',
    accelerator: 'nvidia-a10g-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: 'epyc-2nd-gen',
    source: AWS_EC2_GUIDE,
    note: G5_NOTE,
  },
  {
    provider: 'aws',
    id: 'g5.2xlarge',
    accelerator: 'nvidia-a10g-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: 'epyc-2nd-gen',
    source: AWS_EC2_GUIDE,
    note: G5_NOTE,
  },
  {
    provider: 'aws',
    id: 'g5.4xlarge',
    accelerator: 'nvidia-a10g-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: 'epyc-2nd-gen',
    source: AWS_EC2_GUIDE,
    note: G5_NOTE,
  },
  {
    provider: 'aws',
    id: 'g5.8xlarge',
    accelerator: 'nvidia-a10g-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: 'epyc-2nd-gen',
    source: AWS_EC2_GUIDE,
    note: G5_NOTE,
  },
  {
    provider: 'aws',
    id: 'g5.12xlarge',
    accelerator: 'nvidia-a10g-24gb',
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: 'epyc-2nd-gen',
    source: AWS_EC2_GUIDE,
    note: G5_NOTE,
  },
  {
    provider: 'aws',
    id: 'g5.16xlarge',
    accelerator: 'nvidia-a10g-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: 'epyc-2nd-gen',
    source: AWS_EC2_GUIDE,
    note: G5_NOTE,
  },
  {
    provider: 'aws',
    id: 'g5.24xlarge',
    accelerator: 'nvidia-a10g-24gb',
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 384,
    cpu: 'epyc-2nd-gen',
    source: AWS_EC2_GUIDE,
    note: G5_NOTE,
  },
  {
    provider: 'aws',
    id: 'g5.48xlarge',
    accelerator: 'nvidia-a10g-24gb',
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 768,
    cpu: 'epyc-2nd-gen',
    source: AWS_EC2_GUIDE,
    note: G5_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6.xlarge',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: 'epyc-3rd-gen',
    source: AWS_BATCH_GPU,
    note: G6_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6.2xlarge',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: 'epyc-3rd-gen',
    source: AWS_BATCH_GPU,
    note: G6_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6.4xlarge',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: 'epyc-3rd-gen',
    source: AWS_BATCH_GPU,
    note: G6_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6.8xlarge',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: 'epyc-3rd-gen',
    source: AWS_BATCH_GPU,
    note: G6_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6.16xlarge',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: 'epyc-3rd-gen',
    source: AWS_BATCH_GPU,
    note: G6_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6.12xlarge',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: 'epyc-3rd-gen',
    source: AWS_BATCH_GPU,
    note: `${G6_NOTE}; ${CCF_AWS}`,
  },
  {
    provider: 'aws',
    id: 'g6.24xlarge',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 384,
    cpu: 'epyc-3rd-gen',
    source: RAPIDS_AWS,
    note: `secondary: count and L4 from the RAPIDS docs; ${CCF_AWS}`,
  },
  {
    provider: 'aws',
    id: 'g6.48xlarge',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 768,
    cpu: 'epyc-3rd-gen',
    source: RAPIDS_AWS,
    note: `secondary: count and L4 from the RAPIDS docs; ${CCF_AWS}`,
  },
  {
    provider: 'aws',
    id: 'trn1.2xlarge',
    accelerator: 'aws-trainium',
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    source: NEURON_TRN1,
  },
  {
    provider: 'aws',
    id: 'trn1.32xlarge',
    accelerator: 'aws-trainium',
    acceleratorsPerInstance: 16,
    vcpus: 128,
    memoryGiB: 512,
    source: NEURON_TRN1,
  },
  {
    provider: 'aws',
    id: 'trn1n.32xlarge',
    accelerator: 'aws-trainium',
    acceleratorsPerInstance: 16,
    vcpus: 128,
    memoryGiB: 512,
    source: NEURON_TRN1,
  },
  {
    provider: 'aws',
    id: 'inf2.xlarge',
    accelerator: 'aws-inferentia2',
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: INF2_NOTE,
  },
  {
    provider: 'aws',
    id: 'inf2.8xlarge',
    accelerator: 'aws-inferentia2',
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: INF2_NOTE,
  },
  {
    provider: 'aws',
    id: 'inf2.24xlarge',
    accelerator: 'aws-inferentia2',
    acceleratorsPerInstance: 6,
    vcpus: 96,
    memoryGiB: 384,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: INF2_NOTE,
  },
  {
    provider: 'aws',
    id: 'inf2.48xlarge',
    accelerator: 'aws-inferentia2',
    acceleratorsPerInstance: 12,
    vcpus: 192,
    memoryGiB: 768,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: INF2_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6e.xlarge',
    accelerator: 'nvidia-l40s-48gb',
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 32,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: G6E_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6e.2xlarge',
    accelerator: 'nvidia-l40s-48gb',
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 64,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: G6E_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6e.4xlarge',
    accelerator: 'nvidia-l40s-48gb',
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 128,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: G6E_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6e.8xlarge',
    accelerator: 'nvidia-l40s-48gb',
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 256,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: G6E_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6e.16xlarge',
    accelerator: 'nvidia-l40s-48gb',
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 512,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: G6E_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6e.12xlarge',
    accelerator: 'nvidia-l40s-48gb',
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 384,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: G6E_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6e.24xlarge',
    accelerator: 'nvidia-l40s-48gb',
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 768,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: G6E_NOTE,
  },
  {
    provider: 'aws',
    id: 'g6e.48xlarge',
    accelerator: 'nvidia-l40s-48gb',
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 1536,
    cpu: 'epyc-3rd-gen',
    source: TORCHX,
    note: G6E_NOTE,
  },

  {
    provider: 'aws',
    id: 'g4dn.xlarge',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE,
  },
  {
    provider: 'aws',
    id: 'g4dn.2xlarge',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE,
  },
  {
    provider: 'aws',
    id: 'g4dn.4xlarge',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE,
  },
  {
    provider: 'aws',
    id: 'g4dn.8xlarge',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE,
  },
  {
    provider: 'aws',
    id: 'g4dn.12xlarge',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE,
  },
  {
    provider: 'aws',
    id: 'g4dn.16xlarge',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE,
  },
  {
    provider: 'aws',
    id: 'g4dn.metal',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 384,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE,
  },
  {
    provider: 'aws',
    id: 'inf1.xlarge',
    accelerator: 'aws-inferentia',
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 8,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE,
  },
  {
    provider: 'aws',
    id: 'inf1.2xlarge',
    accelerator: 'aws-inferentia',
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 16,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE,
  },
  {
    provider: 'aws',
    id: 'inf1.6xlarge',
    accelerator: 'aws-inferentia',
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 48,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE,
  },
  {
    provider: 'aws',
    id: 'inf1.24xlarge',
    accelerator: 'aws-inferentia',
    acceleratorsPerInstance: 16,
    vcpus: 96,
    memoryGiB: 192,
    cpu: 'cascade-lake',
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE,
  },
  {
    provider: 'aws',
    id: 'p2.xlarge',
    accelerator: 'nvidia-k80',
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 61,
    cpu: 'broadwell',
    source: AWS_EC2_GUIDE,
    note: P2_NOTE,
  },
  {
    provider: 'aws',
    id: 'p2.8xlarge',
    accelerator: 'nvidia-k80',
    acceleratorsPerInstance: 8,
    vcpus: 32,
    memoryGiB: 488,
    cpu: 'broadwell',
    source: AWS_EC2_GUIDE,
    note: P2_NOTE,
  },
  {
    provider: 'aws',
    id: 'p2.16xlarge',
    accelerator: 'nvidia-k80',
    acceleratorsPerInstance: 16,
    vcpus: 64,
    memoryGiB: 732,
    cpu: 'broadwell',
    source: AWS_EC2_GUIDE,
    note: P2_NOTE,
  },
  {
    provider: 'aws',
    id: 'trn2.48xlarge',
    accelerator: 'aws-trainium2',
    acceleratorsPerInstance: 16,
    vcpus: 192,
    memoryGiB: 2048,
    source: TRN2,
  },

  // Google Cloud
  {
    provider: 'gcp',
    id: 'a2-highgpu-1g',
    accelerator: 'nvidia-a100-sxm4-40gb',
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 85,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: A2_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a2-highgpu-2g',
    accelerator: 'nvidia-a100-sxm4-40gb',
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 170,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: A2_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a2-highgpu-4g',
    accelerator: 'nvidia-a100-sxm4-40gb',
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 340,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: A2_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a2-highgpu-8g',
    accelerator: 'nvidia-a100-sxm4-40gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 680,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: A2_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a2-megagpu-16g',
    accelerator: 'nvidia-a100-sxm4-40gb',
    acceleratorsPerInstance: 16,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note:
      'Cluster Toolkit gpu_definition.tf (2023) maps megagpu to nvidia-tesla-a100, the 40 GB A100 ' +
      '(ultragpu to nvidia-a100-80gb), count from the "-16g" suffix; ' +
      "SXM4 is carbon-budget's reading; vCPUs and memory not found in a citable source",
  },
  {
    provider: 'gcp',
    id: 'a2-ultragpu-1g',
    accelerator: 'nvidia-a100-sxm4-80gb',
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 170,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note:
      `toolkit: a100-80gb-1 is a2-ultragpu-1g; SXM4 is carbon-budget's reading; vCPUs from ${CCF_GCP}; ` +
      "memory 170 GB, half of a2-ultragpu-2g's 340 GB, as Google's A2 table gives it (read in a third-party " +
      "copy of the table; CCF's 85 GB is the a2-highgpu-1g figure)",
  },
  {
    provider: 'gcp',
    id: 'a2-ultragpu-2g',
    accelerator: 'nvidia-a100-sxm4-80gb',
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 340,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: A2U_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a2-ultragpu-4g',
    accelerator: 'nvidia-a100-sxm4-80gb',
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 680,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: A2U_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a2-ultragpu-8g',
    accelerator: 'nvidia-a100-sxm4-80gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1360,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: A2U_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a3-highgpu-1g',
    accelerator: 'nvidia-h100-sxm5-80gb',
    acceleratorsPerInstance: 1,
    vcpus: 26,
    memoryGiB: 234,
    source: GCP_TOOLKIT,
    note: A3_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a3-highgpu-2g',
    accelerator: 'nvidia-h100-sxm5-80gb',
    acceleratorsPerInstance: 2,
    vcpus: 52,
    memoryGiB: 468,
    source: GCP_TOOLKIT,
    note: A3_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a3-highgpu-4g',
    accelerator: 'nvidia-h100-sxm5-80gb',
    acceleratorsPerInstance: 4,
    vcpus: 104,
    memoryGiB: 936,
    source: GCP_TOOLKIT,
    note: A3_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a3-highgpu-8g',
    accelerator: 'nvidia-h100-sxm5-80gb',
    acceleratorsPerInstance: 8,
    vcpus: 208,
    memoryGiB: 1872,
    source: GCP_TOOLKIT,
    note: A3_NOTE,
  },
  {
    provider: 'gcp',
    id: 'a3-megagpu-8g',
    accelerator: 'nvidia-h100-sxm5-80gb',
    acceleratorsPerInstance: 8,
    vcpus: 208,
    memoryGiB: 1872,
    source: GCP_TOOLKIT,
    note:
      `toolkit: h100-mega-80gb-8 is a3-megagpu-8g ("H100 Mega" is Google's name for the A3 Mega machine's ` +
      `H100 80 GB); SXM5 is carbon-budget's reading; ${CCF_GCP}`,
  },
  {
    provider: 'gcp',
    id: 'a3-ultragpu-8g',
    accelerator: 'nvidia-h200-sxm-141gb',
    acceleratorsPerInstance: 8,
    vcpus: 224,
    memoryGiB: 2952,
    source: GCP_TOOLKIT,
    note: `toolkit: h200-141gb-8 is a3-ultragpu-8g (Cluster Toolkit v1.44.1 release: "8 NVIDIA H200 GPUs"); ${CCF_GCP}`,
  },
  {
    provider: 'gcp',
    id: 'g2-standard-4',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: G2_ONE,
  },
  {
    provider: 'gcp',
    id: 'g2-standard-8',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: G2_ONE,
  },
  {
    provider: 'gcp',
    id: 'g2-standard-12',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 48,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: `toolkit: l4-1 is g2-standard-12; ${CCF_GCP}`,
  },
  {
    provider: 'gcp',
    id: 'g2-standard-16',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: G2_ONE,
  },
  {
    provider: 'gcp',
    id: 'g2-standard-24',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 96,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: `toolkit: l4-2 is g2-standard-24; ${CCF_GCP}`,
  },
  {
    provider: 'gcp',
    id: 'g2-standard-32',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: G2_ONE,
  },
  {
    provider: 'gcp',
    id: 'g2-standard-48',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: `toolkit: l4-4 is g2-standard-48; ${CCF_GCP}`,
  },
  {
    provider: 'gcp',
    id: 'g2-standard-96',
    accelerator: 'nvidia-l4-24gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 384,
    cpu: 'cascade-lake',
    source: GCP_TOOLKIT,
    note: `toolkit: l4-8 is g2-standard-96; ${CCF_GCP}`,
  },

  {
    provider: 'gcp',
    id: 'a4-highgpu-8g',
    accelerator: 'nvidia-b200-180gb',
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note:
      'toolkit: b200-8 is a4-highgpu-8g, and the a4-highgpu family carries nvidia-b200; ' +
      "the HGX B200 board is carbon-budget's reading",
  },
  {
    provider: 'gcp',
    id: 'a4x-highgpu-4g',
    accelerator: 'nvidia-gb200',
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note:
      'toolkit: gb200-4 is a4x-highgpu-4g; the GB200 figure is system-level (Grace CPUs included), ' +
      'so no host is modelled beside it',
  },
  {
    provider: 'gcp',
    id: 'ct4p-hightpu-4t',
    accelerator: 'google-tpu-v4',
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v4-8 is ct4p-hightpu-4t; 4 chips, from the "-4t" suffix',
  },
  {
    provider: 'gcp',
    id: 'ct5p-hightpu-4t',
    accelerator: 'google-tpu-v5p',
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v5p-8 is ct5p-hightpu-4t; 4 chips, from the "-4t" suffix',
  },
  {
    provider: 'gcp',
    id: 'ct5lp-hightpu-1t',
    accelerator: 'google-tpu-v5e',
    acceleratorsPerInstance: 1,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v5litepod-1 is ct5lp-hightpu-1t',
  },
  {
    provider: 'gcp',
    id: 'ct5lp-hightpu-4t',
    accelerator: 'google-tpu-v5e',
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v5litepod-4 is ct5lp-hightpu-4t',
  },
  {
    provider: 'gcp',
    id: 'ct5lp-hightpu-8t',
    accelerator: 'google-tpu-v5e',
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v5litepod-8 is ct5lp-hightpu-8t',
  },
  {
    provider: 'gcp',
    id: 'ct6e-standard-1t',
    accelerator: 'google-tpu-v6e',
    acceleratorsPerInstance: 1,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v6e-1 is ct6e-standard-1t',
  },
  {
    provider: 'gcp',
    id: 'ct6e-standard-4t',
    accelerator: 'google-tpu-v6e',
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v6e-4 is ct6e-standard-4t',
  },
  {
    provider: 'gcp',
    id: 'ct6e-standard-8t',
    accelerator: 'google-tpu-v6e',
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v6e-8 is ct6e-standard-8t',
  },
  {
    provider: 'gcp',
    id: 'tpu7x-standard-4t',
    accelerator: 'google-tpu-v7',
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: tpu7x is tpu7x-standard-4t; 4 chips, from the "-4t" suffix',
  },
  {
    provider: 'gcp',
    id: 'g4-standard-6',
    accelerator: 'nvidia-rtx-pro-6000-96gb',
    acceleratorsPerInstance: 1 / 8,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1/8 is g4-standard-6; ${G4_NOTE}`,
  },
  {
    provider: 'gcp',
    id: 'g4-standard-12',
    accelerator: 'nvidia-rtx-pro-6000-96gb',
    acceleratorsPerInstance: 1 / 4,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1/4 is g4-standard-12; ${G4_NOTE}`,
  },
  {
    provider: 'gcp',
    id: 'g4-standard-24',
    accelerator: 'nvidia-rtx-pro-6000-96gb',
    acceleratorsPerInstance: 1 / 2,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1/2 is g4-standard-24; ${G4_NOTE}`,
  },
  {
    provider: 'gcp',
    id: 'g4-standard-48',
    accelerator: 'nvidia-rtx-pro-6000-96gb',
    acceleratorsPerInstance: 1,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1 is g4-standard-48; ${G4_NOTE}`,
  },
  {
    provider: 'gcp',
    id: 'g4-standard-96',
    accelerator: 'nvidia-rtx-pro-6000-96gb',
    acceleratorsPerInstance: 2,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-2 is g4-standard-96; ${G4_NOTE}`,
  },
  {
    provider: 'gcp',
    id: 'g4-standard-192',
    accelerator: 'nvidia-rtx-pro-6000-96gb',
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-4 is g4-standard-192; ${G4_NOTE}`,
  },
  {
    provider: 'gcp',
    id: 'g4-standard-384',
    accelerator: 'nvidia-rtx-pro-6000-96gb',
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-8 is g4-standard-384; ${G4_NOTE}`,
  },

  // Microsoft Azure
  {
    provider: 'azure',
    id: 'Standard_NC6s_v3',
    accelerator: 'nvidia-v100-pcie-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 6,
    memoryGiB: 112,
    cpu: 'broadwell',
    source: NCV3,
    note: NCV3_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_NC12s_v3',
    accelerator: 'nvidia-v100-pcie-16gb',
    acceleratorsPerInstance: 2,
    vcpus: 12,
    memoryGiB: 224,
    cpu: 'broadwell',
    source: NCV3,
    note: NCV3_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_NC24s_v3',
    accelerator: 'nvidia-v100-pcie-16gb',
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 448,
    cpu: 'broadwell',
    source: NCV3,
    note: NCV3_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_NC24rs_v3',
    accelerator: 'nvidia-v100-pcie-16gb',
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 448,
    cpu: 'broadwell',
    source: NCV3,
    note: NCV3_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_NC24ads_A100_v4',
    accelerator: 'nvidia-a100-pcie-80gb',
    acceleratorsPerInstance: 1,
    vcpus: 24,
    memoryGiB: 220,
    cpu: 'epyc-3rd-gen',
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"',
  },
  {
    provider: 'azure',
    id: 'Standard_NC48ads_A100_v4',
    accelerator: 'nvidia-a100-pcie-80gb',
    acceleratorsPerInstance: 2,
    vcpus: 48,
    memoryGiB: 440,
    cpu: 'epyc-3rd-gen',
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"',
  },
  {
    provider: 'azure',
    id: 'Standard_NC96ads_A100_v4',
    accelerator: 'nvidia-a100-pcie-80gb',
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 880,
    cpu: 'epyc-3rd-gen',
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"',
  },
  {
    provider: 'azure',
    id: 'Standard_NC40ads_H100_v5',
    accelerator: 'nvidia-h100-nvl-94gb',
    acceleratorsPerInstance: 1,
    vcpus: 40,
    memoryGiB: 320,
    source: NCADS_H100_V5,
    note: 'Microsoft: "Nvidia PCIe H100 GPU (94GB)", the H100 NVL board',
  },
  {
    provider: 'azure',
    id: 'Standard_NC80adis_H100_v5',
    accelerator: 'nvidia-h100-nvl-94gb',
    acceleratorsPerInstance: 2,
    vcpus: 80,
    memoryGiB: 640,
    source: NCADS_H100_V5,
    note: 'Microsoft: "Nvidia PCIe H100 GPU (94GB)", the H100 NVL board',
  },
  {
    provider: 'azure',
    id: 'Standard_NC4as_T4_v3',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 28,
    cpu: 'epyc-2nd-gen',
    source: NCAST4_V3,
  },
  {
    provider: 'azure',
    id: 'Standard_NC8as_T4_v3',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 56,
    cpu: 'epyc-2nd-gen',
    source: NCAST4_V3,
  },
  {
    provider: 'azure',
    id: 'Standard_NC16as_T4_v3',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 110,
    cpu: 'epyc-2nd-gen',
    source: NCAST4_V3,
  },
  {
    provider: 'azure',
    id: 'Standard_NC64as_T4_v3',
    accelerator: 'nvidia-t4-16gb',
    acceleratorsPerInstance: 4,
    vcpus: 64,
    memoryGiB: 440,
    cpu: 'epyc-2nd-gen',
    source: NCAST4_V3,
  },
  {
    provider: 'azure',
    id: 'Standard_ND96asr_v4',
    accelerator: 'nvidia-a100-sxm4-40gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 900,
    cpu: 'epyc-2nd-gen',
    source: ND_A100_V4,
    note: 'ND A100 v4. Microsoft: "Nvidia A100 GPU (40GB)"; SXM4 is carbon-budget\'s reading',
  },
  {
    provider: 'azure',
    id: 'Standard_ND96amsr_A100_v4',
    accelerator: 'nvidia-a100-sxm4-80gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1900,
    cpu: 'epyc-2nd-gen',
    source: NDM_A100_V4,
    note: 'NDm A100 v4. Microsoft: "Nvidia A100 GPU (80GB)"; SXM4 is carbon-budget\'s reading',
  },
  {
    provider: 'azure',
    id: 'Standard_ND96isr_H100_v5',
    accelerator: 'nvidia-h100-sxm5-80gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1900,
    source: ND_H100_V5,
    note: 'Microsoft: "Nvidia H100 GPU (80GB)"; SXM5 is carbon-budget\'s reading',
  },
  {
    provider: 'azure',
    id: 'Standard_ND96isr_H200_v5',
    accelerator: 'nvidia-h200-sxm-141gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1850,
    source: ND_H200_V5,
    note: 'Microsoft: "Nvidia H200 GPU (141GB)"; SXM is carbon-budget\'s reading',
  },
  {
    provider: 'azure',
    id: 'Standard_ND96isr_MI300X_v5',
    accelerator: 'amd-mi300x-192gb',
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1850,
    source: ND_MI300X_V5,
    note: 'Microsoft: "AMD Instinct MI300X GPU (192GB)"',
  },
  {
    provider: 'azure',
    id: 'Standard_NV6ads_A10_v5',
    accelerator: 'nvidia-a10-24gb',
    acceleratorsPerInstance: 1 / 6,
    vcpus: 6,
    memoryGiB: 55,
    cpu: 'epyc-3rd-gen',
    source: NVADS_A10_V5,
    note: NVADS_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_NV12ads_A10_v5',
    accelerator: 'nvidia-a10-24gb',
    acceleratorsPerInstance: 1 / 3,
    vcpus: 12,
    memoryGiB: 110,
    cpu: 'epyc-3rd-gen',
    source: NVADS_A10_V5,
    note: NVADS_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_NV18ads_A10_v5',
    accelerator: 'nvidia-a10-24gb',
    acceleratorsPerInstance: 1 / 2,
    vcpus: 18,
    memoryGiB: 220,
    cpu: 'epyc-3rd-gen',
    source: NVADS_A10_V5,
    note: NVADS_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_NV36ads_A10_v5',
    accelerator: 'nvidia-a10-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 36,
    memoryGiB: 440,
    cpu: 'epyc-3rd-gen',
    source: NVADS_A10_V5,
    note: NVADS_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_NV36adms_A10_v5',
    accelerator: 'nvidia-a10-24gb',
    acceleratorsPerInstance: 1,
    vcpus: 36,
    memoryGiB: 880,
    cpu: 'epyc-3rd-gen',
    source: NVADS_A10_V5,
    note: NVADS_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_NV72ads_A10_v5',
    accelerator: 'nvidia-a10-24gb',
    acceleratorsPerInstance: 2,
    vcpus: 72,
    memoryGiB: 880,
    cpu: 'epyc-3rd-gen',
    source: NVADS_A10_V5,
    note: NVADS_NOTE,
  },
  {
    provider: 'azure',
    id: 'Standard_ND128isr_NDR_GB200_v6',
    accelerator: 'nvidia-gb200',
    acceleratorsPerInstance: 4,
    vcpus: 128,
    memoryGiB: 900,
    source: ND_GB200_V6,
    note:
      'Microsoft: 4 accelerators, 192 GB each; the GB200 figure is system-level (Grace CPUs included), ' +
      'so no host is modelled beside it',
  },
];

// Left out:
// - AWS p5.4xlarge and p6-b200.48xlarge: no AWS text giving their GPU count was found (a Red Hat
//   list gives p6-b200.48xlarge 192 vCPUs and 2,048 GiB, but not its GPUs).
// - vCPUs and memory of Google's A4, A4X, G4 and TPU VM machine types (ct4p, ct5p, ct5lp, ct6e,
//   tpu7x): the Cluster Toolkit mapping gives only the accelerators, and no citable table was
//   found, so `host: true` is refused on them.
