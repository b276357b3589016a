import { latestCheckIn } from '../../src/core/check-in';
import type { KeyResult } from '../../src/core/model';
import type { GraphOkrRepository } from '../../src/store/graph/graph-repository';
import { keyResultFromItem } from '../../src/store/mapping';
import type { CheckInDraft } from '../../src/store/repository';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

/**
 * Two writers check in on the same KRs at once while the emulator throttles (429), is
 * unavailable (503) and drops connections (half after applying the write), from a fixed seed.
 * Each writer resubmits what failed (same client ids) and, after a conflict, checks in again on
 * the KR it reads back. In the end: no acknowledged check-in is lost, none is stored twice, and
 * every KR shows its latest check-in by time.
 */
describe('two writers under faults', () => {
  let store: StoreFixture;
  beforeAll(async () => {
    store = await startStore({ seed: 11 });
  }, 60_000);
  afterAll(() => store.stop());

  test('no lost acknowledged write, no duplicate, no KR out of step with its latest check-in', async () => {
    const keyResultCount = 12;
    const rounds = 4;
    const setup = store.repository();
    const { cycle, objective } = await startingPoint(setup);
    await store.bulkKeyResults(objective, keyResultCount);
    await setup.loadOperatingModel();
    store.emulator.setFaults({
      throttleRate: 0.3,
      unavailableRate: 0.05,
      dropRate: 0.02,
      retryAfterSeconds: 0,
    });

    const acknowledged = new Map<string, number>();
    // A person reloads a board that did not load (its retries used up under the storm).
    const reload = async (repository: GraphOkrRepository): Promise<readonly KeyResult[]> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await repository.loadBoard({ cycleId: cycle.id })).keyResults;
        } catch (error) {
          if (attempt >= 10) throw error;
        }
      }
    };
    const writer = async (name: 'a' | 'b', repository: GraphOkrRepository) => {
      let keyResults = await reload(repository);
      for (let round = 1; round <= rounds; round++) {
        const minute = String(round * 2 + (name === 'a' ? 0 : 1)).padStart(2, '0');
        let attempt = 0;
        let drafts: CheckInDraft[] = keyResults.map((kr) => ({
          clientId: `${name}-${round}-${kr.id}`,
          keyResultId: kr.id,
          ...(kr.version ? { keyResultVersion: kr.version } : {}),
          value: (name === 'a' ? 100 : 200) + round,
          confidence: round + 3,
          note: `Writer ${name}, round ${round}`,
          author: owner,
          at: `2026-02-02T09:${minute}:00.000Z`,
          source: 'teams',
        }));
        while (drafts.length > 0 && attempt++ < 20) {
          const report = await repository.saveCheckIns(drafts);
          for (const { checkIn } of report.saved) acknowledged.set(checkIn.clientId, checkIn.value);
          const conflicted = new Set(report.conflicts.map(({ draft }) => draft.keyResultId));
          const fresh = conflicted.size ? await reload(repository) : [];
          drafts = [
            ...report.failed.map(({ draft }) => draft),
            ...report.conflicts.map(({ draft }) => {
              const kr = fresh.find((k) => k.id === draft.keyResultId)!;
              return {
                ...draft,
                clientId: `${draft.clientId}-again${attempt}`,
                ...(kr.version ? { keyResultVersion: kr.version } : {}),
              };
            }),
          ];
        }
        expect(drafts).toEqual([]);
        keyResults = await reload(repository);
      }
    };
    // Short waits between retries keep the storm under a minute on a busy machine.
    const writerRepository = () => store.repository({ retryDelaySeconds: 0.01 });
    await Promise.all([writer('a', writerRepository()), writer('b', writerRepository())]);
    const stats = store.emulator.stats();
    store.emulator.setFaults({ throttleRate: 0, unavailableRate: 0, dropRate: 0 });
    expect(stats.injected.throttled + stats.injected.unavailable).toBeGreaterThan(0);

    const reader = store.repository();
    const history = await reader.cycleCheckInHistory(cycle.id);
    const checkIns = [...history.values()].flat();
    const clientIds = checkIns.map((checkIn) => checkIn.clientId);
    expect(new Set(clientIds).size).toBe(clientIds.length);
    const storedValues = new Map(checkIns.map((checkIn) => [checkIn.clientId, checkIn.value]));
    for (const [clientId, value] of acknowledged) expect(storedValues.get(clientId)).toBe(value);
    expect(acknowledged.size).toBe(keyResultCount * rounds * 2);

    // As stored, not as a board read shows them (a read puts a KR behind its record right).
    const board = await reader.loadBoard({ cycleId: cycle.id });
    for (const { id } of board.keyResults) {
      const stored = keyResultFromItem(await store.readItem('keyResults', id));
      const latest = latestCheckIn(history.get(id) ?? []);
      expect({ id, current: stored.current }).toEqual({ id, current: latest?.value });
    }
  }, 60_000);
});
