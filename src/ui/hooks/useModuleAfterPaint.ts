import { useEffect, useState } from 'react';

const loaded = new WeakMap<() => Promise<unknown>, unknown>();

/**
 * A module the first screen can show without (the coaching engine behind prompts): undefined
 * until it has loaded, then the module. `load` (an `import()` at module level, so it stays the
 * same) starts once the screen has rendered, and `ready` (e.g. the screen painted: see
 * `useAfterPaint`); later screens get the module at once. A load that failed is tried again by
 * the next screen that asks.
 */
export function useModuleAfterPaint<M>(load: () => Promise<M>, ready = true): M | undefined {
  const [module, setModule] = useState(() => loaded.get(load) as M | undefined);
  useEffect(() => {
    if (module || !ready) return;
    let current = true;
    load().then(
      (value) => {
        loaded.set(load, value);
        if (current) setModule(() => value);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [load, module, ready]);
  return module;
}
