import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bundles are minified, so a stack trace from one names `dist/index.js:1:48213`. Node maps
// traces only for files loaded after source maps were switched on, which a bundle cannot do for
// itself, and switching them on for every run costs the runs that never fail. So a trace is mapped
// here, when it is about to be shown, through the `.map` file beside each bundle.

const FRAME = /^(\s*at (?:.*? \()?)(.+?):(\d+):(\d+)(\)?)$/;

function loadMap(file: string, cache: Map<string, SourceMap | undefined>): SourceMap | undefined {
  if (cache.has(file)) return cache.get(file);
  let map: SourceMap | undefined;
  try {
    const path = file.startsWith('file:') ? fileURLToPath(file) : file;
    if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
  } catch {
    // An unreadable map leaves the frame as it is: a trace is never lost for want of its map.
  }
  cache.set(file, map);
  return map;
}

function mapFrame(line: string, cache: Map<string, SourceMap | undefined>): string {
  const frame = FRAME.exec(line);
  if (frame === null) return line;
  const [, head = '', file = '', row = '', column = '', tail = ''] = frame;
  const map = loadMap(file, cache);
  if (map === undefined) return line;
  const origin = map.findOrigin(Number(row), Number(column));
  if (!('fileName' in origin)) return line;
  const path = file.startsWith('file:') ? fileURLToPath(file) : file;
  const source = resolve(dirname(path), origin.fileName);
  // Function names stay the bundle's (minified): the position's source name is not the function's.
  return `${head}${source}:${String(origin.lineNumber)}:${String(origin.columnNumber)}${tail}`;
}

/** The error's stack trace with every frame in a bundle mapped back to its source file and line. */
export function mappedStack(error: unknown): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (stack === undefined) return undefined;
  const cache = new Map<string, SourceMap | undefined>();
  return stack
    .split('\n')
    .map((line) => mapFrame(line, cache))
    .join('\n');
}
