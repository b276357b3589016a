import type { FormEvent, ReactNode } from 'react';
import { useFocusRefusedField } from '../../hooks/useFocusRefusedField';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { CoachingFix, CoachingFixKind, Finding } from '../../../core/coaching';
import { useSay, type Text } from '../../board/say';
import type { SaveWithConflict } from '../../hooks/useSaveWithConflict';
import { CoachingFindings } from '../CoachingFindings/CoachingFindings';
import { ConflictDialog } from '../ConflictDialog/ConflictDialog';
import { DiscardChangesDialog } from '../DiscardChangesDialog/DiscardChangesDialog';
import { unchosenPeopleInput } from '../PeoplePicker/PeoplePicker';
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges';
import { useHeldWhilePressed } from '../../hooks/useHeldWhilePressed';
import type { ConflictRow } from '../ConflictDialog/ConflictDialog';
import { ErrorState } from '../States/ErrorState';
import { useEditorDialogStyles } from './useEditorDialogStyles';

export interface EditorDialogProps<T> {
  readonly title: string;
  readonly submitLabel: string;
  /** What is edited, as the coaching, the discard question and the conflict name it. */
  readonly editing: EditedItem;
  readonly saving: SaveWithConflict<T>;
  readonly conflictRows: readonly ConflictRow[];
  readonly onSubmit: (event?: FormEvent) => void;
  readonly onDismiss: () => void;
  /** Shows "Delete" (editing an existing item only). */
  readonly onDelete?: () => void;
  /** The title field, shown first, with the coach's findings right below it. */
  readonly titleField: ReactNode;
  readonly findings: readonly Finding[];
  readonly coachingWhenEmpty: string;
  /** The title the findings are about (what the coach last read). */
  readonly coachedText: string;
  /** The one-click fixes this editor can carry out. */
  readonly fixKinds: readonly CoachingFixKind[];
  readonly onFix: (fix: CoachingFix) => void;
  /** The other fields. */
  readonly children: ReactNode;
}

export type EditedItem = 'objective' | 'keyResult';

/**
 * What is edited, in the messages about it: separate messages, not one "the objective" put in
 * each, since German says it differently in each ("Änderungen am Objective", "hat dieses
 * Objective geändert").
 */
const editedItemWords: Readonly<
  Record<EditedItem, { coaching: Text; unsaved: Text; changed: Text }>
> = {
  objective: {
    coaching: 'Coaching on the objective',
    unsaved: 'the objective',
    changed: 'this objective',
  },
  keyResult: {
    coaching: 'Coaching on the key result',
    unsaved: 'the key result',
    changed: 'this key result',
  },
};

/**
 * The shell both OKR editors share: a modal form (Enter saves, Escape cancels, asking first once
 * something was changed), the title field with live coaching under it, the save error, and the
 * conflict choice after a 412.
 */
export function EditorDialog<T>(props: EditorDialogProps<T>) {
  const styles = useEditorDialogStyles();
  const say = useSay();
  const { saving } = props;
  const item = editedItemWords[props.editing];
  const refusal = useFocusRefusedField();
  const unsaved = useUnsavedChanges(true, props.onDismiss);
  // What the coach says grows the form: never under a pointer pressed on Create or a field.
  const coaching = useHeldWhilePressed({
    findings: props.findings,
    emptyMessage: props.coachingWhenEmpty,
    coachedText: props.coachedText,
  });
  return (
    <>
      <Dialog open modalType="modal" onOpenChange={(_, data) => unsaved.requestClose(data)}>
        <DialogSurface className={styles.surface} aria-describedby={undefined}>
          <form
            ref={refusal.form}
            onSubmit={(event) => {
              if (unchosenPeopleInput(event.currentTarget)) event.preventDefault();
              else props.onSubmit(event);
              refusal.check();
            }}
            onChange={unsaved.markChanged}
            onFocus={unsaved.noteFocus}
            onPointerDownCapture={coaching.hold}
            noValidate
          >
            <DialogBody>
              <DialogTitle>{props.title}</DialogTitle>
              <DialogContent className={styles.form}>
                {saving.error ? <ErrorState error={saving.error} /> : null}
                {props.titleField}
                <section className={styles.coaching} aria-label={say('Coaching')}>
                  <Subtitle2 as="h3" className={styles.heading}>
                    {say('Coaching')}
                  </Subtitle2>
                  <CoachingFindings
                    label={say(item.coaching)}
                    say={say}
                    {...coaching.shown}
                    fixKinds={props.fixKinds}
                    onFix={props.onFix}
                  />
                </section>
                {props.children}
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabledFocusable={saving.saving}>
                  {saving.saving ? say('Saving…') : props.submitLabel}
                </Button>
                <Button type="button" onClick={props.onDismiss}>
                  {say('Cancel')}
                </Button>
              </DialogActions>
              {/* Apart from Save and Cancel, at the other end: Fluent's start group. In the one
                  group, it halved their room and "Save key result" ran onto two lines. */}
              {props.onDelete ? (
                <DialogActions position="start">
                  <Button
                    type="button"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    onClick={props.onDelete}
                  >
                    {say('Delete')}
                  </Button>
                </DialogActions>
              ) : null}
            </DialogBody>
          </form>
          <DiscardChangesDialog unsaved={unsaved} what={say(item.unsaved)} say={say} />
        </DialogSurface>
      </Dialog>
      <ConflictDialog
        open={saving.conflict !== undefined}
        what={say(item.changed)}
        say={say}
        rows={props.conflictRows}
        {...(saving.conflict?.changedBy ? { changedBy: saving.conflict.changedBy } : {})}
        onKeepMine={saving.keepMine}
        onTakeTheirs={saving.takeTheirs}
        busy={saving.saving}
      />
    </>
  );
}
