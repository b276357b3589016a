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
import { formatKeyResultMeasure, formatNowAndTarget } from '../../../core/format';
import { ConfidenceField } from '../ConfidenceField/ConfidenceField';
import { DateField } from '../DateField/DateField';
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
  const { keyResult, locale, words } = state;
  const { say, measure } = words;
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
              <DialogTitle>{say('Check in: {title}', { title: keyResult.title })}</DialogTitle>
              <DialogContent className={styles.form}>
                <Caption1 className={styles.target}>
                  {formatNowAndTarget(keyResult, locale, measure)}
                </Caption1>
                {state.conflict ? (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>
                      {say(
                        state.conflict.confidence === undefined
                          ? 'Someone checked in on this key result since you opened it: it is now {value}. Nothing was saved.'
                          : 'Someone checked in on this key result since you opened it: it is now {value} with confidence {confidence}. Nothing was saved.',
                        {
                          value: formatKeyResultMeasure(
                            state.conflict,
                            state.conflict.current,
                            locale,
                            measure,
                          ),
                          confidence: state.conflict.confidence ?? '',
                        },
                      )}
                    </MessageBarBody>
                    <MessageBarActions>
                      <Button onClick={state.takeLatest}>{say('Check in on the latest')}</Button>
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
                      label={say('Yes, this value is right')}
                    />
                  </Field>
                ) : null}
                <ConfidenceField
                  value={state.confidence}
                  min={state.confidenceMin}
                  max={state.confidenceMax}
                  onChange={state.setConfidence}
                  hint={say('How sure are you that the target will be met?')}
                  message={fieldMessage(state.fieldErrors.confidence, undefined)}
                />
                <DateField
                  label={say('Check-in date')}
                  value={state.day}
                  onChange={state.setDay}
                  required
                  min={state.firstDay}
                  max={state.lastDay}
                  validationMessage={state.dayError}
                />
                <Field
                  label={say(state.bigJump ? 'Note' : 'Note (optional)')}
                  required={state.bigJump !== undefined}
                  hint={say('{length} of {max} characters', {
                    length: state.note.length,
                    max: state.noteMaxLength,
                  })}
                  {...fieldMessage(state.fieldErrors.note, state.nudges.note)}
                >
                  <Textarea
                    value={state.note}
                    onChange={(_, data) => state.setNote(data.value)}
                    placeholder={say('What changed? What will you do next?')}
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
                  {say(state.saving ? (state.retrying ? 'Retrying…' : 'Saving…') : 'Save check-in')}
                </Button>
                <Button type="button" onClick={state.dismiss}>
                  {say('Cancel')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        ) : null}
        <DiscardChangesDialog unsaved={state.unsaved} what={say('the check-in')} say={say} />
      </DialogSurface>
    </Dialog>
  );
}
