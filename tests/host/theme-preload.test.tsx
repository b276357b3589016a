/**
 * The page fetches the theme it showed last before its host says which one it shows now: the
 * theme a page loads is remembered in the browser, and the next page's preload asks for it.
 */
export {};

const loaded: string[] = [];
jest.mock('../../src/host/themes/web-dark', () => {
  loaded.push('webDark');
  return { theme: { name: 'web dark' } };
});
jest.mock('../../src/host/themes/teams-dark', () => {
  loaded.push('teamsDark');
  return { theme: { name: 'teams dark' } };
});

beforeEach(() => {
  loaded.length = 0;
  localStorage.clear();
  jest.resetModules();
});

async function settled(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

test('a page preloads the theme the previous one showed', async () => {
  const previous = await import('../../src/host/theme');
  await previous.loadFluentTheme('dark', 'teams');
  expect(loaded).toEqual(['teamsDark']);

  jest.resetModules();
  loaded.length = 0;
  const next = await import('../../src/host/theme');
  next.preloadLastFluentTheme();
  await settled();
  expect(loaded).toEqual(['teamsDark']);
});

test('nothing remembered, or something that is not a theme, preloads nothing', async () => {
  const { preloadLastFluentTheme } = await import('../../src/host/theme');
  preloadLastFluentTheme();
  localStorage.setItem('okr-coach:fluent-theme', 'toString');
  preloadLastFluentTheme();
  await settled();
  expect(loaded).toEqual([]);
});
