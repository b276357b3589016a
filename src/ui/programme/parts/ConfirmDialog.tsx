import { useId, type ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useSectionStyles } from '../useSectionStyles';
import { SaveError } from './SaveError';
import { useProgrammeSay } from '../programme-words';

/**
 * Asks before a step that is hard to take back (starting, closing or deleting a cycle): what it
 * does, in the dialog's words, then the step or Cancel. Stays open while the step runs and shows
 * why it failed. Opened from state: its opener spreads Fluent's `useRestoreFocusTarget()`.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  busyLabel,
  busy,
  error,
  onConfirm,
  onDismiss,
  children,
}: {
  readonly title: string;
  readonly confirmLabel: string;
  /** The confirm button's words while the step runs: "Deleting…". */
  readonly busyLabel: string;
  readonly busy: boolean;
  readonly error: unknown;
  readonly onConfirm: () => void;
  readonly onDismiss: () => void;
  readonly children: ReactNode;
}) {
  const styles = useSectionStyles();
  const description = useId();
  const say = useProgrammeSay();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onDismiss()}>
      {/* A name the dialog repeats (in a refusal, in full) may be one long word. */}
      <DialogSurface aria-describedby={description} className={styles.wrap}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.form}>
            <div id={description} className={styles.form}>
              {children}
            </div>
            <SaveError error={error} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={onConfirm}>
              {busy ? busyLabel : confirmLabel}
            </Button>
            <Button onClick={onDismiss}>{say('Cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
