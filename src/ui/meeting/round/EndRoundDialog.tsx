/**
 * Asked before a facilitator ends the check-in round early: how many KRs will not be reviewed, and
 * that what was saved stays. Loaded when the facilitator asks to end the round, not with the stage
 * or the side panel. Keeping the round going is the default, first and focused; Escape keeps it
 * too, as when a running round would be replaced (`ReplaceRoundDialog`).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useChoiceActionsStyles } from '../../components/useChoiceActionsStyles';
import { useId } from 'react';
import type { MeetingSay } from '../meeting-words';

export interface EndRoundDialogProps {
  readonly open: boolean;
  /** The KRs neither saved nor skipped, the one under review included. */
  readonly notReviewed: number;
  /** The KR under review has revealed votes whose outcome is not saved. */
  readonly dropsVotes: boolean;
  readonly say: MeetingSay;
  readonly onEnd: () => void;
  readonly onKeepGoing: () => void;
}

export function EndRoundDialog({
  open,
  notReviewed,
  dropsVotes,
  say,
  onEnd,
  onKeepGoing,
}: EndRoundDialogProps) {
  const styles = useChoiceActionsStyles();
  const description = useId();
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => (data.open ? undefined : onKeepGoing())}
    >
      <DialogSurface aria-describedby={description}>
        <DialogBody>
          <DialogTitle>{say('End the round now?')}</DialogTitle>
          <DialogContent id={description}>
            {notReviewed > 0
              ? say(
                  '{count} {count|key result|key results} will not be reviewed: the round’s summary and its record list {count|it|them} as not reviewed.',
                  { count: notReviewed },
                )
              : say('Every key result is saved or skipped.')}{' '}
            {dropsVotes
              ? say(
                  'The votes revealed on the key result under review are not saved: they are dropped.',
                ) + ' '
              : ''}
            {say('Saved outcomes and skips are kept, and everyone sees the round’s summary.')}
          </DialogContent>
          <DialogActions fluid className={styles.actions}>
            <Button appearance="primary" onClick={onKeepGoing}>
              {say('Keep going')}
            </Button>
            <Button onClick={onEnd}>{say('End the round')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
