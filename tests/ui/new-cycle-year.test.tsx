/**
 * A new cycle laid on a quarter or a year: a year that cannot be one (letters, five digits) is
 * named as soon as it is typed, since the name and dates it gave go blank meanwhile (it was said
 * only on saving), and nothing is created from it.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const yearHint = 'Type a year from 2000 to 2100, such as 2027.';

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
    data: { teams: [], cycles: [] },
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

const year = () => screen.getByRole('textbox', { name: 'Year' });
const name = () => screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement;
const create = () => fireEvent.click(screen.getByRole('button', { name: 'Create cycle' }));

test('letters for a year are named at once, and creating waits for a year', async () => {
  const created = newCycleDialog();
  fireEvent.change(await screen.findByRole('textbox', { name: 'Year' }, { timeout: 20_000 }), {
    target: { value: 'next' },
  });
  expect(screen.getByText(yearHint)).toBeTruthy();
  create();
  expect(screen.getAllByText(yearHint)).toHaveLength(1);
  expect(created).toEqual([]);

  fireEvent.change(year(), { target: { value: '2031' } });
  expect(screen.queryByText(yearHint)).toBeNull();
  expect(name().value).toBe('Q1 2031');
  create();
  await waitFor(() => expect(created).toHaveLength(1), { timeout: 20_000 });
  expect(created[0]).toMatchObject({ name: 'Q1 2031', start: '2031-01-01', end: '2031-03-31' });
});

test('a year still being typed is not an error until it is saved', async () => {
  const created = newCycleDialog();
  fireEvent.change(await screen.findByRole('textbox', { name: 'Year' }, { timeout: 20_000 }), {
    target: { value: '20' },
  });
  // Still being typed: not yet an error.
  expect(screen.queryByText(yearHint)).toBeNull();
  create();
  expect(await screen.findByText(yearHint, {}, { timeout: 20_000 })).toBeTruthy();
  expect(created).toEqual([]);
});
