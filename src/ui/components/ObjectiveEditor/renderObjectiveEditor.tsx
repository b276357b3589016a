import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import type { ObjectiveCommitment } from '../../../core/model';
import { CoachingFindings } from '../CoachingFindings/CoachingFindings';
import { ConflictDialog } from '../ConflictDialog/ConflictDialog';
import { ErrorState } from '../States/ErrorState';
import type { ObjectiveEditorState } from './ObjectiveEditor.types';
import type { useEditorStyles } from './useObjectiveEditorStyles';

const invalid = (message: string | undefined) =>
  message ? { validationState: 'error' as const, validationMessage: message } : {};

export function renderObjectiveEditor(
  state: ObjectiveEditorState,
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
              <DialogTitle>{state.creating ? 'New objective' : 'Edit the objective'}</DialogTitle>
              <DialogContent className={styles.form}>
                {saving.error ? <ErrorState error={saving.error} /> : null}
                <Field
                  label="Objective"
                  required
                  hint="Where do you want to be at the end of the cycle, and why does it matter?"
                  {...invalid(state.errors.title)}
                >
                  <Input
                    value={state.title}
                    maxLength={state.titleMaxLength + 50}
                    onChange={(_, data) => state.setTitle(data.value)}
                  />
                </Field>
                <section className={styles.coaching} aria-labelledby="objective-coaching-title">
                  <Subtitle2 as="h3" id="objective-coaching-title">
                    Coaching
                  </Subtitle2>
                  <CoachingFindings
                    label="Coaching on the objective"
                    findings={state.findings}
                    emptyMessage={
                      state.title.trim() === ''
                        ? 'Start typing: the coach reads along.'
                        : 'Nothing to add: this reads like a good objective.'
                    }
                  />
                </section>
                <Field label="Why it matters (optional)" {...invalid(state.errors.description)}>
                  <Textarea
                    value={state.description}
                    onChange={(_, data) => state.setDescription(data.value)}
                    resize="vertical"
                  />
                </Field>
                <div className={styles.row}>
                  <Field label="Team" required {...invalid(state.errors.teamId)}>
                    <Select
                      value={state.teamId}
                      onChange={(_, data) => state.setTeamId(data.value)}
                    >
                      {state.teams.map((team) => (
                        <option key={team.id} value={team.id}>
                          {team.name}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field label="Aligns to" {...invalid(state.errors.parentId)}>
                    <Select
                      value={state.parentId}
                      onChange={(_, data) => state.setParentId(data.value)}
                    >
                      <option value="">Nothing (a top-level objective)</option>
                      {state.parentChoices.map((choice) => (
                        <option key={choice.id} value={choice.id}>
                          {choice.label}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <Field label="Commitment" {...invalid(state.errors.commitment)}>
                  <RadioGroup
                    layout="horizontal"
                    value={state.commitment}
                    onChange={(_, data) => state.setCommitment(data.value as ObjectiveCommitment)}
                  >
                    <Radio value="committed" label="Committed: we will meet it in full" />
                    {state.allowAspirational ? (
                      <Radio value="aspirational" label="Aspirational: a stretch, 0.7 is success" />
                    ) : null}
                  </RadioGroup>
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabled={saving.saving}>
                  {saving.saving
                    ? 'Saving…'
                    : state.creating
                      ? 'Create objective'
                      : 'Save objective'}
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
        what="the objective"
        rows={state.conflictRows}
        onKeepMine={saving.keepMine}
        onTakeTheirs={saving.takeTheirs}
        busy={saving.saving}
      />
    </>
  );
}
