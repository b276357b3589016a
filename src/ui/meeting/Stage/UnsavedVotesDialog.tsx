/**
 * Asked before a facilitator moves the round away from revealed votes whose outcome is not saved:
 * loaded on demand (once votes are revealed on a facilitator's stage), not with the stage.
 */
import {
  Button,
  makeStyles,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { StageState } from './Stage.types';

type Leaving = NonNullable<StageState['leaving']>;

const useStyles = makeStyles({
  // A choice is never broken inside: when both do not fit on one line, the second goes under.
  actions: { flexWrap: 'wrap', '& > *': { whiteSpace: 'nowrap' } },
});

/** What the step would drop, in words: which KR, how many votes, what they said, and why. */
export function leavingText(leaving: Leaving): string {
  const votes = `${leaving.votes} revealed vote${leaving.votes === 1 ? '' : 's'}`;
  const said = leaving.median === undefined ? '' : ` (median ${leaving.median})`;
  const { step } = leaving;
  const drops =
    step.kind === 'revote'
      ? 'Voting again drops these votes for everyone: everyone votes again, sealed until revealed.'
      : `${
          step.kind === 'skip'
            ? `Skipping it (“${step.reason}”)${leaving.to ? '' : ', which finishes the round,'}`
            : leaving.to
              ? `Going to key result ${leaving.to.position}, “${leaving.to.title}”,`
              : 'Finishing the round'
        } drops these votes for everyone: coming back to it starts a new vote.`;
  return (
    `Key result ${leaving.from.position}, “${leaving.from.title}”, has ${votes}${said}, and ` +
    `its ${leaving.correcting ? 'correction' : 'check-in'} is not saved. ${drops}`
  );
}

/** The choice that takes the step anyway, named for the step. */
export function withoutSavingLabel(leaving: Leaving): string {
  switch (leaving.step.kind) {
    case 'skip':
      return 'Skip without saving';
    case 'revote':
      return 'Vote again without saving';
    default:
      return 'Move on without saving';
  }
}

/**
 * Mounted once loaded and opened by `leaving`: Fluent's Dialog hides the rest of the page from
 * assistive technology while open, and gives it back only when it closes (not when unmounted).
 */
export function UnsavedVotesDialog({
  leaving,
  onSaveFirst,
  onMoveOn,
  onStay,
}: {
  readonly leaving: Leaving | undefined;
  readonly onSaveFirst: () => void;
  readonly onMoveOn: () => void;
  readonly onStay: () => void;
}) {
  // What it said stays while it closes.
  const styles = useStyles();
  const [shown, setShown] = useState(leaving);
  if (leaving && leaving !== shown) setShown(leaving);
  return (
    <Dialog open={!!leaving} onOpenChange={(_event, data) => (data.open ? undefined : onStay())}>
      <DialogSurface aria-describedby="unsaved-votes-text">
        <DialogBody>
          <DialogTitle>Save the outcome first?</DialogTitle>
          <DialogContent id="unsaved-votes-text">{shown ? leavingText(shown) : ''}</DialogContent>
          {/* Fluid: the choices take the dialog's whole width (not its last two columns), so a
              narrow stage does not break them over two lines; Fluent stacks them under 480 px. */}
          <DialogActions fluid className={styles.actions}>
            <Button appearance="primary" onClick={onSaveFirst}>
              Save first
            </Button>
            <Button onClick={onMoveOn}>{shown ? withoutSavingLabel(shown) : ''}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
