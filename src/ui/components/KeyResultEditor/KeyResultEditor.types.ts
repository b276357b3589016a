import type { EditorState } from '../EditorDialog/EditorDialog';
import type { Initiative, KeyResult, KeyResultKind, Objective, Person } from '../../../core/model';
import type { Say } from '../../board/say';

export interface KeyResultEditorProps {
  readonly objective: Objective;
  /** Edit this KR; create a new one when omitted. */
  readonly keyResult?: KeyResult;
  readonly onDismiss: () => void;
  /** Offers "Delete" when editing an existing item; the board confirms and deletes. */
  readonly onDelete?: () => void;
  readonly onSaved: (keyResult: KeyResult) => void;
  /** The objective's other KRs: where "Move to initiatives" can put this one's work. */
  readonly siblings?: readonly KeyResult[];
  /** The work became an initiative under another KR; `removed` is this KR, deleted. */
  readonly onMoved?: (moved: MovedToInitiatives) => void;
}

export interface MovedToInitiatives {
  readonly initiative: Initiative;
  readonly under: KeyResult;
  readonly removed?: KeyResult;
}

/** "Move to initiatives" under way: the person chooses the KR the initiative goes under. */
export interface MoveToInitiatives {
  readonly initiativeTitle: string;
  /** The outcome template this KR is rewritten to when it keeps the initiative itself. */
  readonly outcomeText: string;
  /** `self` (this KR, rewritten as an outcome) or another KR's id. */
  readonly targetId: string;
  /** The KRs it may go under; this KR's own work goes under another only while nothing was checked in. */
  readonly targets: readonly { readonly id: string; readonly label: string }[];
  readonly setTargetId: (id: string) => void;
  readonly confirm: () => void;
  readonly cancel: () => void;
  readonly busy: boolean;
  readonly error: unknown;
}

export type KeyResultField =
  'title' | 'description' | 'kind' | 'start' | 'target' | 'unit' | 'weight';

export interface KeyResultEditorState extends EditorState<KeyResult> {
  /** The editor's words in the reader's language. */
  readonly say: Say;
  /** The KR being edited (its initiatives are edited alongside); none while creating. */
  readonly keyResult?: KeyResult;
  readonly objective: Objective;
  readonly setTitle: (title: string) => void;
  readonly kind: KeyResultKind;
  readonly setKind: (kind: KeyResultKind) => void;
  readonly startText: string;
  readonly setStartText: (text: string) => void;
  readonly targetText: string;
  readonly setTargetText: (text: string) => void;
  readonly unit: string;
  readonly setUnit: (unit: string) => void;
  readonly description: string;
  readonly setDescription: (description: string) => void;
  readonly weightText: string;
  readonly setWeightText: (text: string) => void;
  readonly owner: Person | undefined;
  readonly setOwner: (people: readonly Person[]) => void;
  readonly errors: Readonly<Partial<Record<KeyResultField, string>>>;
  /** How a number typed the other way round (`1.5` in German) was read, by field. */
  readonly readings: Readonly<Partial<Record<KeyResultField, string>>>;
  /** An example target written the reader's way (`e.g. 80.000` in German). */
  readonly targetPlaceholder: string;
  /** The person left the title field: read it now. */
  readonly settleCoaching: () => void;
  readonly move: MoveToInitiatives | undefined;
  /** Added as an initiative under this KR when it is saved (moved here by the fix). */
  readonly pendingInitiative: string | undefined;
}
