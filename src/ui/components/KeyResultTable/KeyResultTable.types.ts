import type { KeyboardEvent, RefObject } from 'react';
import type { BoardOrder } from '../../../core/board-filter';
import type { KeyResult, Objective, Team } from '../../../core/model';
import type { KeyResultTrends, KeyResultView, TeamView } from '../../board/boardView.types';
import type { BoardItem } from '../Board/Board.types';

export interface KeyResultTableProps {
  /** The board as filtered, in its own order: the table puts its KRs in `order`. */
  readonly teams: readonly TeamView[];
  readonly order: BoardOrder;
  /** A column header was chosen: the order it sets. */
  readonly onOrder: (order: BoardOrder) => void;
  /** The KRs' confidence trends, once the check-in history has been read. */
  readonly trends: KeyResultTrends | undefined;
  readonly confidenceMax: number;
  /** Absent where KRs take no check-in (a closed cycle). */
  readonly onCheckIn: ((keyResult: KeyResult) => void) | undefined;
  readonly onShowHistory: (keyResult: KeyResult) => void;
  /** A search or filter is set: an empty table says so and offers to clear them. */
  readonly filtering: boolean;
  readonly onClearFilters: () => void;
}

/** A KR of the table, with the objective and team it belongs to. */
export interface KeyResultTableRow {
  readonly view: KeyResultView;
  readonly objective: Objective;
  readonly team: Team;
}

export interface KeyResultTableState {
  readonly rows: readonly KeyResultTableRow[];
  readonly scrollRef: RefObject<HTMLDivElement>;
  /** The rows near the viewport: each one's index in `rows` and offset from the table's top. */
  readonly items: readonly BoardItem[];
  /** Every row's height, measured or estimated. */
  readonly totalSize: number;
  readonly measureElement: (element: Element | null) => void;
  /** Up and down arrows move the focus between rows (`rowActionAcross`). */
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Orders by a column, or turns its order round. */
  readonly sortBy: (sort: KeyResultTableProps['order']['sort']) => void;
  /** What a screen reader is told once the order changed. */
  readonly announcement: string;
}
