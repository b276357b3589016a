import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Subtitle2,
} from '@fluentui/react-components';
import type { KeyResultKind } from '../../../core/model';
import { CoachingFindings } from '../CoachingFindings/CoachingFindings';
import { ConflictDialog } from '../ConflictDialog/ConflictDialog';
import { ErrorState } from '../States/ErrorState';
import type { useEditorStyles } from '../ObjectiveEditor/useObjectiveEditorStyles';
import type { KeyResultEditorState } from './KeyResultEditor.types';

const kinds: readonly { readonly kind: KeyResultKind; readonly label: string }[] = [
  { kind: 'increase', label: 'Increase to a target' },
  { kind: 'decrease', label: 'Decrease to a target' },
  { kind: 'stayAbove', label: 'Stay at or above a line' },
  { kind: 'stayBelow', label: 'Stay at or below a line' },
  { kind: 'milestone', label: 'Milestones (steps done)' },
  { kind: 'binary', label: 'Done or not done' },
];

const invalid = (message: string | undefined) =>
  message ? { validationState: 'error' as const, validationMessage: message } : {};

export function renderKeyResultEditor(
  state: KeyResultEditorState,
  styles: ReturnType<typeof useEditorStyles>,
) {
  const { saving } = state;
  return (
    <>
      <Dialog
        open
        modalType="modal"
        onOpenChange={(_, data) => {
          if (!data.open) state.dismiss();
        }}
      >
        <DialogSurface className={styles.surface} aria-describedby={undefined}>
          <form onSubmit={state.submit} noValidate>
            <DialogBody>
              <DialogTitle>{state.creating ? 'New key result' : 'Edit the key result'}</DialogTitle>
              <DialogContent className={styles.form}>
                <Caption1>For the objective: {state.objective.title}</Caption1>
                {saving.error ? <ErrorState error={saving.error} /> : null}
                <Field
                  label="Key result"
                  required
                  hint="An outcome you can measure, from where you are to where you want to be."
                  {...invalid(state.errors.title)}
                >
                  <Input
                    value={state.title}
                    maxLength={state.titleMaxLength + 50}
                    onChange={(_, data) => state.setTitle(data.value)}
                  />
                </Field>
                <section className={styles.coaching} aria-label="Coaching">
                  <Subtitle2 as="h3">Coaching</Subtitle2>
                  <CoachingFindings
                    label="Coaching on the key result"
                    findings={state.findings}
                    emptyMessage={
                      state.title.trim() === ''
                        ? 'Start typing: the coach reads along.'
                        : 'Nothing to add: this reads like a measurable outcome.'
                    }
                  />
                </section>
                <div className={styles.row}>
                  <Field label="How it is measured" {...invalid(state.errors.kind)}>
                    <Select
                      value={state.kind}
                      onChange={(_, data) => state.setKind(data.value as KeyResultKind)}
                    >
                      {kinds.map(({ kind, label }) => (
                        <option key={kind} value={kind}>
                          {label}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field
                    label="Unit"
                    hint="e.g. customers, %, days"
                    {...invalid(state.errors.unit)}
                  >
                    <Input value={state.unit} onChange={(_, data) => state.setUnit(data.value)} />
                  </Field>
                </div>
                <div className={styles.row}>
                  <Field label="Start (baseline)" required {...invalid(state.errors.start)}>
                    <Input
                      inputMode="decimal"
                      value={state.startText}
                      onChange={(_, data) => state.setStartText(data.value)}
                    />
                  </Field>
                  <Field label="Target" required {...invalid(state.errors.target)}>
                    <Input
                      inputMode="decimal"
                      value={state.targetText}
                      onChange={(_, data) => state.setTargetText(data.value)}
                    />
                  </Field>
                  <Field label="Weight" {...invalid(state.errors.weight)}>
                    <Input
                      inputMode="decimal"
                      value={state.weightText}
                      onChange={(_, data) => state.setWeightText(data.value)}
                    />
                  </Field>
                </div>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabled={saving.saving}>
                  {saving.saving
                    ? 'Saving…'
                    : state.creating
                      ? 'Create key result'
                      : 'Save key result'}
                </Button>
                <Button type="button" onClick={state.dismiss}>
                  Cancel
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
      <ConflictDialog
        open={saving.conflict !== undefined}
        what="the key result"
        rows={state.conflictRows}
        onKeepMine={saving.keepMine}
        onTakeTheirs={saving.takeTheirs}
        busy={saving.saving}
      />
    </>
  );
}
