import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { sourceMapsFolder } from '../../../src/source-maps-plugin';
import { chunkRequests } from '../support/build-chunks';
import { sharedStack } from '../support/shared-stack';

/**
 * The tab's entry starts its host and services (`src/teams/tab/services-ahead.ts`) beside its
 * start-up, so that Teams is asked for its context and sign-in and the first Graph requests go
 * out while React and Fluent are still being compiled: what that module loads statically holds
 * neither, or it would wait for them like the start-up. Checked on the run's shared production
 * build, whose source maps name each chunk's modules.
 */
const { outDir } = sharedStack();
const assets = join(outDir, 'assets');

/** A chunk and every chunk it imports statically. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(
    /(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g,
  )) {
    staticClosure(resolve(dirname(file), path!), seen);
  }
  return seen;
}

/** The modules a chunk holds; none for a chunk of the bundler's own code (its runtime), mapless. */
function modulesOf(chunk: string): string[] {
  const map = join(sourceMapsFolder(outDir), 'assets', `${basename(chunk)}.map`);
  if (!existsSync(map)) return [];
  return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

it('the services the tab starts first load neither React nor Fluent', () => {
  const [, file] = /\(([^|)]+)\)/.exec(chunkRequests('teams/tab/services-ahead.ts').source)!;
  const modules = [...staticClosure(join(assets, file!.replace(/\\/g, '')))].flatMap(modulesOf);
  // The services themselves are there, so the check looks at the right chunks.
  expect(modules.some((source) => source.endsWith('/src/ui/app/graphServices.ts'))).toBe(true);
  expect(
    modules.filter((source) =>
      /node_modules\/(react|react-dom|scheduler|@fluentui\/[^/]+|@griffel\/[^/]+)\//.test(source),
    ),
  ).toEqual([]);
});

it('the chunks the tab entry imports as it runs come with the page, not a request later', () => {
  const page = readFileSync(join(outDir, 'teams', 'tab.html'), 'utf8');
  const linked = new Set(
    [...page.matchAll(/<link rel="modulepreload"[^>]*href="\.\.\/assets\/([^"]+)"/g)].map(
      ([, file]) => file!,
    ),
  );
  const [, entry] = /<script type="module"[^>]*src="\.\.\/assets\/([^"]+)"/.exec(page)!;
  const imported = [
    ...readFileSync(join(assets, entry!), 'utf8').matchAll(/import\(\s*[`'"]\.\/([^`'"]+)[`'"]/g),
  ].map(([, file]) => file!);
  // The services (a chunk of their own, re-exporting the modules the start-up shares) and the
  // start-up: a chunk not linked is fetched once the entry has run, behind the page's other chunks.
  expect(imported.length).toBeGreaterThanOrEqual(2);
  expect(imported.filter((file) => !linked.has(file))).toEqual([]);
});
