import { useEffect, useState } from 'react';

const loaded = new WeakMap<() => Promise<unknown>, unknown>();

/** After a failed load, the wait before the next try: doubled each time, up to the longest. */
const firstRetryMs = 500;
const longestRetryMs = 8000;

/**
 * A module the first screen can show without (the coaching engine behind prompts): undefined
 * until it has loaded, then the module. `load` (an `import()` at module level, so it stays the
 * same) starts once the screen has rendered, and `ready` (e.g. the screen painted: see
 * `useAfterPaint`); later screens get the module at once. A load that failed (the connection
 * dropped) is tried again while the screen is there, half a second later and then less and less
 * often: a module whose fetch failed is not kept in the module map, so the next `import()`
 * fetches it again (https://github.com/whatwg/html/pull/10327; a browser from before that change
 * fails each try at once, and the screen stays as it was).
 */
export function useModuleAfterPaint<M>(load: () => Promise<M>, ready = true): M | undefined {
  const [module, setModule] = useState(() => loaded.get(load) as M | undefined);
  useEffect(() => {
    if (module || !ready) return;
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const attempt = (wait: number) => {
      load().then(
        (value) => {
          loaded.set(load, value);
          if (current) setModule(() => value);
        },
        () => {
          if (current) retry = setTimeout(() => attempt(Math.min(wait * 2, longestRetryMs)), wait);
        },
      );
    };
    attempt(firstRetryMs);
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [load, module, ready]);
  return module;
}
