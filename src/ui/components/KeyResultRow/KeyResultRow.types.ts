import type { KeyResult } from '../../../core/model';
import type { KeyResultView } from '../../board/boardView.types';

export interface KeyResultActions {
  readonly onCheckIn?: (keyResult: KeyResult) => void;
  readonly onShowHistory?: (keyResult: KeyResult) => void;
  readonly onEdit?: (keyResult: KeyResult) => void;
}

export interface KeyResultRowProps extends KeyResultActions {
  readonly view: KeyResultView;
  readonly confidenceMax: number;
}
