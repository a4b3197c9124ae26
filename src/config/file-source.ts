/**
 * Where workload files are read from: the working tree for the CLI and the action's head, and
 * (later) a git revision for the base branch. Paths are absolute, with forward slashes.
 */
export interface FileSource {
  /** The file's text, or why it cannot be read as a workload file. */
  read(path: string): Promise<string | FileProblem>;
  /** Files matching a glob (or a plain relative path), relative to `dir`; absolute paths, sorted. */
  glob(pattern: string, dir: string): Promise<string[]>;
  /** Starts reading files that will be asked for soon, in one go where the source can. */
  prefetch?(paths: readonly string[]): void;
}

/** Why a path is not a readable workload file. */
export interface FileProblem {
  readonly problem: 'missing' | 'directory' | 'symlink' | 'special' | 'encoding';
  /** For `encoding`: where the first invalid byte is (1-based). */
  readonly line?: number;
  readonly column?: number;
}

export const PROBLEM_TEXT: Record<FileProblem['problem'], string> = {
  missing: 'no such file',
  directory: 'is a directory, not a workload file',
  symlink: 'is a symbolic link; carbon-budget reads only regular files, so that a link cannot lead outside the repository',
  special: 'is not a regular file (a pipe, socket or device); carbon-budget reads only regular files',
  encoding: 'is not valid UTF-8: save the file as UTF-8',
};
