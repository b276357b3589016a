/**
 * An objective's own grade in a sheet: a Score column outside the key results' groups of a sheet
 * of one row per objective (written once, not numbered nor repeated after each title), or an
 * "Objective score" column in either layout, is the objective's closing score; a key result's
 * is numbered (`KR1 Score`) or repeats after each title, as before.
 */
import fc from 'fast-check';
import { roundScore } from '../../src/core/closing';
import { toCsv } from '../../src/core/csv';
import type { ImportPlan } from '../../src/migrate';
import { planSheet as plan, problemsOf, utf8 } from './support/sheet-plan';

const objectiveScores = (imported: ImportPlan) =>
  imported.objectives.map((o) => [o.draft.title, o.draft.score]);
const keyResultScores = (imported: ImportPlan) =>
  imported.keyResults.map((k) => [k.draft.title, k.draft.score]);

describe("an objective's score in a sheet", () => {
  it('reads a Score column of one row per objective whose key results number their fields', async () => {
    const imported = await plan(
      'okrs.csv',
      utf8(
        toCsv([
          ['Objective', 'Quarter', 'KR1', 'KR1 Target', 'KR1 Score', 'KR2', 'KR2 Target', 'Score'],
          ['Grow revenue', 'Q4 2025', 'New ARR', '100', '0.6', 'Churn', '5', '0.7'],
          ['Ship faster', 'Q4 2025', 'Lead time', '5', '', '', '', '80%'],
          ['Hire well', 'Q4 2025', '', '', '', '', '', '2.5'],
        ]),
      ),
    );
    expect(objectiveScores(imported)).toEqual([
      ['Grow revenue', 0.7],
      ['Ship faster', 0.8],
      ['Hire well', undefined],
    ]);
    expect(keyResultScores(imported)).toEqual([
      ['New ARR', 0.6],
      ['Churn', undefined],
      ['Lead time', undefined],
    ]);
    expect(problemsOf(imported)).toContainEqual({
      row: 4,
      field: 'Score',
      message:
        "2.5 is not a score: scores go from 0.0 to 1.0 (0–100%); a percentage is written with its sign (2.5%). The objective's score is left out; the objective is imported.",
    });
    expect(problemsOf(imported).map((p) => p.message)).not.toContainEqual(
      expect.stringContaining('has no key result number'),
    );
  });

  it('tells a Score after the repeated groups (the objective’s) from one repeated in each (the key results’)', async () => {
    const header = ['Objective', 'Quarter', 'Key Result 1', 'Progress', 'Key Result 2', 'Progress'];
    const objectiveScored = await plan(
      'okrs.csv',
      utf8(
        toCsv([
          [...header, 'Score'],
          ['Launch the app', 'Q4 2025', 'Beta', '60%', 'Rating', '40%', '0.5'],
        ]),
      ),
    );
    expect(objectiveScores(objectiveScored)).toEqual([['Launch the app', 0.5]]);
    expect(keyResultScores(objectiveScored)).toEqual([
      ['Beta', undefined],
      ['Rating', undefined],
    ]);
    const keyResultsScored = await plan(
      'okrs.csv',
      utf8(
        toCsv([
          [
            'Objective',
            'Quarter',
            'Key Result 1',
            'Progress',
            'Score',
            'Key Result 2',
            'Progress',
            'Score',
          ],
          ['Launch the app', 'Q4 2025', 'Beta', '60%', '0.6', 'Rating', '40%', '0.3'],
        ]),
      ),
    );
    expect(keyResultScores(keyResultsScored)).toEqual([
      ['Beta', 0.6],
      ['Rating', 0.3],
    ]);
    // Q4 2025 has ended: the objective is scored from its key results' grades, as closing would.
    expect(objectiveScores(keyResultsScored)).toEqual([['Launch the app', 0.45]]);
  });

  it('reads an "Objective score" column in one row per key result, once per objective', async () => {
    const imported = await plan(
      'okrs.csv',
      utf8(
        toCsv([
          ['Objective', 'Quarter', 'Key result', 'Target', 'Current', 'Score', 'Objective score'],
          ['Grow revenue', 'Q4 2025', 'New ARR', '100', '70', '0.7', '0.6'],
          ['', '', 'Churn', '5', '4', '0.9', '0.6'],
          ['', '', 'Logos', '10', '4', '', '0.4'],
        ]),
      ),
    );
    // Its own grade, not the one its key results would give it.
    expect(objectiveScores(imported)).toEqual([['Grow revenue', 0.6]]);
    expect(keyResultScores(imported)).toEqual([
      ['New ARR', 0.7],
      ['Churn', 0.9],
      ['Logos', undefined],
    ]);
    expect(problemsOf(imported)).toContainEqual({
      row: 4,
      field: 'Objective score',
      message: '0.4 differs from the score 0.6 given to "Grow revenue" on row 2; that one is kept.',
    });
  });

  it('gives any grade from 0.0 to 1.0 (or 0–100 %) to its objective, one up to 2.0 (200 %) as 1.0, and names any other with its row', async () => {
    const grade = fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((n) => ({ text: `${n}%`, share: n / 100 })),
      fc.integer({ min: 0, max: 100 }).map((n) => ({ text: String(n / 100), share: n / 100 })),
      fc.integer({ min: 101, max: 200 }).map((n) => ({ text: String(n / 100), share: 1 })),
      fc
        .integer({ min: 201, max: 10_000 })
        .map((n) => ({ text: String(n / 100), share: undefined })),
      fc.constantFrom('', 'TBD', 'n/a').map((text) => ({ text, share: undefined })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(grade, { minLength: 1, maxLength: 6 }), async (grades) => {
        const imported = await plan(
          'okrs.csv',
          utf8(
            toCsv([
              ['Objective', 'Quarter', 'KR1', 'KR1 Target', 'Score'],
              ...grades.map((g, index) => [`Objective ${index}`, 'Q4 2025', 'Grow', '10', g.text]),
            ]),
          ),
        );
        expect(imported.objectives.map((o) => o.draft.score)).toEqual(
          grades.map((g) => (g.share === undefined ? undefined : roundScore(g.share))),
        );
        const named = imported.problems.filter((p) => p.field === 'Score');
        const over = (g: (typeof grades)[number]) => Number(g.text) > 1;
        expect(named.map((p) => p.row)).toEqual(
          grades.flatMap((g, index) =>
            (g.share === undefined && !['', 'TBD', 'n/a'].includes(g.text)) || over(g)
              ? [index + 2]
              : [],
          ),
        );
      }),
      { numRuns: 40 },
    );
  });
});
