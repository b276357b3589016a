import { Button } from '@fluentui/react-components';
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { MeetingSay } from '../meeting-words';

/** Where each key takes the keyboard among the scale's `count` values, from the one at `at`. */
const moves: Readonly<Record<string, (at: number, count: number) => number>> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/**
 * The confidence vote, one value of the scale, as a WAI-ARIA radio group
 * (https://www.w3.org/WAI/ARIA/apg/patterns/radio/): one tab stop, the vote cast (else the scale's
 * first value); the arrow keys, Home and End move between the values, Space or Enter votes, and
 * each value says whether it is this participant's vote (`aria-checked`). Unlike the pattern's
 * radios, moving does not vote: everyone sees who has voted, so passing over 3 and 4 on the way
 * to 6 must not cast them.
 */
export function ConfidenceVote({
  scale,
  myVote,
  onVote,
  labelledBy,
  say,
  className,
  buttonClassName,
}: {
  readonly scale: { readonly min: number; readonly max: number };
  readonly myVote: number | undefined;
  readonly onVote: (value: number) => void;
  /** The id of the question the group answers. */
  readonly labelledBy: string;
  readonly say: MeetingSay;
  readonly className: string;
  readonly buttonClassName: string;
}) {
  const values: number[] = [];
  for (let value = scale.min; value <= scale.max; value += 1) values.push(value);
  // The value the keyboard is on, while it is in the group: the tab stop, so Shift+Tab leaves.
  const [focused, setFocused] = useState<number>();
  const tabStop = focused ?? myVote ?? scale.min;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = moves[event.key];
    const radios = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]')];
    const at = radios.indexOf(event.target as HTMLElement);
    if (!move || at < 0) return;
    event.preventDefault();
    radios[move(at, radios.length)]?.focus();
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(undefined);
  };
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      className={className}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      {values.map((value) => (
        <Button
          key={value}
          role="radio"
          aria-checked={myVote === value}
          tabIndex={value === tabStop ? 0 : -1}
          className={buttonClassName}
          // One's own vote is seen at a glance: filled, as a primary button.
          appearance={myVote === value ? 'primary' : 'secondary'}
          aria-label={say('Vote {value}', { value })}
          onFocus={() => setFocused(value)}
          onClick={() => onVote(value)}
        >
          {value}
        </Button>
      ))}
    </div>
  );
}
