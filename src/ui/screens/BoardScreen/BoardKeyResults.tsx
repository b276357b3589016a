import { isFiltering, orderOf, orderPatch } from '../../../core/board-filter';
import { KeyResultTable } from '../../components/KeyResultTable/KeyResultTable';
import type { BoardScreenState } from './BoardScreen.types';

/**
 * The board screen's KRs as one table (its "Key results" layout), with the board's search,
 * filters, order, check-in and history: a chunk of its own, loaded when the layout is chosen.
 */
export default function BoardKeyResults({ state }: { readonly state: BoardScreenState }) {
  const { filter } = state.view;
  return (
    <KeyResultTable
      teams={state.view.filtered}
      order={orderOf(filter.filter)}
      onOrder={(order) => filter.change(orderPatch(order))}
      trends={state.view.trends}
      confidenceMax={state.confidenceMax}
      onCheckIn={state.cycle?.state === 'closed' ? undefined : state.checkIn.open}
      onShowHistory={state.history.open}
      filtering={isFiltering(filter.filter)}
      onClearFilters={filter.clear}
    />
  );
}
