/**
 * The channel tab's set-up lists teams as a tree, each under its parent, and says what choosing
 * a parent does: a team lead used to Viva Goals chose only Contoso from a flat list and found its
 * board held none of the objectives of the teams under it.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { Team } from '../../src/core/model';
import { renderConfigPage } from './support/config-page';

// A Fluent page in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const teams: Team[] = [
  { id: 's', name: 'Sales', parentTeamId: 'c' },
  { id: 'e', name: 'EMEA', parentTeamId: 's' },
  { id: 'c', name: 'Contoso' },
  { id: 'p', name: 'Product', parentTeamId: 'c' },
  { id: 'old', name: 'Archived team', parentTeamId: 'c', archived: true },
];

const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name });
const indentOf = (name: string) =>
  box(name).closest<HTMLElement>('.fui-Checkbox')?.style.marginInlineStart;

test('lists the active teams parents first, each indented under its parent', async () => {
  renderConfigPage(teams);
  await screen.findByRole('checkbox', { name: 'Contoso' });
  expect(screen.getAllByRole('checkbox').map((checkbox) => checkbox.getAttribute('id'))).toEqual(
    ['c', 'p', 's', 'e'].map((id) => expect.stringMatching(new RegExp(`-${id}$`))),
  );
  expect(indentOf('Contoso')).toContain('calc(0 *');
  expect(indentOf('Product')).toContain('calc(1 *');
  expect(indentOf('EMEA')).toContain('calc(2 *');
  screen.getByText(/A team shows only its own objectives: to see those of the teams under it/);
});

test('offers to include the teams under a chosen parent, and ticks or unticks them all', async () => {
  renderConfigPage(teams);
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Contoso' }));
  const include = box('Include the teams under Contoso (3)');
  expect(include.checked).toBe(false);

  fireEvent.click(include);
  expect(['Contoso', 'Product', 'Sales', 'EMEA'].map((name) => box(name).checked)).toEqual([
    true,
    true,
    true,
    true,
  ]);
  // Sales now offers its own; one team fewer under Contoso leaves Contoso's choice mixed.
  fireEvent.click(box('Product'));
  expect(box('Include the teams under Contoso (3)').indeterminate).toBe(true);
  fireEvent.click(box('Include the teams under Sales (1)'));
  expect(box('EMEA').checked).toBe(false);

  fireEvent.click(box('Include the teams under Contoso (3)'));
  expect(['Product', 'Sales', 'EMEA'].map((name) => box(name).checked)).toEqual([true, true, true]);
  fireEvent.click(box('Include the teams under Contoso (3)'));
  expect(['Contoso', 'Product', 'Sales', 'EMEA'].map((name) => box(name).checked)).toEqual([
    true,
    false,
    false,
    false,
  ]);
  expect(screen.queryByRole('checkbox', { name: /Include the teams under Sales/ })).toBeNull();
});
