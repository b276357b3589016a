import { useMemo } from 'react';
import { buildAlignmentTree } from '../../../core/alignment';
import type { Status } from '../../../core/model';
import { useAppServices } from '../../app/AppServices';
import { buildBoardView } from '../../board/boardView';
import { today } from '../../board/useBoardData';
import type { AlignmentTreeProps } from './AlignmentTree.types';

export function useAlignmentTree({ board }: AlignmentTreeProps) {
  const { operatingModel } = useAppServices();
  return useMemo(() => {
    const teamNames = new Map(board.teams.map((team) => [team.id, team.name]));
    // Progress and status as the board shows them (its roll-up, pace and overrides).
    const shown = new Map<string, { readonly progress: number; readonly status: Status }>();
    for (const team of buildBoardView(board, operatingModel, today())) {
      for (const { objective, progress, status } of team.objectives) {
        shown.set(objective.id, { progress, status });
      }
    }
    const titles = new Map(board.objectives.map((o) => [o.id, o.title]));
    const tree = buildAlignmentTree(board.objectives);
    return {
      tree,
      teamName: (teamId: string) => teamNames.get(teamId) ?? 'Unknown team',
      progressOf: (objectiveId: string) => shown.get(objectiveId)?.progress ?? 0,
      statusOf: (objectiveId: string): Status => shown.get(objectiveId)?.status ?? 'notStarted',
      loops: tree.loops.map((loop) => loop.map((id) => titles.get(id) ?? id)),
    };
  }, [board, operatingModel]);
}
