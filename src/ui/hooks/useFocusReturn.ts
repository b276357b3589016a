import { useLayoutEffect, useRef } from 'react';

/**
 * Puts focus back on what had it when a dialog opened, if closing the dialog left focus on the
 * page's body. Fluent's dialogs hand focus back through tabster's restorer, which the check-in
 * dialog, opened by a click, did not: after Escape, focus was on the body and the next Tab
 * started from the top of the page (opened from the keyboard, it came back).
 */
export function useFocusReturn(open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      return;
    }
    const element = opener.current;
    opener.current = null;
    if (!element) return;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (element.isConnected && (active === null || active === document.body)) element.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [open]);
}
