import type { CheckIn, KeyResult } from '../../src/core/model';
import { ConflictError, InvalidError } from '../../src/store/errors';
import { versionOf } from '../../src/store/mapping';
import type { CheckInDraft } from '../../src/store/repository';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

const coachAt = '2026-02-20T10:00:00Z';

describe('correcting the record', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  /** A KR with three check-ins, the last one a mistake (the KR shows it). */
  async function withHistory() {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    const [created] = await store.bulkKeyResults(objective, 1);
    await repository.loadBoard({ cycleId: cycle.id });
    let keyResult: KeyResult = created!;
    const saved: CheckIn[] = [];
    for (const [index, value, confidence] of [
      [1, 20, 6],
      [2, 35, 7],
      [3, 900, 9],
    ] as const) {
      const draft: CheckInDraft = {
        clientId: `week-${index}`,
        keyResultId: keyResult.id,
        keyResultVersion: keyResult.version,
        value,
        confidence,
        note: index === 3 ? 'Typo' : `Week ${index}`,
        author: owner,
        at: `2026-02-0${index}T09:00:00Z`,
        source: 'teams',
      };
      const report = await repository.saveCheckIns([draft]);
      expect(report.failed).toEqual([]);
      saved.push(report.saved[0]!.checkIn);
      keyResult = report.saved[0]!.keyResult;
    }
    expect(keyResult.current).toBe(900);
    return { repository, cycle, keyResult, saved };
  }

  test('an edit keeps the check-in with its reason, and the KR follows its latest check-in', async () => {
    const { repository, saved } = await withHistory();
    const mistake = saved[2]!;
    const { checkIn, keyResult } = await repository.correctCheckIn({
      ...mistake,
      value: 40,
      confidence: 8,
      correction: { reason: 'Typed 900 for 40', by: owner, at: coachAt },
    });

    expect(checkIn).toMatchObject({ id: mistake.id, value: 40, confidence: 8, note: 'Typo' });
    expect(checkIn.correction).toEqual({ reason: 'Typed 900 for 40', by: owner, at: coachAt });
    expect(checkIn.version).not.toBe(mistake.version);
    expect(keyResult).toMatchObject({ current: 40, confidence: 8 });
    const history = await repository.checkInHistory([mistake.keyResultId]);
    expect(history.get(mistake.keyResultId)!.map((c) => c.value)).toEqual([20, 35, 40]);
  });

  test('a withdrawal keeps the check-in in the list with its reason, and the KR falls back to the latest remaining one', async () => {
    const { repository, saved } = await withHistory();
    const mistake = saved[2]!;
    const keyResult = await repository.withdrawCheckIn(mistake, {
      reason: 'Entered on the wrong KR',
      by: owner,
      at: coachAt,
    });

    expect(keyResult).toMatchObject({ current: 35, confidence: 7 });
    expect(keyResult.lastCheckInAt).toBe('2026-02-02T09:00:00Z');
    const history = await repository.checkInHistory([mistake.keyResultId]);
    expect(history.get(mistake.keyResultId)!.map((c) => c.value)).toEqual([20, 35]);
    const raw = await store.readItem('checkIns', mistake.id!);
    expect(raw.fields).toMatchObject({
      CorrectionReason: 'Entered on the wrong KR',
      WithdrawnAt: coachAt,
      CorrectedById: owner.id,
    });
  });

  test('withdrawing every check-in puts the KR back at its start', async () => {
    const { repository, saved } = await withHistory();
    let keyResult: KeyResult | undefined;
    for (const checkIn of saved) {
      keyResult = await repository.withdrawCheckIn(checkIn, {
        reason: 'Imported twice',
        by: owner,
        at: coachAt,
      });
    }
    expect(keyResult!.current).toBe(keyResult!.start);
    expect(keyResult!.confidence).toBeUndefined();
    expect(keyResult!.lastCheckInAt).toBeUndefined();
  });

  test('undoing a KR’s only check-in puts back the reading it had before', async () => {
    const repository = store.repository();
    const { cycle, objective } = await startingPoint(repository);
    const [created] = await store.bulkKeyResults(objective, 1);
    await repository.loadBoard({ cycleId: cycle.id });
    const before = { ...created!, current: 42, confidence: 5 };
    const report = await repository.saveCheckIns([
      {
        clientId: 'only-one',
        keyResultId: created!.id,
        keyResultVersion: created!.version,
        value: 60,
        confidence: 8,
        note: '',
        author: owner,
        at: '2026-02-01T09:00:00Z',
        source: 'teams',
      },
    ]);
    const keyResult = await repository.withdrawCheckIn(
      report.saved[0]!.checkIn,
      { reason: 'Undone right after saving', by: owner, at: coachAt },
      { before },
    );
    expect(keyResult).toMatchObject({ current: 42, confidence: 5 });
  });

  test('a correction without a reason, or of a check-in changed since it was read, writes nothing', async () => {
    const { repository, saved } = await withHistory();
    const mistake = saved[2]!;
    await expect(
      repository.withdrawCheckIn(mistake, { reason: '  ', by: owner, at: coachAt }),
    ).rejects.toBeInstanceOf(InvalidError);
    await expect(
      repository.correctCheckIn({
        ...mistake,
        value: -5,
        correction: { reason: 'Negative', by: owner, at: coachAt },
      }),
    ).rejects.toBeInstanceOf(InvalidError);

    await repository.correctCheckIn({
      ...mistake,
      value: 40,
      correction: { reason: 'First fix', by: owner, at: coachAt },
    });
    const stale = repository.correctCheckIn({
      ...mistake,
      value: 41,
      correction: { reason: 'Second fix on an old copy', by: owner, at: coachAt },
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const history = await repository.checkInHistory([mistake.keyResultId]);
    expect(history.get(mistake.keyResultId)!.at(-1)!.value).toBe(40);
  });

  test('a closed cycle’s check-ins are neither corrected nor withdrawn: its record is final', async () => {
    const { repository, cycle, saved } = await withHistory();
    const mistake = saved[2]!;
    await repository.updateCycle({ ...cycle, state: 'closed' });
    await repository.loadBoard({ cycleId: cycle.id });
    const closed = `The cycle “${cycle.name}” is closed; reopen it to change its OKRs.`;
    await expect(
      repository.withdrawCheckIn(mistake, { reason: 'Typo', by: owner, at: coachAt }),
    ).rejects.toThrow(closed);
    await expect(
      repository.correctCheckIn({
        ...mistake,
        value: 40,
        correction: { reason: 'Typed 900 for 40', by: owner, at: coachAt },
      }),
    ).rejects.toThrow(closed);
    const history = await repository.checkInHistory([mistake.keyResultId]);
    expect(history.get(mistake.keyResultId)!.map((checkIn) => checkIn.value)).toEqual([
      20, 35, 900,
    ]);
  });

  test('a check-in from a history read elsewhere holds less than its eTag, and is corrected with If-Match on the eTag stored', async () => {
    const { saved } = await withHistory();
    const mistake = saved[2]!;
    const [cycle] = await store.repository().listCycles();
    const elsewhere = store.repository();
    const history = await elsewhere.cycleCheckInHistory(cycle!.id);
    const read = history.get(mistake.keyResultId)!.at(-1)!;
    const eTag = versionOf(await store.readItem('checkIns', mistake.id!))!;
    expect(read.version!.length).toBeLessThan(eTag.length);

    // The emulator answers 412 to an If-Match that is not the item's eTag, as SharePoint does.
    const { checkIn } = await elsewhere.correctCheckIn({
      ...read,
      value: 40,
      correction: { reason: 'Typed 900 for 40', by: owner, at: coachAt },
    });
    expect(checkIn).toMatchObject({ id: mistake.id, value: 40 });
    expect((await store.readItem('checkIns', mistake.id!)).fields).toMatchObject({
      Value: 40,
      CorrectionReason: 'Typed 900 for 40',
    });
    // One an older cache kept with its whole eTag is corrected with that eTag.
    const again = await elsewhere.checkInHistory([mistake.keyResultId]);
    const latest = again.get(mistake.keyResultId)!.at(-1)!;
    await elsewhere.correctCheckIn({
      ...latest,
      version: versionOf(await store.readItem('checkIns', mistake.id!))!,
      value: 41,
      correction: { reason: 'Typed 40 for 41', by: owner, at: coachAt },
    });
    expect((await store.readItem('checkIns', mistake.id!)).fields).toMatchObject({ Value: 41 });
  });

  test('a check-in corrected or withdrawn since the history was read is a conflict, and nothing is written', async () => {
    const { repository, saved } = await withHistory();
    const [cycle] = await repository.listCycles();
    const elsewhere = store.repository();
    const history = await elsewhere.cycleCheckInHistory(cycle!.id);
    const [, second, third] = history.get(saved[0]!.keyResultId)!;
    await repository.correctCheckIn({
      ...saved[2]!,
      value: 40,
      correction: { reason: 'First fix', by: owner, at: coachAt },
    });
    await repository.withdrawCheckIn(saved[1]!, { reason: 'Wrong KR', by: owner, at: coachAt });

    const stale = elsewhere.correctCheckIn({
      ...third!,
      value: 41,
      correction: { reason: 'Second fix on an old copy', by: owner, at: coachAt },
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ theirs: { value: 40 } });
    await expect(
      elsewhere.withdrawCheckIn(second!, { reason: 'Twice', by: owner, at: coachAt }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await store.readItem('checkIns', saved[2]!.id!)).fields).toMatchObject({
      Value: 40,
      CorrectionReason: 'First fix',
    });
    expect((await store.readItem('checkIns', saved[1]!.id!)).fields).toMatchObject({
      CorrectionReason: 'Wrong KR',
    });
  });

  test('a board that follows changes drops a withdrawn check-in', async () => {
    const { repository, saved } = await withHistory();
    const mistake = saved[2]!;
    const [cycle] = await repository.listCycles();
    const { token } = await repository.changesSince({ cycleId: cycle!.id });
    await repository.withdrawCheckIn(mistake, { reason: 'Wrong KR', by: owner, at: coachAt });
    const changes = await repository.changesSince({ cycleId: cycle!.id }, token);
    expect(changes.removed.checkIns).toContain(mistake.id);
    expect(changes.checkIns.map((c) => c.id)).not.toContain(mistake.id);
    expect(changes.keyResults.find((kr) => kr.id === mistake.keyResultId)?.current).toBe(35);
  });
});
