import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceMapsFolder } from '../../../src/source-maps-plugin';
import { sharedStack } from './shared-stack';

let sourcesByChunk: ReadonlyMap<string, readonly string[]> | undefined;

/** Each chunk of the shared stack's build (`assets/c….js`) with the modules its source map names. */
function chunkSources(): ReadonlyMap<string, readonly string[]> {
  if (!sourcesByChunk) {
    const maps = join(sourceMapsFolder(sharedStack().outDir), 'assets');
    sourcesByChunk = new Map(
      readdirSync(maps)
        .filter((name) => name.endsWith('.js.map'))
        .map((name) => {
          const { sources } = JSON.parse(readFileSync(join(maps, name), 'utf8')) as {
            sources: string[];
          };
          return [name.slice(0, -'.map'.length), sources];
        }),
    );
  }
  return sourcesByChunk;
}

/**
 * The requests for the build's chunks holding `modules` (paths under `src/`, such as
 * `ui/screens/BoardScreen/BoardOverlays.tsx`), a refetch after a failed load
 * (`?refetch=n`, src/reloadable.ts) included. Chunks are named by their hash alone
 * (vite.config.ts), so they are found through their source maps; a module in no chunk, or
 * copied into several, is an error naming them.
 */
export function chunkRequests(...modules: readonly string[]): RegExp {
  const files = modules.map((module) => {
    const holders = [...chunkSources()]
      .filter(([, sources]) => sources.some((source) => source.endsWith(`/src/${module}`)))
      .map(([file]) => file);
    if (holders.length !== 1) {
      throw new Error(
        `Expected src/${module} in exactly one chunk of the build, found ${holders.length}: ${holders.join(', ') || 'none'}.`,
      );
    }
    return holders[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`/assets/(${files.join('|')})(\\?|$)`);
}
