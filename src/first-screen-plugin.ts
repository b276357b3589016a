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
 * the markup can name them: a page that gets them also gets a small script of its own
 * (`cold-start-<hash>.js`, loaded `async` at high priority, so that it runs long before the
 * page's entry) that writes their `modulepreload` links when the cache hint says the browser's
 * cache holds nothing (`src/store/caching/cache-hint.ts`). A script file, not inline: the
 * pages' CSP allows scripts from the site only.
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
 * imports when first wanted (`prefetch`), or a module its start-up imports at once when it must
 * (`loadedAtStart`: not linked, since a warm open does without it, and never prefetched).
 */
export type PagePreload =
  string | readonly string[] | { readonly prefetch: string } | { readonly loadedAtStart: string };

/**
 * `preloads`: for each page (its path relative to `root`, as in `surfaces.ts`), what it loads
 * on demand as it opens (module paths relative to `root`).
 */
export function firstScreenPreloads(
  root: string,
  preloads: Readonly<Record<string, readonly PagePreload[]>>,
): Plugin {
  let base = './';
  /** The cold-start scripts the pages name, by file name, written once the pages are. */
  const coldStartScripts = new Map<string, string>();
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
        for (const [fileName, source] of coldStartScripts)
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
        for (const preload of wanted) {
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
        const coldStartTag = (hrefs: readonly string[]): HtmlTagDescriptor => {
          const source = coldStartSource(hrefs);
          const fileName = `assets/cold-start-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
          coldStartScripts.set(fileName, source);
          return {
            tag: 'script',
            attrs: { src: href(fileName), async: true, fetchpriority: 'high' },
            injectTo: 'head-prepend',
          };
        };
        const prefetched = [...new Set(parts.flatMap((part) => [...part]))].filter(
          (fileName) => !opened.has(fileName),
        );
        const coldOnly = [...atStart].filter(
          (fileName) => !own.has(fileName) && !needed.has(fileName),
        );
        return [
          ...(coldOnly.length > 0 ? [coldStartTag(coldOnly.map(href))] : []),
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

/**
 * The cold-start script: `modulepreload` links for `hrefs` (relative to the page, which the links
 * resolve against), written only when the cache hint is missing. Where localStorage is refused
 * the cache may hold reads (as `cacheMayHoldReads` says), so nothing is written.
 */
function coldStartSource(hrefs: readonly string[]): string {
  return `try{if(localStorage.getItem(${JSON.stringify(mayHoldReadsKey)})===null)for(const href of ${JSON.stringify(hrefs)}){const link=document.createElement("link");link.rel="modulepreload";link.crossOrigin="";link.href=href;document.head.append(link)}}catch{}
`;
}
