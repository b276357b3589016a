/**
 * Owners typed in the sheet as text, found in the directory: by work email when the text has an
 * @, else by full display name (a name several people share finds no one, never a guess). The
 * same directory as the tab's people picker, in one lookup for a whole send.
 */
import type { Person } from '../../core/model';
import { validateOwner, type ValidationResult } from '../../core/validation';
import type { OkrRepository } from '../../store/repository';
import type { CellValue } from '../workbook/types';

/** People found for the texts typed, by `ownerKey`. */
export type FoundOwners = ReadonlyMap<string, Person>;

const ownerKey = (typed: CellValue) => String(typed).trim().toLowerCase();

export async function findOwners(
  typed: readonly CellValue[],
  repository: Pick<OkrRepository, 'findPeople'>,
): Promise<FoundOwners> {
  const texts = [...new Set(typed.map((text) => String(text).trim()).filter(Boolean))];
  if (texts.length === 0) return new Map();
  const found = await repository.findPeople(
    texts.map((text) => (text.includes('@') ? { email: text } : { name: text })),
  );
  return new Map(
    texts.flatMap((text) => {
      const person = found.get(ownerKey(text));
      return person ? [[ownerKey(text), person] as const] : [];
    }),
  );
}

/** The person a typed owner names, or why it names nobody (in the model's language). */
export function ownerOf(
  typed: CellValue,
  owners: FoundOwners,
  locale: string,
): ValidationResult<Person> {
  return validateOwner(String(typed), owners.get(ownerKey(typed)), locale);
}
