/** @jest-environment jsdom */
/**
 * Get started's coaching plan of a running cycle listed the rituals already behind it as if they
 * were to come.
 */
import { screen, within } from '@testing-library/react';
import { addDays, toIsoDate } from '../../src/core/dates';
import type { OkrRepository } from '../../src/store/repository';
import FirstRunSection from '../../src/ui/programme/sections/FirstRunSection';
import { renderWithServices } from './support/services';
import './support/async-timeout';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

it('marks the rituals of a running cycle that are past, and only those', async () => {
  const today = toIsoDate(new Date().toISOString());
  const running = {
    id: 'now',
    name: 'This quarter',
    start: addDays(today, -30),
    end: addDays(today, 60),
    state: 'active' as const,
  };
  renderWithServices(
    { siteRoles: siteRolesOf({ admin: true, coach: true }) } as unknown as OkrRepository,
    <FirstRunSection
      access={{ setUp: true, coach: true }}
      programme={{ data: { teams: [], cycles: [running] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
  const table = await screen.findByRole('table', { name: 'Coaching plan for This quarter' });
  const rows = within(table).getAllByRole('row').slice(1);
  const past = (label: string) =>
    rows
      .filter((row) => row.textContent?.includes(label))
      .map((row) => row.textContent?.includes('Past'));
  expect(past('planning week')).toEqual([true]);
  expect(past('close and score')).toEqual([false]);
  expect(past('retrospective')).toEqual([false]);
});
