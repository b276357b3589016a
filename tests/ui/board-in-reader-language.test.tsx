import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import type { CheckIn, KeyResult } from '../../src/core/model';
import type { Board, OkrRepository } from '../../src/store/repository';
import { MyOkrs } from '../../src/teams/tab/MyOkrs';
import { TeamTab } from '../../src/teams/tab/TeamTab';
import { OfflineError } from '../../src/store/errors';
import { StoryPanel } from '../../src/ui/components/StoryPanel/StoryPanel';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import { meetingWordsFor } from '../../src/ui/meeting/meeting-words';
import { panelState, renderPanel } from './support/side-panel';
import { englishOnScreen as englishWordsOnScreen } from './support/english-on-screen';
import { cycle, keyResult, objective, today } from './support/german-okrs';
import { adele, renderInTeams } from './support/services';
import { siteRolesOf } from './support/site-roles';
import './support/resize-observer';
import { layOutTabLists } from './support/view-tabs';
import { layOutVirtualRows } from './support/virtual-layout';

layOutTabLists();

/**
 * My OKRs in the host's display language: German words throughout (the board's toolbar, another
 * part's, aside) for a German Teams, English for a language the board does not speak.
 */
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
  siteRoles: siteRolesOf({ admin: false, coach: true }),
  listCycles: () => Promise.resolve([cycle]),
  cyclesWithObjectives: () => Promise.resolve(new Set([cycle.id])),
  loadBoard: () => Promise.resolve(board),
  cycleCheckInHistory: () => Promise.resolve(new Map([['k1', [checkIn]]])),
  changesSince: () => Promise.resolve({ token: 't' }),
  reminderPreferencesOf: () => Promise.resolve(undefined),
} as unknown as OkrRepository;

/** A page of the tab (My OKRs, a channel's board) in a Teams set to `locale`, its board shown. */
async function renderIn(locale: string, surface: 'personalTab' | 'channelTab') {
  await renderInTeams(
    repository,
    surface === 'personalTab' ? (
      <MyOkrs onOpenProgramme={() => undefined} />
    ) : (
      <TeamTab settings={{ cycleId: cycle.id, teamIds: ['t1'] }} onOpenProgramme={() => {}} />
    ),
    locale,
    surface,
  );
  await screen.findByRole('article', { name: objective.title });
  // The history's check-in has come in (the row's confidence trend shows from it).
  await waitFor(() => expect(document.querySelector('[data-kr-id="k1"]')).not.toBeNull());
  // The toolbar's menus and tooltips are in (Fluent's `MenuTrigger` gives its buttons an id).
  const toolbar = screen.getByRole('search');
  await waitFor(() => expect(toolbar.querySelector('[aria-haspopup="menu"]')!.id).not.toBe(''));
}

/** English words the board's screen says, none of which a German one says. */
const english = [
  'My OKRs',
  'OKR board',
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
  // The toolbar, its menus and the tab's views
  'Views',
  'Key results',
  'Alignment',
  'Coach view',
  'Search',
  'owners',
  'Filters',
  'Sort',
  'Board order',
  'Export',
  'Needs a check-in',
  'Clear',
  'Collapse',
  'Expand',
  'link to this view',
  'Find and shape',
  'Owner',
  'No owner',
  'Low confidence',
  'High confidence',
  'Sort by',
  'Order',
  'Ascending',
  'Descending',
  'as on the board',
  'lowest first',
  'Excel workbook',
  // The Key results list
  'Key result',
  'Last check-in',
  'Never',
  'Actions',
  'Rolled up',
  // The Alignment view
  'Search objectives',
  'by title',
  'objectives across teams',
  'matches',
  'aligns to',
  // The Coach view
  'Health across teams',
  'Stale',
  'checked in',
  'Last check-in',
  'Confidence falling',
  'falling',
  'Overdue initiatives',
  'Due',
  'Not aligned',
  'Weakly written',
  'Try',
  'Why',
  'Actions on',
  'Open',
  'Edit',
  'Copy link',
  'on the board',
];

/** The words of `english` said on the screen. */
const englishOnScreen = () => englishWordsOnScreen(english);

/** Opens a toolbar menu, waits for its items, and closes it again. */
async function openMenu(button: HTMLElement, item: string | RegExp) {
  fireEvent.click(button);
  const menu = await screen.findByRole('menu');
  const found = [...menu.querySelectorAll('[role^="menuitem"]')].map((item) => item.textContent);
  expect(found).toContainEqual(item instanceof RegExp ? expect.stringMatching(item) : item);
  return found;
}

// The board's rows and the Key results list's, each in a viewport of 1,000 px.
layOutVirtualRows({ role: ['region', 'rowgroup'], viewport: 1000, row: 50 });

/** The tab's views, by their names (a Fluent tab holds its text twice, to keep its width). */
function expectTabs(names: readonly string[]) {
  const tabs = screen.getAllByRole('tab');
  expect(tabs.map((tab) => names.find((name) => tab.textContent?.startsWith(name)))).toEqual(names);
}

afterEach(() => localStorage.clear());

it('speaks German on a German Teams (de-DE): header, cycle, cards, rows and their names', async () => {
  await renderIn('de-DE', 'personalTab');
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
  expect(englishOnScreen()).toEqual([]);
});

it('speaks English on a Teams in a language the board does not speak (ja-JP)', async () => {
  await renderIn('ja-JP', 'personalTab');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My OKRs');
  expect(screen.getByRole('button', { name: `Check in on ${keyResult.title}` })).toBeTruthy();
  expect(document.body.textContent).toContain('Committed');
  expect(document.body.textContent).toContain('Step 1 of 3: Pilot');
  expect(screen.getByRole('img', { name: 'Confidence 7 of 10' })).toBeTruthy();
});

it('speaks German on a channel’s board: its views, toolbar, menus, Key results list and Alignment view', async () => {
  await renderIn('de-DE', 'channelTab');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('OKR-Board');
  const views = screen.getByRole('tablist', { name: 'Ansichten' });
  expectTabs(['Board', 'Key Results', 'Ausrichtung', 'Coach-Ansicht']);
  const toolbar = screen.getByRole('search', { name: 'Board durchsuchen und anpassen' });
  const search = within(toolbar).getByRole('searchbox', {
    name: 'Objectives, Key Results und Verantwortliche durchsuchen',
  });
  expect(search.getAttribute('placeholder')).toBe('Suchen');
  const button = (name: string) => within(toolbar).getByRole('button', { name });
  expect(button('Filter').textContent).toBe('Filter');
  expect(button('Check\u2011in fällig').textContent).toBe('Check\u2011in fällig');
  expect(button('Sortieren: Reihenfolge des Boards').textContent).toBe('Sortieren');
  expect(button('Filter löschen')).toBeTruthy();
  expect(button('Alle Objectives zuklappen')).toBeTruthy();
  expect(button('Link zu dieser Ansicht kopieren')).toBeTruthy();
  expect(button('Neues Objective')).toBeTruthy();
  expect(englishOnScreen()).toEqual([]);

  expect(await openMenu(button('Filter'), 'Niedrige Zuversicht')).toEqual(
    expect.arrayContaining(['Im Plan', 'Im Verzug', 'Hohe Zuversicht', 'Adele Vance']),
  );
  expect(screen.getByRole('menu').textContent).toContain('Verantwortlich');
  expect(englishOnScreen()).toEqual([]);
  fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());

  expect(await openMenu(button('Sortieren: Reihenfolge des Boards'), 'Fortschritt')).toEqual(
    expect.arrayContaining(['Aufsteigend (wie auf dem Board)', 'Absteigend (umgekehrt)']),
  );
  expect(screen.getByRole('menu').textContent).toContain('Sortieren nach');
  expect(englishOnScreen()).toEqual([]);
  fireEvent.click(screen.getByRole('menuitemradio', { name: 'Fortschritt' }));
  expect(
    await within(toolbar).findByRole('button', {
      name: 'Sortieren: Fortschritt, niedrigste zuerst',
    }),
  ).toBeTruthy();

  await openMenu(button('Exportieren'), 'Excel-Arbeitsmappe (.xlsx)');
  expect(englishOnScreen()).toEqual([]);
  fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());

  fireEvent.click(within(views).getByRole('tab', { name: 'Key Results' }));
  const list = await screen.findByRole('table', { name: 'Key Results' });
  expect(
    within(list)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual([
    'Key Result',
    'Team',
    'Verantwortlich',
    'Fortschritt',
    'Zuversicht',
    'Status',
    'Letzter Check\u2011in',
    'Aktionen',
  ]);
  expect(list.textContent).toContain(`Objective: ${objective.title}`);
  expect(
    within(list).getByRole('button', { name: `Für ${keyResult.title} einchecken` }).textContent,
  ).toBe('Einchecken');
  expect(englishOnScreen()).toEqual([]);

  fireEvent.click(within(views).getByRole('tab', { name: 'Ausrichtung' }));
  await screen.findByRole('tree', { name: 'Ausrichtung der Objectives über Teams hinweg' });
  const findObjectives = screen.getByRole('searchbox', {
    name: 'Objectives nach Titel, verantwortlicher Person oder Team durchsuchen',
  });
  expect(findObjectives.getAttribute('placeholder')).toBe('Objectives suchen');
  expect(englishOnScreen()).toEqual([]);
  fireEvent.change(findObjectives, { target: { value: 'Kunden' } });
  expect(await screen.findByText('1 Objective entspricht „Kunden“')).toBeTruthy();
  fireEvent.change(findObjectives, { target: { value: 'Umsatz' } });
  expect(await screen.findByText('Kein Objective entspricht der Suche')).toBeTruthy();
  // The search box's clear button and the empty state's.
  expect(screen.getAllByRole('button', { name: 'Suche löschen' })).toHaveLength(2);
  expect(englishOnScreen()).toEqual([]);

  fireEvent.click(within(views).getByRole('tab', { name: 'Coach-Ansicht' }));
  const health = await screen.findByRole('region', { name: 'Zustand über Teams hinweg' });
  expect(health.textContent).toContain('Coaching von Vertrieb · Q1');
  const section = (name: string) => within(health).getByRole('region', { name });
  expect(section('Veraltete Key Results').textContent).toContain('Noch kein Check\u2011in');
  expect(section('Überfällige Initiativen').textContent).toContain('für NPS von 30 auf 50');
  expect(section('Sinkende Zuversicht').textContent).toContain('Keine Zuversicht sinkt.');
  const actions = within(section('Veraltete Key Results')).getByRole('group', {
    name: `Aktionen für ${milestones.title}`,
  });
  expect(
    within(actions).getByRole('button', { name: `${milestones.title} auf dem Board öffnen` })
      .textContent,
  ).toBe('Öffnen');
  expect(englishOnScreen()).toEqual([]);
});

it.each([
  ['fr-FR', ['Tableau', 'Résultats clés', 'Alignement', 'Vue coach'], 'Filtres', 'Trier'],
  ['es-ES', ['Tablero', 'Resultados clave', 'Alineación', 'Vista de coach'], 'Filtros', 'Ordenar'],
])('speaks %s on a channel’s board: its views and toolbar', async (locale, tabs, filters, sort) => {
  await renderIn(locale, 'channelTab');
  expectTabs(tabs);
  const toolbar = screen.getByRole('search');
  expect(within(toolbar).getByRole('button', { name: filters })).toBeTruthy();
  expect(within(toolbar).getByText(sort)).toBeTruthy();
});

it('says in German why a German board could not be loaded, and offers to try again', async () => {
  const offline = {
    ...repository,
    loadBoard: () => Promise.reject(new OfflineError('fetch failed')),
  } as OkrRepository;
  await renderInTeams(
    offline,
    <TeamTab settings={{ cycleId: cycle.id, teamIds: ['t1'] }} onOpenProgramme={() => {}} />,
    'de-DE',
    'channelTab',
  );
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Sie sind offline');
  expect(alert.textContent).toContain('Microsoft 365 war nicht erreichbar.');
  expect(within(alert).getByRole('button').textContent).toBe('Erneut versuchen');
  expect(englishWordsOnScreen(['You are', 'could not', 'connection', 'Try again'])).toEqual([]);
});

it('speaks German on a closed cycle’s board: its banner, final scores and how to read them', async () => {
  const closed = { ...cycle, state: 'closed' as const };
  const scored: KeyResult = { ...keyResult, score: 0.5, scoreReason: 'Pilot verschoben.' };
  const closedBoard: Board = { ...board, cycle: closed, keyResults: [scored] };
  await renderInTeams(
    {
      ...repository,
      listCycles: () => Promise.resolve([closed]),
      loadBoard: () => Promise.resolve(closedBoard),
    } as OkrRepository,
    <TeamTab settings={{ cycleId: cycle.id, teamIds: ['t1'] }} onOpenProgramme={() => {}} />,
    'de-DE',
    'channelTab',
  );
  const badge = await screen.findByRole('button', {
    name: `Anzeigen, warum ${keyResult.title} mit 0,5 abgeschlossen wurde`,
  });
  expect(badge.textContent).toBe('Abgeschlossen · 0,5');
  fireEvent.click(badge);
  // The reading of a committed KR's 0.5 is the Programme's words for the core's.
  expect(
    screen.getByText(
      'Endgültige Bewertung 0,5. Grund: Pilot verschoben. Verbindlich, aber mit 0,5 bewertet: Ein verbindliches OKR soll 1 erreichen. Erläutern Sie, was im Weg stand und was sich ändert.',
    ),
  ).toBeTruthy();
  expect(screen.getByText('Q1 ist abgeschlossen: Die Bewertungen sind endgültig')).toBeTruthy();
  expect(englishWordsOnScreen([...english, 'Committed but', 'scored', 'expected'])).toEqual([]);
});

it('speaks German in the story’s drawer (Why we use OKRs): reading it, editing it, an emptied one', async () => {
  const admin = {
    siteRoles: siteRolesOf({ admin: true, coach: false }),
    observeRetries: () => () => undefined,
    saveOperatingModel: (model: unknown) => Promise.resolve(model),
  } as unknown as OkrRepository;
  await renderInTeams(
    admin,
    <StoryPanel open onOpenChange={() => undefined} />,
    'de-DE',
    'channelTab',
  );
  const edit = await screen.findByRole('button', { name: 'Bearbeiten' }, { timeout: 30_000 });
  expect(screen.getByText('Warum wir OKRs nutzen')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Geschichte schließen' })).toBeTruthy();
  const storyWords = [
    'Why we use',
    'Close the story',
    'Edit',
    'story',
    'plain text',
    'Save',
    'Cancel',
  ];
  expect(englishWordsOnScreen(storyWords)).toEqual([]);

  fireEvent.click(edit);
  const editor = await screen.findByRole('textbox', {
    name: 'Die Geschichte als reiner Text (# für Überschriften, - für Aufzählungen)',
  });
  fireEvent.change(editor, { target: { value: ' ' } });
  expect(
    screen.getByText(
      'Die Geschichte ist leer. Schreiben Sie, warum Ihre Organisation OKRs nutzt: Das lesen alle, die „Warum wir OKRs nutzen“ öffnen.',
    ),
  ).toBeTruthy();
  expect(screen.getByText('1 von 8.000 Zeichen')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeTruthy();
  expect(englishWordsOnScreen([...storyWords, 'characters', 'empty'])).toEqual([]);
  fireEvent.change(editor, { target: { value: '# Warum\nUm uns zu fokussieren.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Geschichte speichern' }));
  expect(await screen.findByText('Die Geschichte ist gespeichert.')).toBeTruthy();
});

it('speaks German in the meeting’s side panel: its search of the key results to review', async () => {
  const group = { objective, keyResults: [keyResult] };
  renderPanel(
    panelState({
      say: meetingWordsFor(await loadLocaleWords('de-DE'), 'de-DE').say,
      groups: [group],
      pickerGroups: [group],
      search: 'NPS',
    }),
  );
  expect(screen.getByRole('searchbox', { name: 'Key Results durchsuchen' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Suche löschen' })).toBeTruthy();
  expect(englishWordsOnScreen(['clear', 'Clear', 'Search', 'Key results', 'Share'])).toEqual([]);
});
