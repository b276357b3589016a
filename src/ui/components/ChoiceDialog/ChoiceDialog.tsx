import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

/** A choice's words and what it does. */
export interface Choice {
  readonly label: string;
  readonly onClick: () => void;
}

/**
 * A choice is never broken inside; when both do not fit on one line (a 320 px meeting panel), the
 * second goes under the first.
 */
const useStyles = makeStyles({
  actions: { flexWrap: 'wrap', '& > *': { whiteSpace: 'nowrap' } },
});

/**
 * A question with two choices: the safe one first, primary and focused, the other after it.
 * Escape and a click outside choose `onDismiss`, the safe choice unless said otherwise. Fluent's
 * Dialog hides the rest of the page from assistive technology while open, and gives it back only
 * when it closes (not when unmounted): keep it mounted while what it asked about goes.
 */
export function ChoiceDialog({
  open,
  modalType = 'alert',
  title,
  children,
  safe,
  other,
  onDismiss = safe.onClick,
}: {
  readonly open: boolean;
  /** `alert` (role alertdialog) for a question about losing something; `modal` (role dialog). */
  readonly modalType?: 'alert' | 'modal';
  readonly title: string;
  /** What is at stake: the dialog's description. */
  readonly children: ReactNode;
  readonly safe: Choice;
  readonly other: Choice;
  readonly onDismiss?: () => void;
}) {
  const styles = useStyles();
  const description = useId();
  return (
    <Dialog
      open={open}
      modalType={modalType}
      onOpenChange={(_event, data) => (data.open ? undefined : onDismiss())}
    >
      <DialogSurface aria-describedby={description}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent id={description}>{children}</DialogContent>
          {/* Fluid: the choices take the dialog's whole width, not its last two columns, where
              each broke over two lines on a narrow stage; Fluent stacks them under 480 px. */}
          <DialogActions fluid className={styles.actions}>
            <Button appearance="primary" onClick={safe.onClick}>
              {safe.label}
            </Button>
            <Button onClick={other.onClick}>{other.label}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
