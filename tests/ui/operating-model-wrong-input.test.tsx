/**
 * Wrong input in the operating model's number settings names the setting and what it takes: an
 * emptied box read "“” is not a number", quoting nothing.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import OperatingModelSection from '../../src/ui/programme/sections/OperatingModelSection';
import { board } from './support/one-key-result-board';
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
      access={{ setUp: true, coach: true, known: true }}
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
