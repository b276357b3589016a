import { useCallback } from 'react';
import type { CycleReferenceKind } from '../../core/cycle-deletion';
import { useAppServices } from '../app/AppServices';
import { useAsyncResource } from '../hooks/useAsyncResource';

/**
 * What a cycle still holds, as far as the Programme knows: being checked, the kinds of item that
 * name it (none: it may be deleted), or undefined when the check failed (the store decides).
 */
export type CycleHeld = 'checking' | readonly CycleReferenceKind[] | undefined;

export interface CycleHoldings {
  readonly heldBy: (cycleId: string) => CycleHeld;
  /** Checks again (after a deletion was refused: something was added meanwhile). */
  readonly reload: () => void;
}

/**
 * What the cycles that could be deleted hold (`OkrRepository.cycleHoldings`, one `$batch`), so
 * that Delete is offered only where it can succeed. Read again when the set of cycles changes.
 */
export function useCycleHoldings(cycleIds: readonly string[]): CycleHoldings {
  const { repository } = useAppServices();
  const key = cycleIds.join(',');
  const load = useCallback(
    async (signal: AbortSignal) => ({
      key,
      held: key ? await repository.cycleHoldings(key.split(','), { signal }) : new Map(),
    }),
    [repository, key],
  );
  const { data, reload } = useAsyncResource(load);
  const heldBy = useCallback(
    (cycleId: string): CycleHeld =>
      // What was read for other cycles, in the render before the new read starts, is no answer.
      data.status === 'loading' || (data.status === 'ready' && data.key !== key)
        ? 'checking'
        : data.status === 'ready'
          ? data.held.get(cycleId)
          : undefined,
    [data, key],
  );
  return { heldBy, reload };
}
