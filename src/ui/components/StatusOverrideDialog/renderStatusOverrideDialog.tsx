import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { statuses, type Status } from '../../../core/model';
import { ConflictDialog } from '../ConflictDialog/ConflictDialog';
import { fieldMessage } from '../FieldMessage/fieldMessage';
import { ErrorState } from '../States/ErrorState';
import type { StatusOverrideDialogState } from './StatusOverrideDialog.types';
import type { useStatusOverrideDialogStyles } from './useStatusOverrideDialogStyles';

export function renderStatusOverrideDialog(
  state: StatusOverrideDialogState,
  styles: ReturnType<typeof useStatusOverrideDialogStyles>,
) {
  const { saving, words } = state;
  const { say } = words;
  // The computed status stands out in the sentence, wherever the language puts it.
  const [beforeStatus, afterStatus] = say('From the pace, it is {status}.', { status: '\0' }).split(
    '\0',
  );
  return (
    <>
      <Dialog
        open
        modalType="modal"
        onOpenChange={(_, data) => {
          if (!data.open) state.dismiss();
        }}
      >
        <DialogSurface aria-describedby={undefined}>
          <form onSubmit={state.submit} noValidate>
            <DialogBody>
              <DialogTitle>
                {say('Set the status: {title}', { title: state.itemTitle })}
              </DialogTitle>
              <DialogContent className={styles.form}>
                {saving.error ? <ErrorState error={saving.error} /> : null}
                <Text as="p">
                  {beforeStatus}
                  <strong>{words.status(state.computed)}</strong>
                  {afterStatus}{' '}
                  {say(
                    'When you know better (a risk the numbers do not show yet), set the status and say why: your name and the date go with it, and it stays until it is cleared.',
                  )}
                </Text>
                {state.current ? (
                  <Text as="p">{say('Set now: {status}', { status: state.current })}</Text>
                ) : null}
                <Field label={say('Status')}>
                  <Select
                    value={state.status}
                    onChange={(_, data) => state.setStatus(data.value as Status)}
                  >
                    {statuses.map((status) => (
                      <option key={status} value={status}>
                        {words.status(status)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field
                  label={say('Why')}
                  required
                  hint={say('What the team knows that the numbers do not show.')}
                  {...fieldMessage(state.reasonError)}
                >
                  <Textarea
                    value={state.reason}
                    maxLength={state.reasonMaxLength}
                    resize="vertical"
                    onChange={(_, data) => state.setReason(data.value)}
                  />
                </Field>
              </DialogContent>
              <DialogActions className={styles.actions}>
                <Button type="submit" appearance="primary" disabledFocusable={saving.saving}>
                  {say(saving.saving ? 'Saving…' : 'Set status')}
                </Button>
                {state.current ? (
                  <Button type="button" disabledFocusable={saving.saving} onClick={state.clear}>
                    {say('Clear the override')}
                  </Button>
                ) : null}
                <Button type="button" onClick={state.dismiss}>
                  {say('Cancel')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
      <ConflictDialog
        open={saving.conflict !== undefined}
        what={say('the status of “{title}”', { title: state.itemTitle })}
        say={say}
        rows={state.conflictRows}
        {...(saving.conflict?.changedBy ? { changedBy: saving.conflict.changedBy } : {})}
        onKeepMine={saving.keepMine}
        onTakeTheirs={saving.takeTheirs}
        busy={saving.saving}
      />
    </>
  );
}
