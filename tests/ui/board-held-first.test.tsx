import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { CheckIn, Cycle } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import {
  cacheKeyPrefix,
  CachingRepository,
  memoryPersistentStore,
  persistedStorage,
  type PersistentStore,
} from '../../src/store/caching';
import type { Board, BoardQuery, OkrRepository } from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { useBoardData, type BoardRequest } from '../../src/ui/board/useBoardData';
import { useCycleChoice } from '../../src/ui/board/useCycleChoice';
import { board as oneKeyResultBoard } from './support/one-key-result-board';
import { siteRolesOf } from './support/site-roles';

/**
 * A reopened tab paints the board its cache holds in its first render (its first commit), not a
 * loading state first: the cache was read while the page's scripts arrived, and the repository
 * answers what it holds at once. Then the board is read as ever (served from the cache and
 * revalidated). What the cache must not serve (past its age, another person's) is not painted.
 */
const adele = { id: 'adele', displayName: 'Adele Vance' };
const day = 24 * 60 * 60 * 1000;
// Running whatever day the test runs on: `current` resolves to it.
const cycle: Cycle = {
  id: 'q1',
  name: 'FY',
  start: '2000-01-01',
  end: '2099-12-31',
  state: 'active',
};
const board: Board = { ...oneKeyResultBoard, cycle };
const checkIn: CheckIn = {
  clientId: 'c-k1-28',
  keyResultId: 'k1',
  value: 28,
  confidence: 6,
  at: '2026-11-09T09:00:00Z',
  author: adele,
  source: 'teams',
  note: '',
};
const history = new Map([['k1', [checkIn]]]);
const teamBoard: BoardQuery = { cycleId: 'q1', teamIds: ['t1'] };

/** The store under the cache: answers when told to, and counts what it was asked. */
function storeBehind() {
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const asked: string[] = [];
  const inner = {
    siteRoles: siteRolesOf(),
    listCycles: async () => {
      asked.push('cycles');
      await answered;
      return [cycle];
    },
    loadBoard: async () => {
      asked.push('board');
      await answered;
      return board;
    },
    cycleCheckInHistory: async () => {
      asked.push('history');
      await answered;
      return history;
    },
    changesSince: () => new Promise(() => undefined),
  } as unknown as OkrRepository;
  return { inner, asked, answer };
}

const namespace = (user: string) => `contoso.sharepoint.com:/sites/okr:${user}`;

/** A page's cache over the browser's store, as the services make it for `user` at `now`. */
async function pageCache(store: PersistentStore, user: string, now: number, inner: OkrRepository) {
  const storage = await persistedStorage(store, {
    prefix: cacheKeyPrefix(namespace(user)),
    maxAgeMs: 7 * day,
    now: () => now,
  });
  // Revalidations wait for the first screen, as in the app; this test shows it at once.
  return new CachingRepository(inner, {
    storage,
    namespace: namespace(user),
    revalidateAfter: Promise.resolve(),
  });
}

/** An earlier tab of Adele's read the cycles, the team's board and its check-ins at `savedAt`. */
async function readEarlier(store: PersistentStore, savedAt: number, withHistory = true) {
  const earlier = storeBehind();
  earlier.answer();
  const cache = await pageCache(store, 'adele', savedAt, earlier.inner);
  await cache.listCycles();
  await cache.loadBoard(teamBoard);
  if (withHistory) await cache.cycleCheckInHistory('q1');
}

function wrapperFor(repository: OkrRepository) {
  return ({ children }: { readonly children: ReactNode }) => (
    <AppServicesProvider
      services={{
        repository,
        host: { context: { locale: 'en-US' }, notifySuccess: () => undefined } as unknown as Host,
        operatingModel: defaultOperatingModel,
        me: adele,
      }}
    >
      {children}
    </AppServicesProvider>
  );
}

/** Every render's board status, the first render's first. */
function renderBoard(
  repository: OkrRepository,
  request: BoardRequest,
  options: { readonly storedFirst?: boolean } = {},
) {
  const renders: string[] = [];
  const rendered = renderHook(
    () => {
      const api = useBoardData(request, options);
      renders.push(api.data.status);
      return api;
    },
    { wrapper: wrapperFor(repository) },
  );
  return { ...rendered, renders };
}

describe("a reopened tab's first render", () => {
  it('shows the board and its check-ins the cache holds, then reads it again as ever', async () => {
    const store = memoryPersistentStore();
    await readEarlier(store, 1_000);
    const behind = storeBehind();
    const reopened = await pageCache(store, 'adele', 1_000 + day, behind.inner);
    const { result, renders, unmount } = renderBoard(reopened, {
      cycleId: 'q1',
      teamIds: ['t1'],
    });
    expect(renders[0]).toBe('ready');
    const first = result.current.data;
    if (first.status !== 'ready') throw new Error(`The board is ${first.status}`);
    expect(first.board).toEqual(board);
    expect(first.history).toEqual(history);

    // Revalidated in the background: the board stays as shown, and follows what the store holds.
    await waitFor(() => expect(behind.asked.sort()).toEqual(['board', 'cycles', 'history']));
    expect(renders).not.toContain('loading');
    behind.answer();
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    unmount();
  });

  it('resolves the current cycle from the cycles the cache holds (My OKRs, All OKRs)', async () => {
    const store = memoryPersistentStore();
    await readEarlier(store, 1_000);
    const reopened = await pageCache(store, 'adele', 1_000, storeBehind().inner);
    const { renders, result, unmount } = renderBoard(reopened, {
      cycleId: 'current',
      teamIds: ['t1'],
    });
    expect(renders[0]).toBe('ready');
    expect(result.current.data.status === 'ready' && result.current.data.board.cycle.id).toBe('q1');
    unmount();
  });

  it('shows the board without its check-ins where the screen shows boards before them', async () => {
    const store = memoryPersistentStore();
    await readEarlier(store, 1_000, false);
    const request = { cycleId: 'q1', teamIds: ['t1'] };
    const reopened = await pageCache(store, 'adele', 1_000, storeBehind().inner);
    const storedFirst = renderBoard(reopened, request, { storedFirst: true });
    expect(storedFirst.renders[0]).toBe('ready');
    const shown = storedFirst.result.current.data;
    expect(shown.status === 'ready' && shown.history).toBeUndefined();
    storedFirst.unmount();

    // A screen that shows a board with its check-ins only waits for them.
    const whole = renderBoard(await pageCache(store, 'adele', 1_000, storeBehind().inner), request);
    expect(whole.renders[0]).toBe('loading');
    whole.unmount();
  });

  it('shows the loading state when the cache holds nothing, then the board from the store', async () => {
    const behind = storeBehind();
    const cold = await pageCache(memoryPersistentStore(), 'adele', 1_000, behind.inner);
    const { renders, result, unmount } = renderBoard(cold, { cycleId: 'q1', teamIds: ['t1'] });
    expect(renders[0]).toBe('loading');
    behind.answer();
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    unmount();
  });

  it('never paints a board past the cache’s age, nor one another person read on this machine', async () => {
    const expired = memoryPersistentStore();
    await readEarlier(expired, 1_000);
    const weekLater = await pageCache(expired, 'adele', 1_000 + 8 * day, storeBehind().inner);
    const late = renderBoard(weekLater, { cycleId: 'q1', teamIds: ['t1'] });
    expect(late.renders[0]).toBe('loading');
    late.unmount();

    const shared = memoryPersistentStore();
    await readEarlier(shared, 1_000);
    const megan = await pageCache(shared, 'megan', 1_000, storeBehind().inner);
    const theirs = renderBoard(megan, { cycleId: 'q1', teamIds: ['t1'] });
    expect(theirs.renders[0]).toBe('loading');
    theirs.unmount();
  });

  it("puts the cycles the cache holds in the header's switcher in the same render", async () => {
    /** The cycle the header's switcher shows in its first render. */
    const firstShown = (repository: OkrRepository) => {
      const shown: (string | undefined)[] = [];
      renderHook(
        () => {
          const choice = useCycleChoice('current', ['t1']);
          shown.push(choice.cycle?.name);
          return choice;
        },
        { wrapper: wrapperFor(repository) },
      ).unmount();
      return shown[0];
    };
    const store = memoryPersistentStore();
    await readEarlier(store, 1_000);
    expect(firstShown(await pageCache(store, 'adele', 1_000, storeBehind().inner))).toBe('FY');
    const cold = await pageCache(memoryPersistentStore(), 'adele', 1_000, storeBehind().inner);
    expect(firstShown(cold)).toBeUndefined();
  });
});
