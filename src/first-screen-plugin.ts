/**
 * A page that loads its start-up and first screen on demand (`import()` from a small entry, so
 * that the personal tab does not load the channel tab's views, nor the other way round) would
 * fetch their chunks in a second wave, once its own script has arrived and run. This writes
 * `<link rel="modulepreload">` into the page for the chunks it is sure to need, so the browser
 * fetches them with the page: each module listed for it and its static imports, and of a list of
 * screens it may show first, what all of them need (what only one needs comes with its
 * `import()`). A modulepreload fetches and compiles a module without running it:
 * https://html.spec.whatwg.org/multipage/links.html#link-type-modulepreload
 *
 * A part a screen imports only when it is first wanted (the board's dialogs) gets `prefetch`
 * links instead: the browser fetches its chunks into its HTTP cache at the lowest priority and
 * compiles nothing, so the page's heap does not hold the part's code until it is used, and its
 * first use does not wait for the network (as webpack's `webpackPrefetch` does). They are written
 * into an inert `<template>` that the page puts in force once its first screen is painted
 * (`src/ui/app/laterParts.ts`), so they do not compete with what that screen waits for:
 * https://html.spec.whatwg.org/multipage/links.html#link-type-prefetch
 *
 * A prefetch link must not name a chunk the start-up may import at once (the Graph adapter and
 * sign-in, for a cold open): Vite's preload helper skips every dependency of an `import()` that a
 * `<link>` in the page already names, whatever its `rel`, so that chunk would wait behind the
 * lowest-priority fetch, or be found only once the chunk importing it had run, a wave later.
 * https://github.com/vitejs/vite/blob/main/packages/vite/src/node/plugins/importAnalysisBuild.ts
 *
 * Those chunks a cold open needs at once, a warm one not before its cached paint, so no link in
 * the markup can name them; nor the host's, which depends on where the page runs (teams-js inside
 * Teams, never in a plain browser), and which the entry would otherwise ask for only once it has
 * arrived and run. A page that gets them also gets a small script of its own
 * (`start-links-<hash>.js`, loaded `async` at high priority, so that it runs long before the
 * page's entry) that writes their `modulepreload` links: the host's by the page's window as
 * `mayBeInTeams` (src/host/teams-preload.ts) reads it, the cold start's when the cache hint says
 * the browser's cache holds nothing (`src/store/caching/cache-hint.ts`). A script file, not
 * inline: the pages' CSP allows scripts from the site only.
 * https://web.dev/articles/fetch-priority
 */
import { createHash } from 'node:crypto';
import { posix, relative, resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { mayHoldReadsKey } from './store/caching/cache-hint.ts';
import { laterPartsTemplateId } from './ui/app/laterParts.ts';

type OutputChunk = Rollup.OutputChunk;

/** The chunk holding `module` (an absolute path) as its own, or among its modules. */
function chunkHolding(bundle: Rollup.OutputBundle, module: string): OutputChunk {
  const chunks = Object.values(bundle).filter(
    (output): output is OutputChunk => output.type === 'chunk',
  );
  const chunk =
    chunks.find((candidate) => candidate.facadeModuleId === module) ??
    chunks.find((candidate) => candidate.moduleIds.includes(module));
  if (!chunk) throw new Error(`No chunk of the build holds ${module}.`);
  return chunk;
}

/** A chunk and every chunk it imports statically. */
function withStaticImports(bundle: Rollup.OutputBundle, chunk: OutputChunk): Set<string> {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName)) return;
    found.add(fileName);
    const output = bundle[fileName];
    if (output?.type === 'chunk') output.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return found;
}

/**
 * A module every open of the page loads, the screens one of which it shows first, a part it
 * imports when first wanted (`prefetch`), a module its start-up imports at once when it must
 * (`loadedAtStart`: not linked, since a warm open does without it, and never prefetched), or the
 * host it imports at once, one module where the page may be inside Teams (`framed`) and another
 * elsewhere (`unframed`).
 */
export type PagePreload =
  | string
  | readonly string[]
  | { readonly prefetch: string }
  | { readonly loadedAtStart: string }
  | { readonly framed: string; readonly unframed: string };

/**
 * `preloads`: for each page (its path relative to `root`, as in `surfaces.ts`), what it loads
 * on demand as it opens (module paths relative to `root`).
 */
export function firstScreenPreloads(
  root: string,
  preloads: Readonly<Record<string, readonly PagePreload[]>>,
): Plugin {
  let base = './';
  /** The start-up's link scripts the pages name, by file name, written once the pages are. */
  const startLinkScripts = new Map<string, string>();
  return {
    name: 'okr-first-screen-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      // After Vite's own, which transforms the pages.
      order: 'post',
      handler() {
        for (const [fileName, source] of startLinkScripts)
          this.emitFile({ type: 'asset', fileName, source });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { filename, bundle, chunk }) {
        const page = relative(root, filename).split('\\').join('/');
        const wanted = preloads[page];
        if (!wanted || !bundle || !chunk) return undefined;
        const closure = (module: string) =>
          withStaticImports(bundle, chunkHolding(bundle, resolve(root, module)));
        // Vite's own links already name the page's entry and what it imports statically.
        const own = withStaticImports(bundle, chunk);
        // Everything a first screen or the start-up may load, so in hand when a part is wanted.
        const opened = new Set(own);
        const needed = new Set<string>();
        const parts: Set<string>[] = [];
        const atStart = new Set<string>();
        const hosts: { framed: Set<string>; unframed: Set<string> }[] = [];
        for (const preload of wanted) {
          if (typeof preload !== 'string' && 'framed' in preload) {
            hosts.push({ framed: closure(preload.framed), unframed: closure(preload.unframed) });
            continue;
          }
          if (typeof preload !== 'string' && 'prefetch' in preload) {
            parts.push(closure(preload.prefetch));
            continue;
          }
          if (typeof preload !== 'string' && 'loadedAtStart' in preload) {
            closure(preload.loadedAtStart).forEach((name) => atStart.add(name));
            continue;
          }
          const [first, ...others] = (typeof preload === 'string' ? [preload] : preload).map(
            closure,
          );
          for (const fileName of first ?? []) {
            if (others.every((screen) => screen.has(fileName))) needed.add(fileName);
          }
          for (const screen of [first, ...others]) screen?.forEach((name) => opened.add(name));
        }
        atStart.forEach((name) => opened.add(name));
        for (const host of hosts) {
          host.framed.forEach((name) => opened.add(name));
          host.unframed.forEach((name) => opened.add(name));
        }
        // As Vite writes its own: relative to the page with the relative base, else from it.
        const href = (fileName: string) =>
          base === './' || base === ''
            ? posix.relative(posix.dirname(page), fileName)
            : `${base}${fileName}`;
        const link = (rel: string) => (fileName: string) =>
          ({
            tag: 'link',
            attrs: { rel, crossorigin: true, href: href(fileName) },
            injectTo: 'head',
          }) satisfies HtmlTagDescriptor;
        const startLinksTag = (hrefs: StartLinks): HtmlTagDescriptor => {
          const source = startLinksSource(hrefs);
          const fileName = `assets/start-links-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
          startLinkScripts.set(fileName, source);
          return {
            tag: 'script',
            attrs: { src: href(fileName), async: true, fetchpriority: 'high' },
            injectTo: 'head-prepend',
          };
        };
        const prefetched = [...new Set(parts.flatMap((part) => [...part]))].filter(
          (fileName) => !opened.has(fileName),
        );
        const notLinked = (names: Iterable<string>) =>
          [...names].filter((fileName) => !own.has(fileName) && !needed.has(fileName)).map(href);
        const startLinks: StartLinks = {
          framed: notLinked(hosts.flatMap((host) => [...host.framed])),
          unframed: notLinked(hosts.flatMap((host) => [...host.unframed])),
          cold: notLinked(atStart),
        };
        return [
          ...(Object.values(startLinks).some((hrefs) => hrefs.length > 0)
            ? [startLinksTag(startLinks)]
            : []),
          ...[...needed].filter((fileName) => !own.has(fileName)).map(link('modulepreload')),
          ...(prefetched.length > 0
            ? [
                {
                  tag: 'template',
                  attrs: { id: laterPartsTemplateId },
                  children: prefetched.map(link('prefetch')),
                  injectTo: 'head',
                } satisfies HtmlTagDescriptor,
              ]
            : []),
        ];
      },
    },
  };
}

/** The chunks a start-up links script names, relative to the page (which the links resolve against). */
interface StartLinks {
  /** The host's where the page may be inside Teams, and elsewhere. */
  readonly framed: readonly string[];
  readonly unframed: readonly string[];
  /** What a cold start imports at once. */
  readonly cold: readonly string[];
}

/**
 * The start-up links script: `modulepreload` links for the host the page will have, framed or
 * not (a cross-origin parent hides `top`: certainly framed, as `mayBeInTeams` reads it), then,
 * only when the cache hint is missing, for what a cold start needs. Where localStorage is refused
 * the cache may hold reads (as `cacheMayHoldReads` says), so no cold-start link is written.
 */
function startLinksSource({ framed, unframed, cold }: StartLinks): string {
  // A block: a classic script's top-level `const` is seen by the page's every other script.
  return `{const preload=href=>{const link=document.createElement("link");link.rel="modulepreload";link.crossOrigin="";link.href=href;document.head.append(link)};
let framed;try{framed=window.self!==window.top}catch{framed=true}
for(const href of framed||"nativeInterface" in window?${JSON.stringify(framed)}:${JSON.stringify(unframed)})preload(href);
try{if(localStorage.getItem(${JSON.stringify(mayHoldReadsKey)})===null)for(const href of ${JSON.stringify(cold)})preload(href)}catch{}}
`;
}
