import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ErrorState } from '../States/ErrorState';
import type { DeleteDialogState } from './DeleteDialog.types';
import type { useDeleteDialogStyles } from './useDeleteDialogStyles';

function renderBody(state: DeleteDialogState, styles: ReturnType<typeof useDeleteDialogStyles>) {
  const { step, target, plan } = state;
  switch (step.step) {
    case 'planning':
      return <Spinner size="small" label="Finding what goes with it…" />;
    case 'refused':
      return (
        <>
          <Text as="p">
            {step.aligned.length === 1
              ? '1 objective aligns to it:'
              : `${step.aligned.length} objectives align to it:`}
          </Text>
          <ul className={styles.list}>
            {step.aligned.map((objective) => (
              <li key={objective.id}>{objective.title}</li>
            ))}
          </ul>
          <Text as="p">
            Align them to another objective (or to none) first; then this one can be deleted.
          </Text>
        </>
      );
    case 'conflict':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Someone else changed “{step.title}” since you loaded it, so nothing more was deleted.
            Delete their version anyway, or cancel to keep it.
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <ErrorState error={step.error} />;
    default:
      break;
  }
  if (target.kind === 'keyResult') {
    return (
      <Text as="p">
        The key result “{target.keyResult.title}” will be deleted. Its past check-ins stay in the
        store’s history but no longer show anywhere. This cannot be undone in the app.
      </Text>
    );
  }
  const keyResults = plan?.keyResults ?? [];
  return (
    <>
      {step.step === 'confirm' && step.note ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{step.note}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text as="p">
        The objective “{target.objective.title}” will be deleted
        {keyResults.length === 0
          ? '. It has no key results.'
          : keyResults.length === 1
            ? ', with its key result (deleted first):'
            : `, with its ${keyResults.length} key results (deleted first):`}
      </Text>
      {keyResults.length > 0 ? (
        <ul className={styles.list}>
          {keyResults.map((kr) => (
            <li key={kr.id}>{kr.title}</li>
          ))}
        </ul>
      ) : null}
      <Text as="p">
        Past check-ins stay in the store’s history but no longer show. This cannot be undone in the
        app.
      </Text>
    </>
  );
}

export function renderDeleteDialog(
  state: DeleteDialogState,
  styles: ReturnType<typeof useDeleteDialogStyles>,
) {
  const { step } = state;
  const busy = step.step === 'deleting' || step.step === 'planning';
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open && !busy) state.close();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{state.title}</DialogTitle>
          <DialogContent className={styles.content}>{renderBody(state, styles)}</DialogContent>
          <DialogActions>
            {/* One button from the first press on, relabelled as the deletion goes (Deleting…,
                Delete anyway, Close): the focus stays where it was pressed. */}
            {step.step === 'confirm' || step.step === 'deleting' ? (
              <Button
                appearance="primary"
                className={styles.danger}
                disabledFocusable={busy}
                onClick={state.confirm}
              >
                {step.step === 'deleting' ? 'Deleting…' : state.confirmLabel}
              </Button>
            ) : step.step === 'conflict' ? (
              <Button appearance="primary" className={styles.danger} onClick={state.deleteTheirs}>
                Delete anyway
              </Button>
            ) : step.step === 'failed' ? (
              <Button onClick={state.close}>Close</Button>
            ) : null}
            {step.step === 'failed' ? null : (
              <Button disabledFocusable={step.step === 'deleting'} onClick={state.close}>
                {step.step === 'refused' ? 'Close' : 'Cancel'}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
