import type { KeyResult } from '../../src/core/model';
import type { CheckInDraft } from '../../src/store/repository';
import { keyResultFromItem } from '../../src/store/mapping';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

/**
 * Thousands of check-ins while the emulator throttles 30% of requests and batch sub-requests
 * (429, Retry-After 0), answers 5% with 503 and drops a few connections (half of them after the
 * write was applied). Every check-in must land exactly once.
 */
describe('check-ins under faults', () => {
  let store: StoreFixture;
  beforeAll(async () => {
    store = await startStore({ seed: 7 });
  });
  afterAll(() => store.stop());

  test('2,000 check-ins land exactly once; KR values end consistent', async () => {
    const keyResultCount = 500;
    const rounds = 4;
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    await store.bulkKeyResults(objective, keyResultCount);
    let keyResults: readonly KeyResult[] = (await repository.loadBoard({ cycleId: cycle.id }))
      .keyResults;
    await repository.loadOperatingModel();

    store.emulator.resetStats();
    store.emulator.setFaults({
      throttleRate: 0.3,
      unavailableRate: 0.05,
      dropRate: 0.02,
      retryAfterSeconds: 0,
    });
    const expected = new Map<string, number>();
    let resubmitted = 0;
    for (let round = 1; round <= rounds; round++) {
      let drafts: CheckInDraft[] = keyResults.map((kr) => ({
        clientId: `round${round}-${kr.id}`,
        keyResultId: kr.id,
        keyResultVersion: kr.version,
        value: kr.start + round * 5,
        confidence: 1 + ((round + Number(kr.id)) % 10),
        note: `Round ${round}`,
        author: owner,
        at: `2026-02-0${round}T09:00:00Z`,
        source: 'meeting',
        meetingId: 'meeting-1',
      }));
      const moved = new Map<string, KeyResult>();
      let failures: string[] = [];
      // A client resubmits whatever a save reports as failed (the same drafts, same client ids).
      for (let attempt = 0; drafts.length > 0 && attempt < 5; attempt++) {
        const report = await repository.saveCheckIns(drafts);
        expect(report.conflicts).toEqual([]);
        for (const { keyResult } of report.saved) moved.set(keyResult.id, keyResult);
        drafts = report.failed.map((failure) => failure.draft);
        failures = report.failed.map(
          ({ draft, error }) => `${draft.clientId}: ${error.name}: ${error.message}`,
        );
        resubmitted += drafts.length;
      }
      expect(failures).toEqual([]);
      keyResults = keyResults.map((kr) => moved.get(kr.id)!);
      for (const kr of keyResults) expect(kr.current).toBe(kr.start + round * 5);
      for (const kr of keyResults) expect(kr.version).toBeDefined();
      keyResults.forEach((kr) => expected.set(kr.id, kr.current));
    }
    const stats = store.emulator.stats();
    store.emulator.setFaults({ throttleRate: 0, unavailableRate: 0, dropRate: 0 });

    expect(stats.injected.throttled).toBeGreaterThan(500);
    expect(stats.injected.unavailable).toBeGreaterThan(50);
    expect(stats.injected.dropped).toBeGreaterThan(0);

    const history = await store.repository().cycleCheckInHistory(cycle.id);
    const checkIns = [...history.values()].flat();
    const clientIds = checkIns.map((checkIn) => checkIn.clientId);
    expect(checkIns).toHaveLength(keyResultCount * rounds);
    expect(new Set(clientIds).size).toBe(keyResultCount * rounds);
    for (const [id, list] of history) {
      expect(list.map((c) => c.clientId)).toEqual(
        [1, 2, 3, 4].map((round) => `round${round}-${id}`),
      );
    }
    // As stored, not as a board read shows them (a read puts a KR behind its record right).
    for (const id of expected.keys()) {
      const kr = keyResultFromItem(await store.readItem('keyResults', id));
      expect(kr.current).toBe(expected.get(kr.id));
      expect(kr.current).toBe(history.get(kr.id)!.at(-1)!.value);
    }
    // Figures for the report.
    console.info(
      `fault test: ${keyResultCount * rounds} check-ins, ${stats.total} requests (${stats.batches} batches), ` +
        `injected ${JSON.stringify(stats.injected)}, drafts resubmitted by the client: ${resubmitted}`,
    );
  }, 240_000);
});
