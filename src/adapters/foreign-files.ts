// The readers of files other tools write, loaded only when a workload points at one (in the
// bundles, dist/foreign-files.js): csv-parse and `yaml` cost every other run their start-up.
export { readCodeCarbon } from './codecarbon.js';
export { cardBlockYaml, readModelCard, updateModelCard } from './model-card.js';
