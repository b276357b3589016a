import { ChoiceDialog } from '../../components/ChoiceDialog/ChoiceDialog';
import { useMeetingWords, type MeetingSay } from '../meeting-words';
import type { RunningRound } from './RoundOnStage';

/** Where the round is, in words: `key result 2 of 4, “Weekly active users”`. */
function roundPlace({ position, count, title }: RunningRound, say: MeetingSay): string {
  return title === undefined
    ? say('key result {position} of {count}', { position, count })
    : say('key result {position} of {count}, “{title}”', { position, count, title });
}

/**
 * Sharing while a round runs (on the stage, or taken off it by Stop sharing), or while the stage
 * shows an ended round's summary not recorded yet: replace it for everyone, or keep it. Keeping it
 * is the default, first and focused; Escape keeps it too.
 */
export function ReplaceRoundDialog({
  open,
  summary,
  running,
  unchecked,
  onReplace,
  onKeep,
}: {
  readonly open: boolean;
  /** The stage shows the summary of a round that ended, not recorded in Meeting Sessions yet. */
  readonly summary?: boolean;
  /** The running round, when the panel follows it; named so it is not replaced unseen. */
  readonly running: RunningRound | undefined;
  /** Why the panel could not learn whether a round runs, when it could not (and Teams shows none). */
  readonly unchecked?: string | undefined;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
}) {
  const { say } = useMeetingWords();
  if (summary) {
    return (
      <ChoiceDialog
        open={open}
        title={say('Replace the round’s summary?')}
        safe={{ label: say('Keep the summary'), onClick: onKeep }}
        other={{ label: say('Replace the summary'), onClick: onReplace }}
      >
        {say(
          'The stage shows the summary of the round that ended, not recorded in Meeting Sessions yet. Sharing these key results replaces it for everyone, and the round is not recorded; its saved check-ins stay saved.',
        )}
      </ChoiceDialog>
    );
  }
  return (
    <ChoiceDialog
      open={open}
      title={say('Replace the running round?')}
      safe={{ label: say('Keep the current round'), onClick: onKeep }}
      other={{ label: say('Replace the round'), onClick: onReplace }}
    >
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
    </ChoiceDialog>
  );
}
