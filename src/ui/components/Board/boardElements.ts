import type { KeyResult } from '../../../core/model';
import type { BoardFocusTarget } from './Board.types';

/**
 * How the board's DOM names its parts, for what finds them there: the board's focus, and focus
 * after Undo (which loads after the board's first screen and shares only this small module).
 */

/** The accessible name of a KR row's check-in button. */
export const checkInLabel = (keyResult: KeyResult): string => `Check in on ${keyResult.title}`;

/** The KR row, or the objective's card, of `target` where the board has it in the DOM. */
export function focusElement(root: HTMLElement, target: BoardFocusTarget): HTMLElement | undefined {
  const [attribute, id] = target.keyResultId
    ? ['data-kr-id', target.keyResultId]
    : ['data-objective-id', target.objectiveId];
  return [...root.querySelectorAll<HTMLElement>(`[${attribute}]`)].find(
    (element) => element.getAttribute(attribute) === id,
  );
}
