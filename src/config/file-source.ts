/**
 * Where workload files are read from: the working tree for the CLI and the action's head, and
 * (later) a git revision for the base branch. Paths are absolute, with forward slashes.
 */
export interface FileSource {
  /** The file's text, or undefined when there is no such file. */
  read(path: string): Promise<string | undefined>;
  /** Files matching a glob (or a plain relative path), relative to `dir`; absolute paths, sorted. */
  glob(pattern: string, dir: string): Promise<string[]>;
}
