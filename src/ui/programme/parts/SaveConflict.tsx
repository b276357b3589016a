import { ConflictDialog } from '../../components/ConflictDialog/ConflictDialog';
import type { ConflictRow } from '../../components/ConflictDialog/ConflictDialog';
import type { SaveWithConflict } from '../../hooks/useSaveWithConflict';
import { useProgrammeSay } from '../programme-words';

/** After a 412: what the other person changed, side by side with mine, and the choice. */
export function SaveConflict<T>({
  saving,
  what,
  rows,
}: {
  readonly saving: SaveWithConflict<T>;
  /** What the other person changed, as "{who} changed {what}" says it: "this team". */
  readonly what: string;
  readonly rows: (mine: T, theirs: T) => readonly ConflictRow[];
}) {
  const { conflict } = saving;
  const say = useProgrammeSay();
  return (
    <ConflictDialog
      open={conflict !== undefined}
      what={what}
      rows={conflict ? rows(conflict.mine, conflict.theirs) : []}
      onKeepMine={saving.keepMine}
      onTakeTheirs={saving.takeTheirs}
      busy={saving.saving}
      say={say}
      {...(conflict?.changedBy ? { changedBy: conflict.changedBy } : {})}
    />
  );
}

/** The rows of a conflict: each field as mine and theirs show it. */
export function compareFields<T>(
  fields: readonly (readonly [label: string, show: (item: T) => string])[],
): (mine: T, theirs: T) => readonly ConflictRow[] {
  return (mine, theirs) =>
    fields.map(([label, show]) => ({ label, mine: show(mine), theirs: show(theirs) }));
}
