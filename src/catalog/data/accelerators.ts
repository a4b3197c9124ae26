// Accelerators and their maximum board power (TDP), from the vendors' datasheets.
//
// TDP is the power the board is rated to draw at most; a busy training job runs close to it,
// which is why the estimate starts from it and scales it by `utilization` when a workload gives
// one. Figures are facts quoted from the cited datasheets (year = the datasheet's date); the table
// itself is MIT-licensed with the project.

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
  readonly memoryGb: number;
  /** Maximum board power in watts. */
  readonly tdpW: number;
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

export const ACCELERATORS: readonly Accelerator[] = [
  { id: 'nvidia-v100-sxm2-16gb', aliases: ['Tesla V100-SXM2-16GB'], name: 'NVIDIA V100 SXM2 16 GB', vendor: 'NVIDIA', memoryGb: 16, tdpW: 300, source: V100 },
  { id: 'nvidia-v100-sxm2-32gb', aliases: ['Tesla V100-SXM2-32GB'], name: 'NVIDIA V100 SXM2 32 GB', vendor: 'NVIDIA', memoryGb: 32, tdpW: 300, source: V100 },
  { id: 'nvidia-v100-pcie-16gb', aliases: ['Tesla V100-PCIE-16GB'], name: 'NVIDIA V100 PCIe 16 GB', vendor: 'NVIDIA', memoryGb: 16, tdpW: 250, source: V100 },
  { id: 'nvidia-v100-pcie-32gb', aliases: ['Tesla V100-PCIE-32GB'], name: 'NVIDIA V100 PCIe 32 GB', vendor: 'NVIDIA', memoryGb: 32, tdpW: 250, source: V100 },
  { id: 'nvidia-a100-sxm4-40gb', aliases: ['NVIDIA A100-SXM4-40GB'], name: 'NVIDIA A100 SXM4 40 GB', vendor: 'NVIDIA', memoryGb: 40, tdpW: 400, source: A100 },
  { id: 'nvidia-a100-sxm4-80gb', aliases: ['NVIDIA A100-SXM4-80GB'], name: 'NVIDIA A100 SXM4 80 GB', vendor: 'NVIDIA', memoryGb: 80, tdpW: 400, source: A100 },
  { id: 'nvidia-a100-pcie-40gb', aliases: ['NVIDIA A100-PCIE-40GB'], name: 'NVIDIA A100 PCIe 40 GB', vendor: 'NVIDIA', memoryGb: 40, tdpW: 250, source: A100 },
  { id: 'nvidia-a100-pcie-80gb', aliases: ['NVIDIA A100 80GB PCIe'], name: 'NVIDIA A100 PCIe 80 GB', vendor: 'NVIDIA', memoryGb: 80, tdpW: 300, source: A100 },
  { id: 'nvidia-h100-sxm5-80gb', aliases: ['NVIDIA H100 80GB HBM3'], name: 'NVIDIA H100 SXM5 80 GB', vendor: 'NVIDIA', memoryGb: 80, tdpW: 700, source: H100, note: 'datasheet: up to 700 W (configurable)' },
  { id: 'nvidia-h100-pcie-80gb', aliases: ['NVIDIA H100 PCIe'], name: 'NVIDIA H100 PCIe 80 GB', vendor: 'NVIDIA', memoryGb: 80, tdpW: 350, source: H100, note: 'datasheet: 300-350 W (configurable); the maximum is used' },
  { id: 'nvidia-h100-nvl-94gb', aliases: ['NVIDIA H100 NVL'], name: 'NVIDIA H100 NVL 94 GB', vendor: 'NVIDIA', memoryGb: 94, tdpW: 400, source: H100_NVL, note: 'datasheet: 350-400 W (configurable); the maximum is used' },
  { id: 'nvidia-h200-sxm-141gb', aliases: ['NVIDIA H200'], name: 'NVIDIA H200 SXM 141 GB', vendor: 'NVIDIA', memoryGb: 141, tdpW: 700, source: H200, note: 'datasheet: up to 700 W (configurable)' },
  { id: 'nvidia-h200-nvl-141gb', aliases: ['NVIDIA H200 NVL'], name: 'NVIDIA H200 NVL 141 GB', vendor: 'NVIDIA', memoryGb: 141, tdpW: 600, source: H200_NVL, note: 'datasheet: up to 600 W (configurable)' },
  { id: 'nvidia-b200-180gb', aliases: ['NVIDIA B200'], name: 'NVIDIA B200 180 GB (HGX)', vendor: 'NVIDIA', memoryGb: 180, tdpW: 1000, source: B200, note: 'HGX B200 configuration; up to 1,200 W in GB200 systems' },
  { id: 'nvidia-l4-24gb', aliases: ['NVIDIA L4'], name: 'NVIDIA L4 24 GB', vendor: 'NVIDIA', memoryGb: 24, tdpW: 72, source: L4 },
  { id: 'nvidia-l40s-48gb', aliases: ['NVIDIA L40S'], name: 'NVIDIA L40S 48 GB', vendor: 'NVIDIA', memoryGb: 48, tdpW: 350, source: L40S },
  { id: 'nvidia-t4-16gb', aliases: ['Tesla T4'], name: 'NVIDIA T4 16 GB', vendor: 'NVIDIA', memoryGb: 16, tdpW: 70, source: T4 },
  { id: 'nvidia-a10-24gb', aliases: ['NVIDIA A10'], name: 'NVIDIA A10 24 GB', vendor: 'NVIDIA', memoryGb: 24, tdpW: 150, source: A10 },
  {
    id: 'nvidia-a10g-24gb', aliases: ['NVIDIA A10G'], name: 'NVIDIA A10G 24 GB (AWS)', vendor: 'NVIDIA', memoryGb: 24, tdpW: 300, source: A10G,
    note: 'no vendor datasheet; 300 W is the power cap nvidia-smi reports on g5 instances. Some tools use 150 W, the A10 figure.',
  },
  { id: 'amd-mi300x-192gb', aliases: ['AMD Instinct MI300X'], name: 'AMD Instinct MI300X 192 GB', vendor: 'AMD', memoryGb: 192, tdpW: 750, source: MI300X, note: 'total board power, 750 W peak' },
];
