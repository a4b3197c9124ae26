import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { acceleratorIds } from '../catalog/accelerators.js';
import { instanceIds } from '../catalog/instances.js';
import { ELECTRICITY_MAPS } from '../catalog/data/grid-intensity-source.js';
import { INFERENCE_TASKS, type TaskId } from '../catalog/data/inference-tasks.js';
import { describeChar, printable, UNPRINTABLE } from '../text/printable.js';
import { showValue } from '../text/show.js';
import { didYouMean, orList } from '../text/suggest.js';
import { countsField, measuredField, reportedField } from './evidence-schema.js';
import { jobSpecFields } from './job-spec-schema.js';
import { quantity } from './quantity-schema.js';

// zod/mini (a third of the start-up cost of the full API) comes without messages: use English.
z.config(en());

// The workload file, carbon-budget.yml. These schemas are the one description of it: the loader
// validates with them, the TypeScript types come from them, and schema/carbon-budget.schema.json
// is generated from them.

function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/** strictObject whose unknown-key message carries a did-you-mean, one line per unknown key. */
function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      // Past the first hundred, nobody reads a suggestion (the loader lists only so many problems).
      // A key is shown printable: it may hold a line break, and the lines are split one per key.
      return issue.keys
        .map((key, i) => `unknown key \`${printable(key)}\`${i < 100 ? didYouMean(key, known) : ''}`)
        .join('\n');
    },
  });
}

const positive = { value: 0, exclusive: true } as const;

// Regions, accelerators and instance types are text here: resolution looks them up in the catalog
// (config/catalog-names.ts), so that the schema describes the file's shape only.

const REGION_PREFIXES = ['aws', 'gcp', 'google', 'azure', 'country', 'zone', 'on-prem'];
const region = z.string().register(z.globalRegistry, {
  description:
    'Where the work runs: a cloud region (`aws:us-east-1`, `gcp:europe-west4`, `azure:westeurope`), ' +
    'a country by ISO 3166-1 code (`country:FR`, `country:FRA`), an Electricity Maps grid zone (`zone:US-MIDA-PJM`), ' +
    'or your own data centre in a country (`on-prem:DE`; `on-prem` alone with `intensity`). ' +
    'Sets the grid carbon intensity and the default PUE: ' +
    "the provider's for a cloud region, the industry average otherwise.",
  // JSON Schema patterns have no case-insensitive flag, and the loader ignores case here.
  pattern: `^\\s*(?:(?:${REGION_PREFIXES.map(anyCase).join('|')}):\\s*\\S+|${anyCase('on-prem')})\\s*$`,
  examples: ['aws:us-east-1', 'gcp:europe-west4', 'azure:westeurope', 'country:FR', 'zone:US-MIDA-PJM', 'on-prem:DE'],
});

const accelerator = z.string().register(z.globalRegistry, {
  description:
    'Accelerator model, by catalog id (`carbon-budget catalog` lists them) or as nvidia-smi names it. ' +
    'Its maximum board power (TDP) is the power drawn unless `power` is given.',
  // Examples rather than an enum: editors complete the ids without flagging the other spellings.
  examples: acceleratorIds(),
});

// Upper bounds catch slips of magnitude (a unit or three zeros off), with a reason in the message.
const TEN_YEARS_H = 87_600;

const instance = z.string().register(z.globalRegistry, {
  description:
    'A cloud instance type as the provider writes it (`p4d.24xlarge`, `a2-highgpu-8g`, `Standard_ND96asr_v4`): ' +
    'sets the accelerator, and `count` is then the number of instances.',
  examples: instanceIds(),
});

const intensity = quantity({
  kind: 'intensity',
  plainUnit: 'g/kWh',
  min: { value: 0, exclusive: false },
  max: 3000,
  maxReason: 'the most carbon-intensive grids are near 1,000 g/kWh; check the unit',
  description:
    "Grid carbon intensity to use instead of the region's, e.g. `57 g/kWh` (a plain number is gCO2e/kWh). " +
    'Location-based, life-cycle.',
});
const FIRST_YEAR = ELECTRICITY_MAPS.years[0];
const LAST_YEAR = ELECTRICITY_MAPS.years[ELECTRICITY_MAPS.years.length - 1] ?? FIRST_YEAR;
const yearMessage = `must be a year with grid data, ${FIRST_YEAR} to ${LAST_YEAR}`;
const year = z
  .int({ error: yearMessage })
  .check(z.minimum(FIRST_YEAR, { error: yearMessage }), z.maximum(LAST_YEAR, { error: yearMessage }))
  .register(z.globalRegistry, {
    description:
      `Year of grid carbon intensity data to use (${ELECTRICITY_MAPS.years.join(', ')}); ` + 'the newest by default.',
  });
const pue = quantity({
  kind: 'ratio',
  min: { value: 1, exclusive: false },
  max: 4,
  maxReason: 'data centres run between about 1.05 and 2.5',
  description:
    'Power usage effectiveness of the data centre: total facility energy / IT energy, 1.0 or more. ' +
    "Defaults to the cloud provider's published figure, or the industry average for countries and zones.",
});
const utilization = quantity({
  kind: 'fraction',
  min: positive,
  max: 1,
  description:
    'Average share of its maximum board power that each accelerator draws, `0.9` or `90%`. ' +
    'Scales the catalog TDP; not with `power` (a measured average already includes it). Default 100%.',
});
const budget = quantity({
  kind: 'mass',
  plainUnit: 'kg',
  min: positive,
  description: 'The most CO2e this may emit, e.g. `25 tCO2e` or `800 kg` (a plain number is kgCO2e).',
});
const power = quantity({
  kind: 'power',
  plainUnit: 'W',
  min: positive,
  max: 20_000,
  maxReason: 'this is per accelerator; the largest draw about 1,200 W',
  description:
    'Measured average power per accelerator, e.g. `330 W` (a plain number is watts). ' +
    'Overrides the catalog TDP and `utilization`.',
});
const count = quantity({
  kind: 'count',
  min: positive,
  integer: true,
  max: 10_000_000,
  maxReason: 'more accelerators than any cluster has; check the value',
  description: 'Number of accelerators running at once.',
});
const hours = quantity({
  kind: 'duration',
  plainUnit: 'h',
  min: positive,
  max: TEN_YEARS_H,
  maxReason: 'longer than ten years; check the unit',
  description: 'Wall-clock duration of one run, e.g. `360` (hours), `14.8d`, `90 min`.',
});
const acceleratorHours = quantity({
  kind: 'duration',
  plainUnit: 'h',
  min: positive,
  max: 1e10,
  maxReason: 'hundreds of times the largest published training runs; check the value',
  description:
    'Total accelerator-hours of one run (count x hours), e.g. `184320` or `1,082,990 h`. ' +
    'Use instead of `count` and `hours`.',
});
const period = quantity({
  kind: 'duration',
  plainUnit: 'd',
  min: positive,
  max: TEN_YEARS_H,
  maxReason: 'longer than ten years; budgets are usually yearly',
  description: 'The horizon a rate or a serving fleet is summed over, e.g. `365d`, `1 year`, `30` (days).',
});
const energyPerUnit = (unit: string) =>
  quantity({
    kind: 'energy',
    plainUnit: 'Wh',
    min: positive,
    max: 1000,
    maxReason: `per ${unit}; check the unit`,
    description: `IT energy per ${unit}, e.g. \`0.3 Wh\` or \`2 J\` (a plain number is Wh). PUE is applied on top.`,
  });

const YAML_11_TRUE = /^(?:y|yes|on|true)$/i;
const YAML_11_FALSE = /^(?:n|no|off|false)$/i;

/**
 * The error of a field that is `true` or a mapping: a mapping keeps the issues of its own fields
 * (see issues.ts), anything else is said here, with what YAML 1.2 reads `yes` and `no` as.
 */
function trueOrMapping(field: string, keys: readonly string[]) {
  const expected = `\`true\` or a mapping of ${orList(keys)}`;
  return (issue: { input?: unknown }): string | undefined => {
    const input = issue.input;
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) return undefined;
    const got = `got ${typeof input === 'string' ? `text ${showValue(input)}` : showValue(input)}`;
    if (typeof input === 'string' && YAML_11_TRUE.test(input.trim())) {
      return `must be ${expected}, ${got}: YAML 1.2 reads \`${input.trim()}\` as text, so write \`true\``;
    }
    if (input === false || input === null || (typeof input === 'string' && YAML_11_FALSE.test(input.trim()))) {
      return `must be ${expected}, ${got}: to leave it out, remove \`${field}\``;
    }
    return `must be ${expected}, ${got}`;
  };
}

const EMBODIED_KEYS = ['accelerator', 'server', 'accelerators-per-server', 'lifetime', 'usage'];
const embodied = z
  .union(
    [
      z.literal(true),
      strict({
        accelerator: quantity({
          kind: 'mass',
          plainUnit: 'kg',
          min: { value: 0, exclusive: false },
          max: 10_000,
          maxReason: 'studies put one accelerator at about 150 kg; check the unit',
          description: 'Manufacturing footprint of one accelerator, e.g. `150 kg`.',
        }),
        server: quantity({
          kind: 'mass',
          plainUnit: 'kg',
          min: { value: 0, exclusive: false },
          max: 100_000,
          maxReason: 'studies put one server at about 2,500 kg; check the unit',
          description: 'Manufacturing footprint of one server without its accelerators, e.g. `2500 kg`.',
        }),
        'accelerators-per-server': quantity({
          kind: 'count',
          min: positive,
          integer: true,
          max: 1000,
          description: 'Accelerators in one server, e.g. `8`.',
        }),
        lifetime: quantity({
          kind: 'duration',
          plainUnit: 'h',
          min: positive,
          max: 30 * 8760,
          maxReason: 'longer than thirty years; hardware is kept a few, e.g. `6y`',
          description: 'How long the hardware is kept, e.g. `6y`: at least a day in use (with `usage`).',
        }),
        usage: quantity({
          kind: 'fraction',
          min: positive,
          max: 1,
          description: 'Share of its lifetime the hardware is in use, e.g. `85%`.',
        }),
      }),
    ],
    { error: trueOrMapping('embodied', EMBODIED_KEYS) },
  )
  .register(z.globalRegistry, {
    description:
      'Embodied (manufacturing) emissions of the hardware used, amortised over its life ' +
      'and reported apart from operational emissions. ' +
      "`true` uses the BLOOM study's figures " +
      '(150 kg per accelerator, 2,500 kg per 8-accelerator server, 6 years, 85% usage).',
  });

const host = z
  .union(
    [
      z.literal(true),
      strict({
        utilization: quantity({
          kind: 'fraction',
          min: { value: 0, exclusive: false },
          max: 1,
          description: 'Average vCPU utilisation of the hosts, e.g. `30%`. Default 50%.',
        }),
      }),
    ],
    { error: trueOrMapping('host', ['utilization']) },
  )
  .register(z.globalRegistry, {
    description:
      "Add the power of the instances' CPUs and memory, modelled from the instance type's vCPUs, " +
      'memory and processor family as Cloud Carbon Footprint does (SPECpower watts per vCPU, ' +
      '0.392 W per GB of memory). Needs `instance`. `true` assumes 50% vCPU utilisation.',
  });

const overheadEnergy = quantity({
  kind: 'energy',
  plainUnit: 'kWh',
  min: { value: 0, exclusive: false },
  max: 1e10,
  maxReason: 'ten terawatt-hours, more than the largest data-centre fleets draw in a year; check the unit',
  description:
    "Measured energy beyond the accelerators' own draw (idle nodes, hosts, storage, network), " +
    'e.g. `256,646 kWh` (a plain number is kWh). Added to the IT energy; PUE applies.',
});

const placement = {
  region: z.optional(region),
  intensity: z.optional(intensity),
  year: z.optional(year),
  pue: z.optional(pue),
};

// Names and descriptions are printed in terminals, CI logs and comments: a control character
// could rewrite a terminal or, after a line break, give a runner a workflow command (`::add-mask::`),
// and a bidirectional control shows text in another order than it is. Output escapes them too.
const PROSE_BREAKS = /[\n\t]/;

/** A check that text holds only printable characters (and, in `prose`, line breaks and tabs). */
function printableText(what: string, prose: boolean) {
  const first = (text: string): { char: string; at: number } | undefined => {
    let at = 0;
    for (const char of text) {
      at++;
      if (UNPRINTABLE.test(char) && !(prose && PROSE_BREAKS.test(char))) return { char, at };
    }
    return undefined;
  };
  return z.refine<string>((text) => !UNPRINTABLE.test(text) || first(text) === undefined, {
    error: (issue) => {
      const found = typeof issue.input === 'string' ? first(issue.input) : undefined;
      const where = found === undefined ? '' : `, but character ${found.at} is ${describeChar(found.char)}`;
      return `must be ${what}${where}: remove it`;
    },
  });
}

const common = {
  // Optional in the schema only for `from`, which names each workload after its resource; the
  // loader asks for it otherwise (see job-spec-fields.ts).
  name: z
    .optional(
      z
        .string()
        .check(z.trim(), z.minLength(1, 'must not be empty'), printableText('one line of printable text', false)),
    )
    .register(z.globalRegistry, {
      description:
        'Unique name of the workload, shown in reports: one line of printable text. ' +
        'With `from`, optional: each resource the job spec holds becomes a workload named after it.',
    }),
  ...jobSpecFields,
  description: z
    .optional(z.string().check(printableText('printable text (line breaks and tabs are fine)', true)))
    .register(z.globalRegistry, { description: 'Free text for readers of the report.' }),
  ...placement,
  utilization: z.optional(utilization),
  budget: z.optional(budget),
};

export const trainingSchema = strict({
  kind: z.literal('training').register(z.globalRegistry, { description: 'A training run (or several: see `runs`).' }),
  ...common,
  accelerator: z.optional(accelerator),
  instance: z.optional(instance),
  power: z.optional(power),
  count: z.optional(count),
  hours: z.optional(hours),
  'accelerator-hours': z.optional(acceleratorHours),
  embodied: z.optional(embodied),
  host: z.optional(host),
  'overhead-energy': z.optional(overheadEnergy),
  reported: z.optional(reportedField),
  measured: z.optional(measuredField),
  runs: z.optional(
    quantity({
      kind: 'count',
      min: positive,
      integer: true,
      max: 1_000_000,
      maxReason: 'check the value',
      description: 'Repetitions of the run (sweeps, restarts, seeds). Default 1.',
    }),
  ),
}).register(z.globalRegistry, { title: 'Training workload' });

export const inferenceSchema = strict({
  kind: z
    .literal('inference')
    .register(z.globalRegistry, { description: 'A service answering requests over a period.' }),
  ...common,
  requests: z.optional(
    quantity({
      kind: 'rate',
      min: positive,
      max: 3.6e12,
      maxReason: 'a billion a second, far beyond any service; check the multiplier',
      description:
        'Request rate, e.g. `2M/day`, `150/s`. With `energy-per-request` or `task` it is the load; ' +
        'with a serving fleet, the functional unit its emissions are also given per (per 1,000 requests).',
    }),
  ),
  task: z
    .optional(
      z.enum(Object.keys(INFERENCE_TASKS) as [TaskId, ...TaskId[]], {
        error: (issue) =>
          `\`task\` must be one of ${Object.keys(INFERENCE_TASKS)
            .map((t) => `\`${t}\``)
            .join(', ')}; got ${showValue(issue.input)}`,
      }),
    )
    .register(z.globalRegistry, {
      description:
        'What the service does, when its energy per request is not known, for a published default: ' +
        '`chat` (or `chat-gemini`) 0.24 Wh, the median Gemini Apps text prompt (Google 2025, data-centre overhead ' +
        'included, so no PUE is applied); `chat-chatgpt` 0.34 Wh, the average ChatGPT query (OpenAI 2025); the ' +
        'others the mean measured for the task in "Power Hungry Processing" (FAccT 2024). ' +
        'A measured `energy-per-request` is better.',
    }),
  'energy-per-request': z.optional(energyPerUnit('request')),
  tokens: z.optional(
    quantity({
      kind: 'rate',
      min: positive,
      max: 3.6e15,
      maxReason: 'a trillion a second, far beyond any service; check the multiplier',
      description:
        'Token rate, e.g. `1B/month`. With `energy-per-token` it is the load; ' +
        'with a serving fleet, the functional unit its emissions are also given per (per million tokens).',
    }),
  ),
  'energy-per-token': z.optional(energyPerUnit('token')),
  period: z.optional(period),
  accelerator: z.optional(accelerator),
  instance: z.optional(instance),
  power: z.optional(power),
  count: z.optional(count),
  hours: z.optional(hours).register(z.globalRegistry, {
    description: 'Hours the serving fleet runs in the period; the whole period by default.',
  }),
  embodied: z.optional(embodied),
  host: z.optional(host),
  'overhead-energy': z.optional(overheadEnergy),
  measured: z.optional(measuredField),
}).register(z.globalRegistry, { title: 'Inference workload' });

const KINDS_WRITTEN = ['training', 'inference'];

export const workloadSchema = z.discriminatedUnion('kind', [trainingSchema, inferenceSchema], {
  error: (issue) => {
    const kind = (issue.input as Record<string, unknown> | undefined)?.kind;
    if (kind === undefined) return '`kind` is missing: write `kind: training` or `kind: inference`';
    const hint = typeof kind === 'string' ? didYouMean(kind, KINDS_WRITTEN) : '';
    return `\`kind\` must be \`training\` or \`inference\`, got ${showValue(kind)}${hint}`;
  },
});

export const defaultsSchema = strict({
  ...placement,
  utilization: z.optional(utilization),
  period: z.optional(period),
}).register(z.globalRegistry, {
  description: 'Settings every workload in this file (and the files it includes) inherits unless it sets its own.',
});

export const budgetsSchema = strict({
  total: z.optional(budget).register(z.globalRegistry, {
    description: 'The most CO2e all workloads of this file and its includes may emit together, e.g. `40 tCO2e`.',
  }),
  warn: z.optional(
    quantity({
      kind: 'fraction',
      min: positive,
      max: 1,
      description: 'Warn when any budget is this full, e.g. `80%` (the default).',
    }),
  ),
  increase: z.optional(budget).register(z.globalRegistry, {
    description:
      'The most CO2e one pull request may add to the total, e.g. `500 kg` (root file only). ' +
      'The GitHub Action checks it against the base branch.',
  }),
  counts: z.optional(countsField),
});

const fileShape = {
  $schema: z
    .optional(z.string())
    .register(z.globalRegistry, { description: 'The JSON Schema this file follows (for editors).' }),
  version: z
    .optional(z.literal(1, { error: 'must be `1`' }))
    .register(z.globalRegistry, { description: 'Version of the file format: `1`.' }),
  defaults: z.optional(defaultsSchema),
  budgets: z.optional(budgetsSchema),
  include: z
    .optional(z.array(z.string().check(z.trim(), z.minLength(1, 'must not be empty'))))
    .register(z.globalRegistry, {
      description: 'More workload files, as paths or globs relative to this file, e.g. `models/**/carbon-budget.yml`.',
    }),
};

/** The file as the loader first reads it: each workload is then checked on its own. */
export const fileEnvelopeSchema = strict({ ...fileShape, workloads: z.optional(z.nullable(z.array(z.unknown()))) });

/** The whole file, as published in the JSON Schema. */
export const fileSchema = strict({
  ...fileShape,
  // `workloads:` with nothing after it is YAML for null: an empty list, not a mistake.
  workloads: z
    .optional(z.nullable(z.array(workloadSchema)))
    .register(z.globalRegistry, { description: 'The workloads this file declares.' }),
}).register(z.globalRegistry, {
  title: 'carbon-budget.yml',
  description: 'Machine-learning workloads and carbon budgets, read by carbon-budget.',
});

/** A validated workload: named, by its own `name` or, with `from`, after its resource. */
type Named<T> = T extends unknown ? T & { readonly name: string } : never;
/** A workload as validated, before a workload without `name` (one of `from`'s resources) is named. */
export type UnnamedWorkloadEntry = z.output<typeof workloadSchema>;
export type WorkloadEntry = Named<UnnamedWorkloadEntry>;
export type TrainingEntry = Named<z.output<typeof trainingSchema>>;
export type InferenceEntry = Named<z.output<typeof inferenceSchema>>;
export type FileEnvelope = z.output<typeof fileEnvelopeSchema>;
export type Defaults = z.output<typeof defaultsSchema>;

export function jsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(fileSchema, { io: 'input', unrepresentable: 'any' });
  return { ...generated, $id: 'https://github.com/carbon-budget/carbon-budget/schema/carbon-budget.schema.json' };
}
