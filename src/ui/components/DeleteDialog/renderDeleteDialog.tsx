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
  const { step, target, plan, say } = state;
  switch (step.step) {
    case 'planning':
      return <Spinner size="small" label={say('Finding what goes with it…')} />;
    case 'refused':
      return (
        <>
          <Text as="p">
            {step.aligned.length === 1
              ? say('1 objective aligns to it:')
              : say('{count} objectives align to it:', { count: step.aligned.length })}
          </Text>
          <ul className={styles.list}>
            {step.aligned.map((objective) => (
              <li key={objective.id}>{objective.title}</li>
            ))}
          </ul>
          <Text as="p">
            {say(
              'Align them to another objective (or to none) first; then this one can be deleted.',
            )}
          </Text>
        </>
      );
    case 'conflict':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {say(
              'Someone else changed “{title}” since you loaded it, so nothing more was deleted. Delete their version anyway, or cancel to keep it.',
              { title: step.title },
            )}
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
        {say(
          'The key result “{title}” will be deleted. Its past check-ins stay in the store’s history but no longer show anywhere. This cannot be undone in the app.',
          { title: target.keyResult.title },
        )}
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
        {say(
          keyResults.length === 0
            ? 'The objective “{title}” will be deleted. It has no key results.'
            : keyResults.length === 1
              ? 'The objective “{title}” will be deleted, with its key result (deleted first):'
              : 'The objective “{title}” will be deleted, with its {count} key results (deleted first):',
          { title: target.objective.title, count: keyResults.length },
        )}
      </Text>
      {keyResults.length > 0 ? (
        <ul className={styles.list}>
          {keyResults.map((kr) => (
            <li key={kr.id}>{kr.title}</li>
          ))}
        </ul>
      ) : null}
      <Text as="p">
        {say(
          'Past check-ins stay in the store’s history but no longer show. This cannot be undone in the app.',
        )}
      </Text>
    </>
  );
}

export function renderDeleteDialog(
  state: DeleteDialogState,
  styles: ReturnType<typeof useDeleteDialogStyles>,
) {
  const { step, say } = state;
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
          <DialogActions className={styles.actions}>
            {/* One button from the first press on, relabelled as the deletion goes (Deleting…,
                Delete anyway, Close): the focus stays where it was pressed. */}
            {step.step === 'confirm' || step.step === 'deleting' ? (
              <Button
                appearance="primary"
                className={styles.danger}
                disabledFocusable={busy}
                onClick={state.confirm}
              >
                {step.step === 'deleting' ? say('Deleting…') : state.confirmLabel}
              </Button>
            ) : step.step === 'conflict' ? (
              <Button appearance="primary" className={styles.danger} onClick={state.deleteTheirs}>
                {say('Delete anyway')}
              </Button>
            ) : step.step === 'failed' ? (
              <Button onClick={state.close}>{say('Close')}</Button>
            ) : null}
            {step.step === 'failed' ? null : (
              <Button
                ref={state.cancel}
                disabledFocusable={step.step === 'deleting'}
                onClick={state.close}
              >
                {say(step.step === 'refused' ? 'Close' : 'Cancel')}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
