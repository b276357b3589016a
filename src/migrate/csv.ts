/**
 * Reading CSV as RFC 4180 describes it (https://www.rfc-editor.org/rfc/rfc4180): fields separated
 * by commas, a field in double quotes may hold commas, quotes (doubled) and line breaks. The
 * splitter is incremental: text arrives in chunks and rows come out as soon as they are whole,
 * so a large file is never held as one array of rows. The delimiter is the comma unless told:
 * Excel writes `;` where the comma is the decimal mark, and a tab in "Unicode text"; some goal
 * tools export with a pipe (`|`). Every CSV
 * the app writes goes through the core's `toCsv` (`core/csv.ts`).
 */

/**
 * One row as it was read: its fields and its 1-based number as a spreadsheet shows it (a line
 * break inside a quoted cell does not start a row), which the dry run names it by.
 */
export interface CsvRow {
  readonly fields: readonly string[];
  readonly line: number;
  /** A workbook's cells indented by their style (Excel's "Increase Indent"): each one's level. */
  readonly indents?: readonly number[];
}

/** The delimiters a CSV can be written with. */
export type CsvDelimiter = ',' | ';' | '\t' | '|';

/**
 * The delimiter of a CSV from its first lines: Excel's own `sep=;` line when there is one, else
 * the one that splits the most of the first lines (outside quotes) into more than one field, a
 * title line above the header aside. `skipFirstLine` tells that the first line was `sep=…`.
 * Excel separates with the Windows "list separator", a comma or a semicolon by locale and not tied
 * to the decimal mark (de-DE: `;` and `12,5`; de-CH: `;` and `12.5`), so the delimiter says
 * nothing about the decimals (https://www.mail-archive.com/dev@sc.openoffice.org/msg01565.html).
 * Goal tools that let an admin pick the delimiter offer a pipe beside them (Paychex Flex Engage's
 * goal import: comma, semicolon, pipe, caret or tab,
 * https://help.paychexflexengage.com/en/articles/15015728-goals-importing-individual-goals).
 */
export function detectDelimiter(sample: string): {
  delimiter: CsvDelimiter;
  skipFirstLine: boolean;
} {
  const text = sample.replace(/^\uFEFF/, '');
  const declared = /^sep=(.)\r?\n/i.exec(text)?.[1];
  if (declared === ',' || declared === ';' || declared === '\t' || declared === '|') {
    return { delimiter: declared, skipFirstLine: true };
  }
  const candidates: CsvDelimiter[] = [',', ';', '\t', '|'];
  const lines = new Map<CsvDelimiter, number>(candidates.map((d) => [d, 0]));
  const totals = new Map<CsvDelimiter, number>(candidates.map((d) => [d, 0]));
  let quoted = false;
  let counts = new Map<CsvDelimiter, number>();
  let read = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t' || char === '|')) {
      counts.set(char, (counts.get(char) ?? 0) + 1);
    } else if (!quoted && char === '\n') {
      for (const [delimiter, count] of counts) {
        lines.set(delimiter, lines.get(delimiter)! + 1);
        totals.set(delimiter, totals.get(delimiter)! + count);
      }
      counts = new Map();
      if (++read >= 20) break;
    }
  }
  for (const [delimiter, count] of counts) {
    lines.set(delimiter, lines.get(delimiter)! + 1);
    totals.set(delimiter, totals.get(delimiter)! + count);
  }
  const best = [...candidates].sort(
    (a, b) => lines.get(b)! - lines.get(a)! || totals.get(b)! - totals.get(a)!,
  )[0]!;
  return { delimiter: lines.get(best)! > 0 ? best : ',', skipFirstLine: false };
}

export class CsvSplitter {
  private readonly delimiterCode: number;

  constructor(private readonly delimiter: CsvDelimiter = ',') {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** The previous character closed a quoted section: a quote now is an escaped quote. */
  private afterQuote = false;
  private row = 1;
  private pendingCarriageReturn = false;
  private started = false;

  /** Feeds more text; returns the rows completed by it. */
  push(text: string): CsvRow[] {
    const rows: CsvRow[] = [];
    for (let index = 0; index < text.length; index++) {
      const char = text[index]!;
      if (this.pendingCarriageReturn) {
        this.pendingCarriageReturn = false;
        if (char === '\n') continue;
      }
      if (!this.started && char === '\uFEFF') {
        this.started = true;
        continue;
      }
      this.started = true;
      if (this.quoted && char !== '"') {
        // A run of quoted text up to the next quote is taken whole.
        const close = text.indexOf('"', index);
        const end = close < 0 ? text.length : close;
        this.field += text.slice(index, end);
        index = end - 1;
        continue;
      }
      if (this.quoted) {
        // The quote that closes the quoted section, or the first of an escaped pair.
        this.quoted = false;
        this.afterQuote = true;
        continue;
      }
      if (char === '"') {
        // A quote opens a quoted section at the start of a field, or is an escaped quote right
        // after one closed; a stray quote inside plain text is kept as text.
        if (this.afterQuote || this.field === '') this.quoted = true;
        if (this.afterQuote) this.field += '"';
        else if (this.field !== '') this.field += '"';
        this.afterQuote = false;
        continue;
      }
      this.afterQuote = false;
      if (char === this.delimiter) {
        this.fields.push(this.field);
        this.field = '';
      } else if (char === '\n' || char === '\r') {
        this.pendingCarriageReturn = char === '\r';
        rows.push(this.endRow());
        this.row++;
      } else {
        // A run of plain text up to the next delimiter, quote or line break is taken whole.
        let end = index + 1;
        while (end < text.length && !this.isSpecial(text.charCodeAt(end))) end++;
        this.field += text.slice(index, end);
        index = end - 1;
      }
    }
    return rows;
  }

  private isSpecial(code: number): boolean {
    return code === this.delimiterCode || code === 0x22 || code === 0x0a || code === 0x0d;
  }

  /**
   * The row in which a quoted cell was opened and never closed, once `end()` has been called:
   * the text ended inside it (a file cut off, or a stray quote that swallowed the rest of the
   * file into one cell).
   */
  unclosedQuoteRow: number | undefined;

  /** The last row when the text does not end with a line break. */
  end(): CsvRow[] {
    if (this.quoted) this.unclosedQuoteRow = this.row;
    if (this.field === '' && this.fields.length === 0 && !this.quoted) return [];
    return [this.endRow()];
  }

  private endRow(): CsvRow {
    this.fields.push(this.field);
    const row = { fields: this.fields, line: this.row };
    this.fields = [];
    this.field = '';
    this.quoted = false;
    this.afterQuote = false;
    return row;
  }
}

/** Every row of a CSV text. */
export function splitCsv(text: string): CsvRow[] {
  const splitter = new CsvSplitter();
  return [...splitter.push(text), ...splitter.end()];
}
