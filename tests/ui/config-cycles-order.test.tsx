/**
 * The channel tab's set-up lists cycles newest first, with their state as the board's cycle
 * switcher names it: a programme that brought years of Viva Goals quarters in found the current
 * one at the bottom of a dozen radios, and a closed (read-only) quarter was offered unlabelled.
 */
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Cycle } from '../../src/core/model';
import type { Host } from '../../src/host/types';
import type { OkrRepository } from '../../src/store/repository';
import { ConfigPage } from '../../src/teams/config/ConfigPage';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { pageServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent page in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const quarter = (id: string, name: string, start: string, end: string): Cycle => ({
  id,
  name,
  start,
  end,
  state: 'closed',
});

test('offers the running cycle, then planned ones, then closed ones, each newest first and labelled', async () => {
  // The store answers oldest first.
  const cycles = [
    quarter('1', 'Q1 2025', '2025-01-01', '2025-03-31'),
    quarter('2', 'Q2 2025', '2025-04-01', '2025-06-30'),
    quarter('4', 'FY 2026', '2026-01-01', '2026-12-31'),
    { ...quarter('3', 'Q3 2026', '2026-07-01', '2026-09-30'), state: 'active' as const },
    { ...quarter('5', 'Q4 2026', '2026-10-01', '2026-12-31'), state: 'planning' as const },
  ];
  const repository = {
    siteRoles: siteRolesOf(),
    listTeams: () => Promise.resolve([{ id: 't1', name: 'Sales' }]),
    listCycles: () => Promise.resolve(cycles),
  } as unknown as OkrRepository;
  const host = { context: { locale: 'en-us' }, notifySuccess: () => undefined } as unknown as Host;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider services={pageServices(host, repository)}>
        <ConfigPage />
      </AppServicesProvider>
    </FluentProvider>,
  );
  await screen.findByRole('radio', { name: /^Q1 2025/ });
  expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
    'current',
    '3',
    '5',
    '4',
    '2',
    '1',
  ]);
  expect(screen.getByRole('radio', { name: /^Q3 2026 · Active/ })).toBeTruthy();
  expect(screen.getByRole('radio', { name: /^Q4 2026 · Planning/ })).toBeTruthy();
  expect(screen.getByRole('radio', { name: /^FY 2026 · Closed/ })).toBeTruthy();
  // The tab still follows the current cycle unless told otherwise.
  expect(screen.getByRole('radio', { name: /^The current cycle/ })).toHaveProperty('checked', true);
  screen.getByText('A closed cycle is read-only: its board shows how it ended.');
});
