/**
 * Asked before a facilitator ends the check-in round early: how many KRs will not be reviewed, and
 * that what was saved stays. Loaded when the facilitator asks to end the round, not with the stage
 * or the side panel. Keeping the round going is the default, first and focused; Escape keeps it
 * too, as when a running round would be replaced (`ReplaceRoundDialog`).
 */
import { ChoiceDialog } from '../../components/ChoiceDialog/ChoiceDialog';
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
  return (
    <ChoiceDialog
      open={open}
      title={say('End the round now?')}
      safe={{ label: say('Keep going'), onClick: onKeepGoing }}
      other={{ label: say('End the round'), onClick: onEnd }}
    >
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
    </ChoiceDialog>
  );
}
