/**
 * Text typed into a people picker and never chosen as a person ("Lee G", the list left unopened)
 * was dropped without a word: the team was created with no owner and "Marketing is created."
 * shown. Now the picker says what is wrong once it is left, and the form refuses to save, the
 * focus on the picker.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Team } from '../../src/core/model';
import TeamsSection from '../../src/ui/programme/sections/TeamsSection';
import { renderSection } from './support/programme';

jest.setTimeout(60_000);

const lee = { id: 'lee', displayName: 'Lee Gu', email: 'leeg@contoso.onmicrosoft.com' };

test('a new team is not created while its Owners field holds a name not chosen from the list', async () => {
  const createTeam = jest.fn((team: Omit<Team, 'id' | 'version'>) =>
    Promise.resolve({ ...team, id: 't9', version: '1' }),
  );
  const calls = renderSection(TeamsSection, {
    repository: {
      createTeam,
      searchPeople: () => Promise.resolve([lee]),
    },
  });
  fireEvent.click(screen.getByRole('button', { name: 'New team' }));
  const dialog = await screen.findByRole('dialog', { name: 'New team' }, { timeout: 20_000 });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Name/ }), {
    target: { value: 'Marketing' },
  });
  const owners = within(dialog).getByRole('combobox', { name: /Team owners/ });
  fireEvent.change(owners, { target: { value: 'Lee G' } });
  fireEvent.blur(owners);
  const create = within(dialog).getByRole('button', { name: 'Create team' });
  create.focus();

  fireEvent.click(create);

  await within(dialog).findByText(
    '“Lee G” is not chosen: pick a person from the list, or clear the text.',
  );
  await waitFor(() => expect(document.activeElement).toBe(owners));
  expect(owners.getAttribute('aria-invalid')).toBe('true');
  expect(createTeam).not.toHaveBeenCalled();
  expect(calls.notices).toEqual([]);

  // Cleared, the team is created with no owner, as asked.
  fireEvent.change(owners, { target: { value: '' } });
  fireEvent.click(create);
  await waitFor(() => expect(createTeam).toHaveBeenCalledTimes(1));
});
