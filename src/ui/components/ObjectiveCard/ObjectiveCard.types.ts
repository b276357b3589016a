import type { Objective } from '../../../core/model';
import type { ObjectiveView } from '../../board/boardView.types';
import type { KeyResultActions } from '../KeyResultRow/KeyResultRow.types';

export interface ObjectiveCardProps extends KeyResultActions {
  readonly view: ObjectiveView;
  readonly confidenceMax: number;
  readonly onEditObjective?: (objective: Objective) => void;
  readonly onAddKeyResult?: (objective: Objective) => void;
}
