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
