/**
 * What a dry run says of the files people move in with is said in German, French and Spanish,
 * not only in English: each problem carries its sentences (`said`), and each sentence has its
 * words in every language the page speaks. A problem a reader writes in English only fails here.
 */
import { toCsv } from '../../src/core/csv';
import { formatMessage } from '../../src/core/i18n';
import { ImportFileError, type ImportPlan, type ImportProblem } from '../../src/migrate';
import { problemMessage, problemPlace } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import type { ImportTranslation } from '../../src/ui/migrate/import-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../src/ui/migrate/words/import-es';
import { words as french } from '../../src/ui/migrate/words/import-fr';
import { explorerHeader, vivaRecords, vivaZip } from './fixtures';
import { planSheet, utf8 } from './support/sheet-plan';

const languages: readonly (readonly [string, ImportTranslation])[] = [
  ['de-DE', german],
  ['fr-FR', french],
  ['es-ES', spanish],
];

/** Each problem said only in English, or with a sentence some language has no words for. */
function untranslated(imported: ImportPlan): string[] {
  const inEnglishOnly = (problem: ImportProblem) =>
    !problem.said ||
    problem.said.some(({ text }) => languages.some(([, words]) => words[text] === undefined));
  return imported.problems
    .filter(inEnglishOnly)
    .map((problem) => `${problemPlace(problem)}: ${problem.message}`);
}

/** Every problem as the page says it in each language. */
const said = (imported: ImportPlan) =>
  languages.map(([locale, words]) =>
    imported.problems.map((problem) => problemMessage(problem, reportReader(words, locale))),
  );

const jira = [
  'Summary,Issue key,Issue id,Parent,Issue Type,Status,Updated,Comment,Comment',
  'Checkout revamp,ENG-1,10001,,Epic,To Do,05/Feb/26 9:00 AM,01/Feb/26 9:00 AM;557058:aa11;Scope agreed,',
  'Speed up payment,ENG-2,10002,10001,Story,Done,04/Feb/26 3:12 PM,02/Feb/26 10:00 AM;557058:bb22;Started,03/Feb/26 4:30 PM;557058:bb22;Shipped',
  'Card form,ENG-3,10003,10001,Story,To Do,,28/Jan/26 11:00 AM;557058:cc33;Waiting on design,',
  'Partner deals,ENG-4,10004,10099,Story,To Do,01/Feb/26 8:00 AM,,',
].join('\n');

/** Jira's issues without an Issue id column: issues found under their epic by its summary. */
const jiraWithoutIds = [
  'Summary,Issue key,Parent,Parent summary,Issue Type,Status',
  'Checkout revamp,ENG-1,,,Epic,To Do',
  'Speed up payment,ENG-2,10001,Checkout revamp,Story,Done',
  'Card form,ENG-3,10001,Checkout revamp,Story,To Do',
  'Payments,ENG-5,,,Epic,To Do',
  'Payments,ENG-6,,,Epic,To Do',
  'Refunds,ENG-7,10077,Payments,Story,To Do',
].join('\n');

const ally = [
  'Row ID,Title,Parent,Entity,Owner Email,Time Period,Start Date,Progress',
  '1,Win the mid-market,,Contoso,ana@contoso.com,Q3 2026,2026-07-01,40%',
  '2,Sign 20 partners,1,Sales,ben@contoso.com,Q3 2026,2026-07-01,',
  '3,Grow my network,,Individual,dee@contoso.com,Q3 2026,2026-07-01,',
  '4,Meet 10 customers,3,Individual,dee@contoso.com,Q3 2026,2026-07-01,',
].join('\n');

const typed = [
  'Type,Name,Owner,Target,Current,Status,Due date',
  'Project,Price page redesign,Ann Lee,,,In progress,2026-03-15',
  'Objective,Grow revenue,Ann Lee,,,,',
  'Key result,ARR to 3M,Ann Lee,3000000,1200000,,',
  'Spike,Try a chatbot,Cy Dee,,,,',
  ',Ask around,Cy Dee,,,,',
].join('\n');

/** Objectives, key results indented under them, initiatives indented under a key result. */
const outline = [
  'Objective,Owner,Target',
  'Grow revenue,Ann Lee,',
  '  Sign 10 new deals,Ann Lee,10',
  '    - Hire two account executives,Ann Lee,',
  '  Win 3 logos,Ann Lee,3',
].join('\n');

/** Amounts abbreviated (250 TEUR, 1.2M) and a lowercase m that is metres. */
const amounts = [
  'Objective,Key result,Target,Current',
  'Grow revenue,New business,250 TEUR,1.2M',
  ',Cycle path built,12m,4m',
].join('\n');

it.each([
  ['a Jira export with comments and an issue whose parent is not in it', 'Jira.csv', jira],
  ['a Jira export without an Issue id column', 'Jira.csv', jiraWithoutIds],
  ["Ally's template with Individual OKRs and an objective's progress", 'ally.csv', ally],
  ['a goal list placed by its types', 'typed.csv', typed],
  ['a goal list indented as an outline, initiatives under key results', 'outline.csv', outline],
  ['amounts written with a magnitude and a lowercase m', 'amounts.csv', amounts],
])('says everything of %s in every language', async (_case, name, text) => {
  const imported = await planSheet(name, utf8(text));
  expect(imported.problems.length).toBeGreaterThan(0);
  expect(untranslated(imported)).toEqual([]);
});

/**
 * A Viva Goals export whose teams have members, one a group named without its id, scores off the
 * scale, and a check-in dated after the day of the import.
 */
async function vivaExport(): Promise<Uint8Array> {
  const member = { ID: 12, Name: 'Isaiah Langer', Email: 'IsaiahL@contoso.com' };
  const [product, onboarding] = vivaRecords.Teams;
  const scores = [-0.5, '250%', 7];
  return vivaZip({
    ...vivaRecords,
    Teams: [
      {
        ...product,
        'Team Members': [member],
        'Microsoft 365 Group': { ID: '5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d', Name: 'Product team' },
      },
      { ...onboarding, 'Team Members': [member], 'Microsoft 365 Group': 'Onboarding team' },
    ],
    objectives: vivaRecords.objectives.map((item, index) =>
      index < scores.length ? { ...item, Score: scores[index] } : item,
    ),
    checkins: [
      ...vivaRecords.checkins,
      { ID: 8101, 'OKR ID': 10, 'CheckIn Date': '2026-03-01 09:00:00', 'Current Value': 90 },
    ],
  });
}

/** A Viva Goals explorer export without its Id column, with rows it cannot read. */
function explorerExport(): Uint8Array {
  const columns = explorerHeader.filter((column) => column !== 'Id');
  const row = (values: Record<string, string>) => columns.map((column) => values[column] ?? '');
  const item = { Team: 'Sales', Owner: 'Megan Bowen', Period: 'Q2 2025' };
  const dates = { 'Start Date': '2025-04-01', 'End Date': '2025-06-30' };
  return utf8(
    toCsv([
      columns,
      row({ ...item, ...dates, Title: 'Win the mid-market', 'Object Type': 'Objective' }),
      row({ ...item, Title: 'Odd one', 'Object Type': 'Epic' }),
      row({
        ...item,
        Title: 'Graded low',
        'Object Type': 'Key Result',
        'Aligned To (weight, Objective ID)': 'Win the mid-market',
        Score: '-0.2',
      }),
      row({
        ...item,
        Title: 'Graded high',
        'Object Type': 'Objective',
        Score: '300%',
        'Progress %': '40',
      }),
      row({ ...item, Title: '', 'Object Type': 'Objective' }),
      [
        ...row({ ...item, Title: 'Checked', 'Object Type': 'Objective' }).slice(0, -1),
        'Checkin Date: soon; Current Value: lots',
      ],
    ]),
  );
}

it.each([
  [
    'a Viva Goals organisation export with team members and scores off the scale',
    'export.zip',
    vivaExport,
  ],
  ['a Viva Goals explorer export without its Id column', 'explorer.csv', explorerExport],
])('says everything of %s in every language', async (_case, name, bytes) => {
  const imported = await planSheet(name, await bytes());
  expect(imported.problems.length).toBeGreaterThan(0);
  expect(untranslated(imported)).toEqual([]);
});

it('says why a check-in dated after today is left out in every language', async () => {
  const imported = await planSheet('export.zip', await vivaExport());
  const future = imported.problems.find((problem) => /after today/.test(problem.message))!;
  expect(future.message).toBe(
    'A check-in dated Mar 1, 2026, after today, is left out: a check-in says what was measured. Correct its date in the file and import it again.',
  );
  expect(
    languages.map(([locale, words]) => problemMessage(future, reportReader(words, locale))),
  ).toEqual([
    'Ein Check-in vom 1. März 2026, nach dem heutigen Tag, wird ausgelassen: Ein Check-in hält fest, was gemessen wurde. Korrigieren Sie sein Datum in der Datei und importieren Sie sie erneut.',
    'Un check-in daté du 1 mars 2026, après aujourd’hui, est laissé de côté\u00a0: un check-in dit ce qui a été mesuré. Corrigez sa date dans le fichier et importez-le à nouveau.',
    'Se omite un check-in con fecha 1 mar 2026, posterior a hoy: un check-in dice lo que se midió. Corrija su fecha en el archivo y vuelva a importarlo.',
  ]);
});

it('says the rows a note names, and how many more, in the reader’s language', async () => {
  const rows = Array.from({ length: 12 }, (_, index) =>
    [String(index + 2), `Goal ${index + 1}`, '', 'Individual', 'dee@contoso.com', 'Q3 2026'].join(
      ',',
    ),
  );
  const imported = await planSheet(
    'ally.csv',
    utf8(['Row ID,Title,Parent,Entity,Owner Email,Time Period', ...rows].join('\n')),
  );
  const individual = (messages: readonly string[]) =>
    messages.find((message) => message.includes('Individual'));
  expect(said(imported).map(individual)).toEqual([
    '„Individual“ (Zeilen 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 und 2 weitere) kennzeichnet die eigenen OKRs einer Person, und Ihre Website führt jedes OKR in einem Team: Sie kommen dorthin, wohin OKRs ohne Team kommen.',
    '« Individual » (lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 et 2 de plus) désigne les OKR propres à une personne, et votre site range chaque OKR dans une équipe : ils vont là où vont les OKR qui ne nomment aucune équipe.',
    '«Individual» (filas 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 y 2 más) indica los OKR propios de una persona, y su sitio guarda cada OKR en un equipo: van adonde van los OKR que no indican ningún equipo.',
  ]);
});

it('fills every placeholder of each reason in every language, as its English names them', () => {
  const placeholders = (text: string) =>
    [...text.matchAll(/\{(\w+)(?::day)?\}|\{(\w+)\|/g)].map((match) => match[1] ?? match[2]);
  for (const [locale, words] of languages) {
    for (const [english, translated] of Object.entries(words)) {
      const params = Object.fromEntries(placeholders(english).map((name) => [name!, 2]));
      expect([english, formatMessage(translated, params, locale)]).toEqual([
        english,
        expect.not.stringMatching(/[{}]/),
      ]);
      expect([english, new Set(placeholders(translated))]).toEqual([
        english,
        new Set(placeholders(english)),
      ]);
    }
  }
});

/** Why a whole file is refused, each sentence of it, where some language has no words for one. */
async function refusedUntranslated(name: string, text: string): Promise<string[]> {
  const refusal = await planSheet(name, utf8(text)).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(ImportFileError);
  const { problem } = refusal as ImportFileError;
  if (!problem.said) return [problem.message];
  return problem.said
    .filter(({ text }) => languages.some(([, words]) => words[text] === undefined))
    .map(({ text }) => text);
}

it.each([
  [
    'a row indented between two depths, and one under nothing',
    'Title,Target\n  Orphan,1\nGrow revenue,\n    Sign deals,10\n  Win logos,3',
  ],
  [
    'outline numbers written twice, without a number, or under none',
    'Order,Type,Summary\n1,Objective,Grow\n1.1,Key result,Deals\n1.1,Key result,Logos\nx,Key result,Odd\n2.1,Key result,Lost\n1.10,Key result,Ten',
  ],
  ['a level that skips one', 'Level,Goal name\n1,Grow revenue\n3,Sign deals\n2,Win logos'],
])('refuses a goal tree with %s in every language', async (_case, text) => {
  expect(await refusedUntranslated('tree.csv', text)).toEqual([]);
});
