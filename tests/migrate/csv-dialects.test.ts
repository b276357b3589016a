/**
 * The import page's template CSVs (the template, the organisation exported as one)
 * are written in the CSV dialect Excel reads by a double click in the reader's locale, as the
 * board's export is (the report's is in report-csv.test.ts), and the import reads them back.
 */
import { csvDialectFor } from '../../src/core/csv';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile } from '../../src/migrate';
import { exportTemplateCsv, templateCsv, type OrganisationData } from '../../src/migrate/export';
import { templateExample } from '../../src/migrate/template';

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
    const lists = ['teams', 'cycles', 'objectives', 'keyResults', 'initiatives', 'checkIns'];
    const data = Object.fromEntries(lists.map((list) => [list, []])) as unknown as OrganisationData;
    const [header] = exportTemplateCsv(data, 1, csvDialectFor('fr-FR')).split('\r\n');
    expect(header).toMatch(/^"Type";"Id";"Parent";"Title";/);
  });
});
