/**
 * CSV that a spreadsheet opens as data, never as formulas. Per OWASP's CSV injection guidance
 * (https://owasp.org/www-community/attacks/CSV_Injection), a text cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is prefixed with a single quote, and every text cell is
 * quoted with its quotes doubled (RFC 4180). Numbers are written as numbers.
 */
export type CsvCell = string | number | undefined;

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = formulaStart.test(cell) ? `'${cell}` : cell;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows to CSV text, lines ended by CRLF as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
