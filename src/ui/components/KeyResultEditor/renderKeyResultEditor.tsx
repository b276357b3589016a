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
import { keyResultKinds, type KeyResultKind } from '../../../core/model';
import type { Say } from '../../board/say';
import { EditorDialog } from '../EditorDialog/EditorDialog';
import type { useEditorDialogStyles } from '../EditorDialog/useEditorDialogStyles';
import { PeoplePicker } from '../PeoplePicker/PeoplePicker';
import { InitiativesEditor } from '../InitiativesEditor/InitiativesEditor';
import { ErrorState } from '../States/ErrorState';
import { fieldMessage } from '../FieldMessage/fieldMessage';
import type { KeyResultEditorState, MoveToInitiatives } from './KeyResultEditor.types';
import { kindLabels } from './kindLabels';

const keyResultFixKinds = ['rewriteAsOutcome', 'addBaseline', 'moveToInitiatives'] as const;

/** The move's choice opens below the coaching: it is scrolled into view once, when it opens. */
const revealOnOpen = (node: HTMLElement | null) => node?.scrollIntoView?.({ block: 'nearest' });

function renderMove(
  move: MoveToInitiatives,
  styles: ReturnType<typeof useEditorDialogStyles>,
  say: Say,
) {
  return (
    <section className={styles.coaching} aria-label={say('Move to initiatives')} ref={revealOnOpen}>
      <Subtitle2 as="h3">
        {say('Keep “{title}” as an initiative', { title: move.initiativeTitle })}
      </Subtitle2>
      <Field label={say('Where the initiative goes')}>
        <RadioGroup value={move.targetId} onChange={(_, data) => move.setTargetId(data.value)}>
          {move.targets.map((target) => (
            <Radio key={target.id} value={target.id} label={target.label} />
          ))}
        </RadioGroup>
      </Field>
      {move.error ? <ErrorState error={move.error} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={move.busy} onClick={move.confirm}>
          {say(move.busy ? 'Moving…' : 'Move it')}
        </Button>
        <Button disabledFocusable={move.busy} onClick={move.cancel}>
          {say('Cancel')}
        </Button>
      </div>
    </section>
  );
}

export function renderKeyResultEditor(
  state: KeyResultEditorState,
  styles: ReturnType<typeof useEditorDialogStyles>,
) {
  const { say } = state;
  return (
    <EditorDialog
      editing="keyResult"
      editor={state}
      fixKinds={keyResultFixKinds}
      titleField={
        <>
          <Caption1>{say('For the objective: {title}', { title: state.objective.title })}</Caption1>
          <Field
            label={say('Key result')}
            required
            hint={say('An outcome you can measure, from where you are to where you want to be.')}
            {...fieldMessage(state.errors.title)}
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
      {state.move ? renderMove(state.move, styles, say) : null}
      {state.pendingInitiative ? (
        <Caption1 role="status">
          {say('“{title}” is added as an initiative under this key result when you save it.', {
            title: state.pendingInitiative,
          })}
        </Caption1>
      ) : null}
      <div className={styles.row}>
        <Field label={say('How it is measured')} {...fieldMessage(state.errors.kind)}>
          <Select
            value={state.kind}
            onChange={(_, data) => state.setKind(data.value as KeyResultKind)}
          >
            {keyResultKinds.map((kind) => (
              <option key={kind} value={kind}>
                {say(kindLabels[kind])}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={say('Unit')}
          hint={say('e.g. customers, %, days')}
          {...fieldMessage(state.errors.unit)}
        >
          <Input value={state.unit} onChange={(_, data) => state.setUnit(data.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field
          label={say('Start (baseline)')}
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
          label={say('Target')}
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
        <Field label={say('Weight')} {...fieldMessage(state.errors.weight, state.readings.weight)}>
          <Input
            inputMode="decimal"
            value={state.weightText}
            onChange={(_, data) => state.setWeightText(data.value)}
          />
        </Field>
      </div>
      <Field
        label={say('Details (optional)')}
        hint={say('What counts, where the number comes from.')}
        {...fieldMessage(state.errors.description)}
      >
        <Textarea
          value={state.description}
          onChange={(_, data) => state.setDescription(data.value)}
          resize="vertical"
        />
      </Field>
      <Field label={say('Owner')}>
        <PeoplePicker
          multiple={false}
          aria-label={say('Owner of the key result')}
          say={say}
          selected={state.owner ? [state.owner] : []}
          onChange={state.setOwner}
        />
      </Field>
      {state.keyResult ? <InitiativesEditor keyResult={state.keyResult} /> : null}
    </EditorDialog>
  );
}
