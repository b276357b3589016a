import { Button, type ButtonProps } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { reloadable } from '../../../reloadable';
import type { MeetingSay } from '../meeting-words';

// The question is loaded when it is asked: neither the stage's nor the panel's first screen holds it.
const loadEndRoundDialog = reloadable(() => import('./EndRoundDialog'));

/** What ending the round now would leave: the KRs not reviewed, and revealed votes dropped. */
export interface RoundEnding {
  readonly notReviewed: number;
  readonly dropsVotes: boolean;
}

/**
 * A facilitator's "End the round", asked first. Kept by the surface above what it shows of the
 * round: Fluent's Dialog hides the rest of the page from assistive technology while open and
 * gives it back only when it closes, not when unmounted, so the question stays mounted (closing)
 * once the round it ended is gone from the surface. Keeping the round going gives the keyboard
 * back to the button; ending it leaves the keyboard to the surface, which shows the summary.
 */
export interface EndRoundQuestion {
  readonly button: RefObject<HTMLButtonElement>;
  readonly dialog: typeof import('./EndRoundDialog') | undefined;
  readonly open: boolean;
  /** As it was when asked: what the question says does not change while it closes. */
  readonly asked: RoundEnding | undefined;
  /** Asks; `onEnd` ends the round for everyone once the facilitator confirmed. */
  readonly ask: (ending: RoundEnding, onEnd: () => void) => void;
  readonly end: () => void;
  readonly keepGoing: () => void;
  /** The round stopped offering an end (ended elsewhere): the question closes, unanswered. */
  readonly withdraw: () => void;
}

export function useEndRound(onError: (error: unknown) => void): EndRoundQuestion {
  const [dialog, setDialog] = useState<typeof import('./EndRoundDialog')>();
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState<RoundEnding>();
  const [keptGoing, setKeptGoing] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const onEnd = useRef<() => void>();
  useEffect(() => {
    if (keptGoing > 0) button.current?.focus();
  }, [keptGoing]);
  const ask = useCallback(
    (ending: RoundEnding, then: () => void) => {
      onEnd.current = then;
      setAsked(ending);
      setOpen(true);
      if (dialog) return;
      loadEndRoundDialog()
        .then(setDialog)
        .catch((error: unknown) => {
          setOpen(false);
          onError(error);
        });
    },
    [dialog, onError],
  );
  const withdraw = useCallback(() => setOpen(false), []);
  return {
    button,
    dialog,
    open,
    asked,
    ask,
    end: () => {
      setOpen(false);
      onEnd.current?.();
    },
    keepGoing: () => {
      setOpen(false);
      setKeptGoing((count) => count + 1);
    },
    withdraw,
  };
}

export function EndRoundButton({
  question,
  ending,
  onEnd,
  say,
  size,
  className,
}: {
  readonly question: EndRoundQuestion;
  readonly ending: RoundEnding;
  readonly onEnd: () => void;
  readonly say: MeetingSay;
  readonly size?: ButtonProps['size'];
  readonly className?: string;
}) {
  // The button goes when the round ends, from here or elsewhere (the facilitator's panel or stage):
  // a question still open then would ask to end a round that is over.
  const { withdraw } = question;
  useEffect(() => withdraw, [withdraw]);
  return (
    <Button
      ref={question.button}
      size={size}
      className={className}
      aria-haspopup="dialog"
      onClick={() => question.ask(ending, onEnd)}
    >
      {say('End the round')}
    </Button>
  );
}

export function EndRoundDialogOnDemand({
  question,
  say,
}: {
  readonly question: EndRoundQuestion;
  readonly say: MeetingSay;
}) {
  const { dialog, asked } = question;
  return dialog && asked ? (
    <dialog.EndRoundDialog
      open={question.open}
      {...asked}
      say={say}
      onEnd={question.end}
      onKeepGoing={question.keepGoing}
    />
  ) : null;
}
