/**
 * A page that loads its start-up and first screen on demand (`import()` from a small entry, so
 * that the personal tab does not load the channel tab's views, nor the other way round) would
 * fetch their chunks in a second wave, once its own script has arrived and run. This writes
 * `<link rel="modulepreload">` into the page for the chunks it is sure to need, so the browser
 * fetches them with the page: each module listed for it and its static imports, and of a list of
 * screens it may show first, what all of them need (what only one needs comes with its
 * `import()`). A modulepreload fetches and compiles a module without running it:
 * https://html.spec.whatwg.org/multipage/links.html#link-type-modulepreload
 */
import { posix, relative, resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

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

/** A module every open of the page loads, or the screens one of which it shows first. */
export type PagePreload = string | readonly string[];

/**
 * `preloads`: for each page (its path relative to `root`, as in `surfaces.ts`), what it loads
 * on demand as it opens (module paths relative to `root`).
 */
export function firstScreenPreloads(
  root: string,
  preloads: Readonly<Record<string, readonly PagePreload[]>>,
): Plugin {
  let base = './';
  return {
    name: 'okr-first-screen-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base;
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
        const needed = new Set<string>();
        for (const preload of wanted) {
          const [first, ...others] = (typeof preload === 'string' ? [preload] : preload).map(
            closure,
          );
          for (const fileName of first ?? []) {
            if (others.every((screen) => screen.has(fileName))) needed.add(fileName);
          }
        }
        return [...needed]
          .filter((fileName) => !own.has(fileName))
          .map((fileName): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              // As Vite writes its own: relative to the page with the relative base, else from it.
              href:
                base === './' || base === ''
                  ? posix.relative(posix.dirname(page), fileName)
                  : `${base}${fileName}`,
            },
            injectTo: 'head',
          }));
      },
    },
  };
}
