import { formulaUnguarded } from '../../src/core/csv';
import { CsvSplitter, detectDelimiter, splitCsv } from '../../src/migrate/csv';
import { planCounts, type ImportPlan } from '../../src/migrate/plan';
import { reportCsv, type DryRun } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { words as german } from '../../src/ui/migrate/words/import-de';

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

describe('the dry run’s report in the reader’s CSV dialect', () => {
  const run: DryRun = {
    format: 'ownSheet',
    counts: planCounts(emptyPlan),
    problems: [
      {
        file: 'okrs.csv',
        row: 3,
        field: 'Target',
        item: 'Umsatz; netto',
        message: '1,5 Mio.',
        severity: 'skipped',
      },
    ],
    unmatched: [],
    siteTeamOwners: 0,
    siteTeamGroups: 0,
    siteTeamChanges: [],
  };

  it('keeps its English columns and codes, separated by semicolons for a German reader, and reads back', () => {
    const csv = reportCsv(run, undefined, reportReader(german, 'de-DE'));
    const [header] = csv.split('\r\n');
    expect(header).toBe('"What";"Severity";"File";"Row";"Field";"Item";"Message"');
    expect(csv).toContain('"mapping";"skipped";"okrs.csv";3;"Target";"Umsatz; netto";"1,5 Mio."');
    // As the import splits a file: by the delimiter its first lines use.
    const splitter = new CsvSplitter(detectDelimiter(csv).delimiter);
    const rows = [...splitter.push(csv), ...splitter.end()].map((row) => row.fields);
    expect(rows[0]).toEqual(['What', 'Severity', 'File', 'Row', 'Field', 'Item', 'Message']);
    expect(rows.at(-1)).toEqual([
      'mapping',
      'skipped',
      'okrs.csv',
      '3',
      'Target',
      'Umsatz; netto',
      '1,5 Mio.',
    ]);
  });
});
