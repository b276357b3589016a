import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import { addDays, toIsoDate } from '../../src/core/dates';
import type { CheckIn, Cycle, KeyResult, Objective } from '../../src/core/model';
import { defaultOperatingModel } from '../../src/core/operating-model';
import type { Host } from '../../src/host/types';
import type { Board, OkrRepository } from '../../src/store/repository';
import { MyOkrs } from '../../src/teams/tab/MyOkrs';
import { AppServicesProvider } from '../../src/ui/app/AppServices';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import { siteRolesOf } from './support/site-roles';

/**
 * My OKRs in the host's display language: German words throughout (the board's toolbar, another
 * part's, aside) for a German Teams, English for a language the board does not speak.
 */
const adele = { id: 'adele', displayName: 'Adele Vance' };
const today = toIsoDate(new Date().toISOString());
const cycle: Cycle = {
  id: 'q1',
  name: 'Q1',
  start: addDays(today, -30),
  end: addDays(today, 30),
  state: 'active',
};
const objective: Objective = {
  id: 'o1',
  cycleId: 'q1',
  teamId: 't1',
  title: 'Kunden lieben das Onboarding',
  description: '',
  commitment: 'committed',
  state: 'active',
  owner: adele,
};
const keyResult: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'NPS von 30 auf 50',
  kind: 'increase',
  start: 30,
  target: 50,
  current: 35,
  unit: '',
  weight: 1,
  owner: adele,
  confidence: 7,
};
const milestones: KeyResult = {
  ...keyResult,
  id: 'k2',
  title: 'Neuer Tarif eingeführt',
  kind: 'milestone',
  start: 0,
  target: 3,
  current: 1,
  milestones: ['Pilot', 'Beta', 'Alle'],
};
const board: Board = {
  cycle,
  teams: [{ id: 't1', name: 'Vertrieb' }],
  objectives: [objective],
  keyResults: [keyResult, milestones],
  initiatives: [
    {
      id: 'i1',
      keyResultId: 'k1',
      title: 'Interviews führen',
      status: 'inProgress',
      dueDate: addDays(today, -1),
    },
  ],
};
const checkIn: CheckIn = {
  id: 'c1',
  clientId: 'c1',
  keyResultId: 'k1',
  value: 35,
  confidence: 7,
  note: '',
  author: adele,
  at: `${addDays(today, -3)}T09:00:00Z`,
  source: 'teams',
};

const repository = {
  siteRoles: siteRolesOf(),
  listCycles: () => Promise.resolve([cycle]),
  loadBoard: () => Promise.resolve(board),
  cycleCheckInHistory: () => Promise.resolve(new Map([['k1', [checkIn]]])),
  changesSince: () => Promise.resolve({ token: 't' }),
  reminderPreferencesOf: () => Promise.resolve(undefined),
} as unknown as OkrRepository;

async function renderMyOkrs(locale: string) {
  const words = await loadLocaleWords(locale);
  const host = {
    context: { kind: 'teams', surface: 'personalTab', user: adele, theme: 'default', locale },
    notifySuccess: () => undefined,
  } as unknown as Host;
  render(
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider
        services={{
          repository,
          host,
          operatingModel: defaultOperatingModel,
          me: adele,
          ...(words ? { words } : {}),
        }}
      >
        <MyOkrs onOpenProgramme={() => undefined} />
      </AppServicesProvider>
    </FluentProvider>,
  );
  await screen.findByRole('article', { name: objective.title });
  // The history's check-in has come in (the row's confidence trend shows from it).
  await waitFor(() => expect(document.querySelector('[data-kr-id="k1"]')).not.toBeNull());
}

/** What the page says outside the board's toolbar: its text, and its names and tooltips. */
function wordsOutsideToolbar(): string {
  const toolbar = screen.queryByRole('search');
  const elements = [...document.body.querySelectorAll('*')].filter(
    (element) => !toolbar?.contains(element),
  );
  const attributes = elements.flatMap((element) =>
    ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
  );
  const texts = elements.flatMap((element) =>
    [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? ''),
  );
  return [...texts, ...attributes].join(' | ');
}

/** English words the board says, none of which a German board says. */
const english = [
  'My OKRs',
  'Why we use OKRs',
  'Programme',
  'Reminders',
  'Check in',
  'Committed',
  'Confidence',
  'History',
  'Copy',
  'progress',
  'days left',
  'Active',
  'In progress',
  'Overdue',
  'Step',
  'objective',
];

afterEach(() => localStorage.clear());

it('speaks German on a German Teams (de-DE): header, cycle, cards, rows and their names', async () => {
  await renderMyOkrs('de-DE');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Meine OKRs');
  expect(screen.getByRole('button', { name: 'Warum wir OKRs nutzen' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Programm' })).toBeTruthy();
  expect(screen.getByRole('combobox', { name: 'Zyklus' })).toBeTruthy();
  expect(document.body.textContent).toContain('Aktiv');
  expect(document.body.textContent).toContain('noch 30 Tage');
  expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('1 Objective');
  expect(document.body.textContent).toContain('Verbindlich');
  expect(
    screen.getByRole('button', { name: `Für ${keyResult.title} einchecken` }).textContent,
  ).toBe('Einchecken');
  // German writes a percent after a no-break space.
  expect(
    screen.getByRole('progressbar', { name: `${keyResult.title}: 25\u00a0% Fortschritt` }),
  ).toBeTruthy();
  expect(screen.getByRole('img', { name: 'Zuversicht 7 von 10' })).toBeTruthy();
  expect(document.body.textContent).toContain('Schritt 1 von 3: Pilot');
  expect(document.body.textContent).toContain('In Bearbeitung');
  expect(document.body.textContent).toContain('Überfällig');
  expect(screen.getByRole('button', { name: `Verlauf von ${keyResult.title}` })).toBeTruthy();
  const said = wordsOutsideToolbar();
  expect(english.filter((word) => said.includes(word))).toEqual([]);
});

it('speaks English on a Teams in a language the board does not speak (ja-JP)', async () => {
  await renderMyOkrs('ja-JP');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My OKRs');
  expect(screen.getByRole('button', { name: `Check in on ${keyResult.title}` })).toBeTruthy();
  expect(document.body.textContent).toContain('Committed');
  expect(document.body.textContent).toContain('Step 1 of 3: Pilot');
  expect(screen.getByRole('img', { name: 'Confidence 7 of 10' })).toBeTruthy();
});
