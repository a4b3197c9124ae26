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
    value: 1.1,
    source: 'Google 2024 Environmental Report: fleet average annual PUE',
    url: 'https://blog.google/outreach-initiatives/sustainability/2024-environmental-report',
    year: 2023,
  },
  aws: {
    value: 1.15,
    source: 'AWS Sustainable Infrastructure: global PUE',
    url: 'https://aws.amazon.com/sustainability/data-centers/',
    year: 2024,
  },
  azure: {
    value: 1.185,
    source:
      'Microsoft sustainability team: fleet-wide trailing 12-month PUE, ' +
      'as quoted in the Cloud Carbon Footprint methodology',
    url: 'https://www.cloudcarbonfootprint.org/docs/methodology/',
    year: null,
  },
};

export const INDUSTRY_PUE: PueDefault = {
  value: 1.58,
  source: 'Uptime Institute: industry average PUE',
  url: 'https://intelligence.uptimeinstitute.com/resource/large-data-centers-are-mostly-more-efficient-analysis-confirms',
  year: 2023,
};
