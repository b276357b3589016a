/**
 * A quarter created twice: "Q4 2026" again, beside the Q4 2026 that runs, had the same dates, so
 * no overlap refused it, and the programme then had two cycles nobody could tell apart in the
 * cycle switcher. The name is refused under its field, naming the cycle that has it, and nothing
 * is created; another quarter is.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Cycle } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const running: Cycle = {
  id: 'c4',
  name: 'Q4 2026',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
  version: '3',
};
const taken =
  'A cycle named “Q4 2026” already exists (Oct 1, 2026 to Dec 31, 2026). Choose another quarter or dates, or give this cycle a name of its own.';

function newCycleDialog() {
  const created: unknown[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    createCycle: (cycle: object) => {
      created.push(cycle);
      return Promise.resolve({ ...cycle, id: 'c9', version: '1' });
    },
  } as unknown as OkrRepository;
  const programme = {
    data: { teams: [], cycles: [running] },
    applyTeam: () => undefined,
    applyCycle: () => undefined,
    reload: () => undefined,
  };
  renderWithServices(
    repository,
    <CyclesSection
      access={{ setUp: true } as never}
      programme={programme as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'New cycle' }));
  return created;
}

const create = () => fireEvent.click(screen.getByRole('button', { name: 'Create cycle' }));

test('a quarter that exists already is refused by name, and another quarter is created', async () => {
  const created = newCycleDialog();
  fireEvent.change(await screen.findByRole('textbox', { name: 'Year' }, { timeout: 20_000 }), {
    target: { value: '2026' },
  });
  fireEvent.click(screen.getByRole('radio', { name: 'Q4' }));
  create();
  expect(await screen.findByText(taken, {}, { timeout: 20_000 })).toBeTruthy();
  expect(created).toEqual([]);

  fireEvent.change(screen.getByRole('textbox', { name: 'Year' }), { target: { value: '2027' } });
  fireEvent.click(screen.getByRole('radio', { name: 'Q1' }));
  expect(screen.queryByText(taken)).toBeNull();
  create();
  await waitFor(() => expect(created).toHaveLength(1), { timeout: 20_000 });
  expect(created[0]).toMatchObject({ name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31' });
});
