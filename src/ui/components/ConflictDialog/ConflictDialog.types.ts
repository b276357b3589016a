export interface ConflictRow {
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
}

export interface ConflictDialogProps {
  readonly open: boolean;
  /** What was being saved, e.g. "the objective". */
  readonly what: string;
  readonly rows: readonly ConflictRow[];
  /** Overwrite their version with mine (a deliberate choice, never silent). */
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
  readonly busy?: boolean;
}
