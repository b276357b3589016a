import type { KeyboardEvent, RefObject } from 'react';
import type { ObjectiveView, TeamView } from '../../board/boardView.types';
import type { ObjectiveCardProps } from '../ObjectiveCard/ObjectiveCard';

/** An objective, or one of its KRs, to bring into view, highlight and focus. */
export interface BoardFocusTarget {
  readonly objectiveId: string;
  readonly keyResultId?: string;
}

export interface BoardProps extends Omit<ObjectiveCardProps, 'view' | 'highlight' | 'collapsed'> {
  readonly teams: readonly TeamView[];
  /** Objectives showing only their header. */
  readonly collapsedIds?: ReadonlySet<string>;
  /**
   * Scrolled to (however far down the virtualised board), highlighted and focused; each new
   * object is brought into view once.
   */
  readonly focusTarget?: BoardFocusTarget | undefined;
  /** The focus target is in view and has focus. */
  readonly onFocusTargetShown?: (target: BoardFocusTarget) => void;
}

export type BoardRow =
  | { readonly kind: 'team'; readonly key: string; readonly team: TeamView }
  | { readonly kind: 'objective'; readonly key: string; readonly view: ObjectiveView };

/** A row in the DOM: its index in `rows` and its offset from the board's top. */
export interface BoardItem {
  readonly index: number;
  readonly start: number;
}

export interface BoardState {
  readonly rows: readonly BoardRow[];
  readonly scrollRef: RefObject<HTMLDivElement>;
  /** The first screen's rows until the virtualiser is in, then those near the viewport. */
  readonly items: readonly BoardItem[];
  /**
   * The first screen's rows lie one after another in the page's flow (their `start` only
   * estimated); the virtualiser, once in, places each at its measured offset.
   */
  readonly inFlow?: boolean;
  /** Every row's height, measured or estimated. */
  readonly totalSize: number;
  /** The virtualiser's, once it is in: measures each row as it is rendered. */
  readonly measureElement?: (element: Element | null) => void;
  /** Up and down arrows move the focus between KR rows (`rowActionAcross`). */
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}
