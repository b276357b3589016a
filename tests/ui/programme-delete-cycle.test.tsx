/**
 * A cycle created or started by mistake could not be removed. An admin deletes it from its row,
 * once a dialog naming the cycle and its dates is confirmed; the store refuses a cycle that holds
 * objectives, and the dialog says so, with nothing deleted.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cycle } from '../../src/core/model';
import { InvalidError } from '../../src/store/errors';
import type { OkrRepository } from '../../src/store/repository';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const mistake: Cycle = {
  id: 'c2',
  name: 'Q1 2027',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'planning',
  version: '1',
};
const running: Cycle = {
  id: 'c1',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
  version: '4',
};

const lastQuarter: Cycle = {
  id: 'last-quarter',
  name: 'Last quarter',
  start: '2026-07-01',
  end: '2026-09-30',
  state: 'closed',
  version: '4',
};
const holds =
  'Q4 2026 holds 3 objectives, so it was not deleted: move them to another cycle or delete them first, then delete the cycle.';

function renderCycles() {
  const deleted: Cycle[] = [];
  const removed: string[] = [];
  const notices: string[] = [];
  const repository = {
    siteRoles: siteRolesOf({ admin: true, coach: true }),
    deleteCycle: (cycle: Cycle) => {
      if (cycle.id === running.id) return Promise.reject(new InvalidError(holds, [holds]));
      deleted.push(cycle);
      return Promise.resolve();
    },
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <CyclesSection
      access={{ setUp: true, coach: true }}
      programme={
        {
          data: { teams: [], cycles: [lastQuarter, running, mistake] },
          applyTeam: () => undefined,
          applyCycle: () => undefined,
          removeCycle: (id: string) => removed.push(id),
          reload: () => undefined,
        } as never
      }
      notify={(message) => notices.push(message)}
      open={() => undefined}
    />,
  );
  return { deleted, removed, notices };
}

async function askToDelete(cycle: Cycle) {
  const button = screen.getByRole('button', { name: `Delete ${cycle.name}` });
  button.focus();
  fireEvent.keyDown(button, { key: 'Enter' });
  fireEvent.click(button);
  const dialog = await screen.findByRole('alertdialog', {}, { timeout: 20_000 });
  return { button, dialog };
}

test('deletes a cycle made by mistake once asked, naming it and its dates, and says so', async () => {
  const { deleted, removed, notices } = renderCycles();
  const { dialog } = await askToDelete(mistake);
  expect(within(dialog).getByText(`Delete ${mistake.name}?`)).toBeTruthy();
  expect(
    within(dialog).getByText(
      'Q1 2027 (Jan 1, 2027 – Mar 31, 2027) is deleted for good, with its coaching plan.',
    ),
  ).toBeTruthy();
  expect(deleted).toEqual([]);

  fireEvent.click(within(dialog).getByRole('button', { name: 'Delete cycle' }));

  await waitFor(() => expect(notices).toEqual(['Q1 2027 is deleted.']));
  expect(deleted).toEqual([mistake]);
  expect(removed).toEqual([mistake.id]);
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  await waitFor(() =>
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New cycle' })),
  );
});

test('a cycle that holds objectives is refused in the dialog, saying how many, and stays', async () => {
  const { removed, notices } = renderCycles();
  const { dialog } = await askToDelete(running);

  fireEvent.click(within(dialog).getByRole('button', { name: 'Delete cycle' }));

  expect(await within(dialog).findByText(holds)).toBeTruthy();
  expect(removed).toEqual([]);
  expect(notices).toEqual([]);
});

test('a closed cycle, the programme’s scored history, offers no Delete', () => {
  renderCycles();
  expect(screen.queryByRole('button', { name: `Delete ${lastQuarter.name}` })).toBeNull();
  expect(screen.getByRole('button', { name: `Delete ${running.name}` })).toBeTruthy();
});

test('Cancel deletes nothing and puts focus back on the Delete button', async () => {
  const { deleted, notices } = renderCycles();
  const { button, dialog } = await askToDelete(mistake);

  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(button));
  expect(deleted).toEqual([]);
  expect(notices).toEqual([]);
});
