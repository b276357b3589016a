/**
 * A sheet kept as a weekly log repeats each key result on every row with that week's value: the
 * import keeps the key result once and every row's check-in, and its dry run says so, rather
 * than counting the later rows as left out.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile } from '../../src/migrate';

const plan = async (csv: string) =>
  planImport(
    await readImportFile('weekly.csv', new TextEncoder().encode(csv), undefined, {
      fileDate: '2026-02-10',
    }),
    { today: '2026-02-20', rules: defaultOperatingModel },
  );

describe('a key result logged week by week', () => {
  it('keeps every row’s check-in and notes the repeated rows instead of leaving them out', async () => {
    const imported = await plan(
      [
        'Objective,Key result,Start value,Target value,Current value,Check-in date,Cycle',
        'Grow revenue,ARR from 2 to 3 M€,2,3,2.2,2026-01-12,Q1 2026',
        'Grow revenue,ARR from 2 to 3 M€,2,3,2.4,2026-01-19,Q1 2026',
        'Grow revenue,ARR from 2 to 3 M€,2,3,2.5,2026-01-26,Q1 2026',
      ].join('\n'),
    );
    expect(imported.keyResults).toHaveLength(1);
    expect(imported.checkIns.map((c) => [c.draft.value, c.draft.at.slice(0, 10)])).toEqual([
      [2.2, '2026-01-12'],
      [2.4, '2026-01-19'],
      [2.5, '2026-01-26'],
    ]);
    const repeated = imported.problems.filter((p) => /more than once/.test(p.message));
    expect(repeated.map((p) => [p.row, p.severity])).toEqual([
      [3, 'note'],
      [4, 'note'],
    ]);
    expect(repeated[0]!.message).toBe(
      "It appears more than once (first in weekly.csv, row 2): this row's check-in is kept in its history, and the rest of the row is the first's.",
    );
  });

  it('still says a repeated row is left out when it brings no check-in', async () => {
    const imported = await plan(
      [
        'Objective,Key result,Start value,Target value,Cycle',
        'Grow revenue,ARR from 2 to 3 M€,2,3,Q1 2026',
        'Grow revenue,ARR from 2 to 3 M€,2,4,Q1 2026',
      ].join('\n'),
    );
    const repeated = imported.problems.filter((p) => /more than once/.test(p.message));
    expect(repeated).toEqual([
      expect.objectContaining({
        row: 3,
        severity: 'skipped',
        message: 'It appears more than once (first in weekly.csv, row 2); the first is kept.',
      }),
    ]);
    expect(imported.keyResults.map((k) => k.draft.target)).toEqual([3]);
  });
});
