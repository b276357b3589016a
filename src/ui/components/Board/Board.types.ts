import type { RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { ObjectiveView, TeamView } from '../../board/boardView.types';
import type { ObjectiveCardProps } from '../ObjectiveCard/ObjectiveCard.types';

export interface BoardProps extends Omit<ObjectiveCardProps, 'view'> {
  readonly teams: readonly TeamView[];
  /** Names the board's region for screen readers, e.g. "Sales and Support, Q3 2026". */
  readonly label: string;
}

export type BoardRow =
  | { readonly kind: 'team'; readonly key: string; readonly team: TeamView }
  | { readonly kind: 'objective'; readonly key: string; readonly view: ObjectiveView };

export interface BoardState {
  readonly rows: readonly BoardRow[];
  readonly scrollRef: RefObject<HTMLDivElement>;
  readonly virtualizer: Virtualizer<HTMLDivElement, Element>;
}
