import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { CheckIn, KeyResult } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import { OfflineError } from '../../src/store/errors';
import type {
  Board,
  BoardChanges,
  BoardLoadOptions,
  OkrRepository,
} from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { buildBoardView, keyResultTrends } from '../../src/ui/board/boardView';
import { useBoardData } from '../../src/ui/board/useBoardData';
import { siteRolesOf } from './support/site-roles';

/**
 * A large board is shown as its lists store it before its check-ins are in (they are several
 * times its KRs, page after page): the history is not known yet, and nothing else is missing;
 * when the check-ins come, the history shows, the KRs the read put in step with them follow,
 * and check-ins saved meanwhile stay.
 */
const adele = { id: 'adele', displayName: 'Adele Vance' };
const cycle = {
  id: 'q1',
  name: 'Q1',
  start: '2026-01-01',
  end: '2026-12-31',
  state: 'active' as const,
};
const keyResult = (id: string, current: number): KeyResult => ({
  id,
  objectiveId: 'o1',
  title: `Customers live on the new plan from 10 to 50 (${id})`,
  kind: 'increase',
  start: 10,
  target: 50,
  current,
  confidence: 6,
  lastCheckInAt: '2026-11-02T09:00:00Z',
  unit: 'customers',
  weight: 1,
  version: `${id}-1`,
});
const stored: Board = {
  cycle,
  teams: [{ id: 't1', name: 'Sales' }],
  objectives: [
    {
      id: 'o1',
      cycleId: 'q1',
      teamId: 't1',
      title: 'Move every customer to the new plan',
      description: '',
      commitment: 'committed',
      state: 'active',
    },
  ],
  keyResults: [keyResult('k1', 21), keyResult('k2', 30)],
  initiatives: [],
};
const checkIn = (keyResultId: string, value: number, at: string): CheckIn => ({
  clientId: `c-${keyResultId}-${value}`,
  keyResultId,
  value,
  confidence: 6,
  at,
  author: adele,
  source: 'teams',
  note: '',
});
const history = new Map([
  ['k1', [checkIn('k1', 14, '2026-10-26T09:00:00Z'), checkIn('k1', 28, '2026-11-09T09:00:00Z')]],
  ['k2', [checkIn('k2', 30, '2026-11-02T09:00:00Z')]],
]);
/** k1 was stored behind its latest check-in (28): the whole read shows it there. */
const inStep: Board = { ...stored, keyResults: [keyResult('k1', 28), stored.keyResults[1]!] };
const noChanges: BoardChanges = {
  objectives: [],
  keyResults: [],
  initiatives: [],
  checkIns: [],
  removed: { objectives: [], keyResults: [], initiatives: [], checkIns: [] },
  token: 'latest',
};

/** A store that shows the board as stored at once and answers the check-ins when told to. */
function slowCheckIns(checkIns: Promise<ReadonlyMap<string, readonly CheckIn[]>>) {
  const repository = {
    siteRoles: siteRolesOf(),
    listCycles: () => Promise.resolve([cycle]),
    /** What `onStored` answered: settled once the board it was given is on screen. */
    onScreen: undefined as PromiseLike<unknown> | void,
    loadBoard: jest.fn(async (_query: unknown, options?: BoardLoadOptions) => {
      repository.onScreen = options?.onStored?.(stored);
      await checkIns;
      options?.onChangeToken?.('latest');
      return inStep;
    }),
    cycleCheckInHistory: () => checkIns,
    changesSince: jest.fn(() => Promise.resolve(noChanges)),
  };
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <AppServicesProvider
      services={{
        repository: repository as unknown as OkrRepository,
        host: { notifySuccess: () => undefined } as unknown as Host,
        operatingModel: defaultOperatingModel,
        me: adele,
      }}
    >
      {children}
    </AppServicesProvider>
  );
  return { repository, wrapper };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

describe('a board shown as stored before its check-ins are in', () => {
  it('tells the store once the board it showed is on screen, and when the screen goes away', async () => {
    const checkIns = deferred<ReadonlyMap<string, readonly CheckIn[]>>();
    const { repository, wrapper } = slowCheckIns(checkIns.promise);
    const { result, unmount } = renderHook(
      () => useBoardData({ cycleId: 'q1' }, { storedFirst: true }),
      { wrapper },
    );
    await waitFor(() => expect(repository.onScreen).toBeDefined());
    let shownWhenSettled: string | undefined;
    void Promise.resolve(repository.onScreen).then(() => {
      shownWhenSettled = result.current.data.status;
    });
    await waitFor(() => expect(shownWhenSettled).toBe('ready'));

    // A second screen, gone before its board showed: the store is not held up.
    const second = slowCheckIns(new Promise(() => undefined));
    second.repository.loadBoard.mockImplementation(async (_query: unknown, options) => {
      second.repository.onScreen = options?.onStored?.(stored);
      return new Promise<Board>(() => undefined);
    });
    const gone = renderHook(() => useBoardData({ cycleId: 'q1' }, { storedFirst: true }), {
      wrapper: second.wrapper,
    });
    await waitFor(() => expect(second.repository.onScreen).toBeDefined());
    gone.unmount();
    await expect(Promise.resolve(second.repository.onScreen)).resolves.toBeUndefined();
    unmount();
    checkIns.resolve(history);
  });

  it('shows every objective and KR at once, with no history, then the history and the KRs put in step', async () => {
    const checkIns = deferred<ReadonlyMap<string, readonly CheckIn[]>>();
    const { wrapper } = slowCheckIns(checkIns.promise);
    const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }, { storedFirst: true }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    const shown = result.current.data;
    if (shown.status !== 'ready') throw new Error(`The board is ${shown.status}`);
    expect(shown.history).toBeUndefined();
    expect(shown.board.keyResults.map((kr) => kr.current)).toEqual([21, 30]);
    const view = buildBoardView(shown.board, defaultOperatingModel, '2026-11-10');
    expect(view.flatMap((team) => team.objectives.flatMap((o) => o.keyResults))).toHaveLength(2);

    await act(async () => checkIns.resolve(history));
    await waitFor(() => {
      const data = result.current.data;
      expect(data.status === 'ready' && data.history).toBe(history);
    });
    const whole = result.current.data;
    if (whole.status !== 'ready') throw new Error(`The board is ${whole.status}`);
    expect(whole.board.keyResults.map((kr) => kr.current)).toEqual([28, 30]);
    const trends = keyResultTrends(whole.history!, defaultOperatingModel, '2026-11-10');
    expect(trends.size).toBeGreaterThan(0);
  });

  it('keeps a check-in saved before the history came in, and the KR as that save left it', async () => {
    const checkIns = deferred<ReadonlyMap<string, readonly CheckIn[]>>();
    const { wrapper } = slowCheckIns(checkIns.promise);
    const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }, { storedFirst: true }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    const saved = checkIn('k1', 33, '2026-11-16T09:00:00Z');
    act(() =>
      result.current.applyCheckIns([
        { checkIn: saved, keyResult: { ...keyResult('k1', 33), version: 'k1-2' } },
      ]),
    );
    const during = result.current.data;
    expect(during.status === 'ready' && during.history).toBeUndefined();
    expect(during.status === 'ready' && during.board.keyResults[0]!.current).toBe(33);

    // The history was read before the save: it does not have it.
    await act(async () => checkIns.resolve(history));
    await waitFor(() => {
      const data = result.current.data;
      expect(data.status === 'ready' && data.history?.get('k1')?.map((c) => c.value)).toEqual([
        14, 28, 33,
      ]);
    });
    const after = result.current.data;
    expect(after.status === 'ready' && after.board.keyResults.map((kr) => kr.current)).toEqual([
      33, 30,
    ]);
  });

  it('puts a check-in recorded for an earlier day on its day in the history, not after the latest', async () => {
    const checkIns = deferred<ReadonlyMap<string, readonly CheckIn[]>>();
    const { wrapper } = slowCheckIns(checkIns.promise);
    const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }, { storedFirst: true }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    // Saved before the history came in: for 1 November, between its check-ins of 26 October
    // and 9 November. The KR stays at its latest (28), as the store answered.
    const backdated = (value: number, at: string) =>
      act(() =>
        result.current.applyCheckIns([
          { checkIn: checkIn('k1', value, at), keyResult: keyResult('k1', 28) },
        ]),
      );
    backdated(19, '2026-11-01T17:30:00Z');
    await act(async () => checkIns.resolve(history));
    const valuesOfK1 = () => {
      const data = result.current.data;
      return data.status === 'ready' ? data.history?.get('k1')?.map((c) => c.value) : undefined;
    };
    await waitFor(() => expect(valuesOfK1()).toEqual([14, 19, 28]));
    // Saved once the history is in: for 30 October.
    backdated(16, '2026-10-30T17:30:00Z');
    expect(valuesOfK1()).toEqual([14, 16, 19, 28]);
    const after = result.current.data;
    expect(after.status === 'ready' && after.board.keyResults[0]!.current).toBe(28);
  });

  it('is an error, with a retry, when the check-ins cannot be read after the board showed', async () => {
    const checkIns = deferred<ReadonlyMap<string, readonly CheckIn[]>>();
    const { wrapper } = slowCheckIns(checkIns.promise);
    const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }, { storedFirst: true }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    await act(async () => checkIns.reject(new OfflineError('Microsoft 365 did not answer.')));
    await waitFor(() => expect(result.current.data.status).toBe('error'));
    const failed = result.current.data;
    expect(failed.status === 'error' && failed.error).toBeInstanceOf(OfflineError);
  });

  it('shows a board served whole (from the cache) at once while its history is still read', async () => {
    const checkIns = deferred<ReadonlyMap<string, readonly CheckIn[]>>();
    const { repository, wrapper } = slowCheckIns(checkIns.promise);
    repository.loadBoard.mockImplementation(() => Promise.resolve(inStep));
    const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }, { storedFirst: true }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    const shown = result.current.data;
    expect(shown.status === 'ready' && shown.history).toBeUndefined();
    await act(async () => checkIns.resolve(history));
    await waitFor(() => {
      const data = result.current.data;
      expect(data.status === 'ready' && data.history).toBe(history);
    });
  });

  it('shows a board and a history both at hand together', async () => {
    const { repository, wrapper } = slowCheckIns(Promise.resolve(history));
    repository.loadBoard.mockImplementation(() => Promise.resolve(inStep));
    const seen: (string | undefined)[] = [];
    const { result } = renderHook(
      () => {
        const api = useBoardData({ cycleId: 'q1' }, { storedFirst: true });
        const { data } = api;
        seen.push(data.status === 'ready' ? (data.history ? 'whole' : 'stored') : data.status);
        return api;
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    expect(seen).not.toContain('stored');
  });

  it('waits for the whole read where it is not asked to show the board first', async () => {
    const checkIns = deferred<ReadonlyMap<string, readonly CheckIn[]>>();
    const { repository, wrapper } = slowCheckIns(checkIns.promise);
    const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }), { wrapper });
    await waitFor(() => expect(repository.loadBoard).toHaveBeenCalled());
    expect(result.current.data.status).toBe('loading');
    await act(async () => checkIns.resolve(history));
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    const data = result.current.data;
    expect(data.status === 'ready' && data.history).toBe(history);
  });
});
