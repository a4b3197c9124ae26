import * as z from 'zod/mini';
import { printable } from '../text/printable.js';
import { showValue } from '../text/show.js';
import { didYouMean } from '../text/suggest.js';

// The workload fields that point at figures other tools wrote (a model card's reported
// emissions, CodeCarbon's measured runs) and the file setting that says which figure budgets
// count. Kept apart from schema.ts, which imports them.

const pathText = (what: string) =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty')).register(z.globalRegistry, { description: what });

export const reportedField = pathText(
  'A Hugging Face model card (its README.md), relative to this file, whose `co2_eq_emissions` ' +
    '(grams of CO2e) is shown as reported beside the estimate.',
);

const MEASURED_KEYS = ['file', 'project', 'experiment', 'grid'];
const measuredFile = pathText(
  "CodeCarbon's emissions.csv, or a glob of such files (`runs/**/emissions.csv`), relative to this file.",
);

export const measuredField = z
  .union(
    [
      measuredFile,
      z.strictObject(
        {
          file: measuredFile,
          project: z.optional(pathText('Count only the runs of this `project_name`.')),
          experiment: z.optional(pathText('Count only the runs of this `experiment_id`.')),
          grid: z
            .optional(
              z.enum(['codecarbon', 'workload'], {
                error: (issue) => `must be \`codecarbon\` or \`workload\`, got ${showValue(issue.input)}`,
              }),
            )
            .register(z.globalRegistry, {
              description:
                '`codecarbon` (default): the emissions CodeCarbon wrote; `workload`: the measured energy ' +
                "costed at this workload's grid intensity (its region or `intensity`), to compare runs made elsewhere.",
            }),
        },
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? issue.keys.map((key) => `unknown key \`${printable(key)}\`${didYouMean(key, MEASURED_KEYS)}`).join('\n')
              : undefined,
        },
      ),
    ],
    {
      error: (issue) =>
        `must be a path or glob of CodeCarbon CSV files, or a mapping of \`file\`, \`project\`, \`experiment\`, ` +
        `\`grid\`; got ${showValue(issue.input)}`,
    },
  )
  .register(z.globalRegistry, {
    description:
      "CodeCarbon's runs of this workload: a path or glob of emissions.csv files relative to this file, or " +
      '`{ file, project, experiment, grid }`. Shown as measured beside the estimate.',
  });

export const countsField = z
  .enum(['estimate', 'measured'], {
    error: (issue) => `must be \`estimate\` or \`measured\`, got ${showValue(issue.input)}`,
  })
  .register(z.globalRegistry, {
    description:
      'Which figure the budgets count for the workloads of this file and its includes: `estimate` (default), ' +
      'or `measured` for workloads with `measured` runs.',
  });
