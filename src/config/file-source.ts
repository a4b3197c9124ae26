/**
 * Where workload files are read from: the working tree for the CLI and the action's head, and
 * (later) a git revision for the base branch. Paths are absolute, with forward slashes.
 */
export interface FileSource {
  /**
   * The file's text, or why it cannot be read as a workload file. Given `root`, a source over the
   * disk refuses a path below it that passes through a symbolic link, before opening anything;
   * a source over a git tree is confined to its tree whatever `root` is.
   */
  read(path: string, root?: string): Promise<string | FileProblem>;
  /**
   * Files matching a glob (or a plain relative path), relative to `dir`; absolute paths, sorted.
   * Given `root`, a source over the disk lists no directory outside it, through a link, or under .git.
   */
  glob(pattern: string, dir: string, root?: string): Promise<string[]>;
  /** Starts reading files that will be asked for soon, in one go where the source can. */
  prefetch?(paths: readonly string[]): void;
}

/**
 * The most bytes a workload file may hold. Sources check a file's size before reading it and read
 * no more than this (and one byte, to tell a file that grew while it was read).
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Why a path is not a readable workload file. */
export interface FileProblem {
  readonly problem:
    'missing' | 'directory' | 'symlink' | 'linked-directory' | 'outside' | 'special' | 'encoding' | 'too-big';
  /** For `encoding`: where the first invalid byte is (1-based). */
  readonly line?: number;
  readonly column?: number;
  /** For `too-big`: the file's size in bytes, as far as it is known. */
  readonly bytes?: number;
  /** For `linked-directory`: the directory on the way that is a symbolic link, relative to the root. */
  readonly link?: string;
}

/**
 * A size as people read it: bytes up to 10 MB, where `1.0 MB` would hide that it is over 1 MB;
 * past that, MB rounded up, so that a size just over a limit never shows as the limit itself.
 */
export function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes < 10 * mb
    ? `${bytes.toLocaleString('en-US')} bytes`
    : `${(Math.ceil((bytes / mb) * 10) / 10).toFixed(1)} MB`;
}

/** What is wrong with a path, to follow the path in a message (`teams/a.yml is a directory...`). */
export function problemText(problem: FileProblem): string {
  switch (problem.problem) {
    case 'missing':
      return 'no such file';
    case 'directory':
      return 'is a directory, not a workload file';
    case 'symlink':
      return (
        'is a symbolic link; carbon-budget reads only regular files, ' +
        'so that a link cannot lead outside the repository'
      );
    case 'linked-directory':
      return (
        `leads through \`${problem.link ?? '?'}\`, a symbolic link; carbon-budget reads no path through a link, ` +
        'so that none can lead outside the repository: name the file where it really is'
      );
    case 'outside':
      return 'is outside the repository; carbon-budget reads only files inside it';
    case 'special':
      return 'is not a regular file (a pipe, socket or device); carbon-budget reads only regular files';
    case 'encoding':
      return 'is not valid UTF-8: save the file as UTF-8';
    case 'too-big':
      return (
        `is ${formatBytes(problem.bytes ?? MAX_FILE_BYTES + 1)}; a workload file may be at most 1 MB ` +
        `(${MAX_FILE_BYTES.toLocaleString('en-US')} bytes): split it into several files with \`include\``
      );
  }
}
