import { renderDeleteDialog } from './renderDeleteDialog';
import { useDeleteDialog } from './useDeleteDialog';
import { useDeleteDialogStyles } from './useDeleteDialogStyles';
import type { DeleteDialogProps } from './DeleteDialog.types';

/**
 * Confirms a delete, naming what goes (an objective's KRs go first, and an objective others
 * align to is refused), runs it with If-Match, and lets the person decide after a conflict.
 */
export function DeleteDialog(props: DeleteDialogProps) {
  const state = useDeleteDialog(props);
  const styles = useDeleteDialogStyles();
  return renderDeleteDialog(state, styles);
}
