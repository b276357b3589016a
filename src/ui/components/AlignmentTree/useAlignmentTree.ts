import { useMemo } from 'react';
import { buildAlignmentTree } from '../../../core/alignment';
import { rollUpProgress } from '../../../core/roll-up';
import type { AlignmentTreeProps } from './AlignmentTree.types';

export function useAlignmentTree({ board }: AlignmentTreeProps) {
  return useMemo(() => {
    const teamNames = new Map(board.teams.map((team) => [team.id, team.name]));
    const rollUp = rollUpProgress(board.objectives, board.keyResults);
    const titles = new Map(board.objectives.map((o) => [o.id, o.title]));
    const tree = buildAlignmentTree(board.objectives);
    return {
      tree,
      teamName: (teamId: string) => teamNames.get(teamId) ?? 'Unknown team',
      progressOf: (objectiveId: string) => rollUp.objective(objectiveId),
      loops: tree.loops.map((loop) => loop.map((id) => titles.get(id) ?? id)),
    };
  }, [board]);
}
