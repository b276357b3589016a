/**
 * A number cell formatted as a percentage is read as Excel shows it, and the pane reads that text
 * back as the same number in the display language: 1.125% (three decimals) read two ways in
 * English, as 1.125 or 1,125, and was refused as a number that could be either.
 */
import { parseNumber } from '../../src/core/parse';
import { valueAsShown } from '../../src/excel/workbook/typed-numbers';

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
