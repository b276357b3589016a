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
import { invalid } from '../ObjectiveEditor/renderObjectiveEditor';
import { ErrorState } from '../States/ErrorState';
import type { StatusOverrideDialogState } from './StatusOverrideDialog.types';
import type { useStatusOverrideDialogStyles } from './useStatusOverrideDialogStyles';

export function renderStatusOverrideDialog(
  state: StatusOverrideDialogState,
  styles: ReturnType<typeof useStatusOverrideDialogStyles>,
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
        <DialogSurface aria-describedby={undefined}>
          <form onSubmit={state.submit} noValidate>
            <DialogBody>
              <DialogTitle>Set the status: {state.itemTitle}</DialogTitle>
              <DialogContent className={styles.form}>
                {saving.error ? <ErrorState error={saving.error} /> : null}
                <Text as="p">
                  From the pace, it is <strong>{state.statusLabel(state.computed)}</strong>. When
                  you know better (a risk the numbers do not show yet), set the status and say why:
                  your name and the date go with it, and it stays until it is cleared.
                </Text>
                {state.current ? <Text as="p">Set now: {state.current}</Text> : null}
                <Field label="Status">
                  <Select
                    value={state.status}
                    onChange={(_, data) => state.setStatus(data.value as Status)}
                  >
                    {statuses.map((status) => (
                      <option key={status} value={status}>
                        {state.statusLabel(status)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field
                  label="Why"
                  required
                  hint="What the team knows that the numbers do not show."
                  {...invalid(state.reasonError)}
                >
                  <Textarea
                    value={state.reason}
                    maxLength={state.reasonMaxLength}
                    resize="vertical"
                    onChange={(_, data) => state.setReason(data.value)}
                  />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary" disabledFocusable={saving.saving}>
                  {saving.saving ? 'Saving…' : 'Set status'}
                </Button>
                {state.current ? (
                  <Button type="button" disabledFocusable={saving.saving} onClick={state.clear}>
                    Clear the override
                  </Button>
                ) : null}
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
        what={`the status of “${state.itemTitle}”`}
        rows={state.conflictRows}
        {...(saving.conflict?.changedBy ? { changedBy: saving.conflict.changedBy } : {})}
        onKeepMine={saving.keepMine}
        onTakeTheirs={saving.takeTheirs}
        busy={saving.saving}
      />
    </>
  );
}
