/**
 * A goal list written as an outline by indentation alone, with no type, level or parent column:
 * objectives as plain rows of the goal column, their key results indented under them by leading
 * spaces or tabs, a bullet or dash ("- ", "• "), an Excel cell's indent, or numbered as an
 * outline (1, 1.1, 1.2). The least-indented rows are objectives, the rows indented under them
 * their key results, rows indented deeper initiatives of the key result above them. Indentation
 * that does not say where a row belongs is named, row by row, never guessed.
 */
import type { CsvRow } from './csv';
import type { Said } from './report-words';

/** A cell of the goal column: its text as written, and its Excel indent level (0 in a CSV). */
export interface OutlineCell {
  readonly line: number;
  readonly text: string;
  readonly indent: number;
}

/** Each row of the outline: how deep it sits, its title without what indents it, its parent's row. */
export interface OutlinePlace {
  readonly depth: number;
  readonly title: string;
  /** The outline number its title started with, where the rows are numbered (`1.2`). */
  readonly number?: string;
  /** The row it sits under, where the rows are indented (numbered rows are placed by number). */
  readonly parentLine?: number;
}

export interface IndentedOutline {
  readonly places: ReadonlyMap<number, OutlinePlace>;
  /** Whether the rows are numbered as an outline (placed by their numbers, not their indents). */
  readonly numbered: boolean;
  /** Rows whose indentation says nowhere they belong. */
  readonly refusals: readonly { readonly row: number; readonly said: Said }[];
}

/**
 * Spaces an Excel indent level counts as: "an increment of 1 represents 3 spaces" (ECMA-376 Part 1,
 * §18.8.1 alignment: https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/cc801104(v=office.14)).
 */
const excelIndentWidth = 3;
const tabWidth = 4;

/** A bullet or dash, or a list's `1.` / `a)`, before a title: it indents the title past itself. */
const listMarker = /^(?:[-–—*+]\s+|[•◦▪▫‣∙·○●■□►▸➢]\s*|(?:\d{1,3}|[a-z])[.)]\s+)(?=\S)/iu;

/** An outline number before a title (`1`, `1.2`, `1.2.3`, a trailing `.` or `)` allowed). */
const outlineNumber = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?\s+(?=\S)/;

const leadingSpace = /^[\s\p{Zs}]*/u;

/** How far in a cell's text starts, in spaces, and the text after what indents it. */
function indentOf({ text, indent }: OutlineCell): { width: number; title: string } {
  const space = leadingSpace.exec(text)![0];
  const rest = text.slice(space.length);
  const marker = listMarker.exec(rest)?.[0] ?? '';
  const width = [...space].reduce((sum, char) => sum + (char === '\t' ? tabWidth : 1), 0);
  return {
    width: width + indent * excelIndentWidth + (marker ? 2 : 0),
    title: rest.slice(marker.length).trim(),
  };
}

/**
 * Reads the goal column as an outline; `undefined` when no row is indented more than another
 * (nothing places the goals), or when every cell is empty.
 */
export function readIndentedOutline(cells: readonly OutlineCell[]): IndentedOutline | undefined {
  const filled = cells.filter((cell) => cell.text.trim() !== '');
  if (filled.length < 2) return undefined;
  const numbers = filled.map((cell) => outlineNumber.exec(cell.text.trim())?.[1]);
  if (numbers.every(Boolean) && numbers.some((number) => number!.includes('.'))) {
    return {
      numbered: true,
      refusals: [],
      places: new Map(
        filled.map((cell, index) => {
          const number = numbers[index]!;
          const title = cell.text.trim().replace(outlineNumber, '').trim();
          return [cell.line, { depth: number.split('.').length - 1, title, number }];
        }),
      ),
    };
  }
  const read = filled.map((cell) => ({ line: cell.line, ...indentOf(cell) }));
  const least = Math.min(...read.map((row) => row.width));
  if (read.every((row) => row.width === least)) return undefined;
  const places = new Map<number, OutlinePlace>();
  const refusals: { row: number; said: Said }[] = [];
  /** The rows each row below could sit under, least indented first. */
  const path: (typeof read)[number][] = [];
  for (const row of read) {
    let deeper: (typeof read)[number] | undefined;
    while (path.length > 0 && path[path.length - 1]!.width > row.width) deeper = path.pop();
    const parent = path[path.length - 1];
    if (parent?.width === row.width) {
      path.pop();
    } else if (deeper && parent) {
      refusals.push({
        row: row.line,
        said: {
          text: 'Row {row} is indented less than row {sibling} above it, but more than row {parent}, so what it belongs under is not clear: indent it as far as row {parent} or as far as row {sibling}.',
          params: {
            row: String(row.line),
            sibling: String(deeper.line),
            parent: String(parent.line),
          },
        },
      });
      continue;
    } else if (!parent && row.width > least) {
      refusals.push({
        row: row.line,
        said: {
          text: 'Row {row} is indented, but no row above it is less indented for it to sit under: the least-indented rows are objectives, and a key result is indented under its objective. Move the row below its objective, or indent it less.',
          params: { row: String(row.line) },
        },
      });
      continue;
    }
    places.set(row.line, {
      depth: path.length,
      title: row.title,
      ...(path.length > 0 ? { parentLine: path[path.length - 1]!.line } : {}),
    });
    path.push(row);
  }
  return { places, numbered: false, refusals };
}

/** The goal column's cells of a sheet's rows, each with its Excel indent level. */
export const outlineCells = (rows: readonly CsvRow[], column: number): OutlineCell[] =>
  rows.map((row) => ({
    line: row.line,
    text: row.fields[column] ?? '',
    indent: row.indents?.[column] ?? 0,
  }));
