/**
 * A page's entry fetches teams-js at once where the page may be inside Teams (framed, or on
 * Teams mobile's bridge), and never on a plain page, which fetches the browser's host instead.
 */
export {};

const loaded: string[] = [];
jest.mock('../../src/host/teams-host', () => {
  loaded.push('teams-js');
  return {};
});
jest.mock('../../src/host/browser-host', () => {
  loaded.push('browser host');
  return {};
});

const settled = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => {
  loaded.length = 0;
  delete (window as { nativeInterface?: unknown }).nativeInterface;
  jest.resetModules();
});

test('a plain page, not framed, loads no teams-js: the browser host', async () => {
  const { mayBeInTeams, preloadHost } = await import('../../src/host/teams-preload');
  expect(mayBeInTeams()).toBe(false);
  preloadHost();
  await settled();
  expect(loaded).toEqual(['browser host']);
});

test('a page on Teams mobile’s bridge fetches teams-js at once', async () => {
  (window as { nativeInterface?: unknown }).nativeInterface = {};
  const { mayBeInTeams, preloadHost } = await import('../../src/host/teams-preload');
  expect(mayBeInTeams()).toBe(true);
  preloadHost();
  await settled();
  expect(loaded).toEqual(['teams-js']);
});

test('a framed page fetches teams-js at once', async () => {
  const self = jest.spyOn(window, 'self', 'get').mockReturnValue({} as Window & typeof globalThis);
  try {
    const { preloadHost } = await import('../../src/host/teams-preload');
    preloadHost();
    await settled();
    expect(loaded).toEqual(['teams-js']);
  } finally {
    self.mockRestore();
  }
});
