import type { CorrectCheckInDialogProps } from './CorrectCheckInDialog.types';
import { renderCorrectCheckInDialog } from './renderCorrectCheckInDialog';
import { useCorrectCheckInDialog } from './useCorrectCheckInDialog';
import { useCorrectCheckInDialogStyles } from './useCorrectCheckInDialogStyles';

/**
 * Corrects a check-in (numbers, note) or withdraws it from the record, always with a reason; the
 * KR then reads its latest remaining check-in. SharePoint's version history keeps the audit.
 */
export function CorrectCheckInDialog(props: CorrectCheckInDialogProps) {
  const state = useCorrectCheckInDialog(props);
  const styles = useCorrectCheckInDialogStyles();
  return renderCorrectCheckInDialog(state, styles);
}
