/**
 * The import page's CSV downloads (the template, the template export and the dry run's report)
 * are written in the CSV dialect Excel reads by a double click in the reader's locale, as the
 * board's export is, and the import reads each of them back.
 */
import { csvDialectFor } from '../../src/core/csv';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile } from '../../src/migrate';
import { CsvSplitter, detectDelimiter } from '../../src/migrate/csv';
import { exportTemplateCsv, templateCsv, type OrganisationData } from '../../src/migrate/export';
import { planCounts, type ImportPlan } from '../../src/migrate/plan';
import { reportCsv, type DryRun } from '../../src/migrate/report';
import { reportReader } from '../../src/migrate/report-words';
import { templateExample } from '../../src/migrate/template';
import { words as german } from '../../src/ui/migrate/words/import-de';

const plan = async (csv: string, locale: string) =>
  planImport(
    await readImportFile('okr-template.csv', new TextEncoder().encode(`\ufeff${csv}`), undefined, {
      fileDate: '2026-02-10',
      locale,
    }),
    { today: '2026-02-20', rules: defaultOperatingModel, locale },
  );

/** The template's example, with a check-in's value and confidence that have decimals. */
const example = templateExample().map((row) =>
  row.Type === 'Check-in' && row.Value === 38 ? { ...row, Value: 38.5 } : row,
);

describe('the template in the reader’s CSV dialect', () => {
  it('is separated by semicolons with decimal commas in German, and reads back as in English', async () => {
    const inGerman = templateCsv(example, csvDialectFor('de-DE'));
    const [header, ...rows] = inGerman.split('\r\n');
    expect(header).toMatch(/^"Type";"Id";"Parent";"Title";/);
    expect(rows.find((row) => row.includes('"2026-01-12"'))).toContain(';38,5;');
    expect(inGerman).toContain('"2026-01-31: 45; 2026-02-28: 58"');

    const read = await plan(inGerman, 'de-DE');
    expect(read.checkIns.map((checkIn) => checkIn.draft.value)).toContain(38.5);
    expect(read.problems).toEqual([]);
    const inEnglish = await plan(templateCsv(example), 'en-US');
    expect({ ...read, locale: 'en-US' }).toEqual(inEnglish);
  });

  it('is separated by semicolons with decimal points in Switzerland, and reads back', async () => {
    const swiss = templateCsv(example, csvDialectFor('de-CH'));
    expect(swiss.split('\r\n')[0]).toMatch(/^"Type";"Id";/);
    expect(swiss).toContain(';38.5;');
    const read = await plan(swiss, 'de-CH');
    expect(read.problems).toEqual([]);
    expect(read.checkIns.map((checkIn) => checkIn.draft.value)).toContain(38.5);
  });

  it('exports an organisation in the same dialect', () => {
    const data = {
      teams: [],
      cycles: [],
      objectives: [],
      keyResults: [],
      initiatives: [],
      checkIns: [],
    } as unknown as OrganisationData;
    const [header] = exportTemplateCsv(data, 1, csvDialectFor('fr-FR')).split('\r\n');
    expect(header).toMatch(/^"Type";"Id";"Parent";"Title";/);
  });
});

describe('the dry run’s report in the reader’s CSV dialect', () => {
  const emptyPlan = {
    teams: [],
    cycles: [],
    objectives: [],
    keyResults: [],
    initiatives: [],
    checkIns: [],
  } as unknown as ImportPlan;
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
