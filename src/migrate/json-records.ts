/**
 * The records of a JSON array, one at a time: the text is scanned for the array's top-level
 * elements and each is parsed alone, so a 20,000-record export never exists as one parsed array
 * next to what it is mapped to (each record is dropped once read). Strings are skipped with
 * their escapes, so brackets and commas inside notes do not count.
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

export function* jsonArrayRecords(text: string): Generator<unknown> {
  let at = 0;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== openSquare) {
    if (at >= text.length) throw new JsonRecordsError('Unexpected end of JSON input');
    // Not an array: JSON.parse names what is wrong with it, or it is another valid value.
    JSON.parse(text);
    throw new JsonRecordsError('not an array');
  }
  at++;
  let record = 0;
  let depth = 0;
  let start = -1;
  let expectMore = false;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === quote) {
      if (start < 0) start = at;
      for (at++; at < text.length && text.charCodeAt(at) !== quote; at++) {
        if (text.charCodeAt(at) === backslash) at++;
      }
      if (at >= text.length) throw new JsonRecordsError('Unterminated string', record + 1);
      continue;
    }
    if (depth === 0 && (code === comma || code === closeSquare)) {
      if (start < 0) {
        if (code === closeSquare && !expectMore) break;
        throw new JsonRecordsError(`Unexpected "${text[at]}" at position ${at}`, record + 1);
      }
      record++;
      try {
        yield JSON.parse(text.slice(start, at));
      } catch (error) {
        throw new JsonRecordsError((error as Error).message, record);
      }
      start = -1;
      expectMore = code === comma;
      if (code === closeSquare) break;
      continue;
    }
    if (isSpace(code)) continue;
    if (start < 0) start = at;
    if (code === openSquare || code === openCurly) depth++;
    else if (code === closeSquare || code === closeCurly) depth--;
    if (depth < 0) throw new JsonRecordsError(`Unexpected "${text[at]}" at position ${at}`, record);
  }
  if (at >= text.length) throw new JsonRecordsError('Unexpected end of JSON input', record + 1);
  for (at++; at < text.length; at++) {
    if (!isSpace(text.charCodeAt(at))) {
      throw new JsonRecordsError(`Unexpected text after the array at position ${at}`);
    }
  }
}
