import { Field, Input, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import type { ObjectiveCommitment } from '../../../core/model';
import { EditorDialog } from '../EditorDialog/EditorDialog';
import type { useEditorDialogStyles } from '../EditorDialog/useEditorDialogStyles';
import { PeoplePicker } from '../PeoplePicker/PeoplePicker';
import type { ObjectiveEditorState } from './ObjectiveEditor.types';

const objectiveFixKinds = ['rewriteAsOutcome', 'addBaseline'] as const;

export const invalid = (message: string | undefined) =>
  message ? { validationState: 'error' as const, validationMessage: message } : {};

export function renderObjectiveEditor(
  state: ObjectiveEditorState,
  styles: ReturnType<typeof useEditorDialogStyles>,
) {
  const { say } = state;
  return (
    <EditorDialog
      title={say(state.creating ? 'New objective' : 'Edit the objective')}
      submitLabel={say(state.creating ? 'Create objective' : 'Save objective')}
      editing="objective"
      saving={state.saving}
      conflictRows={state.conflictRows}
      onSubmit={state.submit}
      onDismiss={state.dismiss}
      {...(state.requestDelete ? { onDelete: state.requestDelete } : {})}
      findings={state.findings}
      coachedText={state.coachedTitle}
      fixKinds={objectiveFixKinds}
      onFix={state.applyFix}
      coachingWhenEmpty={say(
        state.coachingPending || state.title.trim() === ''
          ? 'The coach reads your objective when you pause or leave the field.'
          : 'Nothing to add: this reads like a good objective.',
      )}
      titleField={
        <Field
          label={say('Objective')}
          required
          hint={say('Where do you want to be at the end of the cycle, and why does it matter?')}
          {...invalid(state.errors.title)}
        >
          <Input
            value={state.title}
            onChange={(_, data) => state.setTitle(data.value)}
            onBlur={state.settleCoaching}
          />
        </Field>
      }
    >
      <Field label={say('Why it matters (optional)')} {...invalid(state.errors.description)}>
        <Textarea
          value={state.description}
          onChange={(_, data) => state.setDescription(data.value)}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Field label={say('Team')} required {...invalid(state.errors.teamId)}>
          <Select value={state.teamId} onChange={(_, data) => state.setTeamId(data.value)}>
            {state.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={say('Aligns to')}
          {...invalid(state.errors.parentId)}
          {...(state.alignmentNote ? { hint: state.alignmentNote } : {})}
        >
          <Select value={state.parentId} onChange={(_, data) => state.setParentId(data.value)}>
            <option value="">{say('Nothing (a top-level objective)')}</option>
            {state.parentGroups.map((group) => (
              <optgroup key={group.key} label={group.label}>
                {group.choices.map((choice) => (
                  <option key={choice.id} value={choice.id} disabled={choice.disabled}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={say('Owner')}>
        <PeoplePicker
          multiple={false}
          aria-label={say('Owner of the objective')}
          say={say}
          selected={state.owner ? [state.owner] : []}
          onChange={state.setOwner}
        />
      </Field>
      <Field label={say('Commitment')} {...invalid(state.errors.commitment)}>
        <RadioGroup
          layout="horizontal"
          className={styles.choices}
          value={state.commitment}
          onChange={(_, data) => state.setCommitment(data.value as ObjectiveCommitment)}
        >
          <Radio value="committed" label={say('Committed: we will meet it in full')} />
          {state.allowAspirational ? (
            <Radio
              value="aspirational"
              label={say('Aspirational: a stretch, {score} is success', { score: 0.7 })}
            />
          ) : null}
        </RadioGroup>
      </Field>
    </EditorDialog>
  );
}
