import { Button, type ButtonProps } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { reloadable } from '../../../reloadable';
import type { MeetingSay } from '../meeting-words';

// The question is loaded when it is asked: neither the stage's nor the panel's first screen holds it.
const loadEndRoundDialog = reloadable(() => import('./EndRoundDialog'));

export interface EndRoundProps {
  /** The KRs neither saved nor skipped, the one under review included (`notReviewedIfEnded`). */
  readonly notReviewed: number;
  readonly dropsVotes: boolean;
  readonly say: MeetingSay;
  readonly size?: ButtonProps['size'];
  /** Ends the round for everyone, once the facilitator confirmed. */
  readonly onEnd: () => void;
  /** The question could not be loaded (the connection dropped): said where the surface says problems. */
  readonly onError: (error: unknown) => void;
}

/**
 * A facilitator's "End the round": asks first, naming how many KRs will not be reviewed. Keeping
 * the round going gives the keyboard back to the button; ending it leaves the keyboard to the
 * surface, which shows the round's summary.
 */
export function EndRound({ notReviewed, dropsVotes, say, size, onEnd, onError }: EndRoundProps) {
  const [dialog, setDialog] = useState<typeof import('./EndRoundDialog')>();
  const [open, setOpen] = useState(false);
  const [keptGoing, setKeptGoing] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (keptGoing > 0) button.current?.focus();
  }, [keptGoing]);
  return (
    <>
      <Button
        ref={button}
        size={size}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          if (!dialog) {
            loadEndRoundDialog()
              .then(setDialog)
              .catch((error: unknown) => {
                setOpen(false);
                onError(error);
              });
          }
        }}
      >
        {say('End the round')}
      </Button>
      {dialog ? (
        <dialog.EndRoundDialog
          open={open}
          notReviewed={notReviewed}
          dropsVotes={dropsVotes}
          say={say}
          onEnd={() => {
            setOpen(false);
            onEnd();
          }}
          onKeepGoing={() => {
            setOpen(false);
            setKeptGoing((count) => count + 1);
          }}
        />
      ) : null}
    </>
  );
}
