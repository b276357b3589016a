/**
 * A saved tab's Settings reopen its configuration page on the saved choices, and the page says
 * it changes this tab: it said "Set up the OKR tab … Select Save to add the tab." again.
 */
import { screen } from '@testing-library/react';
import type { Cycle, Team } from '../../src/core/model';
import { renderConfigPage } from './support/config-page';

jest.setTimeout(60_000);

const groupId = '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d';
const teams: Team[] = [
  { id: 'c', name: 'Contoso', groupId },
  { id: 's', name: 'Sales', parentTeamId: 'c' },
];
const cycles: Cycle[] = [
  { id: 'q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30', state: 'active' },
];

test('says it changes the saved tab, on its saved choices, and suggests no other team', async () => {
  renderConfigPage(teams, cycles, {
    team: { id: '19:okr@thread.tacv2', name: 'Contoso OKRs', groupId },
    tabSettings: { teamIds: ['s'], cycleId: 'q3' },
  });
  await screen.findByRole('heading', { name: 'Change what this tab shows' });
  await screen.findByText('Select Save to apply your changes.');
  expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Sales' }).checked).toBe(true);
  expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Contoso' }).checked).toBe(false);
  expect(screen.getByRole<HTMLInputElement>('radio', { name: /^Q3 2026/ }).checked).toBe(true);
  expect(screen.queryByText(/is chosen because|No OKR team is linked|add the tab/)).toBeNull();
});
