import { useMemo } from 'react';
import { buildAlignmentTree } from '../../../core/alignment';
import { objectiveProgress } from '../../../core/progress';
import type { AlignmentTreeProps } from './AlignmentTree.types';

export function useAlignmentTree({ board }: AlignmentTreeProps) {
  return useMemo(() => {
    const teamNames = new Map(board.teams.map((team) => [team.id, team.name]));
    const progress = new Map(
      board.objectives.map((objective) => [
        objective.id,
        objectiveProgress(board.keyResults.filter((kr) => kr.objectiveId === objective.id)),
      ]),
    );
    const titles = new Map(board.objectives.map((o) => [o.id, o.title]));
    const tree = buildAlignmentTree(board.objectives);
    return {
      tree,
      teamName: (teamId: string) => teamNames.get(teamId) ?? 'Unknown team',
      progressOf: (objectiveId: string) => progress.get(objectiveId) ?? 0,
      loops: tree.loops.map((loop) => loop.map((id) => titles.get(id) ?? id)),
    };
  }, [board]);
}
