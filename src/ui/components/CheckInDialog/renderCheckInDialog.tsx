import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Textarea,
} from '@fluentui/react-components';
import { formatKeyResultMeasure, formatNowAndTarget, formatNumber } from '../../../core/format';
import { ConfidenceField } from '../ConfidenceField/ConfidenceField';
import { DiscardChangesDialog } from '../DiscardChangesDialog/DiscardChangesDialog';
import { KeyResultValueField } from '../KeyResultValueField/KeyResultValueField';
import { ErrorState } from '../States/ErrorState';
import { fieldMessage } from '../FieldMessage/fieldMessage';
import type { CheckInDialogState } from './CheckInDialog.types';
import type { useCheckInDialogStyles } from './useCheckInDialogStyles';

export function renderCheckInDialog(
  state: CheckInDialogState,
  styles: ReturnType<typeof useCheckInDialogStyles>,
) {
  const { keyResult } = state;
  return (
    <Dialog
      open={state.open}
      modalType="modal"
      onOpenChange={(_, data) => state.unsaved.requestClose(data)}
    >
      <DialogSurface aria-describedby={undefined}>
        {keyResult ? (
          <form
            onSubmit={state.submit}
            onChange={state.unsaved.markChanged}
            onFocus={state.unsaved.noteFocus}
            noValidate
          >
            <DialogBody>
              <DialogTitle>Check in: {keyResult.title}</DialogTitle>
              <DialogContent className={styles.form}>
                <Caption1 className={styles.target}>
                  {formatNowAndTarget(keyResult, state.locale)}
                </Caption1>
                {state.conflict ? (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>
                      Someone checked in on this key result since you opened it: it is now{' '}
                      {formatKeyResultMeasure(state.conflict, state.conflict.current, state.locale)}
                      {state.conflict.confidence === undefined
                        ? ''
                        : ` with confidence ${state.conflict.confidence}`}
                      . Nothing was saved.
                    </MessageBarBody>
                    <MessageBarActions>
                      <Button onClick={state.takeLatest}>Check in on the latest</Button>
                    </MessageBarActions>
                  </MessageBar>
                ) : null}
                {state.error ? <ErrorState error={state.error} /> : null}
                <KeyResultValueField
                  keyResult={keyResult}
                  valueText={state.valueText}
                  onChange={state.setValueText}
                  message={fieldMessage(state.fieldErrors.value, state.nudges.value)}
                />
                {state.bigJump ? (
                  <Field
                    validationState={state.jumpUnconfirmed ? 'error' : 'warning'}
                    validationMessage={state.bigJump}
                  >
                    <Checkbox
                      checked={state.confirmedJump}
                      onChange={(_, data) => state.setConfirmedJump(data.checked === true)}
                      label="Yes, this value is right"
                    />
                  </Field>
                ) : null}
                <ConfidenceField
                  value={state.confidence}
                  min={state.confidenceMin}
                  max={state.confidenceMax}
                  onChange={state.setConfidence}
                  hint="How sure are you that the target will be met?"
                  message={fieldMessage(state.fieldErrors.confidence, undefined)}
                />
                <Field
                  label={state.bigJump ? 'Note' : 'Note (optional)'}
                  required={state.bigJump !== undefined}
                  hint={`${formatNumber(state.note.length, state.locale)} of ${formatNumber(state.noteMaxLength, state.locale)} characters`}
                  {...fieldMessage(state.fieldErrors.note, state.nudges.note)}
                >
                  <Textarea
                    value={state.note}
                    onChange={(_, data) => state.setNote(data.value)}
                    placeholder="What changed? What will you do next?"
                  />
                </Field>
                {state.formErrors.map((message) => (
                  <MessageBar key={message} intent="error">
                    <MessageBarBody>{message}</MessageBarBody>
                  </MessageBar>
                ))}
              </DialogContent>
              <DialogActions className={styles.actions}>
                <Button type="submit" appearance="primary" disabledFocusable={state.saving}>
                  {state.saving ? (state.retrying ? 'Retrying…' : 'Saving…') : 'Save check-in'}
                </Button>
                <Button type="button" onClick={state.dismiss}>
                  Cancel
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        ) : null}
        <DiscardChangesDialog unsaved={state.unsaved} what="the check-in" />
      </DialogSurface>
    </Dialog>
  );
}
