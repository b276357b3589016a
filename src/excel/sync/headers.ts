import { inEveryPaneLanguage, paneWordsFor } from '../pane-words';
import { okrColumns, type ColumnKey } from './layout';

/*
 * The OKR table's headers, in the pane's words (`column.*`): apart from the layout, so what reads
 * the layout alone (the custom functions' status words) does not load the pane's catalogue.
 */

/**
 * A column's header in the pane's language (Office's display language): a sheet is written in
 * it and read back in any of the pane's languages, whichever wrote it (an older version wrote
 * English), like the Kind column's words.
 */
export function headerOf(key: ColumnKey, locale: string): string {
  return paneWordsFor(locale).say(`column.${key}`);
}

/** The headers of a new table, in layout order. */
export function headersIn(locale: string): string[] {
  return okrColumns.map((column) => headerOf(column.key, locale));
}

/** The headers a column is read by: one per language the pane speaks, English first. */
export function acceptedHeaders(key: ColumnKey): readonly string[] {
  return inEveryPaneLanguage(`column.${key}`);
}

// Excel tells a table's column names apart without case (a structured reference ignores it too).
const headerKey = (header: string) => header.trim().toLowerCase();
const columnByHeader = new Map(
  okrColumns.flatMap((column) =>
    acceptedHeaders(column.key).map((header) => [headerKey(header), column.key] as const),
  ),
);

/** The layout column a header names, in any of the pane's languages; undefined for another. */
export function columnNamed(header: string): ColumnKey | undefined {
  return columnByHeader.get(headerKey(header));
}
