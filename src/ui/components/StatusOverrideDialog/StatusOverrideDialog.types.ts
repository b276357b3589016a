import type { FormEvent } from 'react';
import type { Cycle, KeyResult, Objective, Status } from '../../../core/model';
import type { DialogWords } from '../../board/dialog-words';
import type { SaveWithConflict } from '../../hooks/useSaveWithConflict';
import type { ConflictRow } from '../ConflictDialog/ConflictDialog';

export type StatusTarget =
  | {
      readonly kind: 'objective';
      readonly objective: Objective;
      /** Its KRs, for the status computed from pace. */
      readonly keyResults: readonly KeyResult[];
    }
  | { readonly kind: 'keyResult'; readonly keyResult: KeyResult };

export interface StatusOverrideDialogProps {
  readonly target: StatusTarget;
  readonly cycle: Cycle;
  readonly onDismiss: () => void;
  readonly onSaved: (item: Objective | KeyResult) => void;
}

export interface StatusOverrideDialogState {
  readonly words: DialogWords;
  readonly itemTitle: string;
  /** What the pace says, without any override. */
  readonly computed: Status;
  /** The override in force now, described ("At risk (set by Adele Vance: …)"). */
  readonly current: string | undefined;
  readonly status: Status;
  readonly setStatus: (status: Status) => void;
  readonly reason: string;
  readonly setReason: (reason: string) => void;
  readonly reasonMaxLength: number;
  readonly reasonError: string | undefined;
  readonly saving: SaveWithConflict<Objective | KeyResult>;
  readonly conflictRows: readonly ConflictRow[];
  readonly submit: (event?: FormEvent) => void;
  /** Removes the override: the status follows the pace again. */
  readonly clear: () => void;
  readonly dismiss: () => void;
}
