/**
 * Check-ins by the same person share one `Person` object, and so do OKRs with the same owner. A
 * cycle's history is thousands of check-ins by a few dozen people, and a large board thousands of
 * KRs owned by a few dozen: read from Graph or from the cache, each would otherwise carry its own
 * copy of its person (about a third of the history's memory on a 2,000-KR board). Check-ins made
 * at the same instant (sent together from Excel, imported at one time of day) share its text too.
 */
import type { CheckIn, Person } from '../core/model';

function samePerson(a: Person, b: Person): boolean {
  return a.id === b.id && a.displayName === b.displayName && a.email === b.email;
}

/** The first equal person met (`people` spans several calls), or this one. */
export function sharedPerson(person: Person, people: Map<string, Person>): Person {
  const known = people.get(person.id);
  if (!known) people.set(person.id, person);
  return known && samePerson(known, person) ? known : person;
}

/** The first equal text met (`texts` spans several calls), or this one. */
function sharedText(text: string, texts: Map<string, string>): string {
  const known = texts.get(text);
  if (known !== undefined) return known;
  texts.set(text, text);
  return text;
}

/**
 * The check-ins, each author replaced by the first equal one met and each time by the first equal
 * text met (`people` and `times` span several calls).
 */
export function withSharedAuthorsAndTimes(
  checkIns: readonly CheckIn[],
  people: Map<string, Person> = new Map(),
  times: Map<string, string> = new Map(),
): CheckIn[] {
  return checkIns.map((checkIn) => ({
    ...checkIn,
    author: sharedPerson(checkIn.author, people),
    at: sharedText(checkIn.at, times),
  }));
}

/** The objectives, KRs or initiatives, each owner replaced by the first equal one met. */
export function withSharedOwners<T extends { readonly owner?: Person }>(
  items: readonly T[],
  people: Map<string, Person> = new Map(),
): T[] {
  return items.map((item) => {
    const owner = item.owner && sharedPerson(item.owner, people);
    return owner === item.owner ? item : { ...item, owner };
  });
}
