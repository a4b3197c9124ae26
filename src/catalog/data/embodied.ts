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
  /** The device the accelerator figure was estimated for. */
  readonly device: string;
  /** Catalog ids of the devices the figure is for; any other device gets it with a note saying so. */
  readonly appliesTo: (acceleratorId: string) => boolean;
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
  device: 'NVIDIA A100',
  appliesTo: (id) => id.startsWith('nvidia-a100-'),
};

// No manufacturer or peer-reviewed study publishes a per-device cradle-to-gate footprint for the
// other accelerators in the catalog in a form this model can use (NVIDIA's product carbon
// footprint summaries are per 8-GPU HGX board including NVSwitch and baseboard, and give no
// per-GPU figure to amortise apart from the server). Until one does, `embodied: true` applies the
// A100 figure to every device and every report says so: see embodiedNote.

/**
 * What a report says when `embodied: true` used the A100 figure for another device (or for a
 * workload that names none): undefined when the figure is the device's own.
 */
export function embodiedNote(
  acceleratorId: string | undefined,
  acceleratorName: string | undefined,
): string | undefined {
  const b = BLOOM_EMBODIED;
  if (acceleratorId !== undefined && b.appliesTo(acceleratorId)) return undefined;
  const device = acceleratorName ?? 'an accelerator the workload does not name';
  return (
    `the ${b.device} figure (${b.acceleratorKg} kg), ` +
    `used for ${device}, for which the catalog has no published figure`
  );
}
