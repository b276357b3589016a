import { finalScore } from '../../core/closing';
import type { OperatingModel } from '../../core/operating-model';
import type { TeamView } from './boardView.types';

/**
 * A closed cycle's board with each objective's and KR's final score (read for its objective's
 * commitment), shown in place of its live status.
 */
export function withFinalScores(teams: readonly TeamView[], model: OperatingModel): TeamView[] {
  return teams.map((team) => ({
    ...team,
    objectives: team.objectives.map((view) => {
      const { commitment } = view.objective;
      return {
        ...view,
        final: finalScore(view.objective, commitment, model),
        keyResults: view.keyResults.map((kr) => ({
          ...kr,
          final: finalScore(kr.keyResult, commitment, model),
        })),
      };
    }),
  }));
}
