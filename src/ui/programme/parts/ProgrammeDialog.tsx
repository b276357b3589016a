import { useEffect, type ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ConflictRow } from '../../components/ConflictDialog/ConflictDialog';
import { DiscardChangesDialog } from '../../components/DiscardChangesDialog/DiscardChangesDialog';
import { unchosenPeopleInput } from '../../components/PeoplePicker/PeoplePicker';
import { useFocusRefusedField } from '../../hooks/useFocusRefusedField';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import type { SaveWithConflict } from '../../hooks/useSaveWithConflict';
import { useSectionStyles } from '../useSectionStyles';
import { useUnsavedSection } from '../useUnsavedSection';
import { SaveConflict } from './SaveConflict';
import { SaveError } from './SaveError';
import { useProgrammeSay } from '../programme-words';

/**
 * A Programme form in a modal dialog (Enter saves, Escape cancels, asking first once something
 * was changed, as a click outside it does): the fields, what the store refused, and after a 412
 * the conflict choice naming what the other person changed. It opens from its section's state,
 * not from a DialogTrigger, so the button that opens it spreads Fluent's
 * `useRestoreFocusTarget()`: that is where focus goes back when it closes.
 */
export function ProgrammeDialog<T>({
  title,
  submitLabel,
  what,
  changedWhat,
  saving,
  conflictRows,
  changed,
  onSubmit,
  onDismiss,
  children,
}: {
  readonly title: string;
  readonly submitLabel: string;
  /** What is edited, as "Your changes to {what}" says it: "the team". */
  readonly what: string;
  /** The same, as the conflict dialog's "{who} changed {what}" says it: "this team". */
  readonly changedWhat: string;
  readonly saving: SaveWithConflict<T>;
  readonly conflictRows: (mine: T, theirs: T) => readonly ConflictRow[];
  /** Whether the form differs from what it opened with: leaving it then asks first. */
  readonly changed: boolean;
  readonly onSubmit: () => void;
  readonly onDismiss: () => void;
  readonly children: ReactNode;
}) {
  const styles = useSectionStyles();
  const say = useProgrammeSay();
  const unsaved = useUnsavedChanges(true, onDismiss);
  const { markChanged } = unsaved;
  useEffect(() => {
    if (changed) markChanged();
  }, [changed, markChanged]);
  useUnsavedSection(what, changed);
  const refusal = useFocusRefusedField();
  // Keep editing puts the focus back in the field before the question goes: left to fall to the
  // page, tabster's restorer hands it to the button that opened the form (its restore target),
  // outside the form, which then reads as hidden.
  const keepingFocus = {
    ...unsaved,
    keepEditing: () => {
      unsaved.field.current?.focus();
      unsaved.keepEditing();
    },
  };
  return (
    <>
      <Dialog open modalType="modal" onOpenChange={(_, data) => unsaved.requestClose(data)}>
        {/* A name the form repeats (in its title, in a message) may be one long word. */}
        <DialogSurface aria-describedby={undefined} className={styles.wrap}>
          <form
            ref={refusal.form}
            onSubmit={(event) => {
              event.preventDefault();
              // Enter in a field still submits while Save is aria-disabled.
              if (saving.saving) return;
              if (!unchosenPeopleInput(event.currentTarget)) onSubmit();
              refusal.check();
            }}
            onFocus={unsaved.noteFocus}
            noValidate
          >
            <DialogBody>
              <DialogTitle>{title}</DialogTitle>
              <DialogContent className={styles.form}>
                {children}
                <SaveError error={saving.error} />
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" type="submit" disabledFocusable={saving.saving}>
                  {saving.saving ? say('Saving…') : submitLabel}
                </Button>
                <Button onClick={onDismiss}>{say('Cancel')}</Button>
              </DialogActions>
            </DialogBody>
          </form>
          <DiscardChangesDialog unsaved={keepingFocus} what={what} say={say} />
        </DialogSurface>
      </Dialog>
      <SaveConflict saving={saving} what={changedWhat} rows={conflictRows} />
    </>
  );
}
