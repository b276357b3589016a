/**
 * A page loads its locale's date data while it waits for its data, not while its first screen
 * renders: the first `Intl` formatter of a page is the costly one.
 */
afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
  delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
});

test("makes the host locale's day formatter in a task of its own, which the screen's dates then use", async () => {
  jest.useFakeTimers();
  // A page busy loading scripts and signing in is never idle before its data is in.
  Object.assign(globalThis, { requestIdleCallback: () => 0 });
  const made = jest.spyOn(Intl, 'DateTimeFormat');
  jest.resetModules();
  const { loadLocaleDataSoon } = await import('../../src/ui/app/localeData');
  loadLocaleDataSoon('de-DE');
  // Not in the caller's task: the page's first render comes first.
  expect(made).not.toHaveBeenCalled();
  jest.runOnlyPendingTimers();
  expect(made).toHaveBeenCalledWith('de-DE', expect.objectContaining({ timeZone: 'UTC' }));
  const { formatDay } = await import('../../src/core/format');
  made.mockClear();
  expect(formatDay('2026-10-01', 'de-DE')).toBe('1. Okt. 2026');
  expect(made).not.toHaveBeenCalled();
});
