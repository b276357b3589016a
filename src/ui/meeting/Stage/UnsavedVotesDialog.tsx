/**
 * Asked before a facilitator moves the round away from revealed votes whose outcome is not saved:
 * loaded on demand (once votes are revealed on a facilitator's stage), not with the stage.
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
import { useState } from 'react';
import type { StageState } from './Stage.types';

type Leaving = NonNullable<StageState['leaving']>;

/** What moving on would drop, in words: which KR, how many votes, what they said. */
export function leavingText(leaving: Leaving): string {
  const votes = `${leaving.votes} revealed vote${leaving.votes === 1 ? '' : 's'}`;
  const said = leaving.median === undefined ? '' : ` (median ${leaving.median})`;
  const where = leaving.to
    ? `Going to key result ${leaving.to.position}, “${leaving.to.title}”,`
    : 'Finishing the round';
  return (
    `Key result ${leaving.from.position}, “${leaving.from.title}”, has ${votes}${said}, and ` +
    `its ${leaving.correcting ? 'correction' : 'check-in'} is not saved. ${where} drops these ` +
    'votes for everyone: coming back to it starts a new vote.'
  );
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
  const [shown, setShown] = useState(leaving);
  if (leaving && leaving !== shown) setShown(leaving);
  return (
    <Dialog open={!!leaving} onOpenChange={(_event, data) => (data.open ? undefined : onStay())}>
      <DialogSurface aria-describedby="unsaved-votes-text">
        <DialogBody>
          <DialogTitle>Save the outcome first?</DialogTitle>
          <DialogContent id="unsaved-votes-text">{shown ? leavingText(shown) : ''}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onSaveFirst}>
              Save first
            </Button>
            <Button onClick={onMoveOn}>Move on without saving</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
