import type { CheckIn, KeyResult } from '../../src/core/model';
import { CachingRepository } from '../../src/store/caching/caching-repository';
import { keyResultFromItem, keyResultsFromItems } from '../../src/store/mapping';
import { memoryStorage } from '../../src/store/caching/storage';
import type { Board } from '../../src/store/repository';
import { withSharedAuthorsAndTimes, withSharedOwners } from '../../src/store/shared-people';
import { owner, startStore, startingPoint } from './store-fixture';

const checkIn = (id: string, author: CheckIn['author']): CheckIn => ({
  id,
  clientId: `c-${id}`,
  keyResultId: '7',
  value: 1,
  note: '',
  author,
  at: '2026-02-02T09:00:00Z',
  source: 'teams',
});

describe('check-ins share their authors', () => {
  test('equal authors become one object; a different name under the same id stays apart', () => {
    const input = [
      checkIn('1', { id: 'adele', displayName: 'Adele Vance' }),
      checkIn('2', { id: 'adele', displayName: 'Adele Vance' }),
      checkIn('3', { id: 'adele', displayName: 'Adele V.' }),
      checkIn('4', { id: 'megan', displayName: 'Megan Bowen' }),
    ];
    const shared = withSharedAuthorsAndTimes(input);
    expect(shared).toEqual(input);
    expect(shared[1]!.author).toBe(shared[0]!.author);
    expect(shared[2]!.author).not.toBe(shared[0]!.author);
    expect(input[1]!.author).not.toBe(input[0]!.author); // the input is left as it was
  });

  test('in a history read from Graph and in one read back from the cache', async () => {
    const store = await startStore();
    try {
      const inner = store.repository();
      const { cycle, objective } = await startingPoint(inner);
      const [first, second] = await store.bulkKeyResults(objective, 2);
      await inner.saveCheckIns(
        [first!, second!].map((kr, index) => ({
          clientId: `shared-${index}`,
          keyResultId: kr.id,
          value: 10 + index,
          note: '',
          author: owner,
          at: '2026-02-02T09:00:00Z',
          source: 'teams' as const,
        })),
      );
      const authors = (history: ReadonlyMap<string, readonly CheckIn[]>) =>
        [first!, second!].map((kr) => history.get(kr.id)![0]!.author);

      const storage = memoryStorage();
      const [a, b] = authors(
        await new CachingRepository(store.repository(), { storage }).cycleCheckInHistory(cycle.id),
      );
      expect(a).toEqual(owner);
      expect(b).toBe(a);
      const [c, d] = authors(
        await new CachingRepository(store.repository(), { storage }).cycleCheckInHistory(cycle.id),
      );
      expect(c).toEqual(owner);
      expect(d).toBe(c);
    } finally {
      await store.stop();
    }
  });
});

describe('OKRs share their owners', () => {
  test('equal owners become one object; an OKR without one keeps none', () => {
    const input = [
      { id: '1', owner: { id: 'adele', displayName: 'Adele Vance' } },
      { id: '2', owner: { id: 'adele', displayName: 'Adele Vance' } },
      { id: '3', owner: { id: 'adele', displayName: 'Adele V.' } },
      { id: '4' },
    ];
    const shared = withSharedOwners(input);
    expect(shared).toEqual(input);
    expect(shared[1]!.owner).toBe(shared[0]!.owner);
    expect(shared[2]!.owner).not.toBe(shared[0]!.owner);
    expect(shared[3]).toBe(input[3]);
    expect(input[1]!.owner).not.toBe(input[0]!.owner); // the input is left as it was
  });

  test('a board’s KRs mapped with their owners shared are the KRs each item maps to', () => {
    const item = (id: string, ownerName: string, more: Record<string, unknown> = {}) => ({
      id,
      eTag: `"e,${id}"`,
      fields: {
        Title: `KR ${id}`,
        ObjectiveId: 3,
        OwnerId: 'adele',
        OwnerName: ownerName,
        ...more,
      },
    });
    const items = [
      item('1', 'Adele Vance', { Description: 'Why', Score: 0.7, SourceId: 'viva-1' }),
      item('2', 'Adele Vance', { Milestones: '["Beta"]', LastCheckInAt: '2026-02-02T09:00:00Z' }),
      item('3', 'Adele V.'),
    ];
    const people = new Map();
    const mapped = keyResultsFromItems(items, people);
    expect(mapped).toEqual(items.map(keyResultFromItem));
    expect(mapped.map((kr) => Object.keys(kr))).toEqual(
      items.map((each) => Object.keys(keyResultFromItem(each))),
    );
    expect(mapped[1]!.owner).toBe(mapped[0]!.owner);
    expect(mapped[2]!.owner).not.toBe(mapped[0]!.owner);
    expect(people.get('adele')).toBe(mapped[0]!.owner); // shared with what is mapped next
  });

  test('on a board read from Graph and on one read back from the cache', async () => {
    const store = await startStore();
    try {
      const inner = store.repository();
      const { cycle, objective } = await startingPoint(inner);
      await store.bulkKeyResults(objective, 2);
      const owners = (board: Board) => [
        board.objectives[0]!.owner,
        ...board.keyResults.map((kr: KeyResult) => kr.owner),
      ];

      const storage = memoryStorage();
      const read = await new CachingRepository(store.repository(), { storage }).loadBoard({
        cycleId: cycle.id,
      });
      const fromGraph = owners(read);
      expect(fromGraph).toEqual([owner, owner, owner]);
      expect(fromGraph[1]).toBe(fromGraph[0]);
      expect(fromGraph[2]).toBe(fromGraph[0]);
      const again = await new CachingRepository(store.repository(), { storage }).loadBoard({
        cycleId: cycle.id,
      });
      const fromCache = owners(again);
      expect(fromCache[0]).not.toBe(fromGraph[0]); // decoded from the cache, not the same objects
      expect(fromCache).toEqual([owner, owner, owner]);
      expect(fromCache[1]).toBe(fromCache[0]);
      expect(fromCache[2]).toBe(fromCache[0]);
    } finally {
      await store.stop();
    }
  });
});
