// Default energy per request by task, for teams who know what their service does but have not
// measured its energy. Each default says where it comes from and what it includes: a figure
// measured at the server gets the data centre's PUE on top; a figure that already includes the
// data centre's overhead does not (it would count the overhead twice). They vary widely between
// models and deployments, so a measured `energy-per-request` is always better. The figures are
// facts cited from their sources.
//
// Mistral AI's life-cycle study of Mistral Large 2 (with Carbone 4 and ADEME, July 2025:
// https://mistral.ai/news/our-contribution-to-a-global-environmental-standard-for-ai) gives a
// 400-token Le Chat response as 1.14 gCO2e, 45 mL of water and 0.16 mg Sb eq: emissions over
// the life cycle (hardware manufacturing included), not energy. It cannot be multiplied by a
// grid intensity and a PUE like the figures here, so it is not a default.

/** What a default's energy covers, so that PUE is applied once. */
export type TaskBoundary =
  /** Energy of the servers doing the work: the data centre's PUE is applied on top. */
  | 'it'
  /** Energy with the data centre's overhead in it already: no PUE is applied. */
  | 'facility'
  /** The source does not say: taken as the servers' energy, the data centre's PUE applied on top. */
  | 'unstated';

export interface TaskSource {
  /** How a report cites it: `Google 2025`. */
  readonly citation: string;
  readonly year: number;
  readonly title: string;
  readonly url: string;
}

export interface TaskDefault {
  /** Energy per request, Wh. */
  readonly whPerRequest: number;
  readonly label: string;
  readonly source: TaskSource;
  readonly boundary: TaskBoundary;
  /** What the figure includes, in words, for the report. */
  readonly includes: string;
}

const POWER_HUNGRY_PROCESSING: TaskSource = {
  citation: 'Luccioni et al. 2024',
  year: 2024,
  title:
    'Luccioni, Jernite and Strubell, "Power Hungry Processing: Watts Driving the Cost of AI Deployment?", ' +
    'ACM FAccT 2024, Table 2: mean kWh per 1,000 inferences over the models tested for the task',
  url: 'https://arxiv.org/abs/2311.16863',
};

const GOOGLE_GEMINI: TaskSource = {
  citation: 'Google 2025',
  year: 2025,
  title:
    'Elsworth et al. (Google), "Measuring the environmental impact of delivering AI at Google Scale", ' +
    'August 2025: the median Gemini Apps text prompt, 0.24 Wh',
  url: 'https://arxiv.org/abs/2508.15734',
};

const OPENAI_CHATGPT: TaskSource = {
  citation: 'OpenAI 2025',
  year: 2025,
  title: 'Sam Altman (OpenAI), "The Gentle Singularity", June 2025: "the average query uses about 0.34 watt-hours"',
  url: 'https://blog.samaltman.com/the-gentle-singularity',
};

// The study measured each model's energy at the server with CodeCarbon; the mean of its Table 2,
// in kWh per 1,000 inferences, is numerically the Wh per inference.
function measured(whPerRequest: number, label: string): TaskDefault {
  return {
    whPerRequest,
    label,
    source: POWER_HUNGRY_PROCESSING,
    boundary: 'it',
    includes:
      "the servers' energy, measured with CodeCarbon, mean over the models tested for the task; " +
      'no data-centre overhead, so PUE is applied on top',
  };
}

const GEMINI_APPS_PROMPT: TaskDefault = {
  whPerRequest: 0.24,
  label: 'LLM chat prompt, the median Gemini Apps text prompt',
  source: GOOGLE_GEMINI,
  boundary: 'facility',
  includes:
    'active accelerators, host CPUs and memory, idle machines kept ready, and data-centre overhead (PUE): ' +
    'no PUE is applied on top',
};

export const INFERENCE_TASKS = {
  'text-classification': measured(0.002, 'text classification'),
  'extractive-qa': measured(0.003, 'extractive question answering'),
  'masked-language-modeling': measured(0.003, 'masked language modelling'),
  'token-classification': measured(0.004, 'token classification'),
  'image-classification': measured(0.007, 'image classification'),
  'object-detection': measured(0.038, 'object detection'),
  'text-generation': measured(0.047, 'text generation'),
  summarization: measured(0.049, 'summarisation'),
  'image-captioning': measured(0.063, 'image captioning'),
  'image-generation': measured(2.907, 'image generation'),
  // A prompt to a current chat model: Google's figure, the one first-party figure with a published
  // method and a stated boundary.
  chat: GEMINI_APPS_PROMPT,
  'chat-gemini': GEMINI_APPS_PROMPT,
  'chat-chatgpt': {
    whPerRequest: 0.34,
    label: 'LLM chat prompt, the average ChatGPT query',
    source: OPENAI_CHATGPT,
    boundary: 'unstated',
    includes: "not stated by OpenAI; taken as the servers' energy, so the data centre's PUE is applied on top",
  },
} as const satisfies Record<string, TaskDefault>;

export type TaskId = keyof typeof INFERENCE_TASKS;
