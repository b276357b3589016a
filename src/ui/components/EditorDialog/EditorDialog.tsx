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

/** What both editors' state hooks hand the shell: the title being coached, the save and its conflict. */
export interface EditorState<T> {
  readonly creating: boolean;
  readonly title: string;
  readonly findings: readonly Finding[];
  /** The title as the coach last read it (after a pause or on leaving the field). */
  readonly coachedTitle: string;
  readonly coachingPending: boolean;
  readonly applyFix: (fix: CoachingFix) => void;
  readonly saving: SaveWithConflict<T>;
  readonly conflictRows: readonly ConflictRow[];
  readonly submit: (event?: FormEvent) => void;
  readonly dismiss: () => void;
  /** Offers "Delete" (editing an existing item only). */
  readonly requestDelete: (() => void) | undefined;
}

export interface EditorDialogProps<T> {
  /** What is edited, as the title, the coaching, the discard question and the conflict name it. */
  readonly editing: EditedItem;
  readonly editor: EditorState<T>;
  /** The title field, shown first, with the coach's findings right below it. */
  readonly titleField: ReactNode;
  /** The one-click fixes this editor can carry out. */
  readonly fixKinds: readonly CoachingFixKind[];
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
  Record<
    EditedItem,
    Readonly<
      Record<
        | 'new'
        | 'edit'
        | 'create'
        | 'save'
        | 'pending'
        | 'nothingToAdd'
        | 'coaching'
        | 'unsaved'
        | 'changed',
        Text
      >
    >
  >
> = {
  objective: {
    new: 'New objective',
    edit: 'Edit the objective',
    create: 'Create objective',
    save: 'Save objective',
    pending: 'The coach reads your objective when you pause or leave the field.',
    nothingToAdd: 'Nothing to add: this reads like a good objective.',
    coaching: 'Coaching on the objective',
    unsaved: 'the objective',
    changed: 'this objective',
  },
  keyResult: {
    new: 'New key result',
    edit: 'Edit the key result',
    create: 'Create key result',
    save: 'Save key result',
    pending: 'The coach reads your key result when you pause or leave the field.',
    nothingToAdd: 'Nothing to add: this reads like a measurable outcome.',
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
  const { editor } = props;
  const { saving } = editor;
  const item = editedItemWords[props.editing];
  const refusal = useFocusRefusedField();
  const unsaved = useUnsavedChanges(true, editor.dismiss);
  // What the coach says grows the form: never under a pointer pressed on Create or a field.
  const coaching = useHeldWhilePressed({
    findings: editor.findings,
    emptyMessage: say(
      editor.coachingPending || editor.title.trim() === '' ? item.pending : item.nothingToAdd,
    ),
    coachedText: editor.coachedTitle,
  });
  return (
    <>
      <Dialog open modalType="modal" onOpenChange={(_, data) => unsaved.requestClose(data)}>
        <DialogSurface className={styles.surface} aria-describedby={undefined}>
          <form
            ref={refusal.form}
            onSubmit={(event) => {
              if (unchosenPeopleInput(event.currentTarget)) event.preventDefault();
              else editor.submit(event);
              refusal.check();
            }}
            onChange={unsaved.markChanged}
            onFocus={unsaved.noteFocus}
            onPointerDownCapture={coaching.hold}
            noValidate
          >
            <DialogBody>
              <DialogTitle>{say(editor.creating ? item.new : item.edit)}</DialogTitle>
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
                    onFix={editor.applyFix}
                  />
                </section>
                {props.children}
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabledFocusable={saving.saving}>
                  {say(saving.saving ? 'Saving…' : editor.creating ? item.create : item.save)}
                </Button>
                <Button type="button" onClick={editor.dismiss}>
                  {say('Cancel')}
                </Button>
              </DialogActions>
              {/* Apart from Save and Cancel, at the other end: Fluent's start group. In the one
                  group, it halved their room and "Save key result" ran onto two lines. */}
              {editor.requestDelete ? (
                <DialogActions position="start">
                  <Button
                    type="button"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    onClick={editor.requestDelete}
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
        rows={editor.conflictRows}
        {...(saving.conflict?.changedBy ? { changedBy: saving.conflict.changedBy } : {})}
        onKeepMine={saving.keepMine}
        onTakeTheirs={saving.takeTheirs}
        busy={saving.saving}
      />
    </>
  );
}
