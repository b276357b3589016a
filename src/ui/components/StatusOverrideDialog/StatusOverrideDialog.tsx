import { renderStatusOverrideDialog } from './renderStatusOverrideDialog';
import { useStatusOverrideDialog } from './useStatusOverrideDialog';
import { useStatusOverrideDialogStyles } from './useStatusOverrideDialogStyles';
import type { StatusOverrideDialogProps } from './StatusOverrideDialog.types';

/**
 * Sets or clears a manual status override with its reason (who and when from the signed-in
 * user), saved with If-Match; after a conflict, "Keep mine" puts only the override on their
 * version.
 */
export function StatusOverrideDialog(props: StatusOverrideDialogProps) {
  const state = useStatusOverrideDialog(props);
  const styles = useStatusOverrideDialogStyles();
  return renderStatusOverrideDialog(state, styles);
}
