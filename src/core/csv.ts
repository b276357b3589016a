/**
 * CSV that a spreadsheet opens as data, never as formulas. Per OWASP's CSV injection guidance
 * (https://owasp.org/www-community/attacks/CSV_Injection), a text cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is prefixed with a single quote, and every text cell is
 * quoted with its quotes doubled (RFC 4180). Numbers are written as numbers.
 */
export type CsvCell = string | number | undefined;

const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text that gets the guard's quote: one a spreadsheet would run as a formula, or one that
 * starts with quotes before such a start (`'=x` as written), so reading back strips only ours.
 */
const needsGuard = (text: string): boolean =>
  formulaStart.test(text) || (text.startsWith("'") && needsGuard(text.slice(1)));

/** A text cell as written to CSV: with the single quote before a formula's first character. */
export function formulaGuarded(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/**
 * A text cell of a CSV read back: without the quote `formulaGuarded` put there, so "+15% NPS"
 * exported and imported again is "+15% NPS".
 */
export function formulaUnguarded(text: string): string {
  return text.startsWith("'") && needsGuard(text.slice(1)) ? text.slice(1) : text;
}

/**
 * How a spreadsheet opened by a double click splits a CSV and reads its numbers: Excel takes both
 * from Windows' regional settings, the "list separator" and the "decimal symbol". Where the comma
 * is the decimal mark (de-DE, fr-FR, es-ES…) the list separator is a semicolon, so a comma-separated
 * file opens with each row in one cell and `6.6` read as a date.
 */
export interface CsvDialect {
  readonly delimiter: ',' | ';';
  readonly decimalMark: '.' | ',';
}

/** RFC 4180's: commas between fields, a point in numbers. */
export const rfc4180Dialect: CsvDialect = { delimiter: ',', decimalMark: '.' };

/**
 * The CSV dialect Excel expects by a double click in the reader's locale: with the locale's
 * decimal mark, and separated by semicolons where Windows' list separator is one: wherever the
 * comma is the decimal mark, and in Switzerland and Liechtenstein, whose decimal mark is the
 * point (de-CH: `;` and `12.5`, as `detectDelimiter` notes). The import reads both back.
 */
export function csvDialectFor(locale: string): CsvDialect {
  const decimalMark =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')
      ?.value === ','
      ? ','
      : '.';
  const region = new Intl.Locale(locale).maximize().region;
  const semicolons = decimalMark === ',' || region === 'CH' || region === 'LI';
  return { delimiter: semicolons ? ';' : ',', decimalMark };
}

export function csvCell(cell: CsvCell, dialect: CsvDialect = rfc4180Dialect): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return dialect.decimalMark === ',' ? String(cell).replace('.', ',') : String(cell);
  }
  return `"${formulaGuarded(cell).replace(/"/g, '""')}"`;
}

/** Rows to CSV text, lines ended by CRLF as RFC 4180 asks. */
export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  dialect: CsvDialect = rfc4180Dialect,
): string {
  return (
    rows
      .map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.delimiter))
      .join('\r\n') + '\r\n'
  );
}
