import { useCallback, useState } from 'react';
import { ConflictError } from '../../store/errors';

export interface SaveWithConflict<T> {
  readonly saving: boolean;
  readonly error: unknown;
  /** Both versions after a 412: the person decides, nothing is overwritten silently. */
  readonly conflict: { readonly mine: T; readonly theirs: T } | undefined;
  readonly save: (item: T) => void;
  /**
   * Saves mine again on top of their version (their eTag), as a deliberate overwrite: mine whole,
   * or only what this save changes when the hook was given `rebase`.
   */
  readonly keepMine: () => void;
  readonly takeTheirs: () => void;
}

/**
 * Runs a create or an eTag-guarded update, and turns a `ConflictError` into a choice. `rebase`
 * puts mine on top of theirs for "Keep mine" (by default, all of mine with their eTag).
 */
export function useSaveWithConflict<T extends { readonly version?: string }>(
  write: (item: T) => Promise<T>,
  onSaved: (saved: T) => void,
  rebase: (mine: T, theirs: T) => T = keepAllOfMine,
): SaveWithConflict<T> {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [conflict, setConflict] = useState<SaveWithConflict<T>['conflict']>(undefined);

  const save = useCallback(
    (item: T) => {
      setSaving(true);
      setError(undefined);
      write(item)
        .then((saved) => {
          setConflict(undefined);
          onSaved(saved);
        })
        .catch((failure: unknown) => {
          if (failure instanceof ConflictError && failure.theirs) {
            setConflict({ mine: item, theirs: failure.theirs as T });
          } else {
            setConflict(undefined);
            setError(failure);
          }
        })
        .finally(() => setSaving(false));
    },
    [write, onSaved],
  );
  const keepMine = useCallback(() => {
    if (conflict) save(rebase(conflict.mine, conflict.theirs));
  }, [conflict, save, rebase]);
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setConflict(undefined);
    onSaved(conflict.theirs);
  }, [conflict, onSaved]);
  return { saving, error, conflict, save, keepMine, takeTheirs };
}

function keepAllOfMine<T extends { readonly version?: string }>(mine: T, theirs: T): T {
  return { ...mine, version: theirs.version };
}
