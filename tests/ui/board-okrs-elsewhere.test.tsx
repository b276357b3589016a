/**
 * Engineering's channel tab, on the current cycle, showed FY 2026 with "No objectives yet —
 * Create the first objective" while Engineering's OKRs had just been carried into Q1 2027. An
 * empty board now says where its teams' OKRs are, with a button that shows that cycle.
 */
import { fireEvent, screen } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import { formatMonthDay } from '../../src/core/format';
import type { Cycle } from '../../src/core/model';
import type { Board, OkrRepository } from '../../src/store/repository';
import { today } from '../../src/ui/app/today';
import { BoardScreen } from '../../src/ui/screens/BoardScreen/BoardScreen';
import { board as oneObjective } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const now = today();
const year: Cycle = {
  id: 'fy',
  name: 'FY',
  start: addDays(now, -300),
  end: addDays(now, 26),
  state: 'active',
};
const next: Cycle = {
  id: 'next',
  name: 'Next quarter',
  start: addDays(now, 27),
  end: addDays(now, 117),
  state: 'active',
};
const later: Cycle = {
  id: 'later',
  name: 'Quarter after',
  start: addDays(now, 118),
  end: addDays(now, 208),
  state: 'planning',
};

function renderEmptyBoard(holding: readonly string[], onSelectCycle?: (id: string) => void) {
  const asked: (readonly string[] | undefined)[] = [];
  const empty: Board = { ...oneObjective, cycle: year, objectives: [], keyResults: [] };
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: false }),
    listCycles: () => Promise.resolve([year, next, later]),
    loadBoard: () => Promise.resolve(empty),
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince: () => new Promise(() => undefined),
    cyclesWithObjectives: (cycleIds: readonly string[], teamIds?: readonly string[]) => {
      asked.push(teamIds);
      return Promise.resolve(new Set(holding.filter((id) => cycleIds.includes(id))));
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <BoardScreen
      request={{ cycleId: 'fy', teamIds: ['t1'] }}
      editable
      {...(onSelectCycle ? { onSelectCycle } : {})}
    />,
  );
  return asked;
}

test('an empty board names the cycle holding its team’s OKRs and switches to it', async () => {
  const chosen: string[] = [];
  const asked = renderEmptyBoard(['next'], (id) => chosen.push(id));
  expect(await screen.findByRole('heading', { name: 'No objectives in FY' })).toBeTruthy();
  expect(
    screen.getByText(
      `Sales’ OKRs are in Next quarter (Upcoming · starts ${formatMonthDay(next.start)}).`,
    ),
  ).toBeTruthy();
  expect(asked).toEqual([['t1']]);
  fireEvent.click(screen.getByRole('button', { name: 'Show Next quarter' }));
  expect(chosen).toEqual(['next']);
  // Creating the first objective here is still offered.
  expect(screen.getByRole('button', { name: 'Create the first objective' })).toBeTruthy();
});

test('with the team’s OKRs nowhere else, it invites the first objective', async () => {
  renderEmptyBoard([], () => undefined);
  expect(await screen.findByRole('heading', { name: 'No objectives yet' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: /^Show / })).toBeNull();
});
