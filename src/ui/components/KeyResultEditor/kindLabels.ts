import type { KeyResultKind } from '../../../core/model';
import type { Text } from '../../board/say';

/** How the key result editor names each way a KR is measured, in English (`editor-words.ts`). */
export const kindLabels: Readonly<Record<KeyResultKind, Text>> = {
  increase: 'Increase to a target',
  decrease: 'Decrease to a target',
  stayAbove: 'Stay at or above a line',
  stayBelow: 'Stay at or below a line',
  milestone: 'Milestones (steps done)',
  binary: 'Done or not done',
};
