import { Field, Input, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import type { ObjectiveCommitment } from '../../../core/model';
import { fieldMessage } from '../FieldMessage/fieldMessage';
import { EditorDialog } from '../EditorDialog/EditorDialog';
import type { useEditorDialogStyles } from '../EditorDialog/useEditorDialogStyles';
import { PeoplePicker } from '../PeoplePicker/PeoplePicker';
import type { ObjectiveEditorState } from './ObjectiveEditor.types';

const objectiveFixKinds = ['rewriteAsOutcome', 'addBaseline'] as const;

export function renderObjectiveEditor(
  state: ObjectiveEditorState,
  styles: ReturnType<typeof useEditorDialogStyles>,
) {
  const { say } = state;
  return (
    <EditorDialog
      editing="objective"
      editor={state}
      fixKinds={objectiveFixKinds}
      titleField={
        <Field
          label={say('Objective')}
          required
          hint={say('Where do you want to be at the end of the cycle, and why does it matter?')}
          {...fieldMessage(state.errors.title)}
        >
          <Input
            value={state.title}
            onChange={(_, data) => state.setTitle(data.value)}
            onBlur={state.settleCoaching}
          />
        </Field>
      }
    >
      <Field label={say('Why it matters (optional)')} {...fieldMessage(state.errors.description)}>
        <Textarea
          value={state.description}
          onChange={(_, data) => state.setDescription(data.value)}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Field label={say('Team')} required {...fieldMessage(state.errors.teamId)}>
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
          {...fieldMessage(state.errors.parentId)}
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
      <Field label={say('Commitment')} {...fieldMessage(state.errors.commitment)}>
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
