import { useCallback, useState } from 'react';
import { ConflictError, type ChangedBy } from '../../store/errors';

export interface SaveWithConflict<T> {
  readonly saving: boolean;
  readonly error: unknown;
  /** Both versions after a 412: the person decides, nothing is overwritten silently. */
  readonly conflict:
    { readonly mine: T; readonly theirs: T; readonly changedBy?: ChangedBy } | undefined;
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
 * puts mine on top of theirs for "Keep mine": by default what this save changed since `base`
 * (the item as it was opened) on their version, so their changes to other fields stay; without
 * a base, all of mine with their eTag. Given `base`, a change of theirs that touches none of the
 * fields this save changes (a check-in moving a KR while its status is set) is merged and saved,
 * not reported: only a real clash asks the person.
 */
export function useSaveWithConflict<T extends { readonly version?: string }>(
  write: (item: T) => Promise<T>,
  onSaved: (saved: T) => void,
  rebase?: (mine: T, theirs: T) => T,
  base?: T,
): SaveWithConflict<T> {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [conflict, setConflict] = useState<SaveWithConflict<T>['conflict']>(undefined);

  const save = useCallback(
    function save(item: T) {
      setSaving(true);
      setError(undefined);
      let retried = false;
      write(item)
        .then((saved) => {
          setConflict(undefined);
          onSaved(saved);
        })
        .catch((failure: unknown) => {
          if (failure instanceof ConflictError && failure.theirs) {
            const theirs = failure.theirs as T;
            const merged = base ? mergeDisjoint(base, item, theirs) : undefined;
            if (merged) {
              retried = true;
              save(merged);
              return;
            }
            setConflict({
              mine: item,
              theirs,
              ...(failure.changedBy ? { changedBy: failure.changedBy } : {}),
            });
          } else {
            setConflict(undefined);
            setError(failure);
          }
        })
        // A merged retry is still saving: only its own outcome ends the save.
        .finally(() => retried || setSaving(false));
    },
    [write, onSaved, base],
  );
  const keepMine = useCallback(() => {
    if (!conflict) return;
    const { mine, theirs } = conflict;
    save(
      rebase
        ? rebase(mine, theirs)
        : base
          ? onTopOf(theirs, mine, changedFields(base, mine))
          : { ...mine, version: theirs.version },
    );
  }, [conflict, save, rebase, base]);
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setConflict(undefined);
    onSaved(conflict.theirs);
  }, [conflict, onSaved]);
  return { saving, error, conflict, save, keepMine, takeTheirs };
}

function changedFields<T extends object>(from: T, to: T): Set<string> {
  const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
  keys.delete('version');
  const read = (item: T, key: string) => JSON.stringify((item as Record<string, unknown>)[key]);
  return new Set([...keys].filter((key) => read(from, key) !== read(to, key)));
}

/** Mine on top of theirs when the two changed different fields since `base`; else undefined. */
export function mergeDisjoint<T extends { readonly version?: string }>(
  base: T,
  mine: T,
  theirs: T,
): T | undefined {
  const ours = changedFields(base, mine);
  const others = changedFields(base, theirs);
  if ([...ours].some((key) => others.has(key))) return undefined;
  return onTopOf(theirs, mine, ours);
}

/** Their item (and eTag) with the given fields of mine; a field mine lacks is removed. */
function onTopOf<T extends object>(theirs: T, mine: T, fields: Iterable<string>): T {
  const merged = { ...theirs } as Record<string, unknown>;
  for (const key of fields) {
    const value = (mine as Record<string, unknown>)[key];
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged as T;
}

/**
 * An existing item as a form edited it: the form's fields on top of everything else the item
 * has. A form shows only some fields; what it does not show (an imported item's source id, a
 * KR's phased targets, roll-up and score, an objective's weighted alignments) is kept, never
 * written back empty. A field the form cleared (`undefined`) is removed.
 */
export function withEdits<T extends object>(item: T, edits: Partial<T>): T {
  return onTopOf(item, edits as T, Object.keys(edits));
}
