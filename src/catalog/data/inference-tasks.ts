// Default energy per request by task, for teams who know what their service does but have not
// measured its energy: the mean energy per 1,000 inferences that Luccioni, Jernite and Strubell
// measured across the models they tested for each task, "Power Hungry Processing: Watts Driving
// the Cost of AI Deployment?", ACM FAccT 2024, Table 2 (arXiv:2311.16863). The figures are facts
// cited from the paper (which is not openly licensed); they vary widely between models, so a
// measured `energy-per-request` is always better.

export interface TaskDefault {
  /** kWh per 1,000 inferences, the paper's unit (numerically equal to Wh per inference). */
  readonly kwhPer1000: number;
  readonly label: string;
}

export const TASK_SOURCE = {
  source:
    'Luccioni, Jernite and Strubell, "Power Hungry Processing", FAccT 2024, Table 2: mean kWh per 1,000 inferences',
  url: 'https://arxiv.org/abs/2311.16863',
  year: 2024,
} as const;

export const INFERENCE_TASKS = {
  'text-classification': { kwhPer1000: 0.002, label: 'text classification' },
  'extractive-qa': { kwhPer1000: 0.003, label: 'extractive question answering' },
  'masked-language-modeling': { kwhPer1000: 0.003, label: 'masked language modelling' },
  'token-classification': { kwhPer1000: 0.004, label: 'token classification' },
  'image-classification': { kwhPer1000: 0.007, label: 'image classification' },
  'object-detection': { kwhPer1000: 0.038, label: 'object detection' },
  'text-generation': { kwhPer1000: 0.047, label: 'text generation' },
  summarization: { kwhPer1000: 0.049, label: 'summarisation' },
  'image-captioning': { kwhPer1000: 0.063, label: 'image captioning' },
  'image-generation': { kwhPer1000: 2.907, label: 'image generation' },
} as const satisfies Record<string, TaskDefault>;

export type TaskId = keyof typeof INFERENCE_TASKS;
