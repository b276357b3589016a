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

export function csvCell(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return `"${formulaGuarded(cell).replace(/"/g, '""')}"`;
}

/** Rows to CSV text, lines ended by CRLF as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
