/**
 * A cell that lists several things, one a line (a CSV field in quotes with line breaks, an Excel
 * cell with Alt+Enter breaks): `1. Grow ARR\n2. Churn below 2%`, `• …`, `- …`, `KR1: …`, `a) …`.
 * Each line is an entry, its list marker aside; blank lines are passed over; in a list whose
 * first line has a marker, a line without one carries on the line before it.
 */

/**
 * A list marker at a line's start, with the space after it: a bullet; `1.`, `1)`, `(1)`; `KR1:`,
 * `Key result 2 -`; `a)`, `(b)`, `c.`; `iv.`. A hyphen, `*` or `+` needs a space after it (`-5%`
 * is a number), and so do `1.` and `a.` (`1.5x` is not a list).
 */
const marker = new RegExp(
  [
    '[•◦▪▫‣⁃●○■□►▶➢✓✔·]\\s*',
    '[-–—*+]\\s+',
    '(?:key ?results?|kr)\\s*#?\\s*\\d{1,2}(?:\\s*[:.)\\-–—]\\s*|\\s+)',
    '\\(\\s*(?:\\d{1,2}|[a-z]|[ivx]{1,4})\\s*\\)\\s*',
    '(?:\\d{1,2}|[a-z]|[ivx]{1,4})(?:\\)\\s*|[.:]\\s+)',
  ]
    .map((form) => `(?:${form})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')(?=\\S)'),
  'iu',
);

/** The cell's lines as written, blank ones and the spaces around each aside. */
const writtenLines = (cell: string) =>
  cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Whether a cell holds more than one line with something on it. */
export const isMultiLine = (cell: string) => writtenLines(cell).length > 1;

/** A line's marker, when it starts with one. */
const markerOf = (line: string) => marker.exec(line)?.[0];

/**
 * The entries a cell lists, one a line, markers aside. In a list whose first entry has a marker
 * (`marked`), a line without one continues the entry before it; a first line ending in `:` before
 * a marked list is its heading (`heading`), not an entry.
 */
export function cellEntries(cell: string): {
  entries: string[];
  marked: boolean;
  heading?: string;
} {
  const lines = writtenLines(cell);
  const heading =
    lines.length > 2 && lines[0]!.endsWith(':') && !markerOf(lines[0]!) && markerOf(lines[1]!)
      ? lines.shift()
      : undefined;
  const marked = lines.length > 0 && markerOf(lines[0]!) !== undefined;
  const entries: string[] = [];
  for (const line of lines) {
    const found = markerOf(line);
    if (marked && !found && entries.length > 0) {
      entries[entries.length - 1] += ` ${line}`;
    } else {
      entries.push(found ? line.slice(found.length).trim() : line);
    }
  }
  return { entries, marked, ...(heading !== undefined ? { heading } : {}) };
}

/**
 * Unmarked lines with each one that starts in lower case joined to the line before it, as a
 * title wrapped onto the next line reads (`Grow ARR from €2M` / `to €3M`).
 */
export function carriedOn(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    if (joined.length > 0 && /^\p{Ll}/u.test(line)) joined[joined.length - 1] += ` ${line}`;
    else joined.push(line);
  }
  return joined;
}
