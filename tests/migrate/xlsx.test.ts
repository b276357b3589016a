import JSZip from 'jszip';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile, templateColumns, templateExample } from '../../src/migrate';
import { splitCsv } from '../../src/migrate/csv';
import { exportTemplateXlsx, type OrganisationData } from '../../src/migrate/export';
import { columnName, readXlsxSheets, writeXlsx } from '../../src/migrate/xlsx';
import { ana, keyResult, objective, q1 } from '../core/fixtures';
import { explorerCsv } from './fixtures';

// Imported after every check-in the files here date (26 January 2026 at the latest).
const options = { today: '2026-02-20', rules: defaultOperatingModel };

describe('Excel workbooks', () => {
  it('the template read from .xlsx plans the same as from .csv', async () => {
    const rows = [
      [...templateColumns],
      ...templateExample().map((row) => templateColumns.map((c) => row[c])),
    ];
    const workbook = await writeXlsx('OKRs', rows);
    const fromXlsx = planImport(await readImportFile('template.xlsx', workbook), options);
    expect(fromXlsx.problems).toEqual([]);
    expect(fromXlsx.objectives).toHaveLength(2);
    expect(fromXlsx.keyResults.map((k) => [k.draft.kind, k.draft.current])).toEqual([
      ['increase', 45],
      ['decrease', 7],
      ['increase', 40],
    ]);
    expect(fromXlsx.checkIns.map((c) => c.draft.note)).toContain(
      'The onboarding email works; "first week" is now measured per team, not per user.',
    );
  });

  it('the explorer export as .xlsx keeps its check-in history, notes with line breaks intact', async () => {
    const rows = splitCsv(explorerCsv()).map((row) => row.fields);
    const plan = planImport(
      await readImportFile('explorer.xlsx', await writeXlsx('Explorer', rows)),
      options,
    );
    expect(plan.checkIns.map((c) => c.draft.note)[0]).toBe(
      'First deals; pipeline "strong", more to come\nsecond line',
    );
  });

  it('reads shared strings, rich text runs, sparse cells and date serials as Excel writes them', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file(
      'xl/sharedStrings.xml',
      '<sst><si><t>Type</t></si><si><r><t>Ti</t></r><r><t xml:space="preserve">tle</t></r><rPh><t>x</t></rPh></si><si><t>Check-in</t></si><si><t>Date</t></si><si><t>Value</t></si><si><t>Parent</t></si><si><t>Id</t></si><si><t>K1 &amp; co</t></si></sst>',
    );
    zip.file(
      'xl/worksheets/sheet1.xml',
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>6</v></c><c r="C1" t="s"><v>5</v></c><c r="D1" t="s"><v>1</v></c><c r="E1" t="s"><v>3</v></c><c r="F1" t="s"><v>4</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3" t="s"><v>7</v></c><c r="E3"><v>45678</v></c><c r="F3"><v>12.5</v></c></row></sheetData></worksheet>',
    );
    const source = await readImportFile(
      'book.xlsx',
      await zip.generateAsync({ type: 'uint8array' }),
    );
    expect(source.checkIns).toEqual([
      expect.objectContaining({
        itemId: 'K1 & co',
        at: '2025-01-21T12:00:00Z',
        value: 12.5,
        where: { file: 'book.xlsx', row: 3 },
      }),
    ]);
  });

  it('writes text that a spreadsheet would run as text, never a formula', async () => {
    const workbook = await writeXlsx('OKRs', [['=HYPERLINK("http://evil","x")', -3]]);
    const sheet = await (
      await JSZip.loadAsync(workbook)
    )
      .file('xl/worksheets/sheet1.xml')!
      .async('string');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain(
      't="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)</t>',
    );
    expect(sheet).toContain('<c r="B1"><v>-3</v></c>');
  });

  it('the programme’s export writes dates as date cells, which the import reads back as they were', async () => {
    const data: OrganisationData = {
      name: 'Contoso',
      cycles: [q1],
      teams: [{ id: 't1', name: 'Contoso' }],
      objectives: [objective()],
      keyResults: [keyResult()],
      initiatives: [
        {
          id: 'i1',
          keyResultId: 'kr1',
          title: 'Guided tour',
          status: 'inProgress',
          dueDate: '2026-02-15',
        },
      ],
      checkIns: [
        {
          id: 'ci1',
          clientId: 'ci1',
          keyResultId: 'kr1',
          value: 1200,
          note: '',
          author: ana,
          at: '2026-01-13T09:30:00Z',
          source: 'teams',
        },
      ],
    };
    const workbook = await exportTemplateXlsx(data);

    const zip = await JSZip.loadAsync(workbook);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
    expect(styles).toContain(
      '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss &quot;UTC&quot;"/>',
    );
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const column = (name: string) => columnName(templateColumns.indexOf(name as never));
    // 2026-01-01 is day 46023 of Excel's 1900 date system; 09:30 is 0.3958… of a day.
    expect(sheet).toContain(`<c r="${column('Cycle start')}2" s="1"><v>46023</v></c>`);
    expect(sheet).toContain(`<c r="${column('Cycle end')}2" s="1"><v>46122</v></c>`);
    expect(sheet).toMatch(new RegExp(`<c r="${column('Date')}5" s="2"><v>46035\\.39583`));
    expect(sheet).toContain(
      `<col min="${templateColumns.indexOf('Date') + 1}" max="${templateColumns.indexOf('Date') + 1}" width="24" customWidth="1"/>`,
    );

    const read = readXlsxSheets(
      await Promise.all(
        Object.values(zip.files).map(async (file) => ({
          name: file.name,
          text: await file.async('string'),
        })),
      ),
    )[0]!.rows.map((row) => row.fields);
    const at = (row: number, name: string) => read[row]![templateColumns.indexOf(name as never)];
    expect([at(1, 'Cycle start'), at(1, 'Cycle end')]).toEqual(['2026-01-01', '2026-04-10']);
    expect(at(3, 'Date')).toBe('2026-02-15');
    expect(at(4, 'Date')).toBe('2026-01-13T09:30:00Z');
    const plan = planImport(await readImportFile('okrs.xlsx', workbook), options);
    expect(plan.problems).toEqual([]);
    expect(plan.cycles.map((cycle) => [cycle.draft.start, cycle.draft.end])).toEqual([
      ['2026-01-01', '2026-04-10'],
    ]);
    expect(plan.initiatives.map((initiative) => initiative.draft.dueDate)).toEqual(['2026-02-15']);
    expect(plan.checkIns.map((checkIn) => checkIn.draft.at)).toEqual(['2026-01-13T09:30:00Z']);
  });
});
