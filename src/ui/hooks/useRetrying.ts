import { useEffect, useState } from 'react';
import { useAppServices } from '../app/AppServices';

/**
 * While `active` (a save running), whether the store has had to retry since it began: Graph was
 * throttled or busy and the store is waiting to try again, so the button can say "Retrying…".
 * The store retries on its own (the graph-client middleware); this only listens.
 */
export function useRetrying(active: boolean): boolean {
  const { repository } = useAppServices();
  const [retrying, setRetrying] = useState(false);
  useEffect(() => {
    setRetrying(false);
    if (!active) return;
    return repository.observeRetries?.(() => setRetrying(true));
  }, [active, repository]);
  return active && retrying;
}
