/**
 * What a page of the production build loads before any dynamic import, and whose code it is.
 * Pure: it reads the built HTML text and the bundler's chunk list, never the disk.
 *
 * Initial JavaScript = the page's module scripts and the modules it preloads
 * (`<link rel="modulepreload">`, fetched with the page), and, transitively, their static imports.
 * Dynamic imports (`import()`) are excluded: they load later, on demand. The build's classic
 * scripts the page runs count too.
 */
import { posix } from 'node:path';

/** One JavaScript chunk as the bundler wrote it (rolldown's `OutputChunk`, trimmed). */
export interface ChunkInfo {
  /** Relative to the build's output directory, e.g. `assets/tab-1a2b.js`. */
  readonly fileName: string;
  /** Chunks this one imports statically. */
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** Module id → its length in this chunk after minification (characters). */
  readonly modules: Readonly<Record<string, number>>;
}

export interface PageScripts {
  /** Module scripts the page runs or preloads, relative to the output directory. */
  readonly modules: readonly string[];
  /** Scripts from other origins (e.g. office.js from Microsoft's CDN); not part of the build. */
  readonly external: readonly string[];
  /** Classic scripts of the build the page runs (the tab's start-up links script), by path. */
  readonly classic: readonly string[];
}

const scriptTag = /<script\b([^>]*)>/gi;
const linkTag = /<link\b([^>]*)>/gi;
const attribute = (attrs: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attrs)?.[1];

/** The scripts of a built page at `pagePath` (e.g. `teams/tab.html`), resolved from the output root. */
export function pageScripts(html: string, pagePath: string): PageScripts {
  const modules: string[] = [];
  const external: string[] = [];
  const classic: string[] = [];
  const fromPage = (src: string) =>
    posix.normalize(src.startsWith('/') ? src.slice(1) : posix.join(posix.dirname(pagePath), src));
  for (const [, attrs = ''] of html.matchAll(scriptTag)) {
    const src = attribute(attrs, 'src');
    if (!src) continue;
    if (/^(https?:)?\/\//i.test(src)) {
      external.push(src);
    } else if (attribute(attrs, 'type') === 'module') {
      modules.push(fromPage(src));
    } else {
      classic.push(fromPage(src));
    }
  }
  for (const [, attrs = ''] of html.matchAll(linkTag)) {
    const href = attribute(attrs, 'href');
    if (attribute(attrs, 'rel') !== 'modulepreload' || !href || /^(https?:)?\/\//i.test(href)) {
      continue;
    }
    if (!modules.includes(fromPage(href))) modules.push(fromPage(href));
  }
  return { modules, external, classic };
}

/** The entry chunks and every chunk they import statically, each once, in load order. */
export function initialChunks(
  entries: readonly string[],
  chunks: ReadonlyMap<string, ChunkInfo>,
): ChunkInfo[] {
  const seen = new Map<string, ChunkInfo>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    const chunk = chunks.get(fileName);
    if (!chunk) throw new Error(`The build has no chunk ${fileName}.`);
    seen.set(fileName, chunk);
    chunk.imports.forEach(visit);
  };
  entries.forEach(visit);
  return [...seen.values()];
}

/**
 * The chunks holding any module whose path ends with one of `modules` (e.g.
 * `src/teams/tab/TeamTab.tsx`): the on-demand chunks a first screen loads after the page's own.
 */
export function chunksHolding(
  modules: readonly string[],
  chunks: ReadonlyMap<string, ChunkInfo>,
): string[] {
  const found = new Set<string>();
  for (const end of modules) {
    const holders = [...chunks.values()].filter((chunk) =>
      Object.keys(chunk.modules).some((id) => modulePath(id).endsWith(end)),
    );
    if (holders.length === 0) throw new Error(`No chunk of the build holds ${end}.`);
    holders.forEach((chunk) => found.add(chunk.fileName));
  }
  return [...found];
}

/** A module's file path: without the bundler's `\0` marker and query. */
export function modulePath(id: string): string {
  return id.replace(/^\0/, '').split('?')[0]!.replace(/\\/g, '/');
}

/**
 * What a module belongs to, for "largest modules": its npm package (`react-dom`,
 * `@fluentui/react-tabs`), or for the project's own code the folder under `src/`
 * (`src/ui/components`), or the bundler's own helpers.
 */
export function moduleGroup(id: string): string {
  const path = modulePath(id);
  const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1]!;
  const own = path.lastIndexOf('/src/');
  if (own >= 0) {
    const parts = path.slice(own + '/src/'.length).split('/');
    return ['src', ...parts.slice(0, Math.min(2, parts.length - 1) || 1)].join('/');
  }
  return path.includes('/') ? posix.basename(path) : `(bundler) ${path}`;
}

export interface GroupSize {
  readonly group: string;
  /** Its share of the chunks' bytes. */
  readonly bytes: number;
}

/**
 * The biggest groups of modules in these chunks. The bundler reports module lengths before
 * minification, so each chunk's real size (`chunkBytes`, by file name) is shared out among its
 * modules in proportion to them; without it, the lengths are summed as reported.
 */
export function largestGroups(
  chunks: readonly ChunkInfo[],
  chunkBytes?: ReadonlyMap<string, number>,
  top = 5,
): GroupSize[] {
  const sizes = new Map<string, number>();
  for (const chunk of chunks) {
    const modules = Object.entries(chunk.modules);
    const rendered = modules.reduce((sum, [, length]) => sum + length, 0);
    const actual = chunkBytes?.get(chunk.fileName);
    const scale = actual !== undefined && rendered > 0 ? actual / rendered : 1;
    for (const [id, length] of modules) {
      const group = moduleGroup(id);
      sizes.set(group, (sizes.get(group) ?? 0) + length * scale);
    }
  }
  return [...sizes]
    .map(([group, bytes]) => ({ group, bytes: Math.round(bytes) }))
    .sort((a, b) => b.bytes - a.bytes || a.group.localeCompare(b.group))
    .slice(0, top);
}

/** Code that must stay out of some surfaces, recognised by module path (or script URL). */
export const codeFamilies = {
  'office.js': [
    /\/src\/host\/office(-host)?\./,
    /\/node_modules\/office-/,
    /\/office(\.debug)?\.js$/,
  ],
  Excel: [/\/src\/excel\//],
  'Live Share': [
    /\/node_modules\/@microsoft\/live-share/,
    /\/node_modules\/@fluidframework\//,
    /\/node_modules\/fluid-framework\//,
    /\/src\/host\/live-(share|session)\./,
    /\/src\/ui\/meeting\/live\/joinLiveRound\./,
  ],
  'teams-js': [/\/node_modules\/@microsoft\/teams-js\//, /\/src\/host\/teams-host\./],
} as const satisfies Record<string, readonly RegExp[]>;

export type CodeFamily = keyof typeof codeFamilies;

/** For each family found, the first few modules (or scripts) that belong to it. */
export function familiesIn(
  chunks: readonly ChunkInfo[],
  externalScripts: readonly string[] = [],
): Partial<Record<CodeFamily, string[]>> {
  const found: Partial<Record<CodeFamily, string[]>> = {};
  const paths = [
    ...chunks.flatMap((chunk) => Object.keys(chunk.modules).map(modulePath)),
    ...externalScripts.map((src) => `/${src.replace(/^[a-z]+:\/\//i, '')}`),
  ];
  for (const [family, patterns] of Object.entries(codeFamilies) as [
    CodeFamily,
    readonly RegExp[],
  ][]) {
    const matches = paths.filter((path) => patterns.some((pattern) => pattern.test(path)));
    if (matches.length > 0) found[family] = matches;
  }
  return found;
}
