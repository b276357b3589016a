/**
 * Where an imported check-in came from, told by the id the import gives it: every id an import
 * writes starts with its kind of file's prefix (`viva:` for both Viva Goals exports, `sheet:` for
 * every spreadsheet and CSV), and a check-in keeps its id as its client id, so its record says
 * it was imported, and from what, without a column of its own. Small on purpose: the board's
 * History reads it.
 */
export const importPrefixes = {
  viva: 'Viva Goals',
  sheet: 'Imported file',
} as const;

export type ImportPrefix = keyof typeof importPrefixes;

/** "Viva Goals" for a check-in a Viva Goals export brought in, "Imported file" for a sheet's. */
export function importedFrom(
  clientId: string | undefined,
): (typeof importPrefixes)[ImportPrefix] | undefined {
  const prefix = clientId?.slice(0, clientId.indexOf(':'));
  return prefix && Object.hasOwn(importPrefixes, prefix)
    ? importPrefixes[prefix as ImportPrefix]
    : undefined;
}
