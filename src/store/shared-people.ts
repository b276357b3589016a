/**
 * Check-ins by the same person share one `Person` object, and so do OKRs with the same owner. A
 * cycle's history is thousands of check-ins by a few dozen people, and a large board thousands of
 * KRs owned by a few dozen: read from Graph or from the cache, each would otherwise carry its own
 * copy of its person (about a third of the history's memory on a 2,000-KR board).
 */
import type { CheckIn, Person } from '../core/model';

function samePerson(a: Person, b: Person): boolean {
  return a.id === b.id && a.displayName === b.displayName && a.email === b.email;
}

/** The first equal person met (`people` spans several calls), or this one. */
function sharedPerson(person: Person, people: Map<string, Person>): Person {
  const known = people.get(person.id);
  if (!known) people.set(person.id, person);
  return known && samePerson(known, person) ? known : person;
}

/** The check-ins, each author replaced by the first equal one met. */
export function withSharedAuthors(
  checkIns: readonly CheckIn[],
  people: Map<string, Person> = new Map(),
): CheckIn[] {
  return checkIns.map((checkIn) => {
    const author = sharedPerson(checkIn.author, people);
    return author === checkIn.author ? checkIn : { ...checkIn, author };
  });
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
