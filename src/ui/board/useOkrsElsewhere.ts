import { useCallback } from 'react';
import type { Cycle } from '../../core/model';
import { useAppServices } from '../app/AppServices';
import { useAsyncResource } from '../hooks/useAsyncResource';
import { useModuleAfterPaint } from '../hooks/useModuleAfterPaint';
import { loadAlignedElsewhere } from './useParentsElsewhere';

const none: readonly Cycle[] = [];

/**
 * The other open cycles (not closed, not ended) that hold the teams' OKRs, nearest first by the
 * current rule (`readOkrsElsewhere`): what an empty board names, so its team finds its OKRs.
 * Asked only while `shown` is set (the board holds nothing for its teams); nothing when the read
 * fails.
 */
export function useOkrsElsewhere(
  shown: Cycle | undefined,
  teamIds: readonly string[] | undefined,
): readonly Cycle[] {
  const { repository } = useAppServices();
  const module = useModuleAfterPaint(loadAlignedElsewhere, shown !== undefined);
  const teamKey = teamIds?.join(',') ?? '';
  const shownId = shown?.id;
  const load = useCallback(
    async (signal: AbortSignal): Promise<{ cycles: readonly Cycle[] }> => ({
      cycles: await module!.readOkrsElsewhere(
        repository,
        shownId ?? '',
        teamKey ? teamKey.split(',') : undefined,
        signal,
      ),
    }),
    [module, repository, shownId, teamKey],
  );
  const { data } = useAsyncResource(module && shownId ? load : undefined);
  return data.status === 'ready' ? data.cycles : none;
}
