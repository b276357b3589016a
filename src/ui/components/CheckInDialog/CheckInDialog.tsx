import { renderCheckInDialog } from './renderCheckInDialog';
import { useCheckInDialog } from './useCheckInDialog';
import { useCheckInDialogStyles } from './useCheckInDialogStyles';
import type { CheckInDialogProps } from './CheckInDialog.types';

/**
 * A check-in in a few seconds: new value, confidence and an optional note, with validation
 * next to each field and the coach's nudge when one fits. Enter saves; Escape cancels, asking
 * first once something was typed or chosen.
 */
export function CheckInDialog(props: CheckInDialogProps) {
  const state = useCheckInDialog(props);
  const styles = useCheckInDialogStyles();
  return renderCheckInDialog(state, styles);
}
