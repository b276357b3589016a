/**
 * After Q1 2027 was started 27 days before its first day, Close a cycle and Cycle review opened
 * on the empty Q1 2027 ("No objectives to score", "Close Q1 2027…"), and Get started on FY 2026,
 * ending in 26 days, its rituals marked "Past". Close and review now open on the cycle just ended
 * or ending next, never one whose first day is ahead (which Close does not list), and Get started
 * on the cycle being planned.
 */
import { screen } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import type { Cycle } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import { today } from '../../src/ui/app/today';
import ClosingSection from '../../src/ui/programme/sections/ClosingSection';
import FirstRunSection from '../../src/ui/programme/sections/FirstRunSection';
import ReviewSection from '../../src/ui/programme/sections/ReviewSection';
import { board } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const now = today();
const cycle = (id: string, name: string, start: number, end: number, state: Cycle['state']) => ({
  id,
  name,
  start: addDays(now, start),
  end: addDays(now, end),
  state,
});
// In date order, as the Programme holds them.
const cycles: Cycle[] = [
  cycle('fy', 'This year', -340, 26, 'active'),
  cycle('q3', 'Last quarter', -157, -66, 'closed'),
  cycle('q4', 'This quarter', -65, 26, 'active'),
  cycle('q1', 'Next quarter', 27, 116, 'active'),
];

const repository = {
  siteRoles: siteRolesOf({ admin: true, coach: true }),
  loadBoard: ({ cycleId }: { cycleId: string }) =>
    Promise.resolve({ ...board, cycle: cycles.find((c) => c.id === cycleId)! }),
  cycleCheckInHistory: () => Promise.resolve(new Map()),
} as unknown as OkrRepository;

const sectionProps = {
  access: { setUp: true, coach: true },
  programme: { data: { teams: board.teams, cycles } } as never,
  notify: () => undefined,
  open: () => undefined,
};

const chosenCycle = () => screen.getAllByRole('combobox')[0]!.textContent;

test('Close a cycle opens on the quarter ending next and does not list the upcoming one', async () => {
  renderWithServices(repository, <ClosingSection {...sectionProps} />);
  await screen.findByText(board.objectives[0]!.title);
  expect(chosenCycle()).toBe('This quarter');
  expect(screen.queryByText(/Next quarter/)).toBeNull();
});

test('Cycle review opens on the quarter ending next, not the upcoming one', async () => {
  renderWithServices(repository, <ReviewSection {...sectionProps} />);
  await screen.findByText('Check-ins on time');
  expect(chosenCycle()).toBe('This quarter');
});

test('Get started opens on the cycle being planned', async () => {
  renderWithServices(repository, <FirstRunSection {...sectionProps} />);
  expect(await screen.findByRole('table', { name: 'Coaching plan for Next quarter' })).toBeTruthy();
  expect(screen.getByRole('combobox', { name: 'Cycle to plan' }).textContent).toBe('Next quarter');
});

describe('"Are OKRs new here?"', () => {
  const history = (holding: readonly string[]) =>
    ({
      ...repository,
      cyclesWithObjectives: (ids: readonly string[]) =>
        Promise.resolve(new Set(holding.filter((id) => ids.includes(id)))),
    }) as unknown as OkrRepository;
  const answer = () =>
    (screen.getByRole('radio', { name: 'No, we have run OKRs before' }) as HTMLInputElement).checked
      ? 'no'
      : 'yes';

  test('is No on a site whose closed cycles hold objectives, and says why', async () => {
    renderWithServices(history(['q3']), <FirstRunSection {...sectionProps} />);
    expect(
      await screen.findByText(
        'This site holds closed cycles with objectives, so OKRs are not new here.',
      ),
    ).toBeTruthy();
    expect(answer()).toBe('no');
    // No newcomer's limit of 3 objectives per team is proposed.
    expect(screen.queryByText(/at most 3 objectives per team/)).toBeNull();
  });

  test('is Yes when no closed cycle holds an objective', async () => {
    renderWithServices(history([]), <FirstRunSection {...sectionProps} />);
    expect(await screen.findByText(/at most 3 objectives per team/)).toBeTruthy();
    expect(answer()).toBe('yes');
  });
});
