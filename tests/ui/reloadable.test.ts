import { reloadable } from '../../src/reloadable';

/**
 * A chunk that failed to load stays failed in Chromium's module map, so `reloadable` fetches it
 * again under `?refetch=n`. Here the refetched URLs are jest's virtual modules: one that is not
 * registered fails to load, as a chunk does while the connection is down.
 */
const chunk = 'http://127.0.0.1:5300/assets/Part-Bx3k.js';
jest.mock('http://127.0.0.1:5300/assets/Part-Bx3k.js?refetch=2', () => ({ part: 'loaded' }), {
  virtual: true,
});

/** An `import()` whose first fetch failed: every later call fails at once with the same words. */
const failedImport = (url: string) => {
  let calls = 0;
  const load = () => {
    calls += 1;
    return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
  };
  return { load, calls: () => calls };
};

test('the call whose fetch failed fails; each later call fetches the chunk again until it loads, then keeps it', async () => {
  const original = failedImport(chunk);
  const load = reloadable(original.load);

  await expect(load()).rejects.toThrow(`dynamically imported module: ${chunk}`);
  // The first refetch (?refetch=1) fails too: the connection is still down.
  await expect(load()).rejects.toThrow(/Cannot find module/);
  const module = await load();
  expect(module).toMatchObject({ part: 'loaded' });
  // Loaded under ?refetch=2, it is the one module every later call gets, not a third fetch.
  await expect(load()).resolves.toBe(module);
  await expect(reloadable(failedImport(chunk).load)()).resolves.toBe(module);
  expect(original.calls()).toBe(4);
});

test('an error that names no module (Safari’s words, or one thrown by the module itself) is passed on, never refetched', async () => {
  const safari = reloadable(() =>
    Promise.reject(new TypeError('Importing a module script failed.')),
  );
  await expect(safari()).rejects.toThrow('Importing a module script failed.');
  await expect(safari()).rejects.toThrow('Importing a module script failed.');

  const thrown = new RangeError('Invalid time zone: Mars/Olympus');
  const throwing = reloadable(() => Promise.reject(thrown));
  await expect(throwing()).rejects.toBe(thrown);
  await expect(throwing()).rejects.toBe(thrown);
});

test('a module that loads is passed through untouched', async () => {
  const module = { part: 'first time' };
  const load = reloadable(() => Promise.resolve(module));
  await expect(load()).resolves.toBe(module);
});
