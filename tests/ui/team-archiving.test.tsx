/**
 * Archiving a team asks first and says what it does, as the store does it: the team alone is
 * marked archived, its objectives stay as they are (it archived at once, whatever the team held,
 * with a toast that said only "Sales is archived."). The toast names the cycles whose objectives
 * were kept and offers Undo, which restores the team.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cycle, Team } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import TeamsSection from '../../src/ui/programme/sections/TeamsSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const teams: Team[] = [
  { id: 't1', name: 'Sales', version: '1' },
  { id: 't2', name: 'Sales EMEA', parentTeamId: 't1', version: '1' },
  { id: 't3', name: 'Legal', version: '1' },
];
const cycle = (id: string, name: string, start: string, end: string): Cycle => ({
  id,
  name,
  start,
  end,
  state: 'active',
  version: '1',
});
const cycles = [
  cycle('q4', 'Q4 2026', '2026-10-01', '2026-12-31'),
  cycle('q1', 'Q1 2027', '2027-01-01', '2027-03-31'),
  cycle('y', '2026', '2026-01-01', '2026-12-31'),
];

function renderTeams() {
  const sent: Team[] = [];
  const notices: { message: string; action?: { label: string; onClick: () => void } }[] = [];
  const repository = {
    siteRoles: siteRolesOf(),
    updateTeam: (item: Team) => {
      sent.push(item);
      return Promise.resolve({ ...item, version: String(sent.length + 1) });
    },
    // Sales holds objectives in Q4 2026 and 2026; Legal none.
    cyclesWithObjectives: (ids: readonly string[], teamIds: readonly string[]) =>
      Promise.resolve(new Set(teamIds[0] === 't1' ? ids.filter((id) => id !== 'q1') : [])),
  } as unknown as OkrRepository;
  renderWithServices(
    repository,
    <TeamsSection
      access={{ setUp: true } as never}
      programme={
        {
          data: { teams, cycles },
          applyTeam: () => undefined,
          applyCycle: () => undefined,
          reload: () => undefined,
        } as never
      }
      notify={(message, action) => notices.push({ message, ...(action ? { action } : {}) })}
      open={() => undefined}
    />,
  );
  return { sent, notices };
}

test('archiving a team with objectives asks first, naming where they are and what stays', async () => {
  const { sent, notices } = renderTeams();
  fireEvent.click(screen.getByRole('button', { name: 'Archive Sales' }));
  const dialog = await screen.findByRole(
    'alertdialog',
    { name: 'Archive Sales?' },
    { timeout: 20_000 },
  );
  expect(
    await within(dialog).findByText(
      'Sales has objectives in Q4 2026 and 2026. They are kept as they are: nothing is deleted or made read-only, and they still show on its board, in All OKRs and in the roll-ups of the teams above it.',
    ),
  ).toBeTruthy();
  expect(within(dialog).getByText('The teams under it stay active: Sales EMEA.')).toBeTruthy();
  expect(sent).toEqual([]);

  fireEvent.click(within(dialog).getByRole('button', { name: 'Archive Sales' }));
  await waitFor(() => expect(notices).toHaveLength(1), { timeout: 20_000 });
  expect(sent).toEqual([{ ...teams[0], archived: true }]);
  expect(notices[0]!.message).toBe(
    'Sales is archived. Its objectives in Q4 2026 and 2026 are kept as they were.',
  );
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull(), { timeout: 20_000 });

  expect(notices[0]!.action?.label).toBe('Undo');
  notices[0]!.action!.onClick();
  await waitFor(() => expect(notices).toHaveLength(2), { timeout: 20_000 });
  expect(sent[1]).toMatchObject({ id: 't1', archived: false, version: '2' });
  expect(notices[1]!.message).toBe(
    'Sales is active again: it is offered for channel tabs and as a parent team.',
  );
});

test('a team with no objectives is asked about too, saying so; Cancel archives nothing', async () => {
  const { sent, notices } = renderTeams();
  fireEvent.click(screen.getByRole('button', { name: 'Archive Legal' }));
  const dialog = await screen.findByRole('alertdialog', {}, { timeout: 20_000 });
  await within(dialog).findByText('Legal has no objectives in any cycle.');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull(), { timeout: 20_000 });
  expect(sent).toEqual([]);
  expect(notices).toEqual([]);
});
