import type { RefObject } from 'react';
import type { KeyResult, Objective } from '../../../core/model';
import type { ObjectiveDeletion } from '../../board/deleteOkr';
import type { Say } from '../../board/say';

export type DeleteTarget =
  | { readonly kind: 'objective'; readonly objective: Objective }
  | { readonly kind: 'keyResult'; readonly keyResult: KeyResult };

export interface Deleted {
  readonly objectiveIds: readonly string[];
  readonly keyResultIds: readonly string[];
}

export interface DeleteDialogProps {
  readonly target: DeleteTarget;
  readonly onDismiss: () => void;
  /** What was deleted (also after a stop part-way), before the dialog closes. */
  readonly onDeleted: (deleted: Deleted) => void;
}

export type DeleteStep =
  | { readonly step: 'planning' }
  | { readonly step: 'confirm'; readonly note?: string }
  | { readonly step: 'refused'; readonly aligned: readonly Objective[] }
  | { readonly step: 'deleting' }
  /** Someone changed the item since it was read: theirs is shown, and the person decides. */
  | { readonly step: 'conflict'; readonly title: string; readonly theirs: KeyResult | Objective }
  | { readonly step: 'failed'; readonly error: unknown };

export interface DeleteDialogState {
  readonly say: Say;
  readonly target: DeleteTarget;
  readonly step: DeleteStep;
  /** For an objective: what goes with it, as the store has it. */
  readonly plan: ObjectiveDeletion | undefined;
  readonly title: string;
  readonly confirmLabel: string;
  readonly confirm: () => void;
  /** After a conflict: delete their version. */
  readonly deleteTheirs: () => void;
  readonly close: () => void;
  /** Cancel, where the dialog opens. */
  readonly cancel: RefObject<HTMLButtonElement>;
}
