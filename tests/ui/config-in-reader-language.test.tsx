/**
 * The tab's set-up page in Teams' display language: a German Teams' new tab opened on an English
 * page ("Set up the OKR tab", its team picker, cycles, hints, states and Save), while the board it
 * then opens speaks German. French is checked too.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import type { Cycle, Team } from '../../src/core/model';
import type { Host } from '../../src/host/types';
import { OfflineError } from '../../src/store/errors';
import { renderConfigPageIn } from './support/config-page';
import { englishOnScreen as englishWordsOnScreen } from './support/english-on-screen';
import { today } from './support/german-okrs';

// A Fluent page in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const groupId = '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d';
const channelTeam = { id: '19:okr@thread.tacv2', name: 'Vertrieb Kanal', groupId };
const teams: Team[] = [
  { id: 'v', name: 'Vertrieb' },
  { id: 'n', name: 'Nord', parentTeamId: 'v' },
  { id: 's', name: 'Süd', parentTeamId: 'v' },
];
const cycles: Cycle[] = [
  { id: 'q1', name: 'Q1', start: addDays(today, -30), end: addDays(today, 30), state: 'active' },
  { id: 'q2', name: 'Q2', start: addDays(today, 31), end: addDays(today, 120), state: 'planning' },
  { id: 'q4', name: 'Q4', start: addDays(today, -200), end: addDays(today, -110), state: 'closed' },
];

/** English words the set-up page says, none of which a German one says. */
const english = [
  'Set up',
  'tab',
  'Change',
  'Choose',
  'whose',
  'cycle',
  'Loading',
  'teams',
  'No teams',
  'objectives',
  'key results',
  'chosen',
  'linked',
  'admin',
  'personal app',
  'Programme',
  'group id',
  'Include',
  'under',
  'current',
  'closed',
  'read-only',
  'Tab name',
  'Save',
  'Select',
  'Active',
  'Upcoming',
  'Closed',
  'starts',
  'Why we use',
  'went wrong',
  'Try again',
];
const englishOnScreen = () => englishWordsOnScreen(english);

/** The browser's own Save (no Teams around the page), which fails: Microsoft 365 is out of reach. */
const saveThatFails: Host['configuration'] = {
  hostHasSaveButton: false,
  setValid: () => undefined,
  onSave: () => undefined,
  save: () => Promise.reject(new OfflineError('fetch failed')),
};

afterEach(() => localStorage.clear());

it('sets a new channel tab up in German: teams, the hint, cycles and their states, Save', async () => {
  await renderConfigPageIn('de-DE', teams, cycles, { team: channelTeam });
  // Before the teams and cycles are in
  screen.getByRole('status', { name: 'Teams und Zyklen werden geladen' });
  expect(englishOnScreen()).toEqual([]);

  await screen.findByRole('group', { name: 'Teams' });
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
    'OKR-Registerkarte einrichten',
  );
  // The hint follows the teams: it is worked out once they are in, in an effect of its own.
  await screen.findByText(
    `Mit Vertrieb Kanal ist kein OKR-Team verknüpft, daher ist keines für Sie ausgewählt. Eine Administratorin oder ein Administrator verknüpft eines in der persönlichen App von OKR Coach: unter „Programm → Teams“ das OKR-Team bearbeiten und die Microsoft 365-Gruppen-ID dieses Teams in Teams eingeben (${groupId}).`,
  );
  expect(document.body.textContent).toContain('Wählen Sie mindestens ein Team aus.');
  screen.getByRole('radiogroup', { name: /^Zyklus/ });
  screen.getByRole('radio', {
    name: 'Der aktuelle Zyklus (die Registerkarte wechselt mit jedem neuen Zyklus)',
  });
  screen.getByRole('radio', { name: /^Q1 · Aktiv \(/ });
  screen.getByRole('radio', { name: /^Q2 · In Planung \(/ });
  screen.getByRole('radio', { name: /^Q4 · Abgeschlossen \(/ });
  screen.getByText(
    'Ein abgeschlossener Zyklus ist schreibgeschützt: Sein Board zeigt, wie er geendet hat.',
  );
  screen.getByText('Wählen Sie „Speichern“ aus, um die Registerkarte hinzuzufügen.');
  expect(englishOnScreen()).toEqual([]);

  fireEvent.click(screen.getByRole('checkbox', { name: 'Vertrieb' }));
  screen.getByRole('checkbox', { name: 'Untergeordnete Teams von Vertrieb einbeziehen (2)' });
  expect(document.body.textContent).toContain('Name der Registerkarte: OKRs · Vertrieb');
  expect(document.body.textContent).not.toContain('Wählen Sie mindestens ein Team aus.');
  expect(englishOnScreen()).toEqual([]);
});

it('says in German that it changes a saved tab, and why it could not save', async () => {
  await renderConfigPageIn(
    'de-DE',
    teams,
    cycles,
    { tabSettings: { teamIds: ['v'], cycleId: 'q1' } },
    { configuration: saveThatFails },
  );
  await screen.findByRole('heading', { name: 'Inhalt dieser Registerkarte ändern' });
  fireEvent.click(screen.getByRole('button', { name: 'Speichern und Board öffnen' }));
  await screen.findByText('Sie sind offline');
  expect(englishOnScreen()).toEqual([]);
});

it('says in German that the OKR site has no teams, or that they could not be loaded', async () => {
  const { unmount } = await renderConfigPageIn('de-DE', [], cycles);
  await screen.findByText('Noch keine Teams');
  screen.getByText(/^Die OKR-Website hat keine aktiven Teams\./);
  expect(englishOnScreen()).toEqual([]);
  unmount();

  await renderConfigPageIn(
    'de-DE',
    teams,
    cycles,
    {},
    {
      listTeams: () => Promise.reject(new OfflineError('fetch failed')),
    },
  );
  await screen.findByText('Sie sind offline');
  await waitFor(() => screen.getByRole('button', { name: 'Erneut versuchen' }));
  expect(englishOnScreen()).toEqual([]);
});

it('sets a tab up in French', async () => {
  const linked: Team[] = [{ ...teams[0]!, groupId }, ...teams.slice(1)];
  await renderConfigPageIn('fr-FR', linked, cycles, { team: channelTeam });
  await screen.findByRole('checkbox', { name: 'Vertrieb', checked: true });
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Configurer l’onglet OKR');
  screen.getByRole('group', { name: 'Équipes' });
  screen.getByText('L’équipe Vertrieb est choisie, car elle est liée à cette équipe dans Teams.');
  screen.getByRole('checkbox', { name: 'Inclure les équipes rattachées à Vertrieb (2)' });
  screen.getByRole('radio', { name: 'Le cycle en cours (l’onglet passe à chaque nouveau cycle)' });
  screen.getByText('Sélectionnez Enregistrer pour ajouter l’onglet.');
});
