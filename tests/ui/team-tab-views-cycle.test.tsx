/**
 * A team's tab on "the current cycle" shows the cycle holding the team's OKRs; its Alignment view
 * read "current" again for every team, which could name another cycle than its header. The
 * views take the cycle the header shows.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import type { Cycle } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import { today } from '../../src/ui/app/today';
import { TeamTab } from '../../src/teams/tab/TeamTab';
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
  end: addDays(now, 20),
  state: 'active',
};
const next: Cycle = {
  id: 'next',
  name: 'Next quarter',
  start: addDays(now, 5),
  end: addDays(now, 95),
  state: 'active',
  coachingPlan: { rituals: [{ kind: 'planning', date: addDays(now, -2) }] },
};

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
      const cycle = query.cycleId === 'next' ? next : year;
      return Promise.resolve({ ...oneObjective, cycle });
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
  fireEvent.click(screen.getByRole('tab', { name: 'Alignment' }));
  await waitFor(() => expect(read.some((query) => !query.teamIds)).toBe(true));
  expect(read.filter((query) => !query.teamIds).map((query) => query.cycleId)).toEqual(['next']);
});
