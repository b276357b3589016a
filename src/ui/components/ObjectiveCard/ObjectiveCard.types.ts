import type { Objective } from '../../../core/model';
import type { ObjectiveView } from '../../board/boardView.types';
import type { BoardFocusTarget } from '../Board/Board.types';
import type { KeyResultActions } from '../KeyResultRow/KeyResultRow.types';

export interface ObjectiveCardProps extends KeyResultActions {
  readonly view: ObjectiveView;
  readonly confidenceMax: number;
  readonly onEditObjective?: (objective: Objective) => void;
  readonly onAddKeyResult?: (objective: Objective) => void;
  readonly onCopyObjectiveLink?: (objective: Objective) => void;
  readonly onSetObjectiveStatus?: (objective: Objective) => void;
  /** Only the header shows; the KRs are one click away. */
  readonly collapsed?: boolean;
  readonly onToggleCollapsed?: (objectiveId: string) => void;
  /** Set on the card a deep link opened (the objective, or one of its KRs). */
  readonly highlight?: BoardFocusTarget;
}
