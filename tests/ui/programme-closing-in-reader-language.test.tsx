/** @jest-environment jsdom */
/**
 * The Programme's Close a cycle, Next cycle and Cycle review in Teams' display language: to a
 * German coach they spoke English beside a German board (the scores' table and readings, the
 * retrospective's questions, the close question, the carry-over counts, the review's figures and
 * chart). A Spanish coach's wrong score is refused in Spanish, naming what was typed and what is
 * accepted; a French coach reads which objective someone else changed meanwhile.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import type { Cycle, KeyResult, Objective, Team } from '../../src/core/model';
import { rolledOverFrom } from '../../src/core/rollover';
import { ConflictError } from '../../src/store/errors';
import type { Board, BoardQuery, ClosingReport } from '../../src/store/repository';
import { loadLocaleWords } from '../../src/ui/board/locale-words';
import { today } from '../../src/ui/board/useBoardData';
import ClosingSection from '../../src/ui/programme/sections/ClosingSection';
import ReviewSection from '../../src/ui/programme/sections/ReviewSection';
import RolloverSection from '../../src/ui/programme/sections/RolloverSection';
import { englishOnScreen as englishWordsOnScreen } from './support/english-on-screen';
import { checkInAt } from './support/one-key-result-board';
import { renderSection } from './support/programme';
import './support/async-timeout';
import './support/resize-observer';

// A Fluent dialog in jsdom on a busy machine takes seconds to render.
jest.setTimeout(60_000);

const sales: Team = { id: 't1', name: 'Vertrieb', version: '1' };
// Running today, ending in 25 days: Close asks first, saying it still runs.
const running: Cycle = {
  id: 'q4',
  name: 'Q4 2026',
  start: addDays(today(), -60),
  end: addDays(today(), 25),
  state: 'active',
};
const next: Cycle = {
  id: 'q1',
  name: 'Q1 2027',
  start: addDays(today(), 26),
  end: addDays(today(), 115),
  state: 'planning',
};
/** Three closed cycles whose aspirational objectives all scored the top: the sandbagging signal. */
const past: Cycle[] = [1, 2, 3].map((n) => ({
  id: `p${n}`,
  name: `Vorjahr ${n}`,
  start: addDays(today(), -400 + n * 90),
  end: addDays(today(), -311 + n * 90),
  state: 'closed',
}));

const objective: Objective = {
  id: 'o1',
  cycleId: 'q4',
  teamId: 't1',
  title: 'Neukunden gewinnen',
  description: '',
  commitment: 'committed',
  state: 'active',
};
// Progress 45% and 0%: proposed 0,45 and 0, the objective 0,23 by equal weights.
const customers: KeyResult = {
  id: 'k1',
  objectiveId: 'o1',
  title: 'Kunden im neuen Tarif von 10 auf 50',
  kind: 'increase',
  start: 10,
  target: 50,
  current: 28,
  unit: 'Kunden',
  weight: 1,
};
const online: KeyResult = {
  ...customers,
  id: 'k2',
  title: 'Online verkaufte Pläne von 0 auf 20',
  start: 0,
  target: 20,
  current: 0,
};
const boardOf = (cycle: Cycle, objectives: Objective[], keyResults: KeyResult[]): Board => ({
  cycle,
  teams: [sales],
  objectives,
  keyResults,
  initiatives: [],
});
const closingBoard = boardOf(running, [objective], [customers, online]);
const pastBoard = (cycle: Cycle) =>
  boardOf(
    cycle,
    [
      {
        ...objective,
        id: `o-${cycle.id}`,
        cycleId: cycle.id,
        commitment: 'aspirational',
        score: 1,
      },
    ],
    [],
  );

async function wordsFor(locale: string) {
  const words = await loadLocaleWords(locale);
  return words ? { locale, words } : { locale };
}

async function renderClosingIn(
  locale: string,
  saveClosing: () => Promise<ClosingReport> = () =>
    Promise.resolve({ objectives: [], keyResults: [], conflicts: [] }),
) {
  const written: Cycle[] = [];
  const calls = renderSection(ClosingSection, {
    ...(await wordsFor(locale)),
    teams: [sales],
    cycles: [...past, running],
    cycleId: running.id,
    access: { setUp: false, coach: true },
    repository: {
      loadBoard: (query: BoardQuery) =>
        Promise.resolve(
          query.cycleId === running.id
            ? closingBoard
            : pastBoard(past.find((cycle) => cycle.id === query.cycleId)!),
        ),
      saveClosing,
      updateCycle: (cycle: Cycle) => {
        written.push(cycle);
        return Promise.resolve({ ...cycle, version: '2' });
      },
    },
  });
  return { ...calls, written };
}

/** English words Close a cycle says, none of which a German one says. */
const closingEnglish = [
  'Close',
  'Closing',
  'Each key result',
  'Cycle',
  'All teams',
  'Committed',
  'score',
  'Score',
  'Key result',
  'Progress',
  'Proposed',
  'Reason',
  'What went well',
  'got in the way',
  'differently',
  'Sandbagging',
  'in a row',
  'expected',
  'Save',
  'learnings',
  'Start the next cycle',
  'To close',
  'still runs',
  'retrospective',
  'read-only',
  'reopen',
  'Cancel',
  'Open the cycle review',
  'Type a score',
  'Nothing was saved',
  // Fluent's hidden clear button of the cycle and team choices.
  'Clear selection',
];

it('closes a cycle in German: its scores, readings, questions, refusal, question and next steps', async () => {
  const { notices, written } = await renderClosingIn('de-DE');
  const englishOnScreen = () => englishWordsOnScreen(closingEnglish);
  const field = await screen.findByRole('textbox', { name: `Bewertung von ${customers.title}` });
  screen.getByRole('heading', { name: 'Zyklus abschließen' });
  screen.getByText(/^Jedes Key Result erhält eine Bewertung von 0 bis 1, vorgeschlagen/);
  const card = screen.getByRole('region', { name: objective.title });
  within(card).getByText('Verbindlich · Bewertung 0,23');
  within(card).getByText(
    'Verbindlich, aber mit 0,23 bewertet: Ein verbindliches OKR soll 1 erreichen. Erläutern Sie, was im Weg stand und was sich ändert.',
  );
  const table = within(card).getByRole('table', { name: `Bewertungen von ${objective.title}` });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual([
    'Key Result',
    'Fortschritt',
    'Vorgeschlagen',
    'Bewertung',
    'Grund für eine geänderte Bewertung',
  ]);
  // 45 % as German writes it, with a no-break space.
  expect(within(table).getAllByRole('row')[1]!.textContent).toMatch(/45\u00a0%0,45$/);
  within(card).getByRole('textbox', { name: 'Was lief gut, und warum? (Neukunden gewinnen)' });
  screen.getByText('Hinweis auf zu vorsichtige Ziele');
  screen.getByText(
    'Ambitionierte OKRs wurden 3 Zyklen in Folge mit 1 bewertet; das deutet darauf hin, dass die Ziele zu vorsichtig gesetzt werden.',
  );
  screen.getByRole('button', { name: 'Bewertungen und Erkenntnisse speichern' });
  expect(englishOnScreen()).toEqual([]);

  // A score that is no number is refused, saying what to type; closing is refused until it is put right.
  fireEvent.change(field, { target: { value: 'viel' } });
  await within(field.closest('td')!).findByText(
    'Geben Sie eine Bewertung ein: eine Zahl von 0 bis 1, etwa die 0,45, die der Fortschritt ergibt.',
  );
  fireEvent.click(screen.getByRole('button', { name: 'Speichern und Q4 2026 abschließen' }));
  await screen.findByText(
    'Einige Bewertungen oder Antworten müssen korrigiert werden (siehe die Felder oben). Es wurde nichts gespeichert.',
  );
  expect(englishOnScreen()).toEqual([]);

  fireEvent.change(field, { target: { value: '0,45' } });
  fireEvent.click(screen.getByRole('button', { name: 'Speichern und Q4 2026 abschließen' }));
  const question = await screen.findByRole('alertdialog', {}, { timeout: 20_000 });
  within(question).getByText('Q4 2026 abschließen?');
  within(question).getByText(
    /^Die Bewertungen und Antworten hier werden gespeichert, und die OKRs aller Teams in Q4 2026 werden schreibgeschützt/,
  );
  within(question).getByText(
    /^Q4 2026 läuft noch: Der Zyklus endet in 25 Tagen, am \d{1,2}\. [A-ZÄ][a-zä]+\.? \d{4}\.$/,
  );
  within(question).getByText('1 Team hat noch keine Retrospektive: Vertrieb.');
  expect(englishOnScreen()).toEqual([]);
  fireEvent.click(within(question).getByRole('button', { name: 'Q4 2026 abschließen' }));

  await screen.findByText('Q4 2026 ist abgeschlossen');
  expect(written.map((cycle) => cycle.state)).toEqual(['closed']);
  // Confirmed in the section, in German, in no toast.
  expect(screen.getByRole('status').textContent).toBe(
    'Q4 2026 ist abgeschlossen. Seine OKRs sind jetzt schreibgeschützt.',
  );
  expect(notices).toEqual([]);
  screen.getByRole('button', { name: 'Nächsten Zyklus beginnen' });
  screen.getByRole('button', { name: 'Zyklusrückblick öffnen' });
  expect(englishOnScreen()).toEqual([]);
});

it('refuses a Spanish coach’s score off the scale, and one changed without a reason, in Spanish', async () => {
  await renderClosingIn('es-ES');
  const field = await screen.findByRole('textbox', {
    name: `Puntuación de ${customers.title}`,
  });
  fireEvent.change(field, { target: { value: '1,5' } });
  await within(field.closest('td')!).findByText('Una puntuación es un número de 0 a 1, no 1,5.');

  fireEvent.change(field, { target: { value: '0,8' } });
  fireEvent.click(screen.getByRole('button', { name: 'Guardar puntuaciones y aprendizajes' }));
  const reason = screen.getByRole('textbox', {
    name: `Motivo de la puntuación de ${customers.title}`,
  });
  await within(reason.closest('td')!).findByText(
    'Diga por qué la puntuación difiere de los 0,45 que le da su avance.',
  );
  screen.getByText(
    'Hay puntuaciones o respuestas que corregir (vea los campos de arriba). No se guardó nada.',
  );
  await waitFor(() => expect(document.activeElement).toBe(reason));
});

it('names to a French coach each objective or key result someone else changed meanwhile', async () => {
  await renderClosingIn('fr-FR', () =>
    Promise.resolve({
      objectives: [],
      keyResults: [],
      conflicts: [
        new ConflictError('Megan Bowen changed this since you opened it.', online, online, {
          displayName: 'Megan Bowen',
        }),
        new ConflictError('Someone else changed this since you opened it.', objective, objective),
      ],
    }),
  );
  fireEvent.click(
    await screen.findByRole('button', { name: 'Enregistrer les notes et les enseignements' }),
  );
  const alert = await screen.findByRole('alert');
  within(alert).getByText('Quelqu’un d’autre en a modifié certains entre-temps');
  expect(
    within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    `Megan Bowen a modifié «\u00a0${online.title}\u00a0» depuis que vous l’avez ouvert.`,
    `Quelqu’un d’autre a modifié «\u00a0${objective.title}\u00a0» depuis que vous l’avez ouvert.`,
  ]);
  within(alert).getByRole('button', { name: 'Recharger' });
});

it('carries the next cycle over in German: its counts, choices and confirmation', async () => {
  const closed = { ...running, state: 'closed' as const };
  const second: Objective = { ...objective, id: 'o2', title: 'Nordische Märkte erschließen' };
  const nordic: KeyResult = { ...online, id: 'k3', objectiveId: 'o2', title: 'Nordische Kunden' };
  const source = {
    ...boardOf(closed, [objective, second], [customers, nordic]),
    initiatives: [
      { id: 'i1', keyResultId: nordic.id, title: 'Händler anrufen', status: 'inProgress' as const },
      { id: 'i2', keyResultId: nordic.id, title: 'Messe planen', status: 'notStarted' as const },
    ],
  };
  // The first objective and its key result were carried over before.
  const target = boardOf(
    next,
    [{ ...objective, id: 'n1', cycleId: 'q1', sourceId: rolledOverFrom(objective.id) }],
    [{ ...customers, id: 'm1', objectiveId: 'n1', sourceId: rolledOverFrom(customers.id) }],
  );
  const calls = renderSection(RolloverSection, {
    ...(await wordsFor('de-DE')),
    teams: [sales],
    cycles: [closed, next],
    access: { setUp: false, coach: true },
    repository: {
      loadBoard: (query: BoardQuery) =>
        Promise.resolve(query.cycleId === closed.id ? source : target),
      rollOver: () =>
        Promise.resolve({
          objectives: [{ ...second, id: 'n2', cycleId: 'q1', sourceId: rolledOverFrom('o2') }],
          keyResults: [{ ...nordic, id: 'm2', objectiveId: 'n2', sourceId: rolledOverFrom('k3') }],
          initiatives: source.initiatives.map((initiative, index) => ({
            ...initiative,
            id: `j${index}`,
            keyResultId: 'm2',
            sourceId: rolledOverFrom(initiative.id),
          })),
          notCarried: [],
        }),
    },
  });
  await screen.findByText('Zu übernehmende Objectives und Key Results');
  screen.getByRole('heading', { name: 'Nächsten Zyklus beginnen' });
  screen.getByText(/^Offene Objectives und Key Results sind bereits ausgewählt/);
  expect(
    screen.getAllByText(
      'Ausgewählt: 1 von 1 Objective und 1 von 1 Key Result; die übrigen sind bereits in Q1 2027',
    ),
  ).toHaveLength(2);
  // The objective and its key result carried before.
  expect(screen.getAllByText('Bereits in Q1 2027')).toHaveLength(2);
  screen.getByRole('button', { name: 'Alle auswählen: Objectives und Key Results von Vertrieb' });
  screen.getByRole('button', { name: 'Keine auswählen: keines der Objectives und Key Results' });
  screen.getByRole('list', { name: 'Key Results von Nordische Märkte erschließen' });
  screen.getByRole('checkbox', { name: 'Nordische Kunden (0\u00a0%)' });
  const carry = screen.getByRole('button', {
    name: '1 Objective, 1 Key Result und 2 offene Initiativen in Q1 2027 übernehmen',
  });
  expect(
    englishWordsOnScreen([
      'Start the next cycle',
      'From',
      'Into',
      'chosen',
      'already',
      'Already',
      'Select',
      'objectives',
      'Objectives and key results',
      'Key results of',
      'Carry',
      'to carry over',
      'open',
      'initiative',
    ]),
  ).toEqual([]);

  fireEvent.click(carry);
  // Confirmed in the section, under its button, not in a toast over it.
  await screen.findByText('Jetzt in Q1 2027: 1 Objective, 1 Key Result und 2 offene Initiativen.');
  expect(calls.notices).toEqual([]);
});

it('offers a German admin the cycle that follows, its days the German way', async () => {
  const closed = { ...running, start: '2026-10-01', end: '2026-12-31', state: 'closed' as const };
  renderSection(RolloverSection, {
    ...(await wordsFor('de-DE')),
    teams: [sales],
    cycles: [closed],
    repository: { loadBoard: () => Promise.resolve(boardOf(closed, [], [])) },
  });
  await screen.findByText('Auf Q4 2026 folgt noch kein Zyklus.');
  screen.getByRole('button', { name: 'Q1 2027 anlegen (1. Jan. 2027 bis 31. März 2027)' });
});

const checkIn = (at: string, confidence: number) => checkInAt(at, confidence, customers.id);

it('reviews a closed cycle in German: its figures, chart, table and score bands', async () => {
  // Its check-in days are the Mondays 5, 12, 19 and 26 October, all past.
  const october: Cycle = {
    id: 'oct',
    name: 'Oktober 2026',
    start: '2026-10-01',
    end: '2026-10-31',
    state: 'closed',
  };
  renderSection(ReviewSection, {
    ...(await wordsFor('de-DE')),
    teams: [sales],
    cycles: [october],
    repository: {
      loadBoard: () =>
        Promise.resolve(
          boardOf(
            october,
            [{ ...objective, cycleId: 'oct', score: 0.7 }],
            [
              { ...customers, score: 0.45 },
              { ...online, score: 1 },
            ],
          ),
        ),
      cycleCheckInHistory: () =>
        Promise.resolve(
          new Map([
            [
              customers.id,
              [checkIn('2026-10-05T09:00:00Z', 6), checkIn('2026-10-12T09:00:00Z', 8)],
            ],
          ]),
        ),
    },
  });
  const chart = await screen.findByRole('img', {
    name: /^Durchschnittliche Zuversicht im Zeitverlauf/,
  });
  screen.getByRole('heading', { name: 'Zyklusrückblick' });
  screen.getByText('Rechtzeitige Check\u2011ins');
  screen.getByText(/^\d+ von 8 fälligen Check\u2011ins kam(en)? rechtzeitig$/);
  screen.getByText('Erreichte verbindliche OKRs');
  screen.getByText('0 von 1 bewerteten verbindlichen Objective erreichten die Bewertung 1');
  within(chart).getByText(
    /^Durchschnittliche Zuversicht von 5\. Okt\. 2026: 6 von 10 bis 26\. Okt\. 2026: 8 von 10, über 4 Check\u2011in-Tage\.$/,
  );
  screen.getByRole('columnheader', { name: 'Durchschnittliche Zuversicht' });
  const bands = screen.getByRole('table', { name: 'Key Results je Bewertungsbereich' });
  expect(
    within(bands)
      .getAllByRole('row')
      .map((row) => row.textContent),
  ).toEqual([
    'BewertungKey Results',
    '0,0 bis unter 0,20',
    '0,2 bis unter 0,40',
    '0,4 bis unter 0,61',
    '0,6 bis unter 0,80',
    '0,8 bis 1,01',
  ]);
  expect(
    englishWordsOnScreen([
      'on time',
      'due',
      'came',
      'Committed',
      'met',
      'of',
      'reached',
      'Average',
      'confidence',
      'over time',
      'Score',
      'to under',
      'to',
      'Key results',
      'Key result scores',
      'The whole organisation',
      'Cycle',
      'None given yet',
      'check-in day',
      'Confidence table',
    ]),
  ).toEqual([]);
});
