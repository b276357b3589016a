/**
 * The loader of a page's first screen, a chunk the page's entry starts fetching as it opens;
 * React-free, so that the page's services, started ahead, can import it (`lazyScreen` renders it).
 */
export interface ScreenChunk<M> {
  (): Promise<M>;
  /** The module, once a load of it has answered. */
  readonly loaded: () => M | undefined;
}

/** `load` (a `reloadable` import) that remembers the module it loaded. */
export function screenChunk<M>(load: () => Promise<M>): ScreenChunk<M> {
  let module: M | undefined;
  return Object.assign(() => load().then((loaded) => (module = loaded)), {
    loaded: () => module,
  });
}
