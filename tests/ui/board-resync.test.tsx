import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { CheckIn } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import { ResyncRequiredError } from '../../src/store/errors';
import type {
  Board,
  BoardChanges,
  BoardLoadOptions,
  OkrRepository,
} from '../../src/store/repository';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { useBoardData } from '../../src/ui/board/useBoardData';
import { board, cycle, keyResult } from './support/one-key-result-board';
import { siteRolesOf } from './support/site-roles';

/**
 * The live board reads itself again in place when its change token is refused (ResyncRequired),
 * e.g. on the focus a click into the page gives it, and on every refresh after. A read that finds
 * what is shown leaves the screen as it is (the very same objects, so nothing re-renders); one
 * that finds something new shows it.
 */
const adele = { id: 'adele', displayName: 'Adele Vance' };
const checkIn = (value: number, at: string): CheckIn => ({
  clientId: `c-${value}`,
  keyResultId: 'k1',
  value,
  at,
  author: adele,
  source: 'teams',
  note: '',
});
const history = [checkIn(14, '2026-10-26T09:00:00Z'), checkIn(21, '2026-11-02T09:00:00Z')];
const noChanges = (token: string): BoardChanges => ({
  objectives: [],
  keyResults: [],
  initiatives: [],
  checkIns: [],
  removed: { objectives: [], keyResults: [], initiatives: [], checkIns: [] },
  token,
});

/** A new object with the same content, as a read from the store or the cache gives. */
const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A store whose change tokens are always refused, and whose reads are new objects each time. */
function refusingTokens(reads: { board: Board; history: readonly CheckIn[] }[]) {
  let read = 0;
  const current = () => reads[Math.min(read, reads.length - 1)]!;
  /** What was asked of the store, in order. */
  const asked: string[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    listCycles: () => Promise.resolve([cycle]),
    loadBoard: (_query: unknown, options?: BoardLoadOptions) => {
      asked.push('board');
      // The first read's token (taken before it read), refused when it is used.
      options?.onChangeToken?.('taken with the board');
      return Promise.resolve(copy(current().board));
    },
    cycleCheckInHistory: () => {
      asked.push('history');
      const { history: checkIns } = current();
      read += 1;
      return Promise.resolve(new Map([['k1', copy(checkIns)]]));
    },
    changesSince: jest.fn((_query: unknown, token?: string) => {
      asked.push(token === undefined ? 'token of now' : 'changes since a token');
      return token === undefined
        ? Promise.resolve(noChanges('latest'))
        : Promise.reject(
            new ResyncRequiredError('This change token was not issued for this site.'),
          );
    }),
  };
  const host = { notifySuccess: () => undefined } as unknown as Host;
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <AppServicesProvider
      services={{
        repository: repository as unknown as OkrRepository,
        host,
        operatingModel: defaultOperatingModel,
        me: adele,
      }}
    >
      {children}
    </AppServicesProvider>
  );
  return { repository, wrapper, asked };
}

/** Focuses the page (a click into it does) and waits until the in-place read is done. */
async function focusAndResync(repository: ReturnType<typeof refusingTokens>['repository']) {
  const asked = repository.changesSince.mock.calls.length;
  act(() => {
    window.dispatchEvent(new Event('focus'));
  });
  // The refused token, then the new token read with the board again.
  await waitFor(() => expect(repository.changesSince.mock.calls.length).toBe(asked + 2));
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('useBoardData reading the board again when its change token is refused', () => {
  it('keeps what is shown, the very same objects, when the read finds nothing new', async () => {
    const { repository, wrapper } = refusingTokens([{ board, history }]);
    const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }), { wrapper });
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const shown = result.current.data;

    await focusAndResync(repository);

    expect(result.current.data).toBe(shown);
  });

  it('shows what the read found when it differs', async () => {
    const later = [...history, checkIn(28, '2026-11-09T09:00:00Z')];
    const moved = { ...board, keyResults: [{ ...keyResult, current: 35 }] };
    const { repository, wrapper } = refusingTokens([
      { board, history },
      { board: moved, history: later },
    ]);
    const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }), { wrapper });
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));

    await focusAndResync(repository);

    const data = result.current.data;
    if (data.status !== 'ready') throw new Error(`The board is ${data.status}`);
    expect(data.board.keyResults[0]!.current).toBe(35);
    expect(data.history!.get('k1')!.map((c) => c.value)).toEqual([14, 21, 28]);
  });

  it('asks for the token of now before it reads the board again, so a change made meanwhile comes with the next changes', async () => {
    const { repository, wrapper, asked } = refusingTokens([{ board, history }]);
    const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }), { wrapper });
    await waitFor(() => expect(result.current.data.status).toBe('ready'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const before = asked.length;

    await focusAndResync(repository);

    expect(asked.slice(before)).toEqual([
      'changes since a token',
      'token of now',
      'board',
      'history',
    ]);
  });
});
