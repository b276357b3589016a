/**
 * Starting the next cycle when none follows the one just closed: an admin creates the cycle that
 * follows it (the next quarter after a quarter) from the same form, and carries over into it; a
 * coach is told an admin creates it. Before, both were sent to Cycles and back.
 */
import { useState } from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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
  /** The section as the Programme holds it: a cycle applied is one of its cycles. */
  function Programme() {
    const [cycles, setCycles] = useState<readonly Cycle[]>([q4]);
    const programme = {
      data: { teams: board.teams, cycles },
      applyTeam: () => undefined,
      applyCycle: (cycle: Cycle) => {
        applied.push(cycle);
        setCycles((known) => [...known, cycle]);
      },
      reload: () => undefined,
    };
    return (
      <RolloverSection
        access={access}
        programme={programme as never}
        notify={(message) => notified.push(message)}
        open={() => undefined}
        cycleId="q4"
      />
    );
  }
  const view = renderWithServices(repository, <Programme />, 'en-GB');
  return { created, applied, notified, view };
}

describe('the next cycle, when none follows the one closed', () => {
  it('is created by an admin from the form, as the quarter that follows', async () => {
    const { created, applied, notified } = renderNextCycle({ setUp: true, coach: true });
    expect(screen.getByText('No cycle follows Q4 2026 yet.')).toBeTruthy();
    const create = screen.getByRole('button', { name: /^Create Q1 2027 \(/ });
    expect(create.textContent).toBe('Create Q1 2027 (1 Jan 2027 to 31 Mar 2027)');

    // The polite live region the creation is confirmed in is there, empty, before it.
    const region = within(create.parentElement!).getByRole('status');
    expect(region.textContent).toBe('');
    create.focus();
    fireEvent.click(create);

    // Confirmed where the button was, in the same region, in no toast; the button is gone, as
    // the cycle follows Q4 2026 now, and the focus is on Into, which names it.
    await waitFor(() => expect(region.textContent).toBe('Q1 2027 is created, in planning.'));
    expect(region.isConnected).toBe(true);
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('button', { name: /^Create / })).toBeNull();
    const into = screen.getByRole('combobox', { name: 'Into' });
    await waitFor(() => expect(document.activeElement).toBe(into));
    expect(into.textContent).toBe('Q1 2027');
    expect(notified).toEqual([]);
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
