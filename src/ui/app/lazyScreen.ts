import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ScreenChunk } from './screenChunk';

/**
 * `React.lazy` for a first screen, rendered in the render that first shows it when its chunk is in
 * by then (as on a reopened tab, where the cache answers as the page's scripts arrive). Over a
 * promise, `lazy` suspends on its first render even then (a promise calls back only after the
 * render has thrown it), so the page committed its Suspense fallback, and laid it out and painted
 * it, before rendering the screen in a second pass. `lazy` reads the module at once from a
 * thenable that calls back synchronously (React 18's `lazyInitializer`).
 */
export function lazyScreen<M, P extends object>(
  chunk: ScreenChunk<M>,
  pick: (module: M) => ComponentType<P>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => {
    const module = chunk.loaded();
    if (!module) return chunk().then((loaded) => ({ default: pick(loaded) }));
    const resolved = { default: pick(module) };
    return { then: (onLoaded: (value: typeof resolved) => void) => onLoaded(resolved) } as Promise<
      typeof resolved
    >;
  });
}
