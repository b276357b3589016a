/**
 * Wrong input in the operating model's number settings names the setting and what it takes: an
 * emptied box read "“” is not a number", quoting nothing. A refused value is not previewed as a
 * change to the running cycle ("Check-ins come every 0 days instead of 7").
 */
import { fireEvent, screen } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import OperatingModelSection from '../../src/ui/programme/sections/OperatingModelSection';
import { board, cycle } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

async function cadenceField() {
  renderWithServices(
    {
      siteRoles: siteRolesOf({ admin: true, coach: true }),
      loadBoard: () => new Promise(() => undefined),
    } as unknown as OkrRepository,
    <OperatingModelSection
      access={{ setUp: true, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
  return screen.findByRole('textbox', { name: 'Days between check-ins' });
}

it('says an emptied setting is empty, by its name, and what to type', async () => {
  const field = await cadenceField();
  fireEvent.change(field, { target: { value: '  ' } });
  expect(
    screen.getByText('Days between check-ins is empty. Type a number such as 7.'),
  ).toBeTruthy();
});

it('quotes what was typed when it is not a number', async () => {
  const field = await cadenceField();
  fireEvent.change(field, { target: { value: 'weekly' } });
  expect(screen.getByText('“weekly” is not a number. Type a number such as 7.')).toBeTruthy();
});

it('previews no change from a value it refuses, and the change once the value is one it takes', async () => {
  // A cycle running whatever the day: the preview is of the current cycle's board.
  const running = { ...cycle, start: '2000-01-01', end: '2999-12-31' };
  renderWithServices(
    {
      siteRoles: siteRolesOf({ admin: true, coach: true }),
      loadBoard: () => Promise.resolve({ ...board, cycle: running }),
    } as unknown as OkrRepository,
    <OperatingModelSection
      access={{ setUp: true, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [running] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
  const field = await screen.findByRole('textbox', { name: 'Days between check-ins' });
  fireEvent.change(field, { target: { value: '14' } });
  await screen.findByText(/Check-ins come every 14 days instead of 7/, {}, { timeout: 20_000 });

  fireEvent.change(field, { target: { value: '0' } });
  expect(screen.getByText(/must be greater than zero/)).toBeTruthy();
  expect(screen.queryByText(/Check-ins come every/)).toBeNull();
  expect(screen.queryByText(/What changes in/)).toBeNull();
});
