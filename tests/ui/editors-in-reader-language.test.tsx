import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addDays } from '../../src/core/dates';
import type { Initiative } from '../../src/core/model';
import type { Board, OkrRepository } from '../../src/store/repository';
import { TeamTab } from '../../src/teams/tab/TeamTab';
import { englishOnScreen } from './support/english-on-screen';
import { cycle, keyResult, objective, today } from './support/german-okrs';
import { adele, renderInTeams } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';
import { layOutVirtualRows } from './support/virtual-layout';

/**
 * The OKR editors in the host's display language, as the board they open from: a German channel
 * board's objective editor, key result editor and its initiatives, each with a refusal showing,
 * say no English word; French and Spanish ones say their own.
 */
jest.setTimeout(180_000);

const initiative: Initiative = {
  id: 'i1',
  keyResultId: 'k1',
  title: 'Interviews führen',
  status: 'inProgress',
  owner: adele,
  dueDate: addDays(today, 10),
};
const board: Board = {
  cycle,
  teams: [{ id: 't1', name: 'Vertrieb' }],
  objectives: [objective],
  keyResults: [keyResult],
  initiatives: [initiative],
};

const repository = {
  siteRoles: siteRolesOf({ admin: false, coach: true }),
  listCycles: () => Promise.resolve([cycle]),
  cyclesWithObjectives: () => Promise.resolve(new Set([cycle.id])),
  loadBoard: () => Promise.resolve(board),
  cycleCheckInHistory: () => Promise.resolve(new Map()),
  changesSince: () => Promise.resolve({ token: 't' }),
  listInitiatives: () => Promise.resolve([initiative]),
} as unknown as OkrRepository;

/** A channel's board in a Teams set to `locale`, its objective shown. */
async function renderBoardIn(locale: string) {
  await renderInTeams(
    repository,
    <TeamTab settings={{ cycleId: cycle.id, teamIds: ['t1'] }} onOpenProgramme={() => {}} />,
    locale,
    'channelTab',
  );
  await screen.findByRole('article', { name: objective.title, hidden: true });
  await waitFor(() => expect(document.querySelector('[data-kr-id="k1"]')).not.toBeNull());
}

layOutVirtualRows({ role: ['region', 'rowgroup'], viewport: 1000, row: 50 });
afterEach(() => localStorage.clear());

/**
 * English words the editors say, none of which a German one says (German keeps "Objective",
 * "Key Result", "Coaching", "Team", "Link", "Details" and "optional").
 */
const english = [
  'objective',
  'key result',
  'Key result',
  'initiative',
  'Initiatives',
  'New',
  'Edit',
  'Create',
  'Save',
  'Cancel',
  'Delete',
  'Coaching on',
  'The coach reads',
  'Nothing',
  'Why it matters',
  'Aligns to',
  'Owner',
  'Commitment',
  'Committed',
  'Aspirational',
  'stretch',
  'Search people',
  'Open',
  'Type a name',
  'Chosen people',
  'Remove',
  'required',
  'For the',
  'outcome',
  'How it is measured',
  'Increase',
  'Decrease',
  'Milestones',
  'Done',
  'target',
  'Target',
  'Unit',
  'customers',
  'e\\.g\\.',
  'Start',
  'baseline',
  'Weight',
  'What counts',
  'The work you do',
  'Loading',
  'Due',
  'due',
  'Where the work',
  'Add',
  'Status of',
  'In progress',
  'Not started',
  'number',
  'Type',
];

/**
 * A dialog by its title, once its lazy chunk is in. Its parts are found with `hidden: true`: in
 * jsdom, Fluent's modal (tabster) marks the dialog itself aria-hidden for a moment as it opens.
 */
const dialogNamed = (name: string) => screen.findByRole('dialog', { name, hidden: true });

/** Closes an editor with nothing changed (no discard question). */
async function cancel(dialog: HTMLElement, label: string) {
  fireEvent.click(within(dialog).getByRole('button', { name: label, hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
}

it('speaks German in the objective editor, the key result editor and its initiatives, refusals too', async () => {
  await renderBoardIn('de-DE');

  // A new objective, saved without its title.
  fireEvent.click(screen.getByRole('button', { name: 'Neues Objective', hidden: true }));
  let dialog = await dialogNamed('Neues Objective');
  expect(
    await within(dialog).findByRole('textbox', { name: /^Objective/, hidden: true }),
  ).toBeTruthy();
  expect(
    within(dialog).getByRole('combobox', { name: 'Ausgerichtet auf', hidden: true }),
  ).toBeTruthy();
  expect(within(dialog).getByRole('option', { name: /^Nichts/, hidden: true })).toBeTruthy();
  expect(within(dialog).getByRole('radio', { name: /^Verbindlich:/, hidden: true })).toBeTruthy();
  expect(
    within(dialog).getByRole('radio', { name: /0,7 gilt als Erfolg/, hidden: true }),
  ).toBeTruthy();
  expect(
    within(dialog).getByRole('region', { name: 'Coaching zum Objective', hidden: true }),
  ).toBeTruthy();
  fireEvent.click(
    within(dialog).getByRole('button', { name: 'Objective erstellen', hidden: true }),
  );
  expect(await within(dialog).findByText('Geben Sie einen Titel ein.')).toBeTruthy();
  expect(englishOnScreen(english)).toEqual([]);
  await cancel(dialog, 'Abbrechen');

  // The key result, its target cleared and its weight unreadable.
  fireEvent.click(
    await screen.findByRole('button', { name: `${keyResult.title} bearbeiten`, hidden: true }),
  );
  dialog = await dialogNamed('Key Result bearbeiten');
  const measured = await within(dialog).findByRole('combobox', {
    name: 'Wie es gemessen wird',
    hidden: true,
  });
  expect(within(dialog).getByText(`Für das Objective: ${objective.title}`)).toBeTruthy();
  expect([...measured.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
    'Auf einen Zielwert steigern',
    'Auf einen Zielwert senken',
    'Mindestens auf einem Wert halten',
    'Höchstens auf einem Wert halten',
    'Meilensteine (erledigte Schritte)',
    'Erledigt oder nicht erledigt',
  ]);
  const target = within(dialog).getByRole('textbox', { name: /^Zielwert/, hidden: true });
  expect(target.getAttribute('placeholder')).toBe('z. B. 80.000');
  fireEvent.change(target, { target: { value: '' } });
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Gewichtung', hidden: true }), {
    target: { value: 'viel' },
  });
  fireEvent.click(
    within(dialog).getByRole('button', { name: 'Key Result speichern', hidden: true }),
  );
  expect(await within(dialog).findByText(/^„Zielwert“/)).toBeTruthy();
  expect(within(dialog).getByText(/„viel“/)).toBeTruthy();

  // Its initiatives: the one it has, and a new one added without a title.
  const initiatives = within(dialog).getByRole('region', { name: 'Initiativen', hidden: true });
  await within(initiatives).findByText(/Interviews führen/);
  expect(
    within(initiatives).getByRole('combobox', {
      name: 'Status von Interviews führen',
      hidden: true,
    }),
  ).toHaveProperty('value', 'inProgress');
  expect(
    within(initiatives).getByRole('option', { name: 'In Bearbeitung', hidden: true }),
  ).toBeTruthy();
  expect(
    within(initiatives).getByRole('button', { name: 'Interviews führen entfernen', hidden: true }),
  ).toBeTruthy();
  fireEvent.click(
    within(initiatives).getByRole('button', { name: 'Initiative hinzufügen', hidden: true }),
  );
  expect(await within(initiatives).findByText('Geben Sie einen Titel ein.')).toBeTruthy();
  expect(englishOnScreen(english)).toEqual([]);

  // The coach's findings read the organisation's language (English here); their frame is German.
  const title = within(dialog).getByRole('textbox', { name: /^Key Result/, hidden: true });
  fireEvent.change(title, { target: { value: 'Launch the new pricing page' } });
  fireEvent.blur(title);
  const coaching = within(dialog).getByRole('region', {
    name: 'Coaching zum Key Result',
    hidden: true,
  });
  const finding = (await within(coaching).findAllByRole('listitem', { hidden: true }))[0]!;
  expect(finding.textContent).toMatch(/^(Korrektur nötig|Wahrscheinlich schwach|Tipp)/);
  expect(within(finding).getByText(/^Vorschlag: /)).toBeTruthy();
  expect(within(finding).getByText(/^Quelle: /)).toBeTruthy();
});

it.each([
  ['fr-FR', 'Modifier', 'Modifier le résultat clé', 'Mode de mesure', 'Poids', 'Enregistrer'],
  ['es-ES', 'Editar', 'Editar el resultado clave', 'Cómo se mide', 'Peso', 'Guardar'],
])('speaks %s in the key result editor', async (locale, edit, title, measured, weight, save) => {
  await renderBoardIn(locale);
  fireEvent.click(screen.getByRole('button', { name: `${edit} ${keyResult.title}` }));
  const dialog = await dialogNamed(title);
  expect(
    await within(dialog).findByRole('combobox', { name: measured, hidden: true }),
  ).toBeTruthy();
  fireEvent.change(within(dialog).getByRole('textbox', { name: weight, hidden: true }), {
    target: { value: '' },
  });
  fireEvent.click(
    within(dialog).getByRole('button', { name: new RegExp(`^${save} `), hidden: true }),
  );
  // The core's refusal, said in the page's language, names the field as its label does.
  expect(await within(dialog).findByText(new RegExp(`«\\s?${weight}\\s?»`))).toBeTruthy();
  await within(dialog).findByRole('combobox', { name: new RegExp(initiative.title), hidden: true });
  expect(englishOnScreen(['Save', 'Cancel', 'Weight', 'Owner', 'Add', 'Loading'])).toEqual([]);
});
