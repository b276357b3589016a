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
