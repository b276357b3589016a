/**
 * The records of a JSON array, one at a time, as the text streams in: the splitter scans each
 * chunk for the array's top-level elements and parses each alone once it is whole, so neither
 * the file's text nor one parsed array of 20,000 records is ever held; only the record being
 * read is. Strings are skipped with their escapes, so brackets and commas inside notes do not
 * count, and a chunk may end anywhere (inside a string, after a backslash, inside a number).
 */

/** Thrown for text that is not one JSON array; `record` is the 1-based element it broke in. */
export class JsonRecordsError extends Error {
  constructor(
    message: string,
    readonly record?: number,
  ) {
    super(message);
    this.name = 'JsonRecordsError';
  }
}

const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const openSquare = 0x5b;
const closeSquare = 0x5d;
const openCurly = 0x7b;
const closeCurly = 0x7d;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff;
}

export class JsonRecordSplitter {
  /** Before the array's `[`, inside the array, after its `]`, or reading a value that is no array. */
  private stage: 'before' | 'inside' | 'after' | 'notArray' = 'before';
  /** Characters read in earlier chunks, for positions in messages. */
  private offset = 0;
  /** Records completed so far. */
  private record = 0;
  private depth = 0;
  private inRecord = false;
  private inString = false;
  private escaped = false;
  /** A comma was read after a record: another must follow before `]`. */
  private expectMore = false;
  /** The current record's text from earlier chunks. */
  private pending = '';

  /** Feeds more text; returns the records completed by it. */
  push(text: string): unknown[] {
    const records: unknown[] = [];
    if (this.stage === 'notArray') {
      this.pending += text;
      return records;
    }
    let start = this.inRecord ? 0 : -1;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (this.stage === 'before') {
        if (isSpace(code)) continue;
        if (code !== openSquare) {
          this.stage = 'notArray';
          this.pending = text.slice(at);
          return records;
        }
        this.stage = 'inside';
        continue;
      }
      if (this.stage === 'after') {
        if (isSpace(code)) continue;
        throw new JsonRecordsError(
          `Unexpected text after the array at position ${this.offset + at}`,
        );
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === backslash) this.escaped = true;
        else if (code === quote) this.inString = false;
        continue;
      }
      if (this.depth === 0 && (code === comma || code === closeSquare)) {
        if (!this.inRecord) {
          if (code === closeSquare && !this.expectMore) {
            this.stage = 'after';
            continue;
          }
          throw new JsonRecordsError(
            `Unexpected "${text[at]}" at position ${this.offset + at}`,
            this.record + 1,
          );
        }
        this.record++;
        const recordText = this.pending + text.slice(start, at);
        this.pending = '';
        this.inRecord = false;
        start = -1;
        try {
          records.push(JSON.parse(recordText));
        } catch (error) {
          throw new JsonRecordsError((error as Error).message, this.record);
        }
        this.expectMore = code === comma;
        if (code === closeSquare) this.stage = 'after';
        continue;
      }
      if (isSpace(code)) continue;
      if (!this.inRecord) {
        this.inRecord = true;
        start = at;
      }
      if (code === quote) this.inString = true;
      else if (code === openSquare || code === openCurly) this.depth++;
      else if (code === closeSquare || code === closeCurly) this.depth--;
      if (this.depth < 0) {
        throw new JsonRecordsError(
          `Unexpected "${text[at]}" at position ${this.offset + at}`,
          this.record,
        );
      }
    }
    if (this.inRecord) this.pending += text.slice(start);
    this.offset += text.length;
    return records;
  }

  /** The text has ended: throws unless it closed the array. */
  end(): void {
    if (this.stage === 'after') return;
    if (this.stage === 'notArray') {
      // JSON.parse names what is wrong with it, or it is another valid value.
      JSON.parse(this.pending);
      throw new JsonRecordsError('not an array');
    }
    if (this.inString) throw new JsonRecordsError('Unterminated string', this.record + 1);
    throw new JsonRecordsError(
      'Unexpected end of JSON input',
      this.stage === 'inside' ? this.record + 1 : undefined,
    );
  }
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const isRecord = (value: unknown): value is { readonly [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a cell: text and numbers as written, a list's items by name, email, title or id. */
function cellOf(value: Json): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(cellOf).filter(Boolean).join(', ');
  if (isRecord(value)) {
    const named = value.name ?? value.email ?? value.title ?? value.id;
    return named === undefined || isRecord(named) ? '' : cellOf(named);
  }
  return String(value);
}

/**
 * The records of a JSON file another tool's API or export writes (an array of records, or a
 * list response's `data`, as Lattice's goals: https://schemas.apis.io/schemas/lattice/lattice-goal/)
 * as a sheet: a header of every field in the order first met, then a row per record. A nested
 * record's fields are columns of their own (Lattice's `parentGoal: { id }` is `parentGoal id`); a
 * list, or a list response's `data`, is one cell of its items joined by ", ". `undefined` when the
 * file holds no records.
 */
export function recordsAsRows(json: unknown): { fields: string[]; line: number }[] | undefined {
  const records = isRecord(json) && Array.isArray(json.data) ? json.data : json;
  if (!Array.isArray(records) || records.length === 0 || !records.every(isRecord)) {
    return undefined;
  }
  const header: string[] = [];
  const rows = (records as readonly { readonly [key: string]: Json }[]).map((record) => {
    const cells = new Map<string, string>();
    const put = (key: string, value: Json) => {
      if (!header.includes(key)) header.push(key);
      cells.set(key, cellOf(value));
    };
    for (const [key, value] of Object.entries(record)) {
      if (isRecord(value) && !Array.isArray(value.data)) {
        for (const [field, inner] of Object.entries(value)) {
          if (!isRecord(inner)) put(`${key} ${field}`, inner);
        }
      } else put(key, isRecord(value) ? value.data! : value);
    }
    return cells;
  });
  return [
    { fields: header, line: 1 },
    ...rows.map((cells, index) => ({
      fields: header.map((key) => cells.get(key) ?? ''),
      line: index + 2,
    })),
  ];
}
