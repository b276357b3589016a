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
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { formatKeyResultMeasure } from '../../../core/format';
import { ConfidenceField } from '../ConfidenceField/ConfidenceField';
import { KeyResultValueField } from '../KeyResultValueField/KeyResultValueField';
import { ErrorState } from '../States/ErrorState';
import { fieldMessage } from '../FieldMessage/fieldMessage';
import type { CorrectCheckInDialogState } from './CorrectCheckInDialog.types';
import type { useCorrectCheckInDialogStyles } from './useCorrectCheckInDialogStyles';

export function renderCorrectCheckInDialog(
  state: CorrectCheckInDialogState,
  styles: ReturnType<typeof useCorrectCheckInDialogStyles>,
) {
  const { target, words } = state;
  const { say } = words;
  const withdraw = target?.mode === 'withdraw';
  return (
    <Dialog
      open={target !== undefined}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) state.dismiss();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        {target ? (
          <form onSubmit={state.submit} noValidate>
            <DialogBody>
              <DialogTitle>
                {say(withdraw ? 'Delete check-in: {title}' : 'Edit check-in: {title}', {
                  title: target.keyResult.title,
                })}
              </DialogTitle>
              <DialogContent className={styles.form}>
                <Caption1 className={styles.made}>
                  {say('{value}, checked in {when}', {
                    value: formatKeyResultMeasure(
                      target.keyResult,
                      target.checkIn.value,
                      state.locale,
                      words.measure,
                    ),
                    when: state.made,
                  })}
                </Caption1>
                {withdraw ? (
                  <Text>
                    {say(
                      'The check-in leaves the record and the key result goes back to its latest remaining check-in. It stays in the list’s version history with your reason.',
                    )}
                  </Text>
                ) : (
                  <>
                    <KeyResultValueField
                      keyResult={target.keyResult}
                      valueText={state.valueText}
                      onChange={state.setValueText}
                      label={say('Value')}
                      message={fieldMessage(state.fieldErrors.value, state.readings.value)}
                    />
                    <ConfidenceField
                      value={state.confidence}
                      min={state.confidenceMin}
                      max={state.confidenceMax}
                      onChange={state.setConfidence}
                      message={fieldMessage(state.fieldErrors.confidence)}
                    />
                    <Field
                      label={say('Note')}
                      hint={say('{length} of {max} characters', {
                        length: state.note.length,
                        max: state.noteMaxLength,
                      })}
                      {...fieldMessage(state.fieldErrors.note)}
                    >
                      <Textarea
                        value={state.note}
                        onChange={(_, data) => state.setNote(data.value)}
                      />
                    </Field>
                  </>
                )}
                <Field
                  label={say(withdraw ? 'Why delete it?' : 'Why correct it?')}
                  required
                  hint={say('{length} of {max} characters', {
                    length: state.reason.length,
                    max: state.reasonMaxLength,
                  })}
                  {...fieldMessage(state.fieldErrors.correctionReason)}
                >
                  <Input
                    value={state.reason}
                    placeholder={say(
                      withdraw ? 'Entered on the wrong key result' : 'Typed 900 for 90',
                    )}
                    onChange={(_, data) => state.setReason(data.value)}
                  />
                </Field>
                {state.formErrors.map((message) => (
                  <MessageBar key={message} intent="error">
                    <MessageBarBody>{message}</MessageBarBody>
                  </MessageBar>
                ))}
                {state.error ? <ErrorState error={state.error} /> : null}
              </DialogContent>
              <DialogActions className={styles.actions}>
                <Button type="submit" appearance="primary" disabledFocusable={state.saving}>
                  {say(
                    state.saving
                      ? state.retrying
                        ? 'Retrying…'
                        : 'Saving…'
                      : withdraw
                        ? 'Delete check-in'
                        : 'Save correction',
                  )}
                </Button>
                <Button type="button" onClick={state.dismiss}>
                  {say('Cancel')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        ) : null}
      </DialogSurface>
    </Dialog>
  );
}
