/**
 * The first run's "How many teams will set OKRs?" says the range it takes: 100,000 was refused
 * with "a whole number from 1", which 100,000 is.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { OkrRepository } from '../../src/store/repository';
import FirstRunSection from '../../src/ui/programme/sections/FirstRunSection';
import { board, cycle } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

/** Get started for an admin and coach: its team count field and the button it enables. */
async function openGetStarted() {
  renderWithServices(
    { siteRoles: siteRolesOf({ admin: true, coach: true }) } as unknown as OkrRepository,
    <FirstRunSection
      access={{ setUp: true, coach: true }}
      programme={{ data: { teams: board.teams, cycles: [cycle] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
  return {
    field: await screen.findByRole('textbox', { name: 'How many teams will set OKRs?' }),
    use: screen.getByRole('button', { name: 'Use this operating model and coaching plan' }),
  };
}

it('names the whole range when a count above it is refused, and takes the top of it', async () => {
  const { field, use } = await openGetStarted();

  fireEvent.change(field, { target: { value: '100000' } });
  expect(
    screen.getByText('Type the number of teams, a whole number from 1 to 10,000.'),
  ).toBeTruthy();
  expect(use.hasAttribute('disabled')).toBe(true);

  fireEvent.change(field, { target: { value: '10000' } });
  expect(screen.queryByText(/Type the number of teams/)).toBeNull();
  expect(use.hasAttribute('disabled')).toBe(false);
});

it.each(['1e3', '2.5', '0x10', '5%', '-3', '3 teams'])(
  'refuses %s as a number of teams, naming what it takes',
  async (typed) => {
    const { field, use } = await openGetStarted();

    fireEvent.change(field, { target: { value: typed } });
    expect(
      screen.getByText('Type the number of teams, a whole number from 1 to 10,000.'),
    ).toBeTruthy();
    expect(use.hasAttribute('disabled')).toBe(true);
  },
);

it.each([' 12 ', '1,200'])('takes %s, a whole number typed the en way', async (typed) => {
  const { field, use } = await openGetStarted();
  fireEvent.change(field, { target: { value: typed } });
  expect(screen.queryByText(/Type the number of teams/)).toBeNull();
  expect(use.hasAttribute('disabled')).toBe(false);
});
