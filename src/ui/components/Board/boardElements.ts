import type { KeyboardEvent } from 'react';
import type { BoardFocusTarget } from './Board.types';

/**
 * How the board's DOM names its parts, for what finds them there: the board's focus, and focus
 * after Undo (which loads after the board's first screen and shares only this small module).
 */

/** What a KR row's action buttons say they do (`data-row-action`), so the arrow keys find one. */
export type RowAction = 'checkIn' | 'history' | 'status' | 'link' | 'nudge' | 'edit';

const rowSelector = '[data-kr-id]';

/**
 * Where the up and down arrow keys take the focus from `from`, a control in a KR row: the same
 * action in the KR row above or below (across objective cards), or that row's first action where
 * it has no such one. Undefined when `from` is in no KR row or there is no row that way.
 */
export function rowActionAcross(
  root: HTMLElement,
  from: Element,
  direction: 'up' | 'down',
): HTMLElement | undefined {
  const row = from.closest(rowSelector);
  if (!row || !root.contains(row)) return undefined;
  const rows = [...root.querySelectorAll(rowSelector)];
  const next = rows[rows.indexOf(row) + (direction === 'down' ? 1 : -1)];
  const actions = next ? [...next.querySelectorAll<HTMLElement>('[data-row-action]')] : [];
  const action = from.getAttribute('data-row-action');
  return actions.find((button) => button.dataset.rowAction === action) ?? actions[0];
}

/** The KR row, or the objective's card, of `target` where the board has it in the DOM. */
export function focusElement(root: HTMLElement, target: BoardFocusTarget): HTMLElement | undefined {
  const [attribute, id] = target.keyResultId
    ? ['data-kr-id', target.keyResultId]
    : ['data-objective-id', target.objectiveId];
  return [...root.querySelectorAll<HTMLElement>(`[${attribute}]`)].find(
    (element) => element.getAttribute(attribute) === id,
  );
}

/**
 * Up and down arrows from a KR row's button to the same button a row above or below (on the
 * board, or in the Key results list), as in Teams' own lists, instead of Tab through every button
 * of every row on the way. The row there is in the DOM: the virtualiser renders rows beyond the
 * viewport, and the focus scrolls the next into view, which renders the one after.
 */
export function moveAcrossRows(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = rowActionAcross(
    event.currentTarget,
    event.target as Element,
    event.key === 'ArrowDown' ? 'down' : 'up',
  );
  if (!target) return;
  event.preventDefault();
  target.focus();
}
