import { formulaUnguarded } from '../../src/core/csv';
import { splitCsv } from '../../src/migrate/csv';
import { planCounts, type ImportPlan } from '../../src/migrate/plan';
import { reportCsv, type DryRun } from '../../src/migrate/report';

const emptyPlan = {
  teams: [],
  cycles: [],
  objectives: [],
  keyResults: [],
  initiatives: [],
  checkIns: [],
} as unknown as ImportPlan;

describe('the import report as CSV', () => {
  it('writes what the file and the directory said as text, never as a formula, and reads back as it was', () => {
    const run: DryRun = {
      format: 'ownSheet',
      counts: planCounts(emptyPlan),
      problems: [
        {
          file: '=evil.csv',
          row: 3,
          field: 'Title',
          item: '+objective:1',
          message: '=HYPERLINK("http://evil.example","Click") is too long.',
          severity: 'skipped',
        },
      ],
      unmatched: [{ id: 'x', displayName: '@Pat', email: '-pat@example.com' }],
      siteTeamOwners: 0,
      siteTeamGroups: 0,
      siteTeamChanges: [],
    };
    const csv = reportCsv(run);
    const rows = splitCsv(csv).map((row) => row.fields);
    const written = rows.slice(-2);
    expect(written).toEqual([
      [
        'mapping',
        'skipped',
        "'=evil.csv",
        '3',
        'Title',
        "'+objective:1",
        `'=HYPERLINK("http://evil.example","Click") is too long.`,
      ],
      [
        'person',
        'note',
        '',
        '',
        '',
        "'-pat@example.com",
        "'@Pat is not in the directory; kept by name.",
      ],
    ]);
    expect(written.map((row) => row.map(formulaUnguarded))).toEqual([
      [
        'mapping',
        'skipped',
        '=evil.csv',
        '3',
        'Title',
        '+objective:1',
        '=HYPERLINK("http://evil.example","Click") is too long.',
      ],
      [
        'person',
        'note',
        '',
        '',
        '',
        '-pat@example.com',
        '@Pat is not in the directory; kept by name.',
      ],
    ]);
  });
});
