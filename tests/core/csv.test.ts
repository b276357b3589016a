import fc from 'fast-check';
import { csvCell, toCsv } from '../../src/core/csv';

describe('formula-safe CSV', () => {
  test('text that a spreadsheet would run starts with a quote mark', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("x")`)).toBe(`"'${start}HYPERLINK(""x"")"`);
    }
    expect(csvCell('Grow revenue, fast')).toBe('"Grow revenue, fast"');
    expect(csvCell(-20)).toBe('-20');
    expect(csvCell(undefined)).toBe('');
    expect(
      toCsv([
        ['a', 1],
        ['=1+1', 2],
      ]),
    ).toBe('"a",1\r\n"\'=1+1",2\r\n');
  });

  test('no text cell ever begins with a formula character once written', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = csvCell(text).slice(1); // past the opening quote
        expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
      }),
    );
  });
});
