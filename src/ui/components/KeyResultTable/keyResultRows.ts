import type { BoardOrder } from '../../../core/board-filter';
import { inOrder } from '../../../core/board-order';
import { keyResultFacts } from '../../board/sortBoardView';
import type { TeamView } from '../../board/boardView.types';
import type { KeyResultTableRow } from './KeyResultTable.types';

/**
 * Every KR of the (filtered) board in one list, in `order` (names as `locale` files them) across teams and objectives: by
 * progress ascending, the worst first wherever it is. The board's own order lists them team by
 * team and objective by objective, as the board shows them.
 */
export function keyResultRows(
  teams: readonly TeamView[],
  order: BoardOrder,
  locale: string,
): KeyResultTableRow[] {
  const rows = teams.flatMap(({ team, objectives }) =>
    objectives.flatMap(({ objective, keyResults }) =>
      keyResults.map((view) => ({ view, objective, team })),
    ),
  );
  return inOrder(rows, (row) => keyResultFacts(row.view, row.team), order, locale);
}
