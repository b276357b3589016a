import type { KeyResult } from '../../../core/model';
import type { KeyResultView } from '../../board/boardView.types';
import type { NudgeApi } from '../../hooks/useNudge';

export interface KeyResultActions {
  readonly onCheckIn?: (keyResult: KeyResult) => void;
  readonly onShowHistory?: (keyResult: KeyResult) => void;
  readonly onEdit?: (keyResult: KeyResult) => void;
  /** Copies a deep link to the KR. */
  readonly onCopyLink?: (keyResult: KeyResult) => void;
  /** Sets or clears a status override, with its reason. */
  readonly onSetStatus?: (keyResult: KeyResult) => void;
  /** "Nudge owner": asks the KR's owner for a check-in, where the viewer may. */
  readonly nudge?: Pick<NudgeApi, 'canNudge' | 'nudge' | 'sending'>;
}

export interface KeyResultRowProps extends KeyResultActions {
  readonly view: KeyResultView;
  readonly confidenceMax: number;
  /** The KR a deep link opened: marked, and focusable so focus can be moved to it. */
  readonly highlighted?: boolean;
}
