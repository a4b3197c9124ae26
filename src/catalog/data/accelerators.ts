// Accelerators and their maximum board power (TDP), from the vendors' datasheets.
//
// TDP is the power the board is rated to draw at most; a busy training job runs close to it,
// which is why the estimate starts from it and scales it by `utilization` when a workload gives
// one. Figures are facts quoted from the cited datasheets (year = the datasheet's date, or the
// year the page was read when it has none); the table itself is MIT-licensed with the project.
//
// Where a vendor publishes no TDP, `rating` says what the figure is instead, and the report prints
// it in place of "TDP": a measured figure (Google's measured maximum for TPU v4; the measured
// average system power per chip of Patterson et al. 2021 for TPU v2 and v3), a whole module's
// maximum (GH200), or a system-level estimate (a rack's or a server's power divided by its
// accelerators, host CPUs and switches included: GB200, GB300, B300, TPU v7). Where the figure was
// found only in a third party's copy of the vendor's text, the source title says "secondary".
// Where no power figure at all was found (AWS Trainium, Trainium2, Inferentia and Inferentia2,
// Google TPU v5e, v5p and v6e), the accelerator is known but has no `tdpW`: a workload must then
// give its measured `power`.

export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly year: number;
  readonly licence: string;
}

export interface Accelerator {
  /** Catalog id a workload writes: vendor-model-variant, lower case. */
  readonly id: string;
  readonly name: string;
  readonly vendor: 'NVIDIA' | 'AMD' | 'Google' | 'Intel' | 'AWS';
  /** Memory per accelerator, GB, where the source states it. */
  readonly memoryGb?: number;
  /** Maximum board power in watts; absent when the vendor publishes none. */
  readonly tdpW?: number;
  /** What `tdpW` is when it is not a rated TDP, e.g. `measured maximum`. */
  readonly rating?: string;
  readonly source: Source;
  readonly note?: string;
  /** Other names for the same board, as `nvidia-smi --query-gpu=name` prints them. */
  readonly aliases?: readonly string[];
}

const FACT = 'factual figure quoted from the vendor datasheet';

const V100: Source = {
  title: 'NVIDIA Tesla V100 GPU Accelerator datasheet',
  publisher: 'NVIDIA',
  url: 'https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf',
  year: 2018,
  licence: FACT,
};
const A100: Source = {
  title: 'NVIDIA A100 Tensor Core GPU datasheet',
  publisher: 'NVIDIA',
  url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
  year: 2021,
  licence: FACT,
};
const H100: Source = {
  title: 'NVIDIA H100 Tensor Core GPU datasheet',
  publisher: 'NVIDIA',
  url: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
  year: 2023,
  licence: FACT,
};
const H200: Source = {
  title: 'NVIDIA H200 Tensor Core GPU datasheet',
  publisher: 'NVIDIA',
  url: 'https://resources.nvidia.com/en-us-data-center-overview-mc/en-us-data-center-overview/hpc-datasheet-sc23-h200',
  year: 2024,
  licence: FACT,
};
const L4: Source = {
  title: 'NVIDIA L4 Tensor Core GPU datasheet',
  publisher: 'NVIDIA',
  url: 'https://resources.nvidia.com/en-us-data-center-overview/l4-gpu-datasheet',
  year: 2023,
  licence: FACT,
};
const L40S: Source = {
  title: 'NVIDIA L40S GPU datasheet',
  publisher: 'NVIDIA',
  url: 'https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413',
  year: 2023,
  licence: FACT,
};
const T4: Source = {
  title: 'NVIDIA T4 Tensor Core GPU datasheet',
  publisher: 'NVIDIA',
  url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf',
  year: 2019,
  licence: FACT,
};
const A10: Source = {
  title: 'NVIDIA A10 Tensor Core GPU datasheet',
  publisher: 'NVIDIA',
  url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/a10-datasheet.pdf',
  year: 2021,
  licence: FACT,
};

const A10G: Source = {
  title: 'nvidia-smi power limit reported on Amazon EC2 G5 instances (NVIDIA publishes no A10G datasheet)',
  publisher: 'AWS / NVIDIA driver, as observed',
  url: 'https://aws.amazon.com/ec2/instance-types/g5/',
  year: 2023,
  licence: 'observed device value',
};
const H100_NVL: Source = {
  title: 'NVIDIA H100 NVL product brief / H100 datasheet',
  publisher: 'NVIDIA',
  url: 'https://www.nvidia.com/en-us/data-center/h100/',
  year: 2023,
  licence: FACT,
};
const H200_NVL: Source = { ...H200, title: 'NVIDIA H200 Tensor Core GPU datasheet (H200 NVL column)' };
const B200: Source = {
  title: 'NVIDIA Blackwell datasheet (HGX B200)',
  publisher: 'NVIDIA',
  url: 'https://resources.nvidia.com/en-us-blackwell-architecture/datasheet',
  year: 2024,
  licence: FACT,
};
const MI300X: Source = {
  title: 'AMD Instinct MI300X accelerator specifications',
  publisher: 'AMD',
  url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
  year: 2023,
  licence: FACT,
};

const GOOGLE_TPU_V4: Source = {
  title: 'Cloud TPU documentation: TPU v4 (key specifications: "Measured min/mean/max power 90/170/192 W")',
  publisher: 'Google Cloud',
  url: 'https://cloud.google.com/tpu/docs/v4',
  year: 2026,
  licence: 'factual figure quoted from the provider documentation',
};
const googleTpu = (version: string): Source => ({
  title: `Cloud TPU documentation: TPU ${version} (the specifications give no power figure)`,
  publisher: 'Google Cloud',
  url: `https://cloud.google.com/tpu/docs/${version}`,
  year: 2026,
  licence: 'factual figures quoted from the provider documentation',
});
const neuron = (chip: string): Source => ({
  title: `AWS Neuron documentation: ${chip} architecture (compute and memory; no power figure)`,
  publisher: 'Amazon Web Services',
  url: `https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/${chip.toLowerCase()}.html`,
  year: 2026,
  licence: 'factual figures quoted from the provider documentation',
});
const GAUDI_HOT_CHIPS: Source = {
  title:
    'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference (Hot Chips 2024), "TDP (OAM)" row; ' +
    'secondary: read in a third-party copy of the slides',
  publisher: 'Intel',
  url: 'https://www.sgpjbg.com/baogao/465025.html',
  year: 2024,
  licence: 'factual figure quoted',
};
const GAUDI3_HL_SMI: Source = {
  title:
    'Intel Gaudi documentation: System Management Interface Tool (hl-smi), ' +
    '"For Gaudi 3: … Maximum power limit: 850W"',
  publisher: 'Intel',
  url: 'https://docs.habana.ai/en/latest/Management_and_Monitoring/Embedded_System_Tools_Guide/System_Management_Interface_Tool.html',
  year: 2026,
  licence: 'factual figure quoted from the vendor documentation',
};
const GH200: Source = {
  title:
    'NVIDIA GH200 Grace Hopper Superchip datasheet, "Power (Memory + CPU + GPU): Configurable 450 to 1000W"; ' +
    'secondary: read in a transcription of the datasheet',
  publisher: 'NVIDIA',
  url: 'https://nvdam.widen.net/s/rrgqqnpbz8/grace-datasheet-gh200-grace-hopper-superchip-3773000',
  year: 2024,
  licence: 'factual figure quoted',
};
const MI250X: Source = {
  title:
    'AMD Instinct MI250X product page: 500 W TDP, 560 W peak total board power; ' +
    'secondary: quoted by third parties, the AMD page not read',
  publisher: 'AMD',
  url: 'https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html',
  year: 2021,
  licence: 'factual figure quoted',
};

// Figures added for the hardware of 2026. Most were read in third parties' copies of the vendor's
// text, and say so; each `rating` says what a figure is when it is not a board TDP.

/** A vendor's figure read in a third party's copy: `url` is where it was read. */
const secondary = (title: string, publisher: string, url: string, year: number, readIn: string): Source => ({
  title: `${title}; secondary: read in ${readIn}`,
  publisher,
  url,
  year,
  licence: 'factual figure quoted',
});

const K80 = secondary(
  'NVIDIA Tesla K80 board specification (BD-07317-001): two GK210 GPUs with 12 GB each, TDP 300 W per board',
  'NVIDIA',
  'https://www.anandtech.com/show/8729/nvidia-launches-tesla-k80-gk210-gpu',
  2014,
  'AnandTech\'s launch table ("TDP 300W"); ComputerBase gives "Max. Power 300 W"',
);
const P100 = secondary(
  'NVIDIA Tesla P100 PCIe (12 GB and 16 GB HBM2): 250 W',
  'NVIDIA',
  'https://github.com/Cambridge-Sustainable-Computing-Lab/Green-Algorithms-data/blob/' +
    '4a0c3fc736b13b301faa03b840031fba9f464324/v3.1/chips/manual/GPUs-manual.csv',
  2016,
  "Green Algorithms' GPU table v3.1 (from TechPowerUp); ML CO2 Impact's data/gpus.csv also gives 250 W",
);
const A40 = secondary(
  'NVIDIA A40 datasheet: "Max power consumption 300 W", 48 GB GDDR6',
  'NVIDIA',
  'https://www.ecer.com/corp/details-uuuedqa-p1bsay9-multi-display-setups-supported-by-48gb-gddr6-ecc-memory-' +
    'nvidia-a40-gpu-and-vga-outputs.html',
  2021,
  "a reseller's copy of the datasheet table",
);
const L40 = secondary(
  'NVIDIA L40 / L40S datasheet: "Max Power Consumption 300W | 350W", 48 GB GDDR6',
  'NVIDIA',
  'https://www.mullet.se/product.html?product_id=355414',
  2022,
  "a reseller's copy of NVIDIA's L40/L40S table",
);
const RTX_6000_ADA = secondary(
  'NVIDIA RTX 6000 Ada Generation: 48 GB GDDR6, limited to 300 W',
  'NVIDIA',
  'https://www.heise.de/news/Nvidia-RTX-6000-Die-schnellere-GeForce-RTX-4090-mit-doppelt-Speicher-7363725.html',
  2022,
  "heise online (December 2022), from NVIDIA's and its board partners' specifications",
);
const RTX_PRO_6000 = secondary(
  'NVIDIA RTX PRO 6000 Blackwell: 96 GB GDDR7, 600 W board power',
  'NVIDIA',
  'https://hardware-corner.net/rtx-5090-vs-rtx-pro-6000-spec-comparison-20250321',
  2025,
  'Hardware Corner (March 2025); VideoCardz also gives 600 W',
);
const H20 = secondary(
  'NVIDIA H20: 96 GB HBM3, 400 W TDP',
  'NVIDIA',
  'https://www.tweaktown.com/news/95224/nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-' +
    'destined-for-china/index.html',
  2024,
  "TweakTown, from NVIDIA's detailed specifications",
);
const DGX_B300 = secondary(
  'NVIDIA DGX B300 documentation: system power 14.5 kW for 8 B300 GPUs (DGX B200: 14.3 kW)',
  'NVIDIA',
  'https://thedailyscout.com/s/mS-qfkbCluI',
  2025,
  "a report quoting NVIDIA's DGX documentation (docs.nvidia.com)",
);
const GB200_NVL72 = secondary(
  'NVIDIA GB200 NVL72: 72 Blackwell GPUs and 36 Grace CPUs in one rack drawing about 120 kW',
  'NVIDIA',
  'https://awesomeagents.ai/hardware/nvidia-gb200-nvl72',
  2025,
  'a rack-scale specification summary ("~120kW power draw")',
);
const GB300_NVL72 = secondary(
  'NVIDIA GB300 NVL72: 72 Blackwell Ultra GPUs and 36 Grace CPUs in one rack drawing about 120 kW',
  'NVIDIA',
  'https://introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters',
  2025,
  'Introl\'s deployment notes ("draws approximately 120 kW", NVIDIA 2025)',
);
const MI210 = secondary(
  'AMD Instinct MI210 (PCIe): 64 GB HBM2e, 300 W TDP',
  'AMD',
  'https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card',
  2022,
  "AnandTech's launch table (March 2022)",
);
const MI350 = secondary(
  'AMD Instinct MI350 series: 288 GB HBM3E; MI350X 1,000 W and MI355X 1,400 W',
  'AMD',
  'https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts',
  2025,
  "Tom's Hardware (June 2025), reporting AMD at ISC 2025; The Register gives the same",
);
const PATTERSON_2021: Source = {
  title:
    'Patterson et al. 2021, "Carbon Emissions and Large Neural Network Training", Table 4: ' +
    'measured average system power per processor (TPU v2: 208 W; TPU v3: 310, 289, 288 and 245 W)',
  publisher: 'Google / UC Berkeley (arXiv:2104.10350)',
  url: 'https://arxiv.org/abs/2104.10350',
  year: 2021,
  licence: 'factual figure quoted from the paper',
};
const IRONWOOD = secondary(
  'Google Ironwood (TPU v7) at Hot Chips 2025: up to 9,216 chips per pod, 10 MW',
  'Google',
  'https://afnnews.qaasid.com/143260',
  2025,
  'a republished live report of the Hot Chips 2025 talk ("with 10MW of power consumption")',
);

const NO_POWER = 'the vendor publishes no power figure: give the measured average draw per chip with `power`';

export const ACCELERATORS: readonly Accelerator[] = [
  {
    id: 'nvidia-v100-sxm2-16gb',
    aliases: ['Tesla V100-SXM2-16GB'],
    name: 'NVIDIA V100 SXM2 16 GB',
    vendor: 'NVIDIA',
    memoryGb: 16,
    tdpW: 300,
    source: V100,
  },
  {
    id: 'nvidia-v100-sxm2-32gb',
    aliases: ['Tesla V100-SXM2-32GB'],
    name: 'NVIDIA V100 SXM2 32 GB',
    vendor: 'NVIDIA',
    memoryGb: 32,
    tdpW: 300,
    source: V100,
  },
  {
    id: 'nvidia-v100-pcie-16gb',
    aliases: ['Tesla V100-PCIE-16GB'],
    name: 'NVIDIA V100 PCIe 16 GB',
    vendor: 'NVIDIA',
    memoryGb: 16,
    tdpW: 250,
    source: V100,
  },
  {
    id: 'nvidia-v100-pcie-32gb',
    aliases: ['Tesla V100-PCIE-32GB'],
    name: 'NVIDIA V100 PCIe 32 GB',
    vendor: 'NVIDIA',
    memoryGb: 32,
    tdpW: 250,
    source: V100,
  },
  {
    id: 'nvidia-a100-sxm4-40gb',
    aliases: ['NVIDIA A100-SXM4-40GB'],
    name: 'NVIDIA A100 SXM4 40 GB',
    vendor: 'NVIDIA',
    memoryGb: 40,
    tdpW: 400,
    source: A100,
  },
  {
    id: 'nvidia-a100-sxm4-80gb',
    aliases: ['NVIDIA A100-SXM4-80GB'],
    name: 'NVIDIA A100 SXM4 80 GB',
    vendor: 'NVIDIA',
    memoryGb: 80,
    tdpW: 400,
    source: A100,
  },
  {
    id: 'nvidia-a100-pcie-40gb',
    aliases: ['NVIDIA A100-PCIE-40GB'],
    name: 'NVIDIA A100 PCIe 40 GB',
    vendor: 'NVIDIA',
    memoryGb: 40,
    tdpW: 250,
    source: A100,
  },
  {
    id: 'nvidia-a100-pcie-80gb',
    aliases: ['NVIDIA A100 80GB PCIe'],
    name: 'NVIDIA A100 PCIe 80 GB',
    vendor: 'NVIDIA',
    memoryGb: 80,
    tdpW: 300,
    source: A100,
  },
  {
    id: 'nvidia-h100-sxm5-80gb',
    aliases: ['NVIDIA H100 80GB HBM3'],
    name: 'NVIDIA H100 SXM5 80 GB',
    vendor: 'NVIDIA',
    memoryGb: 80,
    tdpW: 700,
    source: H100,
    note: 'datasheet: up to 700 W (configurable)',
  },
  {
    id: 'nvidia-h100-pcie-80gb',
    aliases: ['NVIDIA H100 PCIe'],
    name: 'NVIDIA H100 PCIe 80 GB',
    vendor: 'NVIDIA',
    memoryGb: 80,
    tdpW: 350,
    source: H100,
    note: 'datasheet: 300-350 W (configurable); the maximum is used',
  },
  {
    id: 'nvidia-h100-nvl-94gb',
    aliases: ['NVIDIA H100 NVL'],
    name: 'NVIDIA H100 NVL 94 GB',
    vendor: 'NVIDIA',
    memoryGb: 94,
    tdpW: 400,
    source: H100_NVL,
    note: 'datasheet: 350-400 W (configurable); the maximum is used',
  },
  {
    id: 'nvidia-h200-sxm-141gb',
    aliases: ['NVIDIA H200'],
    name: 'NVIDIA H200 SXM 141 GB',
    vendor: 'NVIDIA',
    memoryGb: 141,
    tdpW: 700,
    source: H200,
    note: 'datasheet: up to 700 W (configurable)',
  },
  {
    id: 'nvidia-h200-nvl-141gb',
    aliases: ['NVIDIA H200 NVL'],
    name: 'NVIDIA H200 NVL 141 GB',
    vendor: 'NVIDIA',
    memoryGb: 141,
    tdpW: 600,
    source: H200_NVL,
    note: 'datasheet: up to 600 W (configurable)',
  },
  {
    id: 'nvidia-b200-180gb',
    aliases: ['NVIDIA B200'],
    name: 'NVIDIA B200 180 GB (HGX)',
    vendor: 'NVIDIA',
    memoryGb: 180,
    tdpW: 1000,
    source: B200,
    note: 'HGX B200 configuration; up to 1,200 W in GB200 systems',
  },
  {
    id: 'nvidia-l4-24gb',
    aliases: ['NVIDIA L4'],
    name: 'NVIDIA L4 24 GB',
    vendor: 'NVIDIA',
    memoryGb: 24,
    tdpW: 72,
    source: L4,
  },
  {
    id: 'nvidia-l40s-48gb',
    aliases: ['NVIDIA L40S'],
    name: 'NVIDIA L40S 48 GB',
    vendor: 'NVIDIA',
    memoryGb: 48,
    tdpW: 350,
    source: L40S,
  },
  {
    id: 'nvidia-t4-16gb',
    aliases: ['Tesla T4'],
    name: 'NVIDIA T4 16 GB',
    vendor: 'NVIDIA',
    memoryGb: 16,
    tdpW: 70,
    source: T4,
  },
  {
    id: 'nvidia-a10-24gb',
    aliases: ['NVIDIA A10'],
    name: 'NVIDIA A10 24 GB',
    vendor: 'NVIDIA',
    memoryGb: 24,
    tdpW: 150,
    source: A10,
  },
  {
    id: 'nvidia-a10g-24gb',
    aliases: ['NVIDIA A10G'],
    name: 'NVIDIA A10G 24 GB (AWS)',
    vendor: 'NVIDIA',
    memoryGb: 24,
    tdpW: 300,
    source: A10G,
    note:
      'no vendor datasheet; 300 W is the power cap nvidia-smi reports on g5 instances. ' +
      'Some tools use 150 W, the A10 figure.',
  },
  {
    id: 'amd-mi300x-192gb',
    aliases: ['AMD Instinct MI300X'],
    name: 'AMD Instinct MI300X 192 GB',
    vendor: 'AMD',
    memoryGb: 192,
    tdpW: 750,
    source: MI300X,
    note: 'total board power, 750 W peak',
  },
  {
    id: 'amd-mi250x-128gb',
    aliases: ['AMD Instinct MI250X'],
    name: 'AMD Instinct MI250X 128 GB',
    vendor: 'AMD',
    memoryGb: 128,
    tdpW: 560,
    rating: 'peak total board power',
    source: MI250X,
    note: '560 W peak total board power; the TDP is 500 W',
  },
  {
    id: 'nvidia-gh200',
    aliases: ['NVIDIA GH200'],
    name: 'NVIDIA GH200 Grace Hopper Superchip',
    vendor: 'NVIDIA',
    tdpW: 1000,
    rating: 'module maximum, CPU and memory included',
    source: GH200,
    note:
      'configurable 450-1,000 W for the whole superchip (Grace CPU, Hopper GPU and memory); ' +
      'the maximum is used, and it already covers the host CPU',
  },
  {
    id: 'google-tpu-v4',
    aliases: ['TPU v4'],
    name: 'Google TPU v4',
    vendor: 'Google',
    tdpW: 192,
    rating: 'measured maximum',
    source: GOOGLE_TPU_V4,
    note:
      'Google publishes no TDP; measured per chip: 90 W minimum, 170 W mean, 192 W maximum. ' +
      '`power: 170 W` uses the mean',
  },
  {
    id: 'google-tpu-v5e',
    aliases: ['TPU v5e', 'TPU v5 lite'],
    name: 'Google TPU v5e',
    vendor: 'Google',
    source: googleTpu('v5e'),
    note: NO_POWER,
  },
  {
    id: 'google-tpu-v5p',
    aliases: ['TPU v5p'],
    name: 'Google TPU v5p',
    vendor: 'Google',
    source: googleTpu('v5p'),
    note: NO_POWER,
  },
  {
    id: 'google-tpu-v6e',
    aliases: ['TPU v6e', 'Trillium'],
    name: 'Google TPU v6e (Trillium)',
    vendor: 'Google',
    memoryGb: 32,
    source: googleTpu('v6e'),
    note: NO_POWER,
  },
  {
    id: 'nvidia-k80',
    aliases: ['Tesla K80'],
    name: 'NVIDIA Tesla K80 (one of its two GPUs)',
    vendor: 'NVIDIA',
    memoryGb: 12,
    tdpW: 150,
    rating: "half the board's 300 W TDP",
    source: K80,
    note:
      'a K80 board carries two GPUs and nvidia-smi (and AWS p2, Azure NC) count each as one: ' +
      'count GPUs, and each draws half the board TDP, 300 W / 2 = 150 W',
  },
  {
    id: 'nvidia-p100-pcie-16gb',
    aliases: ['Tesla P100-PCIE-16GB'],
    name: 'NVIDIA Tesla P100 PCIe 16 GB',
    vendor: 'NVIDIA',
    memoryGb: 16,
    tdpW: 250,
    source: P100,
  },
  {
    id: 'nvidia-p100-pcie-12gb',
    aliases: ['Tesla P100-PCIE-12GB'],
    name: 'NVIDIA Tesla P100 PCIe 12 GB',
    vendor: 'NVIDIA',
    memoryGb: 12,
    tdpW: 250,
    source: P100,
  },
  {
    id: 'nvidia-a40-48gb',
    aliases: ['NVIDIA A40'],
    name: 'NVIDIA A40 48 GB',
    vendor: 'NVIDIA',
    memoryGb: 48,
    tdpW: 300,
    source: A40,
  },
  {
    id: 'nvidia-l40-48gb',
    aliases: ['NVIDIA L40'],
    name: 'NVIDIA L40 48 GB',
    vendor: 'NVIDIA',
    memoryGb: 48,
    tdpW: 300,
    source: L40,
  },
  {
    id: 'nvidia-rtx-6000-ada-48gb',
    aliases: ['NVIDIA RTX 6000 Ada Generation'],
    name: 'NVIDIA RTX 6000 Ada Generation 48 GB',
    vendor: 'NVIDIA',
    memoryGb: 48,
    tdpW: 300,
    source: RTX_6000_ADA,
  },
  {
    id: 'nvidia-rtx-pro-6000-96gb',
    aliases: ['NVIDIA RTX PRO 6000 Blackwell Server Edition', 'NVIDIA RTX PRO 6000 Blackwell Workstation Edition'],
    name: 'NVIDIA RTX PRO 6000 Blackwell 96 GB',
    vendor: 'NVIDIA',
    memoryGb: 96,
    tdpW: 600,
    source: RTX_PRO_6000,
  },
  {
    id: 'nvidia-h20-96gb',
    aliases: ['NVIDIA H20'],
    name: 'NVIDIA H20 96 GB',
    vendor: 'NVIDIA',
    memoryGb: 96,
    tdpW: 400,
    source: H20,
  },
  {
    id: 'nvidia-b300-288gb',
    aliases: ['NVIDIA B300', 'NVIDIA B300 SXM6 AC'],
    name: 'NVIDIA B300 288 GB (Blackwell Ultra, DGX/HGX)',
    vendor: 'NVIDIA',
    tdpW: 1812.5,
    rating: 'system-level estimate: DGX B300 maximum / 8 GPUs, host included',
    source: DGX_B300,
    note:
      'no per-GPU figure found; 14,500 W / 8 = 1,812.5 W covers the whole server (CPUs, memory, ' +
      'network, fans), so it overstates the GPU alone',
  },
  {
    id: 'nvidia-gb200',
    aliases: ['NVIDIA GB200'],
    name: 'NVIDIA GB200 (one Blackwell GPU of a GB200 NVL72)',
    vendor: 'NVIDIA',
    tdpW: 1667,
    rating: 'system-level estimate: NVL72 rack power / 72 GPUs, Grace CPUs and switches included',
    source: GB200_NVL72,
    note:
      'count GPUs (a GB200 superchip carries two); about 120 kW / 72 = 1,667 W per GPU (rounded), ' +
      'which already covers the Grace CPUs, NVLink switches and the rest of the rack',
  },
  {
    id: 'nvidia-gb300',
    aliases: ['NVIDIA GB300'],
    name: 'NVIDIA GB300 (one Blackwell Ultra GPU of a GB300 NVL72)',
    vendor: 'NVIDIA',
    tdpW: 1667,
    rating: 'system-level estimate: NVL72 rack power / 72 GPUs, Grace CPUs and switches included',
    source: GB300_NVL72,
    note: 'count GPUs; about 120 kW / 72 = 1,667 W per GPU (rounded), the rest of the rack included',
  },
  {
    id: 'amd-mi210-64gb',
    aliases: ['AMD Instinct MI210'],
    name: 'AMD Instinct MI210 64 GB',
    vendor: 'AMD',
    memoryGb: 64,
    tdpW: 300,
    source: MI210,
  },
  {
    id: 'amd-mi350x-288gb',
    aliases: ['AMD Instinct MI350X'],
    name: 'AMD Instinct MI350X 288 GB',
    vendor: 'AMD',
    memoryGb: 288,
    tdpW: 1000,
    rating: 'total board power',
    source: MI350,
  },
  {
    id: 'amd-mi355x-288gb',
    aliases: ['AMD Instinct MI355X'],
    name: 'AMD Instinct MI355X 288 GB',
    vendor: 'AMD',
    memoryGb: 288,
    tdpW: 1400,
    rating: 'total board power',
    source: MI350,
  },
  {
    id: 'google-tpu-v2',
    aliases: ['TPU v2'],
    name: 'Google TPU v2',
    vendor: 'Google',
    tdpW: 208,
    rating: 'measured average system power per chip (one training run)',
    source: PATTERSON_2021,
    note:
      'Google publishes no TDP; 208 W is the measured average of the Evolved Transformer search ' +
      'on TPU v2 (Patterson et al. 2021), the only TPU v2 run the paper measures',
  },
  {
    id: 'google-tpu-v3',
    aliases: ['TPU v3'],
    name: 'Google TPU v3',
    vendor: 'Google',
    tdpW: 310,
    rating: 'measured average system power per chip (highest of four training runs)',
    source: PATTERSON_2021,
    note:
      'Google publishes no TDP; Patterson et al. 2021 measured 310 W (T5), 289 W (Meena), ' +
      '288 W (GShard) and 245 W (Switch) per chip: the highest is used',
  },
  {
    id: 'google-tpu-v7',
    aliases: ['TPU v7', 'TPU7x', 'Ironwood'],
    name: 'Google TPU v7 (Ironwood)',
    vendor: 'Google',
    tdpW: 1085,
    rating: 'system-level estimate: superpod power / 9,216 chips',
    source: IRONWOOD,
    note:
      "about 10 MW / 9,216 chips = 1,085 W per chip (rounded), the pod's hosts and network included; " +
      'whether the 10 MW counts cooling was not stated',
  },
  {
    id: 'intel-gaudi2',
    aliases: ['Gaudi 2', 'HL-225H'],
    name: 'Intel Gaudi 2 (OAM)',
    vendor: 'Intel',
    tdpW: 600,
    source: GAUDI_HOT_CHIPS,
    note: "Intel's datasheet was not found; 600 W is the OAM TDP on Intel's Hot Chips 2024 slide",
  },
  {
    id: 'intel-gaudi3',
    aliases: ['Gaudi 3'],
    name: 'Intel Gaudi 3 (OAM)',
    vendor: 'Intel',
    tdpW: 850,
    rating: 'maximum power limit',
    source: GAUDI3_HL_SMI,
    note:
      'hl-smi caps Gaudi 3 at 850 W (settable from 450 W); ' +
      "Intel's Hot Chips 2024 slide gives 900 W for the air-cooled OAM module and 1,200 W liquid-cooled",
  },
  {
    id: 'aws-trainium',
    aliases: ['Trainium', 'Trainium1'],
    name: 'AWS Trainium (Trn1)',
    vendor: 'AWS',
    memoryGb: 32,
    source: neuron('Trainium'),
    note: NO_POWER,
  },
  {
    id: 'aws-inferentia2',
    aliases: ['Inferentia2', 'Inferentia 2'],
    name: 'AWS Inferentia2 (Inf2)',
    vendor: 'AWS',
    memoryGb: 32,
    source: neuron('Inferentia2'),
    note: NO_POWER,
  },
  {
    id: 'aws-trainium2',
    aliases: ['Trainium2', 'Trainium 2'],
    name: 'AWS Trainium2 (Trn2)',
    vendor: 'AWS',
    source: neuron('Trainium2'),
    note: NO_POWER,
  },
  {
    id: 'aws-inferentia',
    aliases: ['Inferentia', 'Inferentia1', 'Inferentia 1'],
    name: 'AWS Inferentia (Inf1)',
    vendor: 'AWS',
    source: neuron('Inferentia'),
    note: NO_POWER,
  },
];
