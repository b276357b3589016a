import { useEffect, useLayoutEffect, useRef } from 'react';
import type { CachedRead } from '../../store/caching';
import { useAppServices } from './AppServices';

/**
 * Calls the latest `listener` with each read the repository revalidated after serving it from
 * its cache, while the component is mounted; nothing when the page has no cache.
 */
export function useDataUpdates(listener: (update: CachedRead) => void): void {
  const { onDataUpdate } = useAppServices();
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => onDataUpdate?.((update) => latest.current(update)), [onDataUpdate]);
}
