/**
 * Google-style grades in a sheet: a Score, Grade or Final score column (0.0–1.0, or 0–100 %) on
 * a key result's row, or in its group of a sheet of one row per objective, is that key result's
 * closing score, as Close a cycle would have kept it; an objective of an ended cycle is scored
 * from its key results as closing the cycle would score it.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, type ImportPlan } from '../../src/migrate';
import { toCsv } from '../../src/core/csv';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { planSheet as plan, problemsOf, utf8 } from './support/sheet-plan';
import { excelWorkbook } from './support/workbook';

const scores = (imported: ImportPlan) =>
  imported.keyResults.map((k) => [k.draft.title, k.draft.score, k.draft.scoreReason]);

const gradedSheet = toCsv([
  ['Objective', 'Quarter', 'Key result', 'Target', 'Current', 'Score'],
  ['Grow revenue', 'Q4 2025', 'New ARR', '1000', '700', '0.7'],
  ['', '', 'Churn below 2%', '100%', '80%', '0.9'],
  ['', '', 'Ten new logos', '10', '4', '250%'],
  ['', '', 'Five partners', '5', '6', '120%'],
  ['Ship faster', 'Q1 2026', 'Lead time of 5 days', '100', '30', '30%'],
  ['', '', 'Deploys every day', '100', '30', ''],
]);

describe('grades in a sheet', () => {
  it("keeps a Score column as each key result's closing score, with a reason where progress earns another", async () => {
    const imported = await plan('okrs.csv', utf8(gradedSheet));
    expect(scores(imported)).toEqual([
      ['New ARR', 0.7, undefined],
      ['Churn below 2%', 0.9, 'Graded 0.9 in okrs.csv.'],
      // 250% is no grade: it is named and left out, the key result imported.
      ['Ten new logos', undefined, undefined],
      // 120% is over-achieved: kept as the top of the scale, and said.
      ['Five partners', 1, undefined],
      ['Lead time of 5 days', 0.3, undefined],
      ['Deploys every day', undefined, undefined],
    ]);
    expect(problemsOf(imported)).toContainEqual({
      row: 4,
      field: 'Score',
      message:
        '250% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). The score is left out; the key result is imported.',
    });
    expect(problemsOf(imported)).toContainEqual({
      row: 5,
      field: 'Score',
      message:
        '120% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.',
    });
    expect(describeDryRun(dryRun(imported))).toContain(
      'okrs.csv: The scores (column "Score") are kept as the key results\' closing scores: Close a cycle proposes each in place of the score its progress earns',
    );
  });

  it('scores an objective of an ended cycle from its graded key results, and no other', async () => {
    const imported = await plan('okrs.csv', utf8(gradedSheet));
    expect(imported.cycles.map((c) => [c.draft.name, c.draft.state])).toEqual([
      ['Q4 2025', 'closed'],
      ['Q1 2026', 'active'],
    ]);
    // Q4 2025 has ended: (0.7 + 0.9 + 0.4 earned by progress + 1) / 4; Q1 2026 is still open.
    expect(imported.objectives.map((o) => [o.draft.title, o.draft.score])).toEqual([
      ['Grow revenue', 0.75],
      ['Ship faster', undefined],
    ]);
  });

  it("puts a grade on the organisation's scale", async () => {
    const rules = {
      ...defaultOperatingModel,
      scoring: { max: 10, aspirationalSweetSpot: [0.6, 0.7] as const },
    };
    const imported = planImport(
      await readImportFile('okrs.csv', utf8(gradedSheet), undefined, { fileDate: '2026-02-10' }),
      { today: '2026-02-20', rules },
    );
    expect(imported.keyResults.map((k) => k.draft.score)).toEqual([
      7,
      9,
      undefined,
      10,
      3,
      undefined,
    ]);
  });

  it('reads a grade per key result in a workbook of one row per objective, and in listed cells', async () => {
    const workbook = await excelWorkbook([
      {
        name: 'Q4 2025',
        rows: [
          ['Objective', 'Key Result 1', 'Progress', 'Grade', 'Key Result 2', 'Progress', 'Grade'],
          [
            'Launch the app',
            'Beta with 500 users',
            { percent: 0.6 },
            0.6,
            'Rating of 4.5',
            { percent: 0.4 },
            { percent: 0.5 },
          ],
        ],
      },
      {
        name: 'Q1 2026',
        rows: [
          ['Objective', 'Key Result 1', 'Progress', 'Grade', 'Key Result 2', 'Progress', 'Grade'],
          ['Build the brand', '1. Podcast\n2. Newsletter', '30%\n50%', '0.3\n0.6', '', '', ''],
        ],
      },
    ]);
    const imported = await plan('okrs.xlsx', workbook);
    expect(imported.format).toBe('wideSheet');
    expect(scores(imported).map(([title, score]) => [title, score])).toEqual([
      ['Beta with 500 users', 0.6],
      ['Rating of 4.5', 0.5],
      ['Podcast', 0.3],
      ['Newsletter', 0.6],
    ]);
  });

  it("reads the template's Score, Score reason and Objective score, and names a grade it cannot keep", async () => {
    const header = ['Type', 'Id', 'Parent', 'Title', 'Cycle', 'Cycle start', 'Cycle end'];
    const cycle = ['Q4 2025', '2025-10-01', '2025-12-31'];
    const scored = toCsv([
      [...header, 'Target', 'Score', 'Score reason', 'Objective score'],
      ['Objective', 'O1', '', 'Grow revenue', ...cycle, '', '', '', '0.8'],
      ['Key result', 'K1', 'O1', 'New ARR', '', '', '', '1000', '0.55', 'Agreed at the review.'],
      ['Key result', 'K2', 'O1', 'Ten new logos', '', '', '', '10', '7', ''],
    ]);
    const imported = await plan('okrs.csv', utf8(scored));
    expect(imported.format).toBe('template');
    expect(scores(imported)).toEqual([
      ['New ARR', 0.55, 'Agreed at the review.'],
      ['Ten new logos', undefined, undefined],
    ]);
    expect(imported.objectives.map((o) => [o.draft.title, o.draft.score])).toEqual([
      ['Grow revenue', 0.8],
    ]);
    expect(problemsOf(imported)).toContainEqual({
      row: 4,
      field: 'Score',
      message:
        '7 is not a score: scores go from 0.0 to 1.0 (0–100%); a percentage is written with its sign (7%). The score is left out; the row is imported.',
    });
  });
});
