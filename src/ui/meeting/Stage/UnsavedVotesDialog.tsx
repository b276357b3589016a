/**
 * Asked before a facilitator moves the round away from revealed votes whose outcome is not saved:
 * loaded on demand (once votes are revealed on a facilitator's stage), not with the stage.
 */
import { ChoiceDialog } from '../../components/ChoiceDialog/ChoiceDialog';
import { useState } from 'react';
import type { MeetingSay } from '../meeting-words';
import type { StageState } from './Stage.types';

type Leaving = NonNullable<StageState['leaving']>;

/** What the step would drop, in words: which KR, how many votes, what they said, and why. */
export function leavingText(leaving: Leaving, say: MeetingSay): string {
  const { step, from, to, votes, median } = leaving;
  const has = say(
    median === undefined
      ? leaving.correcting
        ? 'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its correction is not saved.'
        : 'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes}, and its check-in is not saved.'
      : leaving.correcting
        ? 'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its correction is not saved.'
        : 'Key result {position}, “{title}”, has {votes} revealed {votes|vote|votes} (median {median}), and its check-in is not saved.',
    { position: from.position, title: from.title, votes, median: median ?? '' },
  );
  const drops =
    step.kind === 'revote'
      ? say(
          'Voting again drops these votes for everyone: everyone votes again, sealed until revealed.',
        )
      : step.kind === 'skip'
        ? say(
            to
              ? 'Skipping it (“{reason}”) drops these votes for everyone: coming back to it starts a new vote.'
              : 'Skipping it (“{reason}”), which finishes the round, drops these votes for everyone: coming back to it starts a new vote.',
            { reason: step.reason },
          )
        : to
          ? say(
              'Going to key result {position}, “{title}”, drops these votes for everyone: coming back to it starts a new vote.',
              { position: to.position, title: to.title },
            )
          : say(
              'Finishing the round drops these votes for everyone: coming back to it starts a new vote.',
            );
  return `${has} ${drops}`;
}

/** The choice that takes the step anyway, named for the step. */
export function withoutSavingLabel(leaving: Leaving, say: MeetingSay): string {
  switch (leaving.step.kind) {
    case 'skip':
      return say('Skip without saving');
    case 'revote':
      return say('Vote again without saving');
    default:
      return say('Move on without saving');
  }
}

/**
 * Mounted once loaded and opened by `leaving`: Fluent's Dialog hides the rest of the page from
 * assistive technology while open, and gives it back only when it closes (not when unmounted).
 */
export function UnsavedVotesDialog({
  leaving,
  say,
  onSaveFirst,
  onMoveOn,
  onStay,
}: {
  readonly leaving: Leaving | undefined;
  readonly say: MeetingSay;
  readonly onSaveFirst: () => void;
  readonly onMoveOn: () => void;
  readonly onStay: () => void;
}) {
  // What it said stays while it closes.
  const [shown, setShown] = useState(leaving);
  if (leaving && leaving !== shown) setShown(leaving);
  return (
    <ChoiceDialog
      open={!!leaving}
      modalType="modal"
      title={say('Save the outcome first?')}
      safe={{ label: say('Save first'), onClick: onSaveFirst }}
      other={{ label: shown ? withoutSavingLabel(shown, say) : '', onClick: onMoveOn }}
      onDismiss={onStay}
    >
      {shown ? leavingText(shown, say) : ''}
    </ChoiceDialog>
  );
}
