import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import type { KeyResultKind } from '../../../core/model';
import { EditorDialog } from '../EditorDialog/EditorDialog';
import type { useEditorDialogStyles } from '../EditorDialog/useEditorDialogStyles';
import { PeoplePicker } from '../PeoplePicker/PeoplePicker';
import { InitiativesEditor } from '../InitiativesEditor/InitiativesEditor';
import { invalid } from '../ObjectiveEditor/renderObjectiveEditor';
import { ErrorState } from '../States/ErrorState';
import { fieldMessage } from '../FieldMessage/fieldMessage';
import type { KeyResultEditorState, MoveToInitiatives } from './KeyResultEditor.types';

const keyResultFixKinds = ['rewriteAsOutcome', 'addBaseline', 'moveToInitiatives'] as const;

const kinds: readonly { readonly kind: KeyResultKind; readonly label: string }[] = [
  { kind: 'increase', label: 'Increase to a target' },
  { kind: 'decrease', label: 'Decrease to a target' },
  { kind: 'stayAbove', label: 'Stay at or above a line' },
  { kind: 'stayBelow', label: 'Stay at or below a line' },
  { kind: 'milestone', label: 'Milestones (steps done)' },
  { kind: 'binary', label: 'Done or not done' },
];

/** The move's choice opens below the coaching: it is scrolled into view once, when it opens. */
const revealOnOpen = (node: HTMLElement | null) => node?.scrollIntoView?.({ block: 'nearest' });

function renderMove(move: MoveToInitiatives, styles: ReturnType<typeof useEditorDialogStyles>) {
  return (
    <section className={styles.coaching} aria-label="Move to initiatives" ref={revealOnOpen}>
      <Subtitle2 as="h3">Keep “{move.initiativeTitle}” as an initiative</Subtitle2>
      <Field label="Where the initiative goes">
        <RadioGroup value={move.targetId} onChange={(_, data) => move.setTargetId(data.value)}>
          {move.targets.map((target) => (
            <Radio key={target.id} value={target.id} label={target.label} />
          ))}
        </RadioGroup>
      </Field>
      {move.error ? <ErrorState error={move.error} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={move.busy} onClick={move.confirm}>
          {move.busy ? 'Moving…' : 'Move it'}
        </Button>
        <Button disabledFocusable={move.busy} onClick={move.cancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

export function renderKeyResultEditor(
  state: KeyResultEditorState,
  styles: ReturnType<typeof useEditorDialogStyles>,
) {
  return (
    <EditorDialog
      title={state.creating ? 'New key result' : 'Edit the key result'}
      submitLabel={state.creating ? 'Create key result' : 'Save key result'}
      what="the key result"
      saving={state.saving}
      conflictRows={state.conflictRows}
      onSubmit={state.submit}
      onDismiss={state.dismiss}
      {...(state.requestDelete ? { onDelete: state.requestDelete } : {})}
      findings={state.findings}
      coachedText={state.coachedTitle}
      fixKinds={keyResultFixKinds}
      onFix={state.applyFix}
      coachingWhenEmpty={
        state.coachingPending || state.title.trim() === ''
          ? 'The coach reads your key result when you pause or leave the field.'
          : 'Nothing to add: this reads like a measurable outcome.'
      }
      titleField={
        <>
          <Caption1>For the objective: {state.objective.title}</Caption1>
          <Field
            label="Key result"
            required
            hint="An outcome you can measure, from where you are to where you want to be."
            {...invalid(state.errors.title)}
          >
            <Input
              value={state.title}
              onChange={(_, data) => state.setTitle(data.value)}
              onBlur={state.settleCoaching}
            />
          </Field>
        </>
      }
    >
      {state.move ? renderMove(state.move, styles) : null}
      {state.pendingInitiative ? (
        <Caption1 role="status">
          “{state.pendingInitiative}” is added as an initiative under this key result when you save
          it.
        </Caption1>
      ) : null}
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
        <Field label="Unit" hint="e.g. customers, %, days" {...invalid(state.errors.unit)}>
          <Input value={state.unit} onChange={(_, data) => state.setUnit(data.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field
          label="Start (baseline)"
          required
          {...fieldMessage(state.errors.start, state.readings.start)}
        >
          <Input
            inputMode="decimal"
            value={state.startText}
            onChange={(_, data) => state.setStartText(data.value)}
          />
        </Field>
        <Field
          label="Target"
          required
          {...fieldMessage(state.errors.target, state.readings.target)}
        >
          <Input
            inputMode="decimal"
            placeholder={state.targetPlaceholder}
            value={state.targetText}
            onChange={(_, data) => state.setTargetText(data.value)}
          />
        </Field>
        <Field label="Weight" {...fieldMessage(state.errors.weight, state.readings.weight)}>
          <Input
            inputMode="decimal"
            value={state.weightText}
            onChange={(_, data) => state.setWeightText(data.value)}
          />
        </Field>
      </div>
      <Field
        label="Details (optional)"
        hint="What counts, where the number comes from."
        {...invalid(state.errors.description)}
      >
        <Textarea
          value={state.description}
          onChange={(_, data) => state.setDescription(data.value)}
          resize="vertical"
        />
      </Field>
      <Field label="Owner">
        <PeoplePicker
          multiple={false}
          aria-label="Owner of the key result"
          selected={state.owner ? [state.owner] : []}
          onChange={state.setOwner}
        />
      </Field>
      {state.keyResult ? <InitiativesEditor keyResult={state.keyResult} /> : null}
    </EditorDialog>
  );
}
