import type { KeyResult } from '../../src/core/model';
import { ConflictError, InvalidError, NotFoundError } from '../../src/store/errors';
import type { CheckInDraft } from '../../src/store/repository';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

const draftFor = (kr: KeyResult, value: number, tag: string): CheckInDraft => ({
  clientId: `${tag}-${kr.id}`,
  keyResultId: kr.id,
  keyResultVersion: kr.version,
  value,
  confidence: 7,
  note: `Week ${tag}`,
  author: owner,
  at: '2026-02-02T09:00:00Z',
  source: 'excel',
});

describe('saving check-ins', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  async function boardOf(count: number) {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    await store.bulkKeyResults(objective, count);
    const board = await repository.loadBoard({ cycleId: cycle.id });
    await repository.loadOperatingModel();
    return { repository, cycle, keyResults: board.keyResults };
  }

  test.each([1, 20, 21, 250])(
    'writes %i check-ins in ceil(N/20) batches per kind of read and write',
    async (n) => {
      const { repository, keyResults } = await boardOf(n);
      const drafts = keyResults.map((kr) => draftFor(kr, kr.start + 10, 'w5'));

      store.emulator.resetStats();
      const report = await repository.saveCheckIns(drafts);
      const stats = store.emulator.stats();

      expect(report.failed).toEqual([]);
      expect(report.conflicts).toEqual([]);
      expect(report.saved).toHaveLength(n);
      // Reads: each KR (200) and, 15 KRs a query, their record from the check-in's time on
      // (200). Writes: the check-in create (201), then the KR update (200).
      const queries = Math.ceil(n / 15);
      const batches = 3 * Math.ceil(n / 20) + Math.ceil(queries / 20);
      expect(stats.total).toBe(batches);
      expect(stats.batches).toBe(batches);
      expect(stats.subRequestsByStatus).toEqual({ '200': 2 * n + queries, '201': n });

      const saved = report.saved.find((entry) => entry.keyResult.id === keyResults[0]!.id)!;
      expect(saved.keyResult.current).toBe(keyResults[0]!.start + 10);
      expect(saved.keyResult.confidence).toBe(7);
      expect(saved.keyResult.version).not.toBe(keyResults[0]!.version);
      expect(saved.checkIn.id).toBeDefined();
    },
  );

  test('a retried save never creates a duplicate and reports the stored check-ins as saved', async () => {
    const { repository, keyResults } = await boardOf(25);
    const drafts = keyResults.map((kr) => draftFor(kr, kr.start + 3, 'retry'));
    const first = await repository.saveCheckIns(drafts);
    const second = await repository.saveCheckIns(drafts);
    const third = await store.repository().saveCheckIns(drafts.slice(0, 3)); // another tab, cold caches

    expect(second.failed).toEqual([]);
    expect(second.conflicts).toEqual([]);
    expect(second.saved.map((s) => s.checkIn.id).sort()).toEqual(
      first.saved.map((s) => s.checkIn.id).sort(),
    );
    expect(third.saved).toHaveLength(3);
    const history = await repository.checkInHistory(keyResults.map((kr) => kr.id));
    for (const kr of keyResults) {
      expect(history.get(kr.id)!.map((c) => c.clientId)).toEqual([`retry-${kr.id}`]);
    }
  });

  test('a batch that partly fails reports exactly which drafts failed and why, and loses none', async () => {
    const { repository, cycle, keyResults } = await boardOf(30);
    const [stale, missingVersionOk, ...rest] = keyResults;
    // Someone else moves one KR after our board was read.
    const other = store.repository();
    await other.updateKeyResult({ ...stale!, title: 'Weekly active users, renamed' });

    const good = rest.map((kr) => draftFor(kr, kr.start + 1, 'mixed'));
    const conflicting = draftFor(stale!, 99, 'mixed');
    const invalid = { ...draftFor(rest[0]!, 5, 'bad'), confidence: 42 };
    const notFound = { ...draftFor(rest[1]!, 5, 'gone'), keyResultId: '999999' };
    const unversioned = {
      ...draftFor(missingVersionOk!, 50, 'mixed'),
      keyResultVersion: undefined,
    };

    const report = await repository.saveCheckIns([
      conflicting,
      ...good,
      invalid,
      notFound,
      unversioned,
    ]);

    expect(report.saved.map((s) => s.checkIn.clientId).sort()).toEqual(
      [...good, unversioned].map((d) => d.clientId).sort(),
    );
    expect(report.conflicts.map((c) => c.draft)).toEqual([conflicting]);
    const conflict = report.conflicts[0]!.error;
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict.theirs?.title).toBe('Weekly active users, renamed');
    expect(conflict.mine.current).toBe(99);
    expect(report.failed.map((f) => f.draft)).toEqual([invalid, notFound]);
    expect(report.failed[0]!.error).toBeInstanceOf(InvalidError);
    expect((report.failed[0]!.error as InvalidError).details.map((d) => d.field)).toContain(
      'confidence',
    );
    expect(report.failed[1]!.error).toBeInstanceOf(NotFoundError);

    // Nothing was written for the conflict: no stray check-in, KR unchanged.
    const history = await repository.checkInHistory([stale!.id]);
    expect(history.get(stale!.id)).toEqual([]);
    const board = await repository.loadBoard({ cycleId: cycle.id });
    expect(board.keyResults.find((kr) => kr.id === stale!.id)!.current).toBe(stale!.current);
  });

  test('with what it was typed against, a check-in on a KR renamed since is saved; on one whose value or target changed meanwhile it is a conflict', async () => {
    const { repository, keyResults } = await boardOf(3);
    const [renamed, checkedIn, retargeted] = keyResults;
    const other = store.repository();
    await other.updateKeyResult({ ...renamed!, title: 'Weekly active users, renamed' });
    await other.saveCheckIns([{ ...draftFor(checkedIn!, checkedIn!.start + 4, 'other') }]);
    await other.updateKeyResult({ ...retargeted!, target: retargeted!.target + 50 });
    const typedAgainst = (kr: KeyResult) => ({
      ...draftFor(kr, kr.start + 2, 'basis'),
      keyResultBasis: kr,
    });

    const report = await repository.saveCheckIns(
      [renamed!, checkedIn!, retargeted!].map(typedAgainst),
    );

    expect(report.failed).toEqual([]);
    expect(report.saved.map((s) => [s.keyResult.title, s.keyResult.current])).toEqual([
      ['Weekly active users, renamed', renamed!.start + 2],
    ]);
    expect(report.conflicts.map((c) => c.draft.keyResultId)).toEqual([
      checkedIn!.id,
      retargeted!.id,
    ]);
    const history = await repository.checkInHistory([checkedIn!.id, retargeted!.id]);
    expect(history.get(checkedIn!.id)!.map((c) => c.clientId)).toEqual([`other-${checkedIn!.id}`]);
    expect(history.get(retargeted!.id)).toEqual([]);
  });

  test('several check-ins of one KR: all are stored, the latest moves the KR', async () => {
    const { repository, keyResults } = await boardOf(1);
    const kr = keyResults[0]!;
    const weeks = [1, 2, 3].map((week) => ({
      ...draftFor(kr, kr.start + week * 10, `week${week}`),
      at: `2026-01-${String(5 + week * 7).padStart(2, '0')}T09:00:00Z`,
    }));
    const report = await repository.saveCheckIns([weeks[2]!, weeks[0]!, weeks[1]!]);
    expect(report.saved).toHaveLength(3);
    const history = (await repository.checkInHistory([kr.id])).get(kr.id)!;
    expect(history.map((c) => c.value)).toEqual([kr.start + 10, kr.start + 20, kr.start + 30]);
    expect(report.saved[0]!.keyResult.current).toBe(kr.start + 30);
    expect(report.saved[0]!.keyResult.lastCheckInAt).toBe(weeks[2]!.at);
  });

  test('reports progress and reads a whole cycle of history at once', async () => {
    const { repository, cycle, keyResults } = await boardOf(45);
    const progress: number[] = [];
    await repository.saveCheckIns(
      keyResults.map((kr) => draftFor(kr, kr.start + 1, 'p')),
      { onProgress: ({ done, total }) => progress.push(done / total) },
    );
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    const history = await repository.cycleCheckInHistory(cycle.id);
    expect([...history.values()].flat()).toHaveLength(45);
  });
});
