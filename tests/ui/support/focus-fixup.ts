/**
 * The HTML "focus fixup rule", which jsdom lacks: a focused element that gets disabled is no
 * longer focusable, and the document's focus goes to its body (as Chromium does).
 * https://html.spec.whatwg.org/multipage/interaction.html#focus-fixup-rule
 * A DOM test that presses a button and then reads `document.activeElement` sees what a browser
 * user would: the body, where the button was disabled while it saved.
 */
export function applyFocusFixup(): () => void {
  const observer = new MutationObserver((records) => {
    for (const { target } of records) {
      if (target === document.activeElement && (target as HTMLElement).matches(':disabled')) {
        // jsdom's blur() ignores an element that is not focusable (as a disabled one is): the
        // focus goes through a stand-in, which leaves it on the body as it goes.
        const standIn = document.createElement('span');
        standIn.tabIndex = -1;
        document.body.append(standIn);
        standIn.focus();
        standIn.remove();
      }
    }
  });
  observer.observe(document, { attributes: true, attributeFilter: ['disabled'], subtree: true });
  return () => observer.disconnect();
}
