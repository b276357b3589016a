/**
 * Check-ins by the same person share one `Person` object. A cycle's history is thousands of
 * check-ins by a few dozen people: read from Graph or from the cache, each would otherwise carry
 * its own copy of its author (about a third of the history's memory on a 2,000-KR board).
 */
import type { CheckIn, Person } from '../core/model';

function samePerson(a: Person, b: Person): boolean {
  return a.id === b.id && a.displayName === b.displayName && a.email === b.email;
}

/** The check-ins, each author replaced by the first equal one met (`people` spans several calls). */
export function withSharedAuthors(
  checkIns: readonly CheckIn[],
  people: Map<string, Person> = new Map(),
): CheckIn[] {
  return checkIns.map((checkIn) => {
    const { author } = checkIn;
    const known = people.get(author.id);
    if (!known) people.set(author.id, author);
    return known && known !== author && samePerson(known, author)
      ? { ...checkIn, author: known }
      : checkIn;
  });
}
