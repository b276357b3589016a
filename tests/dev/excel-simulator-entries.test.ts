/**
 * The Excel simulator reads a typed entry as Excel does in the workbook's display language, not
 * as the add-in would: the add-in's own reading of both marks is tested in tests/core/parse.
 */
import { entered } from '../../src/dev/excel-simulator/simulated-workbook';

const typed = (entry: string, locale: string) => entered('Current', entry, locale).value;

test('a number is read with the language’s decimal mark and its grouping in threes', () => {
  expect(typed('80.000', 'en-US')).toBe(80);
  expect(typed('80.000', 'de-DE')).toBe(80000);
  expect(typed('1,500', 'en-US')).toBe(1500);
  expect(typed('1,5', 'de-DE')).toBe(1.5);
  expect(typed('-1.234,5', 'de-DE')).toBe(-1234.5);
  expect(typed('80 000', 'fr-FR')).toBe(80000);
  expect(typed('0', 'en-US')).toBe(0);
});

test('an entry written the other language’s way stays text, as Excel keeps it', () => {
  expect(typed('1.5', 'de-DE')).toBe('1.5');
  expect(typed('1,5', 'en-US')).toBe('1,5');
  expect(typed('1.2.3', 'en-US')).toBe('1.2.3');
  expect(typed('12 apples', 'en-US')).toBe('12 apples');
});

test('a date written as the language writes a short date becomes a date, as in Excel, and is read as the day it shows', () => {
  expect(typed('31.12.2026', 'de-DE')).toBe('2026-12-31');
  expect(typed('12/31/2026', 'en-US')).toBe('2026-12-31');
  expect(typed('31/12/2026', 'fr-FR')).toBe('2026-12-31');
  expect(typed('31/12/2026', 'es-ES')).toBe('2026-12-31');
  expect(entered('Current', '31.12.2026', 'de-DE').checked).toBe(46387);
  // No such day, or not the language's order: text, as Excel keeps it.
  expect(typed('31/12/2026', 'en-US')).toBe('31/12/2026');
  expect(typed('30.02.2026', 'de-DE')).toBe('30.02.2026');
});
