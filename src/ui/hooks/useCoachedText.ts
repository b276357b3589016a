import { useCallback, useEffect, useState } from 'react';

/**
 * When the coach reads a title: after a short pause at the end of a word, a longer one in the
 * middle of a word (so a half-typed word is not quoted back while the person is still typing
 * it), or at once when the person leaves the field or applies a fix.
 */
export const coachingPause = { afterWordMs: 600, midWordMs: 2000 } as const;

const endsAWord = /(^|[\s.,;:!?)\]"”'’])$/;

export interface CoachedText {
  /** The text the coach last read; findings are about this text. */
  readonly coached: string;
  /** The person is typing: the field differs from what the coach last read. */
  readonly pending: boolean;
  /** Read now: on blur, or with a new text when a fix replaced it. */
  readonly settleNow: (text?: string) => void;
}

export function useCoachedText(text: string): CoachedText {
  const [coached, setCoached] = useState(text);
  useEffect(() => {
    if (text === coached) return undefined;
    const delay = endsAWord.test(text) ? coachingPause.afterWordMs : coachingPause.midWordMs;
    const timer = setTimeout(() => setCoached(text), delay);
    return () => clearTimeout(timer);
  }, [text, coached]);
  const settleNow = useCallback((value?: string) => setCoached(value ?? text), [text]);
  return { coached, pending: coached !== text, settleNow };
}
