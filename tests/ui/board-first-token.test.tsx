import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { KeyResult } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
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
 * The live board's first change token must be one taken before the board was read: a change a
 * colleague commits while the board is read is then among the changes since it. A token asked
 * for beside the read may be taken after that change, which would never show.
 */
const adele = { id: 'adele', displayName: 'Adele Vance' };
const moved: KeyResult = { ...keyResult, current: 35, version: '2' };

/**
 * A store with one version counter: reading the board reads version 0, and a colleague's change
 * (the KR moved to 35, version 1) is committed while that read is under way. A token names the
 * version it was taken at; the changes since it are the commits after it. A token asked for on
 * its own is answered once Graph gets to it, which is after that commit.
 */
function storeChangedDuringTheRead() {
  let version = 0;
  const changesSince = jest.fn(async (_query: unknown, token?: string): Promise<BoardChanges> => {
    await new Promise((resolve) => setTimeout(resolve));
    const since = token === undefined ? version : Number(token);
    return {
      objectives: [],
      keyResults: since < 1 && version >= 1 ? [moved] : [],
      initiatives: [],
      checkIns: [],
      removed: { objectives: [], keyResults: [], initiatives: [], checkIns: [] },
      token: String(version),
    };
  });
  const repository = {
    siteRoles: siteRolesOf(),
    listCycles: () => Promise.resolve([cycle]),
    loadBoard: (_query: unknown, options?: BoardLoadOptions) => {
      // The token of before the read, as the repository takes it with the board's lists.
      options?.onChangeToken?.(String(version));
      const read = JSON.parse(JSON.stringify(board)) as Board;
      version = 1;
      return Promise.resolve(read);
    },
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince,
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
  return { changesSince, wrapper };
}

it('shows a change committed while the board was read, with the first live refresh', async () => {
  const { changesSince, wrapper } = storeChangedDuringTheRead();
  const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }), { wrapper });
  await waitFor(() => expect(result.current.data.status).toBe('ready'));
  const shown = result.current.data;
  expect(shown.status === 'ready' && shown.board.keyResults[0]!.current).toBe(28);
  // Until the first refresh runs (its token in).
  await waitFor(() => {
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(changesSince.mock.calls.some(([, token]) => token !== undefined)).toBe(true);
  });

  await waitFor(() => {
    const data = result.current.data;
    expect(data.status === 'ready' && data.board.keyResults[0]!.current).toBe(35);
  });
});

it('reads the board again after a token of its own when its read came without one', async () => {
  const asked: string[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    listCycles: () => Promise.resolve([cycle]),
    loadBoard: (_query: unknown, options?: BoardLoadOptions) => {
      asked.push('board');
      options?.onChangeToken?.(undefined); // e.g. Graph refused the delta
      return Promise.resolve(JSON.parse(JSON.stringify(board)) as Board);
    },
    cycleCheckInHistory: () => {
      asked.push('history');
      return Promise.resolve(new Map());
    },
    changesSince: (_query: unknown, token?: string): Promise<BoardChanges> => {
      asked.push(token === undefined ? 'token of now' : 'changes since a token');
      return Promise.resolve({
        objectives: [],
        keyResults: [],
        initiatives: [],
        checkIns: [],
        removed: { objectives: [], keyResults: [], initiatives: [], checkIns: [] },
        token: 'now',
      });
    },
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
  const { result } = renderHook(() => useBoardData({ cycleId: 'q1' }), { wrapper });
  await waitFor(() => expect(result.current.data.status).toBe('ready'));
  const read = asked.length;
  await waitFor(() => {
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(asked.length).toBeGreaterThanOrEqual(read + 3);
  });
  expect(asked.slice(read, read + 3)).toEqual(['token of now', 'board', 'history']);
});
