/**
 * A module whose fetch failed stays failed in the browser's module map: the next `import()` of
 * its URL fails at once, without a request. HTML stopped keeping such failures
 * (https://github.com/whatwg/html/pull/10327), but Chromium, the engine of Teams' and Excel's
 * web views, has not followed yet (https://issues.chromium.org/issues/534781954; Chromium 150
 * still keeps them). A chunk that did not load (the connection dropped) is therefore fetched
 * again under a URL of its own, the same file with `?refetch=n`: its own imports resolve to
 * their usual URLs, so only the chunk that failed is loaded under a second name, and only once it
 * loads is it used, so it is never two instances.
 *
 * Chromium and Firefox name the module in the error ("Failed to fetch dynamically imported
 * module: URL", "error loading dynamically imported module: URL"); Safari does not, and there a
 * failed chunk stays failed until the page is reloaded. A chunk that loaded but whose own import
 * failed is named by the chunk's URL, not its import's, and stays failed too.
 */
const failedModule = /dynamically imported module: (\S+)$/;

/** By the URL of a chunk that failed: nothing until a next try, then its latest refetch. */
const refetches = new Map<string, Promise<unknown> | undefined>();
let refetchCount = 0;

function refetch(error: unknown): Promise<unknown> {
  const url = error instanceof Error ? failedModule.exec(error.message)?.[1] : undefined;
  if (url === undefined) return Promise.reject(error);
  // The first failure is the fetch this call made: the next call fetches again.
  if (!refetches.has(url)) {
    refetches.set(url, undefined);
    return Promise.reject(error);
  }
  let module = refetches.get(url);
  if (!module) {
    module = import(/* @vite-ignore */ `${url}?refetch=${++refetchCount}`);
    module.catch(() => refetches.set(url, undefined));
    refetches.set(url, module);
  }
  return module;
}

/**
 * The loader of a chunk loaded on demand, `() => import('./Part')` and nothing more (a refetch
 * gives the module itself): each call after one that failed fetches the chunk again, once per
 * call, as a retry expects.
 */
export function reloadable<M>(load: () => Promise<M>): () => Promise<M> {
  return () => load().catch((error: unknown) => refetch(error) as Promise<M>);
}
