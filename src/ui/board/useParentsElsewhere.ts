import { useCallback, useMemo } from 'react';
import type { Board } from '../../store/repository';
import { reloadable } from '../../reloadable';
import { useAppServices } from '../app/AppServices';
import { useAsyncResource } from '../hooks/useAsyncResource';
import { useModuleAfterPaint } from '../hooks/useModuleAfterPaint';
import type { TeamView } from './boardView.types';

// What the board reads of other boards, and the rules it reads them by: after the board paints.
export const loadAlignedElsewhere = reloadable(() => import('./alignedElsewhere'));

/**
 * What the board's objectives align to that it does not hold (another team's, a year's), each
 * with its cycle (`readAlignedElsewhere`), read once the board is in, never before its first
 * paint: as what adds them to the board's views (`withParentsElsewhere`). Undefined while they
 * are read, when there is none, or when they could not be read: the board shows what it holds.
 * Those read stay shown while the board asks for others (an objective aligned anew).
 */
export function useParentsElsewhere(
  board: Pick<Board, 'cycle' | 'objectives'> | undefined,
): ((teams: readonly TeamView[]) => TeamView[]) | undefined {
  const { repository } = useAppServices();
  const module = useModuleAfterPaint(loadAlignedElsewhere, board !== undefined);
  const ask = useMemo(
    () => (module && board ? module.elsewhereAsk(board, false) : ''),
    [module, board],
  );
  const load = useCallback(
    (signal: AbortSignal) => module!.readAlignedElsewhere(repository, ask, signal),
    [module, repository, ask],
  );
  const { data } = useAsyncResource(ask ? load : undefined, { keepWhileReading: true });
  const parents = data.status === 'ready' ? data.parents : undefined;
  return useMemo(
    () =>
      module && parents
        ? (teams: readonly TeamView[]) => module.withParentsElsewhere(teams, parents)
        : undefined,
    [module, parents],
  );
}
