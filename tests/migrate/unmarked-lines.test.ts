/**
 * A key result title cell of several lines with no list markers (`1.`, `•`, `-`): a list of key
 * results, or one title broken over lines with Alt+Enter, decided from the row. Cells beside it
 * that list as many lines make a list; a single target or current value makes one title; with
 * nothing to go by, a line starting in lower case carries on the one before. The dry run says
 * which it assumed, and why.
 */
import fc from 'fast-check';
import { toCsv } from '../../src/core/csv';
import { describeDryRun, dryRun } from '../../src/migrate/report';
import { keyResultRows as krs, planSheet as plan, problemsOf, utf8 } from './support/sheet-plan';
import { excelWorkbook } from './support/workbook';

const header = ['Objective', 'Quarter', 'Key results', 'Target', 'Current', 'Owner'];
const titlesAndTargets = (imported: Awaited<ReturnType<typeof plan>>) =>
  krs(imported).map((kr) => [kr[1], kr[3]]);

describe('a title cell of several unmarked lines', () => {
  it('is a list when the cells beside it list as many lines', async () => {
    const imported = await plan(
      'okrs.csv',
      utf8(
        toCsv([
          header,
          ['Grow revenue', 'Q1 2026', 'New ARR\nChurn below 2%\nTen new logos', '3\n2\n10', '', ''],
        ]),
      ),
    );
    expect(titlesAndTargets(imported)).toEqual([
      ['New ARR', 3],
      ['Churn below 2%', 2],
      ['Ten new logos', 10],
    ]);
    expect(problemsOf(imported)).toContainEqual({
      row: 2,
      field: 'Key results',
      message:
        'The 3 lines of "Key results" are read as 3 key results, one a line, as "Target" lists 3 lines too. If they are one title, write it on one line.',
    });
  });

  it('is one title wrapped with Alt+Enter when the row gives one target and one current value', async () => {
    const workbook = await excelWorkbook([
      {
        name: 'Q1 2026',
        rows: [
          ['Objective', 'Key result', 'Target', 'Current'],
          [
            'Grow revenue',
            'Grow annual recurring revenue\nfrom €2M to €3M in EMEA\nAnd APAC',
            3,
            2.4,
          ],
        ],
      },
    ]);
    const imported = await plan('okrs.xlsx', workbook);
    expect(krs(imported).map((kr) => [kr[1], kr[3], kr[4]])).toEqual([
      ['Grow annual recurring revenue from €2M to €3M in EMEA And APAC', 3, 2.4],
    ]);
    expect(describeDryRun(dryRun(imported))).toContain(
      'The 3 lines of "Key result" are read as one key result, "Grow annual recurring revenue from €2M to €3M in EMEA And APAC", its title broken over lines, as "Target" holds one target for it. To list several key results in one cell, start each line with "1.", "•" or "-" and give each its line in "Target".',
    );
  });

  it('joins a line starting in lower case to the one before when that makes as many as the cells beside it', async () => {
    const imported = await plan(
      'okrs.csv',
      utf8(
        toCsv([
          header,
          ['Grow revenue', 'Q1 2026', 'Grow ARR from €2M\nto €3M\nChurn below 2%', '3\n2', '', ''],
        ]),
      ),
    );
    expect(titlesAndTargets(imported)).toEqual([
      ['Grow ARR from €2M to €3M', 3],
      ['Churn below 2%', 2],
    ]);
  });

  it('with nothing beside it, carries a line starting in lower case on and says the rest is a list', async () => {
    const imported = await plan(
      'okrs.csv',
      utf8(
        toCsv([
          header,
          [
            'Grow revenue',
            'Q1 2026',
            'Podcast launched\nwith 10 episodes\nNewsletter weekly',
            '',
            '',
            'Megan Bowen',
          ],
          ['Ship faster', 'Q1 2026', 'Lead time of 5 days\nacross every team', '', '', ''],
        ]),
      ),
    );
    expect(krs(imported).map((kr) => [kr[0], kr[1], kr[6]])).toEqual([
      ['Grow revenue', 'Podcast launched with 10 episodes', 'Megan Bowen'],
      ['Grow revenue', 'Newsletter weekly', 'Megan Bowen'],
      ['Ship faster', 'Lead time of 5 days across every team', undefined],
    ]);
    expect(problemsOf(imported)).toEqual(
      expect.arrayContaining([
        {
          row: 2,
          field: 'Key results',
          message:
            'The 3 lines of "Key results" are read as 2 key results, one a line (a line starting in lower case carrying on the one before): nothing else on the row says whether they are one title. If they are, write it on one line.',
        },
        {
          row: 3,
          field: 'Key results',
          message:
            'The 2 lines of "Key results" are read as one key result, "Lead time of 5 days across every team", as each line after the first starts in lower case, carrying on the one before.',
        },
      ]),
    );
  });

  it('reads titles listed beside as many values as a list, and a wrapped title beside one value as one', async () => {
    const word = fc.constantFrom(
      'Grow',
      'Churn',
      'Ship',
      'Hire',
      'NPS',
      'Revenue',
      'Logos',
      'EMEA',
    );
    const title = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(title, { minLength: 2, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 5, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n', '\n\n'),
        fc.boolean(),
        async (titles, targets, lineBreak, listed) => {
          const targetCell = listed
            ? targets.slice(0, titles.length).join(lineBreak)
            : String(targets[0]);
          const imported = await plan(
            'okrs.csv',
            utf8(toCsv([header, ['Grow', 'Q1 2026', titles.join(lineBreak), targetCell, '', '']])),
          );
          expect(titlesAndTargets(imported)).toEqual(
            listed
              ? titles.map((t, index) => [t, targets[index]])
              : [[titles.join(' '), targets[0]]],
          );
          expect(imported.problems.filter((p) => p.field === 'Key results')).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
