/**
 * Two teams of one name cannot be told apart where teams are picked (the channel tab's set-up, the
 * board's filter), so the Programme area refuses a new team, or a renamed one, named as another.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Team } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import TeamsSection from '../../src/ui/programme/sections/TeamsSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const teams: Team[] = [
  { id: 't1', name: 'Engineering', version: '1' },
  { id: 't2', name: 'Sales', version: '1' },
  { id: 't3', name: 'Legal', archived: true, version: '1' },
];

function renderTeams() {
  const sent: unknown[] = [];
  const write = (item: Team) => {
    sent.push(item);
    return Promise.resolve({ ...item, id: item.id ?? 'new', version: 'next' });
  };
  const repository = {
    siteRoles: siteRolesOf(),
    createTeam: write,
    updateTeam: write,
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
      notify={() => undefined}
      open={() => undefined}
    />,
  );
  return sent;
}

async function nameAndSave(name: string, button: string) {
  fireEvent.change(await screen.findByRole('textbox', { name: /Name/ }), {
    target: { value: name },
  });
  fireEvent.click(screen.getByRole('button', { name: button }));
}

test('a new team named as another, in any case or spacing, is refused and says which', async () => {
  const sent = renderTeams();
  fireEvent.click(screen.getByRole('button', { name: 'New team' }));
  await nameAndSave(' engineering ', 'Create team');
  expect(
    await screen.findByText(
      'There is already a team called “Engineering”: give this one another name.',
    ),
  ).toBeTruthy();
  await nameAndSave('legal', 'Create team');
  expect(
    await screen.findByText(
      '“Legal” is an archived team: restore it, or give this team another name.',
    ),
  ).toBeTruthy();
  expect(sent).toEqual([]);
  await nameAndSave('Marketing', 'Create team');
  await waitFor(() => expect(sent).toHaveLength(1), { timeout: 20_000 });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 20_000 });
});

test('renaming a team to another’s name is refused; saving it under its own name is not', async () => {
  const sent = renderTeams();
  fireEvent.click(screen.getByRole('button', { name: 'Edit Sales' }));
  await nameAndSave('Engineering', 'Save');
  expect(await screen.findByText(/There is already a team called “Engineering”/)).toBeTruthy();
  await nameAndSave('SALES', 'Save');
  await waitFor(() => expect(sent).toHaveLength(1), { timeout: 20_000 });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 20_000 });
});

test('a pasted Teams link to the team is taken for the group id it holds, and anything else is refused', async () => {
  const sent = renderTeams();
  fireEvent.click(screen.getByRole('button', { name: 'New team' }));
  const groupField = await screen.findByRole('textbox', { name: /Microsoft 365 group id/ });
  fireEvent.change(groupField, { target: { value: 'https://teams.microsoft.com/l/team' } });
  await nameAndSave('Marketing', 'Create team');
  expect(await screen.findByText(/or paste the team’s link/)).toBeTruthy();
  expect(sent).toEqual([]);
  const link =
    'https://teams.microsoft.com/l/team/19%3aAbC%40thread.tacv2/conversations?groupId=5D9B3C1A-7E2F-4A8B-9C6D-1E0F2A3B4C5D&tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47';
  fireEvent.change(groupField, { target: { value: link } });
  fireEvent.blur(groupField);
  expect((groupField as HTMLInputElement).value).toBe('5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d');
  fireEvent.click(screen.getByRole('button', { name: 'Create team' }));
  await waitFor(() => expect(sent).toHaveLength(1), { timeout: 20_000 });
  expect(sent[0]).toMatchObject({ groupId: '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d' });
});

test('a name too long for the list is refused with its length, all of a long paste kept to shorten', async () => {
  const sent = renderTeams();
  fireEvent.click(screen.getByRole('button', { name: 'New team' }));
  const pasted = 'Customer Success '.repeat(26).trim();
  await nameAndSave(pasted, 'Create team');
  expect(
    await screen.findByText(`Keep the name to 255 characters or fewer (it has ${pasted.length}).`),
  ).toBeTruthy();
  expect((screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement).maxLength).toBe(-1);
  expect(sent).toEqual([]);
});
