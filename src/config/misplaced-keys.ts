// Keys that carbon-budget knows, written where they do not belong, and words people reach for
// that carbon-budget spells otherwise. "unknown key `period`" on a training workload is true but
// no help: `period` is known, it belongs to inference workloads.

/** The mappings of a workload file whose keys are checked. */
export type Place = 'file' | 'defaults' | 'budgets' | 'training' | 'inference';

/** What to say of a key, and the key it stands for in this place, when there is one. */
export interface Misplaced {
  readonly message: string;
  readonly meant?: string;
}

const DEFAULTS_FIELDS = ['region', 'intensity', 'year', 'pue', 'utilization', 'period'];
const INFERENCE_ONLY = ['requests', 'tokens', 'task', 'energy-per-request', 'energy-per-token', 'period'];
const TRAINING_ONLY = ['accelerator-hours', 'runs'];
const WORKLOAD_ONLY = [
  'name',
  'kind',
  'description',
  'accelerator',
  'instance',
  'power',
  'count',
  'hours',
  'budget',
  'embodied',
  'host',
  'overhead-energy',
  ...TRAINING_ONLY,
  ...INFERENCE_ONLY,
];

/** Other words for a field, the same in every workload. */
const SYNONYMS: Record<string, string> = {
  duration: 'hours',
  time: 'hours',
  gpus: 'count',
  'num-gpus': 'count',
  'gpu-count': 'count',
  gpu: 'accelerator',
  'gpu-type': 'accelerator',
};

const TRAINING_TAKES = 'a training run takes `hours` (with `count`) or `accelerator-hours`';

function code(key: string): string {
  return `\`${key}\``;
}

/** What to say of `key`, written in `place`, when it is a field of another place or another word for one. */
export function misplacedKey(key: string, place: Place): Misplaced | undefined {
  const isWorkload = place === 'training' || place === 'inference';
  const synonym = SYNONYMS[key.toLowerCase()];
  if (isWorkload && synonym !== undefined) {
    return { message: `unknown key ${code(key)}: carbon-budget calls it ${code(synonym)}`, meant: synonym };
  }
  if (place === 'training' && key === 'period') {
    return {
      message: `${code(key)} is for inference workloads (the horizon a rate is summed over): ${TRAINING_TAKES}`,
    };
  }
  if (place === 'training' && INFERENCE_ONLY.includes(key)) {
    return {
      message:
        `${code(key)} is for inference workloads (\`kind: inference\`): ` +
        'a training run is measured by its accelerators and their hours',
    };
  }
  if (place === 'inference' && key === 'accelerator-hours') {
    return {
      message:
        `${code(key)} is for training workloads: ` +
        'a serving fleet takes `count` and `hours` (or serves the whole `period`)',
    };
  }
  if (place === 'inference' && key === 'runs') {
    return {
      message: `${code(key)} is for training workloads: an inference workload is summed over its \`period\``,
    };
  }
  if (isWorkload && (key === 'budgets' || key === 'include' || key === 'defaults')) {
    const own = key === 'budgets' ? "; a workload's own limit is `budget`" : '';
    return { message: `${code(key)} belongs at the top level of the file, not in a workload${own}` };
  }
  if (place === 'file' && key === 'budget') {
    return {
      message:
        "unknown key `budget`: a file's budgets go under `budgets:` (e.g. `budgets: { total: 40 t }`); " +
        "`budget` is a workload's own limit",
      meant: 'budgets',
    };
  }
  if (place === 'file' && DEFAULTS_FIELDS.includes(key)) {
    return {
      message: `${code(key)} at the top level has no effect: put it under \`defaults:\` to apply to every workload`,
    };
  }
  if (place === 'file' && WORKLOAD_ONLY.includes(key)) {
    return { message: `${code(key)} is a workload field: write it in an entry of \`workloads:\`` };
  }
  if (place === 'defaults' && WORKLOAD_ONLY.includes(key)) {
    return {
      message:
        `${code(key)} cannot be a default: set it on each workload ` +
        `(\`defaults\` takes ${DEFAULTS_FIELDS.map(code).join(', ')})`,
    };
  }
  if (place === 'budgets' && key === 'budget') {
    return { message: 'unknown key `budget`: the budget of the whole file is `total`', meant: 'total' };
  }
  return undefined;
}
