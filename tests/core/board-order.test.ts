import fc from 'fast-check';
import { boardSorts, orderOf, orderPatch, sortDirections } from '../../src/core/board-filter';
import { headerOrder, inOrder, objectiveFacts, type OrderFacts } from '../../src/core/board-order';
import { statuses } from '../../src/core/model';

const kr = (id: string, facts: Partial<OrderFacts> = {}): OrderFacts => ({
  id,
  title: `KR ${id}`,
  progress: 0.5,
  status: 'onTrack',
  team: 'Sales',
  ...facts,
});

const ids = (items: readonly OrderFacts[]) => items.map((item) => item.id);
const sorted = (items: readonly OrderFacts[], ...order: Parameters<typeof orderOf>) =>
  ids(inOrder(items, (item) => item, orderOf(...order), 'en'));

describe('the order of key results', () => {
  it('orders titles, owners and teams as the reader’s language files them', () => {
    // Swedish files "Ä" after "Z"; German beside "A".
    const items = [
      kr('z', { title: 'Zebra', owner: 'Zoë', team: 'Zürich' }),
      kr('a', { title: 'Ärende', owner: 'Åsa', team: 'Östra' }),
    ];
    const inLocale = (locale: string, sort: 'title' | 'owner' | 'team') =>
      ids(inOrder(items, (item) => item, orderOf({ sort }), locale));
    for (const sort of ['title', 'owner', 'team'] as const) {
      expect(inLocale('sv-SE', sort)).toEqual(['z', 'a']);
      expect(inLocale('de-DE', sort)).toEqual(['a', 'z']);
    }
  });

  it('puts the worst first ascending and the best first descending', () => {
    const items = [
      kr('a', { progress: 0.7 }),
      kr('b', { progress: 0.1 }),
      kr('c', { progress: 1 }),
    ];
    expect(sorted(items, { sort: 'progress' })).toEqual(['b', 'a', 'c']);
    expect(sorted(items, { sort: 'progress', direction: 'desc' })).toEqual(['c', 'a', 'b']);
  });

  it('orders statuses off track first, achieved last', () => {
    const items = statuses.map((status) => kr(status, { status }));
    expect(sorted(items, { sort: 'status' })).toEqual([
      'offTrack',
      'atRisk',
      'notStarted',
      'onTrack',
      'achieved',
    ]);
  });

  it('puts the oldest check-in first, whatever the time zone of its stamp', () => {
    const items = [
      kr('late', { lastCheckInAt: '2026-02-10T09:00:00+02:00' }),
      kr('early', { lastCheckInAt: '2026-02-10T08:00:00Z' }),
    ];
    expect(sorted(items, { sort: 'lastCheckIn' })).toEqual(['late', 'early']);
  });

  it('places what has no confidence, no check-in or no owner last in both directions', () => {
    const items = [
      kr('none'),
      kr('low', { confidence: 2, lastCheckInAt: '2026-01-05T09:00:00Z', owner: 'Adele' }),
      kr('high', { confidence: 9, lastCheckInAt: '2026-02-05T09:00:00Z', owner: 'Zoe' }),
      kr('nan', { confidence: Number.NaN, lastCheckInAt: 'not a date', owner: '' }),
    ];
    for (const sort of ['confidence', 'lastCheckIn', 'owner'] as const) {
      expect(sorted(items, { sort })).toEqual(['low', 'high', 'nan', 'none']);
      expect(sorted(items, { sort, direction: 'desc' })).toEqual(['high', 'low', 'nan', 'none']);
    }
  });

  it('breaks ties by title A to Z, then by id, in both directions', () => {
    const items = [
      kr('3', { title: 'beta' }),
      kr('2', { title: 'Alpha' }),
      kr('10', { title: 'alpha' }),
      kr('1', { title: 'gamma' }),
    ];
    // Same progress: the title decides (case aside), then the id ("2" before "10").
    expect(sorted(items, { sort: 'progress' })).toEqual(['2', '10', '3', '1']);
    expect(sorted(items, { sort: 'progress', direction: 'desc' })).toEqual(['2', '10', '3', '1']);
    expect(sorted(items, { sort: 'title', direction: 'desc' })).toEqual(['1', '3', '2', '10']);
  });

  it('reads numbers in titles as numbers: KR 2 before KR 10', () => {
    const items = [kr('x', { title: 'KR 10' }), kr('y', { title: 'KR 2' })];
    expect(sorted(items, { sort: 'title' })).toEqual(['y', 'x']);
  });

  it('keeps the board order as given, and turns it round descending', () => {
    const items = [kr('b'), kr('a'), kr('c')];
    expect(sorted(items, {})).toEqual(['b', 'a', 'c']);
    expect(sorted(items, { direction: 'desc' })).toEqual(['c', 'a', 'b']);
  });

  it('gives the same order whatever order the items come in', () => {
    const item = fc
      .record({
        id: fc.string({ maxLength: 3 }),
        title: fc.constantFrom('a', 'A', 'b', 'KR 2', 'KR 10'),
        progress: fc.constantFrom(0, 0.5, 1),
        confidence: fc.option(fc.constantFrom(1, 5), { nil: undefined }),
        status: fc.constantFrom(...statuses),
        team: fc.constantFrom('Sales', 'Marketing'),
      })
      .map((facts): OrderFacts => facts);
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { selector: (facts) => facts.id, maxLength: 12 }),
        fc.constantFrom(...boardSorts.filter((sort) => sort !== 'board')),
        fc.constantFrom(...sortDirections),
        (items, sort, direction) => {
          const once = sorted(items, { sort, direction });
          expect(sorted([...items].reverse(), { sort, direction })).toEqual(once);
        },
      ),
    );
  });
});

describe('an objective among others', () => {
  const own = kr('o1', { progress: 0.2, confidence: 8 });
  it('is ordered by its first KR’s confidence or check-in in that order, else by its own', () => {
    const first = kr('k1', { confidence: 3, lastCheckInAt: '2026-01-05T09:00:00Z' });
    expect(objectiveFacts(own, first, 'confidence')).toMatchObject({ id: 'o1', confidence: 3 });
    expect(objectiveFacts(own, first, 'lastCheckIn').lastCheckInAt).toBe(first.lastCheckInAt);
    expect(objectiveFacts(own, first, 'progress')).toBe(own);
    expect(objectiveFacts(own, undefined, 'confidence').confidence).toBeUndefined();
  });
});

describe('choosing an order', () => {
  it('turns the order round on the column in use, and starts another ascending', () => {
    const progressUp = { sort: 'progress', direction: 'asc' } as const;
    expect(headerOrder(progressUp, 'progress')).toEqual({ sort: 'progress', direction: 'desc' });
    expect(headerOrder({ ...progressUp, direction: 'desc' }, 'progress')).toEqual(progressUp);
    expect(headerOrder({ ...progressUp, direction: 'desc' }, 'owner')).toEqual({
      sort: 'owner',
      direction: 'asc',
    });
  });

  it('writes into the filter only what is not the start: another sort, descending', () => {
    expect(orderPatch({ sort: 'board', direction: 'asc' })).toEqual({
      sort: undefined,
      direction: undefined,
    });
    expect(orderPatch({ sort: 'title', direction: 'desc' })).toEqual({
      sort: 'title',
      direction: 'desc',
    });
    expect(orderOf({})).toEqual({ sort: 'board', direction: 'asc' });
  });
});
