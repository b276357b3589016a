/**
 * The ids our export gives items: the store's id prefixed by its kind (`O12`, `K34`), as Viva
 * Goals numbers every item in one sequence and our lists each number their own.
 */
const prefixes = {
  team: 'T',
  period: 'P',
  objective: 'O',
  keyResult: 'K',
  initiative: 'I',
  checkIn: 'C',
} as const;

export type ExportedKind = keyof typeof prefixes;

export const exportedId = (kind: ExportedKind, storeId: string) => `${prefixes[kind]}${storeId}`;

/** The store id an exported id of `kind` carries (`K34` → `34`); none for another kind's or a made-up id. */
export function storeIdIn(kind: ExportedKind, id: string): string | undefined {
  const trimmed = id.trim();
  const storeId = trimmed.slice(1);
  return trimmed.startsWith(prefixes[kind]) && /^\d+$/.test(storeId) ? storeId : undefined;
}

/**
 * An item's version as an export writes it and an import compares it: SharePoint's eTag
 * (`"{guid},3"`) without the quotes HTTP puts around it, which the store keeps for `If-Match`
 * but a person reading the file would take for part of the value. A file written with them
 * (an earlier export) compares the same.
 */
export const versionAsWritten = (version: string) => version.trim().replace(/^"(.*)"$/, '$1');
