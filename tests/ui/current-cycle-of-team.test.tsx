/**
 * A team's tab on "the current cycle" showed FY 2026, empty ("No objectives yet"), right after
 * its OKRs were carried into Q1 2027, which was started and in its planning week. "Current" is
 * the core's rule: of the cycles equally near, the one holding the team's OKRs, asked of the
 * store once for the header's switcher and the board alike, which show the same cycle.
 */
import { renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { addDays } from '../../src/core/dates';
import type { Cycle } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { Board, OkrRepository } from '../../src/store/repository';
import { TeamTab } from '../../src/teams/tab/TeamTab';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { today } from '../../src/ui/app/today';
import { useBoardData } from '../../src/ui/board/useBoardData';
import { useCycleChoice } from '../../src/ui/board/useCycleChoice';
import { board as oneObjective } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';
import { layOutTabLists, showView } from './support/view-tabs';

layOutTabLists();

jest.setTimeout(60_000);

const now = today();
const year: Cycle = {
  id: 'fy',
  name: 'FY',
  start: addDays(now, -300),
  end: addDays(now, 20),
  state: 'active',
};
// Started, its first day ahead, in the planning week its coaching plan dates.
const next: Cycle = {
  id: 'next',
  name: 'Next quarter',
  start: addDays(now, 5),
  end: addDays(now, 95),
  state: 'active',
  coachingPlan: { rituals: [{ kind: 'planning', date: addDays(now, -2) }] },
};
const closed: Cycle = {
  id: 'q4',
  name: 'Last quarter',
  start: addDays(now, -70),
  end: addDays(now, 20),
  state: 'closed',
};
const boardOf = (cycle: Cycle): Board => ({
  ...oneObjective,
  cycle,
  objectives: cycle.id === 'next' ? oneObjective.objectives : [],
  keyResults: cycle.id === 'next' ? oneObjective.keyResults : [],
});

function renderTeamTab(
  holding: (teamIds: readonly string[] | undefined) => string[],
  answered: Promise<void> = Promise.resolve(),
) {
  const asked: (readonly string[])[] = [];
  const read: string[] = [];
  const signals: AbortSignal[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    listCycles: () => Promise.resolve([year, closed, next]),
    cyclesWithObjectives: jest.fn(
      async (cycleIds: readonly string[], teamIds?: readonly string[]) => {
        asked.push(cycleIds);
        await answered;
        return new Set(holding(teamIds).filter((id) => cycleIds.includes(id)));
      },
    ),
    loadBoard: ({ cycleId }: { cycleId: string }, { signal }: { signal: AbortSignal }) => {
      read.push(cycleId);
      signals.push(signal);
      return Promise.resolve(boardOf([year, closed, next].find((cycle) => cycle.id === cycleId)!));
    },
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince: () => new Promise(() => undefined),
  };
  const wrapper = ({ children }: { readonly children: ReactNode }) => (
    <AppServicesProvider
      services={{
        repository: repository as unknown as OkrRepository,
        host: { notifySuccess: () => undefined, context: { locale: 'en-us' } } as unknown as Host,
        operatingModel: defaultOperatingModel,
        me: { id: 'adele', displayName: 'Adele Vance' },
      }}
    >
      {children}
    </AppServicesProvider>
  );
  const rendered = renderHook(
    () => ({
      choice: useCycleChoice('current', ['t1']),
      board: useBoardData({ cycleId: 'current', teamIds: ['t1'] }),
    }),
    { wrapper },
  );
  return { ...rendered, asked, read, signals, repository };
}

test('the header and the board show the cycle holding the team’s OKRs, asked once', async () => {
  const { result, asked } = renderTeamTab((teamIds) => (teamIds?.includes('t1') ? ['next'] : []));
  // The header's choice and the board settle in renders of their own: on a busy machine the
  // board was ready a render before the header's choice.
  await waitFor(() => {
    expect(result.current.board.data.status).toBe('ready');
    expect(result.current.choice.cycle?.id).toBe('next');
  });
  const data = result.current.board.data;
  expect(data.status === 'ready' && data.board.cycle.id).toBe('next');
  expect(asked).toEqual([['fy', 'next']]);
});

test('with none holding the team’s OKRs, the cycle whose first day has come', async () => {
  const { result } = renderTeamTab(() => []);
  await waitFor(() => {
    expect(result.current.board.data.status).toBe('ready');
    expect(result.current.choice.cycle?.id).toBe('fy');
  });
  const data = result.current.board.data;
  expect(data.status === 'ready' && data.board.cycle.id).toBe('fy');
});

test('the board the rule names first is read while the store is asked, and kept when it holds them', async () => {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const { result, read } = renderTeamTab(() => ['fy', 'next'], answered);
  // No round trip waits for the answer: the year's board is read meanwhile.
  await waitFor(() => expect(read).toEqual(['fy']));
  expect(result.current.board.data.status).toBe('loading');
  answer();
  await waitFor(() => expect(result.current.board.data.status).toBe('ready'));
  expect(read).toEqual(['fy']);
});

test('a board read meanwhile is left when another cycle holds the team’s OKRs', async () => {
  const { result, read } = renderTeamTab(() => ['next']);
  await waitFor(() => expect(result.current.board.data.status).toBe('ready'));
  expect(read).toEqual(['fy', 'next']);
});

test('a board read meanwhile and kept is let go with the tab', async () => {
  const { result, signals, unmount } = renderTeamTab(() => ['fy']);
  await waitFor(() => expect(result.current.board.data.status).toBe('ready'));
  expect(signals.map((signal) => signal.aborted)).toEqual([false]);
  unmount();
  expect(signals.map((signal) => signal.aborted)).toEqual([true]);
});

// Its views read "current" again for every team, which could name another cycle than its header.
test('the Alignment view shows the cycle the header shows', async () => {
  const read: { cycleId: string; teamIds?: readonly string[] }[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    listCycles: () => Promise.resolve([year, next]),
    // The team's OKRs are in the next quarter; every team's are in both.
    cyclesWithObjectives: (ids: readonly string[], teamIds?: readonly string[]) =>
      Promise.resolve(new Set(teamIds ? ['next'] : ids)),
    loadBoard: (query: { cycleId: string; teamIds?: readonly string[] }) => {
      read.push(query);
      return Promise.resolve({ ...oneObjective, cycle: query.cycleId === 'next' ? next : year });
    },
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince: () => new Promise(() => undefined),
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <TeamTab
      settings={{ cycleId: 'current', teamIds: ['t1'] }}
      onOpenProgramme={() => undefined}
    />,
  );
  await waitFor(() =>
    expect(screen.getByRole('combobox', { name: 'Cycle' }).textContent).toBe('Next quarter'),
  );
  await showView('Alignment');
  await waitFor(() => expect(read.some((query) => !query.teamIds)).toBe(true));
  expect(read.filter((query) => !query.teamIds).map((query) => query.cycleId)).toEqual(['next']);
});
