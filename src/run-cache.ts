import type { Accelerator, Lookup } from './catalog/accelerators.js';
import type { Instance } from './catalog/instances.js';
import type { Location, Resolved } from './catalog/regions.js';
import type { ParsedFile } from './config/load.js';
import type { ResolvedFile } from './config/resolve.js';
import type { Candidate } from './estimate/alternatives.js';
import type { Estimate } from './estimate/estimate.js';
import type { Intensity, Workload } from './model.js';
import type { MarkdownTable } from './report/markdown.js';
import type { Report } from './report/report.js';

/**
 * What one run (a CLI command, a run of the action) works out once and shares. The caller of
 * analyse makes one a run and passes it down; the functions that use it are otherwise pure.
 *
 * Two kinds of sharing keep a large run fast and small:
 * - The base and head of a pull request are mostly the same files: a file that did not change is
 *   parsed, resolved and estimated once for both sides.
 * - Thousands of workloads name a few dozen catalog entries: each name written is looked up once
 *   and each grid figure found once, and the workloads share the one object (and so, downstream,
 *   the report's parts made from it).
 * What is keyed on an object is held weakly, so that it goes when the run lets go of the object.
 */
export class RunCache {
  /**
   * Parsed files by their text. Emptied once both sides are read: the parses (every file's
   * YAML and positions) are done with, and the report, built next, is the largest thing a run holds.
   */
  readonly parses = new Map<string, ParsedFile>();
  /** Catalog entries by the text written for them (`region`, `accelerator`, `instance`), or why there is none. */
  readonly regions = new Map<string, Lookup<Location>>();
  readonly accelerators = new Map<string, Lookup<Accelerator>>();
  readonly instances = new Map<string, Lookup<Instance>>();
  /** A location's grid figure for a year, by `location-id year`. */
  readonly gridFigures = new Map<string, Resolved<Intensity>>();
  /** A file's workloads as resolved, by its parsed workloads (shared through `parses`) and then by what it inherits. */
  readonly resolvedFiles = new WeakMap<object, Map<string, ResolvedFile>>();
  /** A workload's estimate: both sides resolve an unchanged file to the same workloads. */
  readonly estimates = new WeakMap<Workload, Estimate>();
  /** A cloud provider's regions for a year, cleanest first, by `provider year`: where a workload could move. */
  readonly greenerCandidates = new Map<string, readonly Candidate[]>();
  /** A report's markdown rows, rendered once for the several foldings of the comment and the job summary. */
  readonly markdownTables = new WeakMap<Report, MarkdownTable>();
}
