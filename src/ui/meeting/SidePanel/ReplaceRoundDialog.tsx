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
import { useMeetingWords, type MeetingSay } from '../meeting-words';
import type { RunningRound } from './RoundOnStage';

/** Where the round is, in words: `key result 2 of 4, “Weekly active users”`. */
function roundPlace({ position, count, title }: RunningRound, say: MeetingSay): string {
  return title === undefined
    ? say('key result {position} of {count}', { position, count })
    : say('key result {position} of {count}, “{title}”', { position, count, title });
}

/**
 * Sharing while a round runs (on the stage, or taken off it by Stop sharing): replace it for
 * everyone, or keep it. Keeping it is the default, first and focused; Escape keeps it too.
 */
export function ReplaceRoundDialog({
  open,
  running,
  unchecked,
  onReplace,
  onKeep,
}: {
  readonly open: boolean;
  /** The running round, when the panel follows it; named so it is not replaced unseen. */
  readonly running: RunningRound | undefined;
  /** Why the panel could not learn whether a round runs, when it could not (and Teams shows none). */
  readonly unchecked?: string | undefined;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
}) {
  const styles = useChoiceActionsStyles();
  const { say } = useMeetingWords();
  const description = useId();
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => (data.open ? undefined : onKeep())}
    >
      <DialogSurface aria-describedby={description}>
        <DialogBody>
          <DialogTitle>{say('Replace the running round?')}</DialogTitle>
          <DialogContent id={description}>
            {running?.unconfirmed
              ? say(
                  'A check-in round may still be running, at {place}: the meeting last recorded it there, and no stage or panel that ran it is open now to confirm it.',
                  { place: roundPlace(running, say) },
                )
              : running
                ? say('A check-in round is still running, at {place}.', {
                    place: roundPlace(running, say),
                  })
                : unchecked === undefined
                  ? say('A check-in round is on the meeting stage.')
                  : say(
                      'A check-in round may still be running: whether one is could not be checked ({problem}).',
                      { problem: unchecked },
                    )}{' '}
            {say('Sharing these key results ends it for everyone; what was saved stays saved.')}
          </DialogContent>
          <DialogActions fluid className={styles.actions}>
            <Button appearance="primary" onClick={onKeep}>
              {say('Keep the current round')}
            </Button>
            <Button onClick={onReplace}>{say('Replace the round')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
