import { useLayoutEffect, useRef, type RefObject } from 'react';

const dialogs = '[role="dialog"], [role="alertdialog"]';
/** How many frames a closing dialog may keep focus (Fluent's exit motion is about 250 ms). */
const closingFrames = 120;

/**
 * Puts focus back on what had it when a dialog opened, if closing the dialog left focus on the
 * page's body. Fluent's dialogs hand focus back through tabster's restorer, which the check-in
 * dialog, opened by a click, did not: after Escape, focus was on the body and the next Tab
 * started from the top of the page (opened from the keyboard, it came back). The restorer also
 * needs tabster running, and its targets marked, before the opener is focused: the board's
 * first screen would load tabster (13 kB gzip) for that alone, so the board's dialogs use this.
 */
export function useFocusReturn(
  open: boolean,
  /**
   * What opened it, when the focus may already be inside the opened part as this hook's effect
   * runs (a drawer whose own effects, which run first, focus its first button).
   */
  openedBy?: RefObject<HTMLElement | null>,
  /**
   * Where focus goes instead when what opened it went with what the dialog acted on (the Edit
   * button of a KR just deleted).
   */
  whenGone?: () => HTMLElement | null | undefined,
): void {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open) {
      const active = openedBy?.current ?? document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      return;
    }
    const element = opener.current;
    opener.current = null;
    if (!element) return;
    // A dialog kept mounted while it animates out keeps focus until it goes: wait for that.
    let frame = 0;
    let frames = 0;
    const giveBack = () => {
      const active = document.activeElement;
      if (active === null || active === document.body) {
        if (element.isConnected) element.focus();
        else whenGone?.()?.focus();
      } else if (active.closest(dialogs) && (frames += 1) < closingFrames) {
        frame = requestAnimationFrame(giveBack);
      }
    };
    frame = requestAnimationFrame(giveBack);
    return () => cancelAnimationFrame(frame);
  }, [open, openedBy, whenGone]);
}
