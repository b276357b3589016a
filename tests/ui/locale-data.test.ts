/**
 * A page loads its locale's date data while it waits for its data, not while its first screen
 * renders: the first `Intl` formatter of a page is the costly one.
 */
afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
});

test("makes the host locale's day formatter once the page is idle, not before", async () => {
  const idle: Array<() => void> = [];
  Object.assign(globalThis, {
    requestIdleCallback: (callback: () => void) => void idle.push(callback),
  });
  const made = jest.spyOn(Intl, 'DateTimeFormat');
  jest.resetModules();
  const { loadLocaleDataWhenIdle } = await import('../../src/ui/app/localeData');
  loadLocaleDataWhenIdle('de-DE');
  expect(made).not.toHaveBeenCalled();
  expect(idle).toHaveLength(1);
  idle[0]!();
  expect(made).toHaveBeenCalledWith('de-DE', expect.objectContaining({ timeZone: 'UTC' }));
  // The screen's own dates then use the formatter made here.
  const { formatDay } = await import('../../src/core/format');
  made.mockClear();
  expect(formatDay('2026-10-01', 'de-DE')).toBe('1. Okt. 2026');
  expect(made).not.toHaveBeenCalled();
});

test('where the browser has no idle callbacks, it waits for a task', async () => {
  jest.useFakeTimers();
  try {
    const made = jest.spyOn(Intl, 'DateTimeFormat');
    jest.resetModules();
    const { loadLocaleDataWhenIdle } = await import('../../src/ui/app/localeData');
    loadLocaleDataWhenIdle('fr-FR');
    expect(made).not.toHaveBeenCalled();
    jest.runOnlyPendingTimers();
    expect(made).toHaveBeenCalledWith('fr-FR', expect.anything());
  } finally {
    jest.useRealTimers();
  }
});
