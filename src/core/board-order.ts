import type { BoardOrder, BoardSort } from './board-filter';
import { readersCollator } from './collation';
import type { Status } from './model';

/**
 * The order a column header sets when chosen: its sort turned round when it is the one in use,
 * otherwise its sort ascending, as every sort starts.
 */
export function headerOrder(current: BoardOrder, sort: BoardSort): BoardOrder {
  if (current.sort !== sort) return { sort, direction: 'asc' };
  return { sort, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/** What an objective or a KR is put in order by. */
export interface OrderFacts {
  readonly id: string;
  readonly title: string;
  /** 0..1. */
  readonly progress: number;
  readonly status: Status;
  /** None yet when left out. */
  readonly confidence?: number | undefined;
  /** ISO date-time; never checked in when left out. */
  readonly lastCheckInAt?: string | undefined;
  /** The owner's name; nobody's when left out. */
  readonly owner?: string | undefined;
  readonly team: string;
}

/** Ascending, worst first: a status off its pace before one not started, then those on it. */
const statusRank: Readonly<Record<Status, number>> = {
  offTrack: 0,
  atRisk: 1,
  notStarted: 2,
  onTrack: 3,
  achieved: 4,
};

type Key = number | string | undefined;

function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function keyOf(facts: OrderFacts, sort: Exclude<BoardSort, 'board'>): Key {
  switch (sort) {
    case 'progress':
      return finite(facts.progress);
    case 'confidence':
      return finite(facts.confidence);
    case 'status':
      return statusRank[facts.status];
    case 'lastCheckIn':
      return facts.lastCheckInAt ? finite(Date.parse(facts.lastCheckInAt)) : undefined;
    case 'owner':
      return facts.owner || undefined;
    case 'title':
      return facts.title;
    case 'team':
      return facts.team;
  }
}

function compareKeys(words: Intl.Collator, a: NonNullable<Key>, b: NonNullable<Key>): number {
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : words.compare(String(a), String(b));
}

/** Ids apart whatever the collator holds equal: by code unit, after the collator's numbers. */
function compareIds(words: Intl.Collator, a: string, b: string): number {
  return words.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * `items` in `order`, a new array. The board's order is the order given (reversed, descending).
 * Any other sort is by its key, the way `order` runs (names and titles as `locale` files them),
 * and each tie by title A to Z, then by id,
 * whichever way: the same items always come in the same order. What has no key (no confidence
 * yet, never checked in, nobody owning it) comes last in both directions, after what has one.
 */
export function inOrder<T>(
  items: readonly T[],
  factsOf: (item: T) => OrderFacts,
  order: BoardOrder,
  locale: string,
): T[] {
  const { sort, direction } = order;
  if (sort === 'board') return direction === 'desc' ? [...items].reverse() : [...items];
  // Names and titles as a reader of `locale` orders them: case and accents aside, "KR 2" before
  // "KR 10".
  const words = readersCollator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'desc' ? -1 : 1;
  const keyed = items.map((item) => {
    const facts = factsOf(item);
    return { item, facts, key: keyOf(facts, sort) };
  });
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key !== b.key) return a.key === undefined ? 1 : -1;
    } else {
      const byKey = compareKeys(words, a.key, b.key);
      if (byKey !== 0) return sign * byKey;
    }
    return words.compare(a.facts.title, b.facts.title) || compareIds(words, a.facts.id, b.facts.id);
  });
  return keyed.map(({ item }) => item);
}

/**
 * An objective's facts to order it among others, given its own and the first of its KRs in the
 * same order: by confidence or last check-in, that KR's (the lowest confidence ascending, the
 * highest descending; none when no KR has one); by anything else, its own.
 */
export function objectiveFacts(
  own: OrderFacts,
  firstKeyResult: OrderFacts | undefined,
  sort: BoardSort,
): OrderFacts {
  if (sort !== 'confidence' && sort !== 'lastCheckIn') return own;
  return {
    ...own,
    confidence: firstKeyResult?.confidence,
    lastCheckInAt: firstKeyResult?.lastCheckInAt,
  };
}
