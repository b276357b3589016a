/**
 * Try again took keyboard focus away with the error state it was in: focus would fall to the
 * page's body, and a keyboard or screen reader user would start again from the top. Once what
 * replaced the error state shows `place` (the page's main heading, the board's region), focus
 * goes there, as a Teams app moves it to the content that replaced a page. Focus someone puts
 * elsewhere meanwhile stays there.
 */
export function focusAfterRetry(place: () => HTMLElement | null): void {
  const tryAgain = document.activeElement;
  const observer = new MutationObserver(() => {
    const focused = document.activeElement;
    if (focused && focused !== document.body) {
      if (focused !== tryAgain) observer.disconnect();
      return;
    }
    const target = place();
    if (!target) return;
    observer.disconnect();
    // Focusable from script only, as a heading or region that receives focus is.
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  });
  observer.observe(document.body, { childList: true, subtree: true });
}
