import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
} from 'react';

export interface HeldWhilePressed<T> {
  /** What to show: `value`, or while a press is under way, the value shown when it began. */
  readonly shown: T;
  /** The pointer went down (give it as the container's `onPointerDownCapture`). */
  readonly hold: (event: PointerEvent) => void;
}

/**
 * A value that changes no layout while a pointer is pressed in its container, and takes its
 * latest once the press is over and its click handled. A press on a dialog's button moves the
 * focus out of a field first, and what that blur shows (the coach's findings, read on leaving
 * the title) grew the form and pushed the button down under a pointer still pressed: the click
 * landed on nothing. A browser dispatches the click in the same task as the pointer's release
 * (https://w3c.github.io/uievents/#events-mouseevent-event-order), so the value follows a task
 * after that.
 */
export function useHeldWhilePressed<T>(value: T): HeldWhilePressed<T> {
  const [held, setHeld] = useState<{ readonly value: T }>();
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  const release = useRef<() => void>(() => undefined);
  useEffect(() => () => release.current(), []);
  const hold = useCallback((event: PointerEvent) => {
    release.current();
    setHeld({ value: latest.current });
    const document = event.currentTarget.ownerDocument;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      document.removeEventListener('pointerup', end, true);
      document.removeEventListener('pointercancel', end, true);
      if (timer !== undefined) clearTimeout(timer);
    };
    function end() {
      document.removeEventListener('pointerup', end, true);
      document.removeEventListener('pointercancel', end, true);
      timer = setTimeout(() => setHeld(undefined));
    }
    document.addEventListener('pointerup', end, true);
    document.addEventListener('pointercancel', end, true);
    release.current = stop;
  }, []);
  return { shown: held ? held.value : value, hold };
}
