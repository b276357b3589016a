/** Fluent's Toaster says each toast in live regions of its own (react-toast `AriaLive`). */
const toasterRegions = '.fui-AriaLive__polite, .fui-AriaLive__assertive';

/**
 * Every text a live region on the page takes on from now, in order: what a screen reader would
 * be told (polite or assertive regions, status and alert roles).
 */
export function listenToLiveRegions() {
  const said: { readonly text: string; readonly byToaster: boolean }[] = [];
  const last = new Map<Element, string>();
  const observer = new MutationObserver(() => {
    for (const region of document.querySelectorAll(
      '[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"]',
    )) {
      const text = region.textContent?.trim() ?? '';
      if (text !== (last.get(region) ?? '')) {
        last.set(region, text);
        if (text) said.push({ text, byToaster: region.matches(toasterRegions) });
      }
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  const saying = (words: string) => said.filter(({ text }) => text.includes(words));
  return {
    /** How many times a live region said something holding `words`. */
    times: (words: string) => saying(words).length,
    /** Whether a toaster said something holding `words`. */
    saidByToaster: (words: string) => saying(words).some(({ byToaster }) => byToaster),
    /** Whether a live region other than a toaster's said something holding `words`. */
    saidElsewhere: (words: string) => saying(words).some(({ byToaster }) => !byToaster),
    stop: () => observer.disconnect(),
  };
}
