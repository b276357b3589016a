/**
 * Key results whose title carries their values: a sheet or another tool's export with no Start
 * and Target for a key result, only "Increase NPS from 30 to 45", "Churn von 5 % auf 3 % senken",
 * "Passer le NPS de 30 à 45" or "Reducir el churn del 5 % al 3 %", imports it from 30 to 45
 * (not as a percentage from 0 to 100) and says so in the dry run, in the reader's language.
 * What is not clearly a range (years, quarters, versions, dates, "Top 3 to 5 customers", a
 * target alone) stays as before; the file's own columns win over the title.
 */
import { statedRange } from '../../src/core/coaching/stated-range';
import { problemMessage } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';
import { words as spanish } from '../../src/ui/migrate/words/import-es';
import { words as french } from '../../src/ui/migrate/words/import-fr';
import { keyResultRows, planSheet, problemsOf, utf8 } from './support/sheet-plan';
import { excelWorkbook } from './support/workbook';

/** [title, start, target, unit, kind of key result] as the import plans it. */
const ranges: readonly (readonly [string, number, number, string, string])[] = [
  ['Increase NPS from 30 to 45', 30, 45, '', 'increase'],
  ['Grow ARR from $1.2M to $2M', 1_200_000, 2_000_000, '$', 'increase'],
  ['Reduce churn from 5% to 3%', 5, 3, '%', 'decrease'],
  ['Cut response time from 48h to 24h', 48, 24, 'h', 'decrease'],
  ['Grow revenue from €500k to €800k', 500_000, 800_000, '€', 'increase'],
  ['Grow weekly users from 10,000 to 15,000', 10_000, 15_000, '', 'increase'],
  ['NPS von 30 auf 45 steigern', 30, 45, '', 'increase'],
  ['Churn von 5 % auf 3 % senken', 5, 3, '%', 'decrease'],
  ['Umsatz von 1,2 Mio. € auf 2 Mio. € steigern', 1_200_000, 2_000_000, '€', 'increase'],
  ['Bewertung von 4,2 auf 4,6 verbessern', 4.2, 4.6, '', 'increase'],
  ['Passer le NPS de 30 à 45', 30, 45, '', 'increase'],
  ['Réduire le churn de 5 % à 3 %', 5, 3, '%', 'decrease'],
  ['Faire passer le CA de 1,2 M€ à 2 M€', 1_200_000, 2_000_000, '€', 'increase'],
  ['Utilisateurs actifs de 10 000 à 15 000', 10_000, 15_000, '', 'increase'],
  ['Aumentar el NPS de 30 a 45', 30, 45, '', 'increase'],
  ['Reducir el churn del 5 % al 3 %', 5, 3, '%', 'decrease'],
  ['Reducir el tiempo de respuesta de 48 h a 24 h', 48, 24, 'h', 'decrease'],
  ['Usuarios de 10.000 a 15.000', 10_000, 15_000, '', 'increase'],
  ['Grow from 3 to 5 customers', 3, 5, '', 'increase'],
  ['Von 3 auf 5 Kunden steigern', 3, 5, '', 'increase'],
  ['Passer de 3 à 5 clients', 3, 5, '', 'increase'],
  ['Pasar de 3 a 5 clientes', 3, 5, '', 'increase'],
  // A scale written once, after the target, is the start's too: not 1.2 to 2,000,000.
  ['Grow ARR from $1.2 to $2M', 1_200_000, 2_000_000, '$', 'increase'],
  ['Grow users from 500 to 800k', 500_000, 800_000, '', 'increase'],
  ['Umsatz von 1,5 auf 2,5 Mio. € steigern', 1_500_000, 2_500_000, '€', 'increase'],
  ['Nutzer von 1,5 auf 2,5 Millionen steigern', 1_500_000, 2_500_000, '', 'increase'],
  ['Faire passer le CA de 1,5 à 2,5 M€', 1_500_000, 2_500_000, '€', 'increase'],
  ['Passer de 1,5 à 2,5 millions d’utilisateurs', 1_500_000, 2_500_000, '', 'increase'],
  ['Pasar de 1,5 a 2,5 millones de usuarios', 1_500_000, 2_500_000, '', 'increase'],
  ['Facturación de 500 a 800 mil €', 500_000, 800_000, '€', 'increase'],
  ['30 → 45', 30, 45, '', 'increase'],
  ['NPS 30 -> 45', 30, 45, '', 'increase'],
  ['Zufriedenheit 1,5 → 2,5', 1.5, 2.5, '', 'increase'],
];

/** Titles that are not a clear range: each is measured as before, a percentage from 0 to 100. */
const notRanges = [
  'Launch the new plan from 2024 to 2025',
  'Roll out from Q1 to Q2',
  'Upgrade the API from v2 to v3',
  'Run the pilot from 1 March to 30 June',
  'Staff the desk from 9:00 to 17:00',
  'Onboard from 01/03 to 30/06',
  'Top 3 to 5 customers',
  'Reach 45 NPS',
  'Increase NPS from X to Y',
  'Move from Java 8 to Java 17',
  'Cut lead time from 2 days to 12 hours',
  'Projekt von 2024 auf 2025 verschieben',
  'Déployer de T1 à T2',
  'Pasar de 2024 a 2025',
  'Keep NPS from 30 to 30',
  'Score 1.500 → 2.000',
  'Grow revenue from €500k to £800k',
];

const csv = (rows: readonly (readonly string[])[]) =>
  utf8(rows.map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\n'));

describe('the quantity reader', () => {
  it.each(ranges)('reads "%s" as a range', (title, start, target) => {
    const range = statedRange(title);
    expect([range?.start.value, range?.target.value]).toEqual([start, target]);
  });

  it.each(notRanges)('reads no range in "%s"', (title) => {
    expect(statedRange(title)).toBeUndefined();
  });
});

describe('a sheet whose key results have no start and target', () => {
  it('takes each key result’s start, target and unit from its title, starting where it starts', async () => {
    const plan = await planSheet(
      'okrs.csv',
      csv([['Objective', 'Key result', 'Owner'], ...ranges.map(([title]) => ['Grow', title, ''])]),
    );
    expect(
      plan.keyResults.map(({ draft }) => [
        draft.title,
        draft.start,
        draft.target,
        draft.unit,
        draft.kind,
        draft.current,
      ]),
    ).toEqual(
      ranges.map(([title, start, target, unit, kind]) => [title, start, target, unit, kind, start]),
    );
    expect(plan.checkIns).toEqual([]);
    const messages = problemsOf(plan).map(({ message }) => message);
    expect(messages).toContain('Start 30 and target 45 are read from its title.');
    expect(messages).toContain('Start 1,200,000 and target 2,000,000 ($) are read from its title.');
    expect(messages).not.toContain(
      'It has no metric target; it is measured as a percentage from 0 to 100 %.',
    );
    expect(messages).not.toContain('The key result has no start (baseline); it starts from 0.');
  });

  it('reads the ranges of an .xlsx, with empty Start and Target cells, and its current values', async () => {
    const workbook = await excelWorkbook([
      {
        name: 'OKRs',
        rows: [
          ['Objective', 'Key result', 'Start', 'Target', 'Current'],
          ['Delight customers', 'NPS von 30 auf 45 steigern', undefined, undefined, 38],
          [undefined, 'Réduire le churn de 5 % à 3 %', '', '', { percent: 0.04 }],
          [undefined, 'Reducir el churn del 5 % al 3 %', undefined, undefined, undefined],
          [undefined, 'Reach 45 NPS', undefined, undefined, 20],
        ],
      },
    ]);
    const plan = await planSheet('okrs.xlsx', workbook);
    expect(keyResultRows(plan)).toEqual([
      ['Delight customers', 'NPS von 30 auf 45 steigern', 30, 45, 38, '', undefined],
      ['Delight customers', 'Réduire le churn de 5 % à 3 %', 5, 3, 4, '%', undefined],
      ['Delight customers', 'Reducir el churn del 5 % al 3 %', 5, 3, 5, '%', undefined],
      ['Delight customers', 'Reach 45 NPS', 0, 100, 20, '%', undefined],
    ]);
    expect(plan.checkIns.map((checkIn) => checkIn.draft.value)).toEqual([38, 4, 20]);
  });

  it('reads a range in a goal list from another tool, with the progress it gives', async () => {
    const plan = await planSheet(
      'goals.csv',
      csv([
        ['Goal name', 'Parent goal', 'Type', 'Progress'],
        ['Grow revenue', '', 'Objective', ''],
        ['Grow ARR from $1.2M to $2M', 'Grow revenue', 'Key result', '50%'],
        ['Ship the pricing page', 'Grow revenue', 'Key result', '40%'],
      ]),
    );
    expect(keyResultRows(plan)).toEqual([
      [
        'Grow revenue',
        'Grow ARR from $1.2M to $2M',
        1_200_000,
        2_000_000,
        1_600_000,
        '$',
        undefined,
      ],
      ['Grow revenue', 'Ship the pricing page', 0, 100, 40, '%', undefined],
    ]);
    expect(problemsOf(plan)).toContainEqual({
      row: 3,
      field: 'Goal name',
      message: 'Start 1,200,000 and target 2,000,000 ($) are read from its title.',
    });
  });

  it('reads a range in a key result column of a sheet with one row per objective', async () => {
    const plan = await planSheet(
      'okrs.csv',
      csv([
        ['Objective', 'KR1', 'KR1 Current', 'KR2', 'KR2 Current'],
        ['Keep customers', 'Churn von 5 % auf 3 % senken', '4 %', 'Top 3 to 5 customers', ''],
      ]),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Keep customers', 'Churn von 5 % auf 3 % senken', 5, 3, 4, '%', undefined],
      ['Keep customers', 'Top 3 to 5 customers', 0, 100, 0, '%', undefined],
    ]);
    expect(problemsOf(plan)).toContainEqual({
      row: 2,
      field: 'KR1',
      message: 'Start 5 and target 3 (%) are read from its title.',
    });
  });

  it.each(notRanges)('measures "%s" as a percentage from 0 to 100, as before', async (title) => {
    const plan = await planSheet(
      'okrs.csv',
      csv([
        ['Objective', 'Key result'],
        ['Grow', title],
      ]),
    );
    expect(keyResultRows(plan)).toEqual([['Grow', title, 0, 100, 0, '%', undefined]]);
  });

  it('keeps the file’s own Start, Target and Current over the title', async () => {
    const plan = await planSheet(
      'okrs.csv',
      csv([
        ['Objective', 'Key result', 'Start', 'Target', 'Current'],
        ['Delight customers', 'Increase NPS from 30 to 45', '32', '50', '40'],
        ['', 'Reduce churn from 5% to 3%', '', '2%', ''],
        ['', 'Grow ARR from $1.2M to $2M', '1000000', '', '1100000'],
      ]),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Delight customers', 'Increase NPS from 30 to 45', 32, 50, 40, '', undefined],
      ['Delight customers', 'Reduce churn from 5% to 3%', 0, 2, 0, '%', undefined],
      ['Delight customers', 'Grow ARR from $1.2M to $2M', 0, 100, 1_100_000, '%', undefined],
    ]);
    expect(problemsOf(plan).map(({ message }) => message)).not.toContainEqual(
      expect.stringContaining('read from its title'),
    );
  });

  it('reads a range for a metric or a percentage, not for a milestone or a binary key result', async () => {
    const plan = await planSheet(
      'okrs.csv',
      csv([
        ['Objective', 'Key result', 'Kind'],
        ['Adopt the app', 'Increase adoption from 20% to 60%', 'Percentage'],
        ['', 'Grow ARR from $1.2M to $2M', 'Percentage'],
        ['', 'Increase NPS from 30 to 45', 'Metric'],
        ['', 'Move 3 teams from 2 to 5 releases a week', 'Milestone'],
        ['', 'Cut response time from 48h to 24h', 'Binary'],
      ]),
    );
    expect(
      plan.keyResults.map(({ draft }) => [
        draft.title,
        draft.kind,
        draft.start,
        draft.target,
        draft.unit,
      ]),
    ).toEqual([
      ['Increase adoption from 20% to 60%', 'increase', 20, 60, '%'],
      ['Grow ARR from $1.2M to $2M', 'increase', 0, 100, '%'],
      ['Increase NPS from 30 to 45', 'increase', 30, 45, ''],
      ['Move 3 teams from 2 to 5 releases a week', 'milestone', 0, 100, '%'],
      ['Cut response time from 48h to 24h', 'binary', 0, 1, ''],
    ]);
  });

  it('says what it read in the reader’s language', async () => {
    const plan = await planSheet(
      'okrs.csv',
      csv([
        ['Objective', 'Key result'],
        ['Grow', 'Umsatz von 1,2 Mio. € auf 2 Mio. € steigern'],
        ['', 'Passer le NPS de 30 à 45'],
      ]),
    );
    const read = plan.problems.filter((problem) => problem.message.includes('from its title'));
    const said = (words: typeof german, locale: string) =>
      read.map((problem) => problemMessage(problem, reportReader(words, locale)));
    expect(said(german, 'de-DE')).toEqual([
      'Startwert 1.200.000 und Zielwert 2.000.000 (€) werden aus dem Titel gelesen.',
      'Startwert 30 und Zielwert 45 werden aus dem Titel gelesen.',
    ]);
    expect(said(french, 'fr-FR')).toEqual([
      'La valeur de départ 1\u202f200\u202f000 et la cible 2\u202f000\u202f000 (€) sont lues dans son titre.',
      'La valeur de départ 30 et la cible 45 sont lues dans son titre.',
    ]);
    expect(said(spanish, 'es-ES')).toEqual([
      'El valor inicial 1.200.000 y el objetivo numérico 2.000.000 (€) se leen de su título.',
      'El valor inicial 30 y el objetivo numérico 45 se leen de su título.',
    ]);
  });
});
