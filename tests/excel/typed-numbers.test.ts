/**
 * A number cell formatted as a percentage is read as Excel shows it, and the pane reads that text
 * back as the same number in the display language: 1.125% (three decimals) read two ways in
 * English, as 1.125 or 1,125, and was refused as a number that could be either.
 */
import { parseNumber } from '../../src/core/parse';
import {
  currencyOf,
  formatDivisor,
  moneyAsRead,
  moneyToWrite,
  valueAsShown,
} from '../../src/excel/workbook/typed-numbers';

test('a percentage reads back as the number Excel shows, in every display language', () => {
  for (const locale of ['en-US', 'de-DE', 'fr-FR', 'es-ES']) {
    for (const [value, points] of [
      [0.45, 45],
      [0.01125, 1.125],
      [45, 4500],
      [0.07, 7],
      [-0.123456, -12.3456],
    ] as const) {
      const shown = valueAsShown(value, '0.00%', locale);
      expect({ locale, shown, read: parseNumber(String(shown), { locale }) }).toEqual({
        locale,
        shown,
        read: { ok: true, value: points },
      });
    }
  }
  // Ungrouped, as a 0% format shows it.
  expect(valueAsShown(45, '0%', 'en-US')).toBe('4500%');
  expect(valueAsShown(0.01125, '0%', 'de-DE')).toBe('1,1250%');
});

test('a number format names the currency it shows positive numbers in, by sign or ISO code, not by a locale or padding', () => {
  const formats: [string, string | undefined][] = [
    ['#,##0.00 "€"', 'EUR'],
    ['[$€-407] #,##0.00', 'EUR'],
    ['#,##0.00 €', 'EUR'],
    ['_-* #,##0.00 €_-;-* #,##0.00 €_-;_-* "-"?? €_-;_-@_-', 'EUR'],
    ['#,##0.0,, "M€"', 'EUR'],
    ['[$EUR] #,##0.00', 'EUR'],
    ['"$"#,##0.00', 'USD'],
    ['[$$-409]#,##0.00', 'USD'],
    ['_($* #,##0.00_);_($* (#,##0.00);_($* "-"??_);_(@_)', 'USD'],
    ['\\£#,##0', 'GBP'],
    ['0.00;"€"-0.00', undefined],
    ['[$-407]dd.mm.yyyy', undefined],
    ['_€0.00', undefined],
    ['General', undefined],
    ['#,##0.00', undefined],
  ];
  expect(formats.map(([format]) => [format, currencyOf(format)])).toEqual(formats);
});

test('a number in a currency format is the amount of money it shows, in the KR’s unit, and written back so', () => {
  expect(moneyAsRead(2_500_000, '#,##0 "€"', '€M', 'de-DE', [1, 3])).toEqual({
    value: 2.5,
    shows: 'inFull',
  });
  expect(moneyAsRead(2.35, '[$€-407] #,##0.00', '€', 'en-US')).toEqual({ value: 2.35 });
  expect(moneyAsRead(2.5, '"$"#,##0.00', '€', 'de-DE')).toEqual({
    value: '2,5\u00a0$',
    shows: 'currency',
  });
  expect(moneyAsRead(42, '#,##0.00 "€"', 'customers', 'en-US')).toEqual({ value: 42 });
  expect(moneyAsRead('€2.5M', '#,##0.00 "€"', '€M', 'en-US')).toEqual({ value: '€2.5M' });
  expect(moneyToWrite(2.35, '#,##0.00 €', '€M')).toEqual({ value: 2_350_000, general: false });
  expect(moneyToWrite(2.35, '#,##0.00 €', '€')).toEqual({ value: 2.35, general: false });
  expect(moneyToWrite(2.35, '"$"#,##0.00', '€')).toEqual({ value: 2.35, general: true });
  expect(moneyToWrite(40, '#,##0.00 €', 'customers')).toEqual({ value: 40, general: true });
});

test('a format’s commas after its last digit scale what it shows; between digits they group', () => {
  const formats: [string, number][] = [
    ['#,##0.0,, "M€"', 1e6],
    ['[$€-407] #,##0.0,,"Mio."', 1e6],
    ['"$"#,##0,"K";("$"#,##0,"K")', 1e3],
    ['€ #,##0', 1],
    ['#,##0.00 "k,,"', 1],
    ['_-* #,##0 €_-', 1],
  ];
  expect(formats.map(([format]) => [format, formatDivisor(format)])).toEqual(formats);
});

test('on a KR in thousands or millions, a number in its currency’s format is read in full or in the KR’s scale, by the format’s scaling and the KR’s values, or not at all', () => {
  // The pane wrote 2.5 on a KR from €1M to €3M; the user then formatted the cell in euros.
  expect(moneyAsRead(2.5, '€ #,##0', '€M', 'en-US', [1, 3])).toEqual({
    value: 2.5,
    shows: 'inScale',
  });
  expect(moneyAsRead(-0.5, '€ #,##0', '€M', 'en-US', [1, 3])).toEqual({
    value: -0.5,
    shows: 'inScale',
  });
  // The amount in full, near the KR's values once in millions.
  expect(moneyAsRead(1_800_000, '€ #,##0', '€M', 'en-US', [1, 3])).toEqual({
    value: 1.8,
    shows: 'inFull',
  });
  // A format that divides by a million to show it holds the amount in full, whatever the KR's values.
  expect(moneyAsRead(40_000_000, '#,##0.0,, "M€"', '€M', 'de-DE', [1, 3])).toEqual({
    value: 40,
    shows: 'inFull',
  });
  expect(moneyAsRead(150, '"$"#,##0', '$K', 'en-US', [100, 300])).toEqual({
    value: 150,
    shows: 'inScale',
  });
  // Neither reading is near the KR's values, or the KR has none: not read.
  expect(moneyAsRead(25_000, '€ #,##0', '€M', 'en-US', [1, 3])).toEqual({
    value: '€25,000',
    shows: 'eitherScale',
  });
  expect(moneyAsRead(2.5, '#,##0.00 "€"', '€M', 'de-DE')).toEqual({
    value: '2,5\u00a0€',
    shows: 'eitherScale',
  });
  // Zero is zero either way; a KR in whole euros has no scale to mistake.
  expect(moneyAsRead(0, '€ #,##0', '€M', 'en-US')).toEqual({ value: 0 });
  expect(moneyAsRead(2.5, '€ #,##0', '€', 'en-US')).toEqual({ value: 2.5 });
});
