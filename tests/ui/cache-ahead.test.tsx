import type { PersistentStore, StoredEntry } from '../../src/store/caching';

/**
 * A page's entry opens the cache before its host answers; when the cache holds nothing at all,
 * the start is cold and sign-in and the Graph adapter start loading then, not once the first
 * request asks for them; when the browser says nothing was ever cached here, before the cache
 * answers. The services take over that read once.
 */
const loaded: string[] = [];
let held = new Map<string, StoredEntry>();
let opened = 0;
let reads = 0;
/** The cache's answer, held back until the test lets it go. */
let answer: Promise<void> = Promise.resolve();
const markKey = 'okr-coach:cache-may-hold-reads';

jest.mock('../../src/auth/msal-token-provider', () => {
  loaded.push('sign-in');
  return {};
});
jest.mock('../../src/store/graph/graph-repository', () => {
  loaded.push('Graph adapter');
  return {};
});
jest.mock('../../src/store/caching/indexeddb-store', () => ({
  openIndexedDbStore: async (): Promise<PersistentStore> => {
    opened += 1;
    return {
      entries: async () => {
        reads += 1;
        await answer;
        return new Map(held);
      },
      put: async () => undefined,
      delete: async () => undefined,
    };
  },
}));

beforeEach(() => {
  jest.resetModules();
  loaded.length = 0;
  held = new Map();
  opened = 0;
  reads = 0;
  answer = Promise.resolve();
  // A browser where a page has cached reads before.
  localStorage.setItem(markKey, '1');
});

const settled = () => new Promise((resolve) => setTimeout(resolve));

test('an empty cache starts sign-in and the Graph adapter loading at once', async () => {
  const { openCacheAhead } = await import('../../src/ui/app/cacheAhead');
  openCacheAhead();
  await settled();
  expect(loaded.sort()).toEqual(['Graph adapter', 'sign-in']);
});

test('a cache holding reads loads neither; the services take its read, a retry reads again', async () => {
  held.set('okr-cache:contoso:adele:me', { value: '{}', savedAt: 1 });
  const { openCacheAhead } = await import('../../src/ui/app/cacheAhead');
  openCacheAhead();
  // The services, later: the same opening and read.
  const open = openCacheAhead();
  await expect((await open()).entries()).resolves.toEqual(held);
  await settled();
  expect(loaded).toEqual([]);
  expect({ opened, reads }).toEqual({ opened: 1, reads: 1 });

  await (await open()).entries();
  expect({ opened, reads }).toEqual({ opened: 2, reads: 2 });
});

test('where nothing was ever cached, sign-in and the Graph adapter load before the cache answers', async () => {
  localStorage.removeItem(markKey);
  let answered = () => undefined as void;
  answer = new Promise((resolve) => (answered = resolve));
  const { openCacheAhead } = await import('../../src/ui/app/cacheAhead');
  openCacheAhead();
  await settled();
  expect(loaded.sort()).toEqual(['Graph adapter', 'sign-in']);
  expect(reads).toBe(1);
  answered();
});

test('the mark follows the cache: set by a write, cleared when it is found empty', async () => {
  localStorage.removeItem(markKey);
  const hint = await import('../../src/store/caching/cache-hint');
  expect(hint.cacheMayHoldReads()).toBe(false);
  hint.rememberCacheHoldsReads(true);
  expect(localStorage.getItem(markKey)).toBe('1');
  expect(hint.cacheMayHoldReads()).toBe(true);
  hint.rememberCacheHoldsReads(false);
  expect(localStorage.getItem(markKey)).toBeNull();
  expect(hint.cacheMayHoldReads()).toBe(false);
});

describe('the locale data a reopened tab formats its first paint with', () => {
  const made: (string | undefined)[] = [];
  const RealDateTimeFormat = Intl.DateTimeFormat;
  beforeEach(() => {
    made.length = 0;
    jest.spyOn(Intl, 'DateTimeFormat').mockImplementation((locale, options) => {
      made.push(options?.timeZone);
      return new RealDateTimeFormat(locale, options);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  test('is loaded in a task of its own while the scripts arrive, where the cache may hold reads', async () => {
    const { openCacheAhead } = await import('../../src/ui/app/cacheAhead');
    openCacheAhead();
    expect(made).toEqual([]);
    await settled();
    // The time zone the board's days are formatted in (core/format's `formatDay`).
    expect(made).toEqual(['UTC']);
  });

  test('is left to the wait for Graph on a cold start', async () => {
    localStorage.removeItem(markKey);
    const { openCacheAhead } = await import('../../src/ui/app/cacheAhead');
    openCacheAhead();
    await settled();
    expect(made).toEqual([]);
  });
});
