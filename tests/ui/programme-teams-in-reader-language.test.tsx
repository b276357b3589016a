/** @jest-environment jsdom */
/**
 * The Programme's Teams in Teams' display language: a German admin's teams table, the team form
 * and its refusals, and the question before a team is archived were English, beside a board
 * that speaks German. Spanish is checked too.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Cycle, Team } from '../../src/core/model';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import TeamsSection from '../../src/ui/programme/sections/TeamsSection';
import { englishOnScreen as englishWordsOnScreen } from './support/english-on-screen';
import { renderSection } from './support/programme';
import './support/async-timeout';
import './support/resize-observer';

// A Fluent dialog in jsdom on a busy machine takes seconds to render, and now and then keeps its
// surface aria-hidden after it opened (its motion): its buttons are found by their words.
jest.setTimeout(60_000);

const teams: Team[] = [
  { id: 't1', name: 'Vertrieb', version: '1', groupId: '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d' },
  { id: 't2', name: 'Vertrieb Nord', parentTeamId: 't1', version: '1' },
  { id: 't3', name: 'Recht', version: '1', archived: true },
];
const cycles: Cycle[] = [
  { id: 'q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31', state: 'active' },
  { id: 'q1', name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31', state: 'planning' },
];

/** English words the Teams section says, none of which a German one says. */
const english = [
  'New team',
  'Parent',
  'Owners',
  'Linked',
  'State',
  'Actions',
  'Active',
  'Archived',
  'Edit',
  'Archive',
  'Restore',
  'Create team',
  'Parent team',
  'None',
  'top level',
  'group id',
  'Links the team',
  'Team owners',
  'Give the team',
  'already',
  'looks like',
  'Cancel',
  'objectives',
  'kept',
  'Once archived',
  'under it',
  'brings',
  'Reading',
  'Search people',
  'Type a name',
];
const englishOnScreen = () => englishWordsOnScreen(english);

async function renderTeamsIn(locale: string) {
  const words = await loadLocaleWords(locale);
  return renderSection(TeamsSection, {
    teams,
    cycles,
    locale,
    ...(words ? { words } : {}),
    repository: {
      updateTeam: (team: Team) => Promise.resolve({ ...team, version: '2' }),
      // Vertrieb holds objectives in Q4 2026 alone.
      cyclesWithObjectives: (ids: readonly string[]) =>
        Promise.resolve(new Set(ids.filter((id) => id === 'q4'))),
    },
  });
}

afterEach(() => localStorage.clear());

it('lists the teams in German and refuses a team form’s name and group id in German', async () => {
  await renderTeamsIn('de-DE');
  screen.getByRole('heading', { name: 'Teams' });
  const table = screen.getByRole('table', { name: 'Teams' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual([
    'Team',
    'Übergeordnet',
    'Verantwortlich',
    'Verknüpftes Team in Teams',
    'Zustand',
    'Aktionen',
  ]);
  // The Team column keeps its share of the width under its German name.
  expect(within(table).getAllByRole('columnheader')[0]!.style.width).toBe('26%');
  const rows = within(table)
    .getAllByRole('row')
    .map((row) => row.textContent);
  expect(rows).toContainEqual(expect.stringMatching(/^Vertrieb—.*Verknüpft/));
  expect(rows).toContainEqual(expect.stringMatching(/^Recht.*Archiviert/));
  screen.getByRole('button', { name: 'Recht wiederherstellen' });
  screen.getByRole('button', { name: 'Vertrieb Nord bearbeiten' });
  expect(englishOnScreen()).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: 'Neues Team' }));
  const form = await screen.findByRole('dialog', { name: 'Neues Team' });
  fireEvent.change(within(form).getByRole('textbox', { name: /^Name/, hidden: true }), {
    target: { value: 'vertrieb' },
  });
  fireEvent.change(
    within(form).getByRole('textbox', { name: /^Microsoft 365-Gruppen-ID/, hidden: true }),
    { target: { value: 'kein Link' } },
  );
  fireEvent.click(within(form).getByText('Team anlegen'));
  await within(form).findByText(
    'Es gibt bereits ein Team namens „Vertrieb“: Geben Sie diesem einen anderen Namen.',
  );
  within(form).getByText(/^Eine Microsoft 365-Gruppen-ID sieht so aus:/);
  expect(
    within(form).getByRole('combobox', { name: 'Übergeordnetes Team', hidden: true }).textContent,
  ).toBe('Keines (oberste Ebene)');
  expect(englishOnScreen()).toEqual([]);
});

it('asks in German before a team is archived, and says so once it is', async () => {
  const { notices } = await renderTeamsIn('de-DE');
  fireEvent.click(screen.getByRole('button', { name: 'Vertrieb archivieren' }));
  const dialog = await screen.findByRole('alertdialog', { name: 'Vertrieb archivieren?' });
  await within(dialog).findByText(
    /^Vertrieb hat Objectives in Q4 2026\. Sie bleiben, wie sie sind/,
  );
  within(dialog).getByText('Die Teams darunter bleiben aktiv: Vertrieb Nord.');
  within(dialog).getByText(
    'Mit „Wiederherstellen“ holen Sie Vertrieb jederzeit zurück, hier unter „Teams“.',
  );
  expect(englishOnScreen()).toEqual([]);
  fireEvent.click(within(dialog).getByText('Vertrieb archivieren'));
  await waitFor(() =>
    expect(notices).toEqual([
      'Vertrieb ist archiviert. Seine Objectives in Q4 2026 bleiben, wie sie waren.',
    ]),
  );
});

it('lists the teams in Spanish', async () => {
  await renderTeamsIn('es-ES');
  screen.getByRole('heading', { name: 'Equipos' });
  screen.getByRole('button', { name: 'Nuevo equipo' });
  screen.getByRole('button', { name: 'Archivar Vertrieb' });
  screen.getByRole('button', { name: 'Restaurar Recht' });
});
