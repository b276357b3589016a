import { useCallback, useEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';

export interface UnsavedChanges {
  /** For the form's `onChange`: something in it was typed or chosen. */
  readonly markChanged: () => void;
  /** For the form's `onFocus`: the field to go back to after Keep editing. */
  readonly noteFocus: (event: FocusEvent) => void;
  /** The field last focused in the form (a click outside leaves the focus on the page's body). */
  readonly field: RefObject<HTMLElement | null>;
  /** For the dialog's `onOpenChange`: Escape or a click outside it. */
  readonly requestClose: (data: { readonly open: boolean }) => void;
  /** Whether "Discard your changes?" is asked. */
  readonly asking: boolean;
  readonly keepEditing: () => void;
  readonly discard: () => void;
}

/**
 * Escape or a click outside closed a form dialog and dropped whatever had been typed in it. Once
 * something is typed or chosen, either asks first, as Fluent's dialog guidance has an alert dialog
 * do for unsaved changes (https://fluent2.microsoft.design/components/web/react/dialog/usage);
 * Cancel, a choice in words, still closes it at once.
 */
export function useUnsavedChanges(open: boolean, onDismiss: () => void): UnsavedChanges {
  const [changed, setChanged] = useState(false);
  const [asking, setAsking] = useState(false);
  const field = useRef<HTMLElement | null>(null);
  // A dialog kept mounted between openings (the check-in dialog) starts each one unchanged.
  useEffect(() => {
    if (open) return;
    setChanged(false);
    setAsking(false);
    field.current = null;
  }, [open]);
  const markChanged = useCallback(() => setChanged(true), []);
  const noteFocus = useCallback((event: FocusEvent) => {
    if (event.target instanceof HTMLElement) field.current = event.target;
  }, []);
  const requestClose = useCallback(
    (data: { readonly open: boolean }) => {
      if (data.open) return;
      if (changed) setAsking(true);
      else onDismiss();
    },
    [changed, onDismiss],
  );
  const keepEditing = useCallback(() => setAsking(false), []);
  const discard = useCallback(() => {
    setAsking(false);
    onDismiss();
  }, [onDismiss]);
  return { markChanged, noteFocus, field, requestClose, asking, keepEditing, discard };
}
