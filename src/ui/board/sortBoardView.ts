import type { BoardOrder } from '../../core/board-filter';
import { inOrder, objectiveFacts, type OrderFacts } from '../../core/board-order';
import type { Team } from '../../core/model';
import type { KeyResultView, ObjectiveView, TeamView } from './boardView.types';

/*
 * Putting the board in an order other than its own: a chunk of its own, loaded when such an
 * order is first asked for (a choice in Sort, a link with one, the Key results list), not with
 * the board's first screen.
 */

/** A KR's facts to order it by, in its objective and team. */
export function keyResultFacts(view: KeyResultView, team: Team): OrderFacts {
  const { keyResult } = view;
  return {
    id: keyResult.id,
    title: keyResult.title,
    progress: view.progress,
    status: view.status,
    confidence: keyResult.confidence,
    lastCheckInAt: keyResult.lastCheckInAt,
    owner: keyResult.owner?.displayName,
    team: team.name,
  };
}

/**
 * Objectives within each team, and KRs within each objective, in the chosen order (`inOrder`, in
 * the reader's `locale`):
 * an objective by its own progress, status, owner or title, or by the confidence or last
 * check-in of its first KR in that order.
 */
export function sortBoardView(
  teams: readonly TeamView[],
  order: BoardOrder,
  locale: string,
): TeamView[] {
  if (order.sort === 'board' && order.direction === 'asc') return [...teams];
  return teams.map((teamView) => {
    const { team } = teamView;
    const objectives = teamView.objectives.map((view) => ({
      ...view,
      keyResults: inOrder(view.keyResults, (kr) => keyResultFacts(kr, team), order, locale),
    }));
    const factsOf = (view: ObjectiveView): OrderFacts => {
      const { objective } = view;
      const first = view.keyResults[0];
      return objectiveFacts(
        {
          id: objective.id,
          title: objective.title,
          progress: view.progress,
          status: view.status,
          owner: objective.owner?.displayName,
          team: team.name,
        },
        first && keyResultFacts(first, team),
        order.sort,
      );
    };
    return { ...teamView, objectives: inOrder(objectives, factsOf, order, locale) };
  });
}
