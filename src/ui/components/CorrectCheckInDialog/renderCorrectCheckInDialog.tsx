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
import { formatKeyResultMeasure, formatNumber } from '../../../core/format';
import { ConfidenceField } from '../ConfidenceField/ConfidenceField';
import { KeyResultValueField } from '../KeyResultValueField/KeyResultValueField';
import { ErrorState } from '../States/ErrorState';
import { fieldMessage } from '../FieldMessage/fieldMessage';
import type { CorrectCheckInDialogState } from './CorrectCheckInDialog.types';
import type { useCorrectCheckInDialogStyles } from './useCorrectCheckInDialogStyles';

function counter(length: number, max: number, locale: string): string {
  return `${formatNumber(length, locale)} of ${formatNumber(max, locale)} characters`;
}

export function renderCorrectCheckInDialog(
  state: CorrectCheckInDialogState,
  styles: ReturnType<typeof useCorrectCheckInDialogStyles>,
) {
  const { target } = state;
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
                {withdraw ? 'Delete check-in' : 'Edit check-in'}: {target.keyResult.title}
              </DialogTitle>
              <DialogContent className={styles.form}>
                <Caption1 className={styles.made}>
                  {formatKeyResultMeasure(target.keyResult, target.checkIn.value, state.locale)},
                  checked in {state.made}
                </Caption1>
                {withdraw ? (
                  <Text>
                    The check-in leaves the record and the key result goes back to its latest
                    remaining check-in. It stays in the list’s version history with your reason.
                  </Text>
                ) : (
                  <>
                    <KeyResultValueField
                      keyResult={target.keyResult}
                      valueText={state.valueText}
                      onChange={state.setValueText}
                      label="Value"
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
                      label="Note"
                      hint={counter(state.note.length, state.noteMaxLength, state.locale)}
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
                  label={withdraw ? 'Why delete it?' : 'Why correct it?'}
                  required
                  hint={counter(state.reason.length, state.reasonMaxLength, state.locale)}
                  {...fieldMessage(state.fieldErrors.correctionReason)}
                >
                  <Input
                    value={state.reason}
                    placeholder={withdraw ? 'Entered on the wrong key result' : 'Typed 900 for 90'}
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
              <DialogActions>
                <Button type="submit" appearance="primary" disabledFocusable={state.saving}>
                  {state.saving
                    ? state.retrying
                      ? 'Retrying…'
                      : 'Saving…'
                    : withdraw
                      ? 'Delete check-in'
                      : 'Save correction'}
                </Button>
                <Button type="button" onClick={state.dismiss}>
                  Cancel
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        ) : null}
      </DialogSurface>
    </Dialog>
  );
}
