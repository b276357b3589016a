/**
 * Amounts as people abbreviate them in sheets and exports: `1.2M`, `450k`, `€3.5m`, `$2bn`,
 * `12K users`, `3,5 Mio. €`, read in full with their unit or currency kept; a lowercase `m`
 * alone is the unit m (metres, minutes), said in the dry run; what is still refused names the
 * abbreviated form among what is accepted.
 */
import { readImportFile } from '../../src/migrate';
import { readNumber } from '../../src/migrate/values';
import { keyResultRows, planSheet, problemsOf, utf8 } from './support/sheet-plan';
import { excelWorkbook } from './support/workbook';

describe('an amount written with a magnitude', () => {
  it.each([
    ['1.2M', { value: 1_200_000, percent: false, magnitude: 'M' }],
    ['450k', { value: 450_000, percent: false, magnitude: 'k' }],
    ['450 K', { value: 450_000, percent: false, magnitude: 'K' }],
    ['€3.5m', { value: 3_500_000, percent: false, magnitude: 'm' }],
    ['3.5m EUR', { value: 3_500_000, percent: false, magnitude: 'm' }],
    ['$2bn', { value: 2_000_000_000, percent: false, magnitude: 'bn' }],
    ['2B', { value: 2_000_000_000, percent: false, magnitude: 'B' }],
    ['1.2 mn', { value: 1_200_000, percent: false, magnitude: 'mn' }],
    ['$1.5MM', { value: 1_500_000, percent: false, magnitude: 'MM' }],
    ['1.2 million', { value: 1_200_000, percent: false, magnitude: 'million' }],
    ['-0.07M', { value: -70_000, percent: false, magnitude: 'M' }],
    ['12K users', { value: 12_000, percent: false, magnitude: 'K', unit: 'users' }],
    ['12m users', { value: 12_000_000, percent: false, magnitude: 'm', unit: 'users' }],
  ])('reads %s in full', (text, reading) => {
    expect(readNumber(text)).toEqual(reading);
  });

  it('reads the decimal mark of the number, not of the magnitude after it', () => {
    expect(readNumber('3,5 Mio. €')).toEqual({
      value: 3_500_000,
      percent: false,
      magnitude: 'Mio.',
    });
    expect(readNumber('2 Mrd.')).toEqual({ value: 2e9, percent: false, magnitude: 'Mrd.' });
    // Abbreviated, three digits after the mark beside a currency are not thousands for sure.
    expect(readNumber('$1.234M')).toEqual({
      ambiguous: { point: 1_234_000, comma: 1_234_000_000 },
      percent: false,
      magnitude: 'M',
    });
  });

  it.each([
    ['500 Tsd.', { value: 500_000, percent: false, magnitude: 'Tsd.' }],
    ['500 Tsd', { value: 500_000, percent: false, magnitude: 'Tsd' }],
    ['2,5 Tsd. €', { value: 2_500, percent: false, magnitude: 'Tsd.' }],
    ['12 T€', { value: 12_000, percent: false, magnitude: 'T' }],
    ['12T€', { value: 12_000, percent: false, magnitude: 'T' }],
    ['250 TEUR', { value: 250_000, percent: false, magnitude: 'TEUR', unit: 'EUR' }],
    ['450 k€', { value: 450_000, percent: false, magnitude: 'k' }],
  ])('reads German finance’s thousands %s in full', (text, reading) => {
    expect(readNumber(text, ',')).toEqual(reading);
  });

  it.each([
    ['(1,200)', '.', -1200],
    ['(1.200)', ',', -1200],
    ['$(1,200)', undefined, -1200],
    ['(1.200) €', undefined, -1200],
    ['(5 Tsd.)', undefined, -5000],
  ] as const)('reads an accountant’s bracketed %s as negative', (text, mark, value) => {
    expect(readNumber(text, mark)).toMatchObject({ value });
  });

  it('keeps m, mm and other units that are not a magnitude as units', () => {
    expect(readNumber('12m')).toEqual({ value: 12, percent: false, unit: 'm' });
    expect(readNumber('5 mm')).toEqual({ value: 5, percent: false, unit: 'mm' });
    expect(readNumber('40 km')).toEqual({ value: 40, percent: false, unit: 'km' });
    expect(readNumber('12 users')).toEqual({ value: 12, percent: false, unit: 'users' });
    expect(readNumber('3 of 10')).toBeUndefined();
    expect(readNumber('12M 3')).toBeUndefined();
  });
});

describe('a sheet of abbreviated amounts', () => {
  it('imports them in full, with the currency or unit they are written with, and says how', async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Objective,Key result,Start,Target,Current',
          'Grow revenue,ARR,€1.2m,€3.5m,€2.1m',
          ',Enterprise pipeline,0,$2bn,$450k',
          'Grow the user base,Monthly active users,8K users,12K users,9.5K users',
          ',Run distance,0,12m,4m',
        ].join('\n'),
      ),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Grow revenue', 'ARR', 1_200_000, 3_500_000, 2_100_000, '€', undefined],
      ['Grow revenue', 'Enterprise pipeline', 0, 2e9, 450_000, '$', undefined],
      ['Grow the user base', 'Monthly active users', 8000, 12_000, 9500, 'users', undefined],
      ['Grow the user base', 'Run distance', 0, 12, 4, 'm', undefined],
    ]);
    expect(problemsOf(plan)).toContainEqual({
      row: undefined,
      field: undefined,
      message:
        'Amounts written with a magnitude are read in full: "€1.2m" as 1,200,000 (k is a thousand, M or mn a million, bn or B a billion). "12m" is read as 12 with the unit m (metres, minutes): a lowercase m is a million only beside a currency or a unit, or where the row\'s unit is a currency (€3.5m, 12m users). Write 12M for 12 million.',
    });
  });

  it('imports German thousands with their currency: T€ and TEUR beside Tsd.', async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Objective;Key result;Start;Target;Current',
          'Umsatz steigern;Neugeschäft;0;250 TEUR;120 TEUR',
          ';Wartungsverträge;10 T€;45,5 T€;(2 T€)',
          ';Kunden;1 Tsd.;3 Tsd.;2 Tsd',
        ].join('\n'),
      ),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Umsatz steigern', 'Neugeschäft', 0, 250_000, 120_000, 'EUR', undefined],
      ['Umsatz steigern', 'Wartungsverträge', 10_000, 45_500, -2_000, '€', undefined],
      ['Umsatz steigern', 'Kunden', 1_000, 3_000, 2_000, '', undefined],
    ]);
  });

  it('reads them from a workbook in a decimal-comma locale', async () => {
    const plan = await planSheet(
      'okrs.xlsx',
      await excelWorkbook([
        {
          name: 'OKRs',
          rows: [
            ['Objective', 'Key result', 'Start', 'Target', 'Current'],
            ['Umsatz steigern', 'ARR', '1,5 Mio. €', '3,5 Mio. €', '2,25 Mio. €'],
          ],
        },
      ]),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Umsatz steigern', 'ARR', 1_500_000, 3_500_000, 2_250_000, '€', undefined],
    ]);
  });

  it("says the amounts read as the reader's locale writes numbers", async () => {
    const noteIn = async (locale: string) => {
      const source = await readImportFile(
        'okrs.csv',
        utf8(
          'Objective,Key result,Target,Current\nGrow revenue,ARR,€3.5m,1.2M\n,Distance,12m,4m\n',
        ),
        undefined,
        { fileDate: '2026-02-10', locale },
      );
      return source.problems.find((p) => p.message.startsWith('Amounts'))?.message;
    };
    expect(await noteIn('de-DE')).toBe(
      'Amounts written with a magnitude are read in full: "€3.5m" as 3.500.000 (k is a thousand, M or mn a million, bn or B a billion). "12m" is read as 12 with the unit m (metres, minutes): a lowercase m is a million only beside a currency or a unit, or where the row\'s unit is a currency (€3.5m, 12m users). Write 12M for 12 million.',
    );
    expect(await noteIn('en-IN')).toMatch(/"€3\.5m" as 35,00,000 /);
    expect(await noteIn('fr-FR')).toMatch(/"€3\.5m" as 3\u202f500\u202f000 /);
  });

  it("reads a lowercase m as a million where the row's unit is a currency", async () => {
    expect(readNumber('3.5m', undefined, true)).toEqual({
      value: 3_500_000,
      percent: false,
      magnitude: 'm',
    });
    const plan = await planSheet(
      'okrs.csv',
      utf8(
        [
          'Objective,Key result,Unit,Start [€],Target [€],Current [€]',
          'Grow revenue,ARR,EUR,1.2m,3.5m,2.1m',
          ',EU bookings,,0,2m,0.5m',
          ',Cycle path built,km,0,12m,4m',
        ].join('\n'),
      ),
    );
    expect(keyResultRows(plan)).toEqual([
      ['Grow revenue', 'ARR', 1_200_000, 3_500_000, 2_100_000, 'EUR', undefined],
      ['Grow revenue', 'EU bookings', 0, 2_000_000, 500_000, '€', undefined],
      ['Grow revenue', 'Cycle path built', 0, 12, 4, 'km', undefined],
    ]);
  });

  it('names what it still cannot read, with the abbreviated form among what is accepted', async () => {
    const plan = await planSheet(
      'okrs.csv',
      utf8('Objective,Key result,Target,Current\nGrow revenue,ARR,about 3M,1.2M\n'),
    );
    expect(plan.keyResults).toHaveLength(0);
    expect(problemsOf(plan)).toContainEqual({
      row: 2,
      field: 'Target',
      message: expect.stringMatching(
        /^"about 3M" is not a number \(accepted: .*1\.2M, 450k, €3\.5m, \$2bn, 12K users\)\. The row's key result is left out\.$/,
      ),
    });
  });
});
