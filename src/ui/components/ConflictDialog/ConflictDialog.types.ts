import type { ChangedBy } from '../../../store/errors';

export interface ConflictRow {
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
}

export interface ConflictDialogProps {
  readonly open: boolean;
  /** What was being saved, e.g. "the objective". */
  readonly what: string;
  /** Every field of the item; only those that differ are shown. */
  readonly rows: readonly ConflictRow[];
  /** Who saved their version and when, when the store says. */
  readonly changedBy?: ChangedBy;
  /** Overwrite their version with mine (a deliberate choice, never silent). */
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
  readonly busy?: boolean;
}
