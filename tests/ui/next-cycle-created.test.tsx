/**
 * Starting the next cycle when none follows the one just closed: an admin creates the cycle that
 * follows it (the next quarter after a quarter) from the same form, and carries over into it; a
 * coach is told an admin creates it. Before, both were sent to Cycles and back.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Cycle } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import RolloverSection from '../../src/ui/programme/sections/RolloverSection';
import { board } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const q4: Cycle = {
  id: 'q4',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'closed',
};

function renderNextCycle(access: { setUp: boolean; coach: boolean }) {
  const created: object[] = [];
  const applied: Cycle[] = [];
  const notified: string[] = [];
  const repository = {
    siteRoles: siteRolesOf(
      access.setUp ? { admin: true, coach: true } : { admin: false, coach: true },
    ),
    loadBoard: () => Promise.resolve({ ...board, cycle: q4 }),
    createCycle: (draft: Omit<Cycle, 'id'>) => {
      created.push(draft);
      return Promise.resolve({ ...draft, id: 'q1', version: '1' });
    },
  } as unknown as OkrRepository;
  const programme = {
    data: { teams: board.teams, cycles: [q4] },
    applyTeam: () => undefined,
    applyCycle: (cycle: Cycle) => applied.push(cycle),
    reload: () => undefined,
  };
  const view = renderWithServices(
    repository,
    <RolloverSection
      access={access}
      programme={programme as never}
      notify={(message) => notified.push(message)}
      open={() => undefined}
      cycleId="q4"
    />,
    'en-GB',
  );
  return { created, applied, notified, view };
}

describe('the next cycle, when none follows the one closed', () => {
  it('is created by an admin from the form, as the quarter that follows', async () => {
    const { created, applied, notified } = renderNextCycle({ setUp: true, coach: true });
    expect(screen.getByText('No cycle follows Q4 2026 yet.')).toBeTruthy();
    const create = screen.getByRole('button', { name: /^Create Q1 2027 \(/ });
    expect(create.textContent).toBe('Create Q1 2027 (1 Jan 2027 to 31 Mar 2027)');

    fireEvent.click(create);

    await waitFor(() => expect(notified).toEqual(['Q1 2027 is created, in planning.']));
    expect(created).toEqual([
      expect.objectContaining({
        name: 'Q1 2027',
        start: '2027-01-01',
        end: '2027-03-31',
        state: 'planning',
      }),
    ]);
    expect(applied.map((cycle) => cycle.id)).toEqual(['q1']);
  });

  it('is left to an admin when a coach starts the next cycle', () => {
    renderNextCycle({ setUp: false, coach: true });
    expect(
      screen.getByText('No cycle follows Q4 2026 yet: an admin creates it under Cycles.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Create / })).toBeNull();
  });
});
