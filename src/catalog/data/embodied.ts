// Embodied (manufacturing) emissions of the hardware, amortised over its life, as the BLOOM study
// did (Luccioni, Viguier and Ligozat, "Estimating the Carbon Footprint of BLOOM, a 176B Parameter
// Language Model", JMLR 24(253), 2023; arXiv 2211.02001). Facts quoted from the paper; the table
// is MIT-licensed with the project.

export interface EmbodiedFigures {
  /** Manufacturing footprint of one accelerator, kgCO2e. */
  readonly acceleratorKg: number;
  /** Manufacturing footprint of one server without its accelerators, kgCO2e. */
  readonly serverKg: number;
  readonly acceleratorsPerServer: number;
  readonly lifetimeYears: number;
  /** Share of its lifetime the hardware is in use: the footprint is spread over the hours used. */
  readonly usage: number;
  readonly source: string;
  readonly url: string;
}

export const BLOOM_EMBODIED: EmbodiedFigures = {
  acceleratorKg: 150,
  serverKg: 2500,
  acceleratorsPerServer: 8,
  lifetimeYears: 6,
  usage: 0.85,
  source:
    'Luccioni et al. 2023 (BLOOM): 150 kgCO2e per A100 (a lower-bound estimate), 2,500 kgCO2e per server ' +
    '(HPE ProLiant DL345 Gen10 Plus life-cycle assessment, without GPUs), 6-year life and 85% usage (IDRIS)',
  url: 'https://arxiv.org/abs/2211.02001',
};
