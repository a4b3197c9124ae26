// Default power usage effectiveness (PUE) when a workload does not give one: the provider's own
// published fleet-wide yearly figure for cloud regions, and the industry average measured by the
// Uptime Institute for anything else (a country, a grid zone, or an explicit intensity).
// Figures are facts quoted from the sources; the table is MIT-licensed with the project.

import type { Provider } from './cloud-regions.js';

export interface PueDefault {
  readonly value: number;
  readonly source: string;
  readonly url: string;
  /** The year the figure measures; null where the source does not say. */
  readonly year: number | null;
}

export const PROVIDER_PUE: Record<Provider, PueDefault> = {
  gcp: {
    value: 1.09,
    source:
      'Google 2026 Environmental Report: "a 2025 average annual PUE of 1.09 for our global data center fleet" ' +
      '(1.09 in 2024 too, per the 2025 report); secondary: read in a verbatim transcription of the report',
    url: 'https://sustainability.google/google-2026-environmental-report',
    year: 2025,
  },
  aws: {
    value: 1.14,
    source:
      'Amazon Sustainability, AWS Cloud: "In 2025, our data centers reported an average global PUE of 1.14 ' +
      'which is an improvement compared to 1.15 reported in 2024"',
    url: 'https://sustainability.aboutamazon.com/environment/the-cloud/asdi',
    year: 2025,
  },
  azure: {
    value: 1.185,
    source:
      'Microsoft sustainability team: fleet-wide trailing 12-month PUE, ' +
      'as quoted in the Cloud Carbon Footprint methodology, undated; no dated fleet-wide figure was found in ' +
      "Microsoft's own text (its datacenter efficiency page gives PUE by geography as images)",
    url: 'https://www.cloudcarbonfootprint.org/docs/methodology/',
    year: null,
  },
};

export const INDUSTRY_PUE: PueDefault = {
  value: 1.54,
  source:
    'Uptime Institute Global Data Center Survey 2025: weighted average annual PUE of 1.54 in 2025; ' +
    "secondary: the figure read in theFreesheet's report of the survey (19 January 2026), " +
    "Uptime's own summary says only that average PUE shows little change for the sixth year",
  url: 'https://intelligence.uptimeinstitute.com/resource/uptime-institute-global-data-center-survey-2025',
  year: 2025,
};
