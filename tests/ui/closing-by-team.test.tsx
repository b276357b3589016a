/**
 * Closing a cycle for all teams: each objective shows under its team's heading, teams in the
 * tree's order (they showed one after another with nothing saying whose they were).
 */
import { screen, within } from '@testing-library/react';
import type { Board, OkrRepository } from '../../src/store/repository';
import ClosingSection from '../../src/ui/programme/sections/ClosingSection';
import { board, cycle, keyResult } from './support/one-key-result-board';
import { renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const sales = board.objectives[0]!;
const teams = [
  { id: 't1', name: 'Sales', parentTeamId: 'co' },
  { id: 'co', name: 'Contoso' },
  { id: 't2', name: 'Marketing', parentTeamId: 'co' },
];
const shown: Board = {
  ...board,
  teams,
  objectives: [
    sales,
    { ...sales, id: 'o2', teamId: 't2', title: 'Make the new plan known' },
    { ...sales, id: 'o3', teamId: 'co', title: 'Grow recurring revenue' },
  ],
  keyResults: [keyResult],
};

function renderClosing() {
  const repository = {
    siteRoles: siteRolesOf({ admin: false, coach: true }),
    loadBoard: () => Promise.resolve(shown),
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <ClosingSection
      access={{ setUp: false, coach: true }}
      programme={{ data: { teams, cycles: [cycle] } } as never}
      notify={() => undefined}
      open={() => undefined}
    />,
  );
}

test('with all teams, each objective is under the heading of its team', async () => {
  renderClosing();
  await screen.findByRole('region', { name: sales.title });
  const headings = screen
    .getAllByRole('heading')
    .filter((heading) => ['H3', 'H4'].includes(heading.tagName))
    .map((heading) => `${heading.tagName} ${heading.textContent}`);
  expect(headings).toEqual([
    'H3 Contoso',
    'H4 Grow recurring revenue',
    'H3 Marketing',
    'H4 Make the new plan known',
    'H3 Sales',
    `H4 ${sales.title}`,
  ]);
  const marketing = screen.getByRole('region', { name: 'Marketing' });
  expect(within(marketing).getByRole('region', { name: 'Make the new plan known' })).toBeTruthy();
});
