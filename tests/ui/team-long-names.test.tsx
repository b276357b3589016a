/**
 * Very long team names (a 400-character word pasted as a name): the edit dialog wraps them, its
 * parent-team error included, instead of running past its edge; a wrapped name keeps its indent
 * in the tree on every line; a toast shortens the name with an ellipsis (it said all of it).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Team } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import TeamsSection from '../../src/ui/programme/sections/TeamsSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);

const long = 'N'.repeat(400);
const teams: Team[] = [
  { id: 'l', name: long, version: '1' },
  { id: 'c', name: 'Child', parentTeamId: 'l', version: '1' },
];

function renderTeams() {
  const notified: string[] = [];
  const write = (item: Team) => Promise.resolve({ ...item, version: 'next' });
  const repository = {
    siteRoles: siteRolesOf(),
    createTeam: write,
    updateTeam: write,
    cyclesWithObjectives: () => Promise.resolve(new Set()),
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <TeamsSection
      access={{ setUp: true } as never}
      programme={
        {
          data: { teams, cycles: [] },
          applyTeam: () => undefined,
          applyCycle: () => undefined,
          reload: () => undefined,
        } as never
      }
      notify={(message) => notified.push(message)}
      open={() => undefined}
    />,
  );
  return notified;
}

test('a wrapped name keeps its indent on every line, and wraps anywhere', () => {
  renderTeams();
  // The name's block, inside the cell's value box (`ProgrammeTableCell`).
  const nameIn = (cell: HTMLElement) => cell.firstElementChild!.firstElementChild as HTMLElement;
  const child = nameIn(screen.getByRole('cell', { name: 'Child' }));
  expect(child.tagName).toBe('DIV');
  expect(child.style.paddingInlineStart).toBe('20px');
  // Its own row's name, and the child's row naming it as parent.
  const [name, parent] = screen.getAllByRole('cell', { name: long });
  expect(getComputedStyle(nameIn(name!)).overflowWrap).toBe('anywhere');
  expect(getComputedStyle(parent!).overflowWrap).toBe('anywhere');
});

test('the Team column takes a larger share, so that a child team’s name, indented, keeps its words whole', () => {
  renderTeams();
  expect(screen.getByRole('columnheader', { name: 'Team' }).style.width).toBe('26%');
  expect(screen.getByRole('columnheader', { name: 'Parent' }).style.width).toBe('');
});

test('the edit dialog wraps a long name anywhere, its parent-team error included', async () => {
  renderTeams();
  fireEvent.click(screen.getByRole('button', { name: `Edit ${long}` }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.click(within(dialog).getByRole('combobox', { name: 'Parent team' }));
  fireEvent.click(await screen.findByRole('option', { name: 'Child' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
  expect(
    (await within(dialog).findByText(/^A team cannot sit under itself/)).textContent,
  ).toContain(long);
  expect(getComputedStyle(dialog).overflowWrap).toBe('anywhere');
});

test('a toast names a long team shortened with an ellipsis', async () => {
  const notified = renderTeams();
  fireEvent.click(screen.getByRole('button', { name: `Archive ${long}` }));
  const dialog = await screen.findByRole('alertdialog', {}, { timeout: 20_000 });
  await within(dialog).findByText(/has no objectives in any cycle/);
  fireEvent.click(within(dialog).getByRole('button', { name: /^Archive / }));
  await waitFor(() =>
    expect(notified).toEqual([
      `${'N'.repeat(59)}… is archived. It had no objectives; nothing else changed.`,
    ]),
  );
});
