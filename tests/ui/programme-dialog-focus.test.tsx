/**
 * The Programme area's dialogs are opened without a DialogTrigger (their `open` is the section's
 * state), so Fluent does not know what opened them: closing one left keyboard focus on the page's
 * body, and the next Tab started from the top. Each opener is marked as the place focus returns
 * to (Fluent's `useRestoreFocusTarget`), as a DialogTrigger would be.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cycle, Team } from '../../src/core/model';
import type { OkrRepository } from '../../src/store/repository';
import CyclesSection from '../../src/ui/programme/sections/CyclesSection';
import TeamsSection from '../../src/ui/programme/sections/TeamsSection';
import { renderWithServices } from './support/services';
import { siteRolesOf } from './support/site-roles';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const cycle: Cycle = {
  id: 'c1',
  name: 'Q1 2027',
  start: '2027-01-01',
  end: '2027-03-31',
  state: 'planning',
  version: '1',
};
const team: Team = { id: 't1', name: 'Sales', version: '1' };

function renderSection(section: 'cycles' | 'teams') {
  const repository = {
    siteRoles: siteRolesOf({ admin: true, coach: true }),
    updateCycle: (changed: Cycle) => Promise.resolve({ ...changed, version: '2' }),
    updateTeam: (changed: Team) => Promise.resolve({ ...changed, version: '2' }),
  } as unknown as OkrRepository;
  const props = {
    access: { setUp: true, coach: true },
    programme: {
      data: { teams: [team], cycles: [cycle] },
      applyTeam: () => undefined,
      applyCycle: () => undefined,
      reload: () => undefined,
    } as never,
    notify: () => undefined,
    open: () => undefined,
  };
  renderWithServices(
    repository,
    section === 'cycles' ? <CyclesSection {...props} /> : <TeamsSection {...props} />,
  );
}

/** Opens a dialog from the keyboard, as someone tabbing to the button and pressing Enter. */
async function openFrom(name: string) {
  const opener = screen.getByRole('button', { name });
  opener.focus();
  fireEvent.keyDown(opener, { key: 'Enter' });
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', {}, { timeout: 20_000 });
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  return { opener, dialog };
}

test.each([
  ['cycles', 'New cycle'],
  ['cycles', `Edit ${cycle.name}`],
  ['teams', 'New team'],
  ['teams', `Edit ${team.name}`],
] as const)(
  'in %s, focus goes back to “%s” when its dialog is cancelled',
  async (section, name) => {
    renderSection(section);
    const { opener } = await openFrom(name);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  },
);

test('focus goes back to the Edit button once the edited cycle is saved', async () => {
  renderSection('cycles');
  const { opener } = await openFrom(`Edit ${cycle.name}`);

  fireEvent.click(screen.getByRole('button', { name: 'Save' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(opener));
});

/**
 * A Create refused for a field left the focus on the button, away from the message saying what
 * was wrong and what is accepted, which a screen reader then did not read.
 */
test.each([
  ['teams', 'New team', 'Create team'],
  ['cycles', 'New cycle', 'Create cycle'],
] as const)(
  'in %s, a refused “%s” takes the focus to the field it names',
  async (section, name, submit) => {
    renderSection(section);
    const { dialog } = await openFrom(name);
    // A custom cycle has no name until one is typed.
    if (section === 'cycles')
      fireEvent.click(within(dialog).getByRole('radio', { name: 'Custom dates' }));
    const create = within(dialog).getByRole('button', { name: submit });
    create.focus();

    fireEvent.click(create);

    const nameField = within(dialog).getByRole('textbox', { name: /Name/ });
    await waitFor(() => expect(nameField.getAttribute('aria-invalid')).toBe('true'));
    await waitFor(() => expect(document.activeElement).toBe(nameField));
  },
);
