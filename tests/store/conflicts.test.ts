import type { KeyResult } from '../../src/core/model';
import { ConflictError, NotFoundError } from '../../src/store/errors';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { coach, startStore, startingPoint, type StoreFixture } from './store-fixture';

describe('concurrent edits', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  }, 60_000);
  afterEach(() => store.stop());

  test('a stale update is a ConflictError carrying mine and theirs, and overwrites nothing', async () => {
    const alice = store.repository();
    const bob = store.repository();
    const { cycle, objective } = await startingPoint(alice);
    const [kr] = await store.bulkKeyResults(objective, 1);
    const seenByBob = (await bob.loadBoard({ cycleId: cycle.id })).keyResults[0]!;

    const alicesVersion = await alice.updateKeyResult({ ...kr!, target: kr!.target + 50 });
    const attempt = bob.updateKeyResult({ ...seenByBob, title: 'Bob renamed it' });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const conflict = (await attempt.catch((error: unknown) => error)) as ConflictError<KeyResult>;
    expect(conflict.mine.title).toBe('Bob renamed it');
    expect(conflict.theirs).toEqual(alicesVersion);
    // Who saved theirs, as the list item's lastModifiedBy says, so the dialog can name them.
    expect(conflict.changedBy).toEqual({ displayName: coach.displayName, at: expect.any(String) });

    const stored = (await alice.loadBoard({ cycleId: cycle.id })).keyResults[0]!;
    expect(stored).toEqual(alicesVersion);

    // Bob resolves it on top of their version: now it applies.
    const resolved = await bob.updateKeyResult({ ...conflict.theirs!, title: 'Bob renamed it' });
    expect(resolved.target).toBe(kr!.target + 50);
    expect(resolved.title).toBe('Bob renamed it');

    // Deleting what someone else changed is a conflict too; what is already gone is not found.
    await expect(alice.deleteKeyResult(alicesVersion)).rejects.toBeInstanceOf(ConflictError);
    await bob.deleteKeyResult(resolved);
    await expect(alice.deleteKeyResult(resolved)).rejects.toBeInstanceOf(NotFoundError);
    await expect(alice.updateKeyResult(resolved)).rejects.toBeInstanceOf(NotFoundError);
  }, 60_000);

  test('objectives and cycles carry If-Match too', async () => {
    const alice = store.repository();
    const { cycle, objective } = await startingPoint(alice);
    await alice.updateObjective({ ...objective, title: 'Customers adore the new onboarding' });
    await expect(alice.updateObjective({ ...objective, state: 'closed' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await alice.updateCycle({ ...cycle, name: 'Q1 2026 (extended)' });
    await expect(alice.updateCycle({ ...cycle, state: 'closed' })).rejects.toBeInstanceOf(
      ConflictError,
    );
  }, 60_000);

  test('two clients editing the same KRs at random: every edit is applied or surfaced, none lost', async () => {
    const clients = [store.repository(), store.repository()];
    const { cycle, objective } = await startingPoint(clients[0]!);
    await store.bulkKeyResults(objective, 5);
    // Each client edits from what it last read; a conflict makes it re-read, like the UI would.
    const views = await Promise.all(
      clients.map(
        async (client) =>
          new Map(
            (await client.loadBoard({ cycleId: cycle.id })).keyResults.map((kr) => [kr.id, kr]),
          ),
      ),
    );
    const applied: { client: number; kr: string; target: number; version: string }[] = [];
    let conflicts = 0;
    let random = 42;
    const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

    const edit = async (index: number, client: GraphOkrRepository, step: number) => {
      const view = views[index]!;
      const ids = [...view.keys()];
      const id = ids[Math.floor(next() * ids.length)]!;
      const target = 1000 + step * 10 + index;
      try {
        const saved = await client.updateKeyResult({ ...view.get(id)!, target });
        applied.push({ client: index, kr: id, target, version: saved.version! });
        view.set(id, saved);
      } catch (error) {
        expect(error).toBeInstanceOf(ConflictError);
        conflicts++;
        view.set(id, (error as ConflictError<KeyResult>).theirs!);
      }
    };
    for (let step = 0; step < 40; step++) {
      // Both clients edit at once, on a KR each picks at random.
      await Promise.all(clients.map((client, index) => edit(index, client, step)));
    }

    expect(conflicts).toBeGreaterThan(0);
    expect(applied.length + conflicts).toBe(80);
    const final = (await clients[0]!.loadBoard({ cycleId: cycle.id })).keyResults;
    for (const kr of final) {
      const edits = applied.filter((entry) => entry.kr === kr.id);
      if (edits.length === 0) continue;
      // The stored value is an applied edit, and the latest one by version: nothing was overwritten unseen.
      const latest = edits.reduce((a, b) =>
        versionNumber(a.version) > versionNumber(b.version) ? a : b,
      );
      expect(kr.target).toBe(latest.target);
      expect(kr.version).toBe(latest.version);
      // Every applied edit had its own version: each one built on the one before.
      expect(new Set(edits.map((e) => e.version)).size).toBe(edits.length);
    }
  }, 120_000);
});

/** SharePoint eTags read `"{guid},{version}"`. */
function versionNumber(eTag: string): number {
  return Number(/,(\d+)"?$/.exec(eTag)?.[1] ?? NaN);
}
