import { startStore, startingPoint, owner, type StoreFixture } from './store-fixture';

describe('progress rolled up from children, stored', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  }, 60_000);
  afterEach(() => store.stop());

  test('a KR keeps what it rolls up from and an objective that it rolls up aligned ones, through edits', async () => {
    const alice = store.repository();
    const bob = store.repository();
    const { cycle, team, objective } = await startingPoint(alice);
    const company = await alice.updateObjective({ ...objective, rollsUpAligned: true });
    const emea = await alice.createObjective({
      cycleId: cycle.id,
      teamId: team.id,
      title: 'Win EMEA',
      description: '',
      commitment: 'committed',
      state: 'active',
      owner,
      parentId: company.id,
      alignments: [{ objectiveId: company.id, weight: 0.4 }],
    });
    const [subKr] = await store.bulkKeyResults(emea, 1);
    const rolledUpFrom = [
      { kind: 'objective' as const, id: emea.id, weight: 0.6 },
      { kind: 'keyResult' as const, id: subKr!.id, weight: 0.4 },
    ];
    const revenue = await alice.createKeyResult({
      objectiveId: company.id,
      title: 'Revenue from 1 to 2 M$',
      kind: 'increase',
      start: 1,
      target: 2,
      current: 1,
      unit: 'M$',
      weight: 1,
      rolledUpFrom,
    });
    expect(revenue.rolledUpFrom).toEqual(rolledUpFrom);

    const board = await bob.loadBoard({ cycleId: cycle.id });
    expect(board.objectives.find((o) => o.id === company.id)?.rollsUpAligned).toBe(true);
    expect(board.objectives.find((o) => o.id === emea.id)?.alignments).toEqual([
      { objectiveId: company.id, weight: 0.4 },
    ]);
    const seen = board.keyResults.find((kr) => kr.id === revenue.id)!;
    expect(seen.rolledUpFrom).toEqual(rolledUpFrom);

    // Editing the KR's title keeps where its progress comes from; the other KR has none.
    const renamed = await bob.updateKeyResult({ ...seen, title: 'Revenue from 1 to 2.5 M$' });
    expect(renamed.rolledUpFrom).toEqual(rolledUpFrom);
    expect(board.keyResults.find((kr) => kr.id === subKr!.id)?.rolledUpFrom).toBeUndefined();
    expect(board.objectives.find((o) => o.id === emea.id)?.rollsUpAligned).toBeUndefined();
  }, 60_000);

  test('a rolled-up KR is refused a check-in of its own, whether the store knew it or reads it first', async () => {
    const repository = store.repository();
    const { objective } = await startingPoint(repository);
    const [feeder] = await store.bulkKeyResults(objective, 1);
    const rolledUp = await repository.createKeyResult({
      objectiveId: objective.id,
      title: 'Revenue from 1 to 2 M$',
      kind: 'increase',
      start: 1,
      target: 2,
      current: 1,
      unit: 'M$',
      weight: 1,
      rolledUpFrom: [{ kind: 'keyResult', id: feeder!.id, weight: 1 }],
    });
    const draft = (repositoryTag: string, keyResultId: string) => ({
      clientId: `rolled-${repositoryTag}-${keyResultId}`,
      keyResultId,
      value: 1.5,
      note: '',
      author: owner,
      at: '2026-02-02T09:00:00Z',
      source: 'teams' as const,
    });
    const message =
      '“Revenue from 1 to 2 M$” rolls up from the OKRs aligned to it, so it takes no check-in of its own';
    // This repository created the KR, so it knows it rolls up before any request.
    const known = await repository.saveCheckIns([draft('a', rolledUp.id), draft('a', feeder!.id)]);
    expect(known.saved.map((saved) => saved.checkIn.keyResultId)).toEqual([feeder!.id]);
    expect(known.failed[0]!.error.name).toBe('InvalidError');
    expect(known.failed[0]!.error.message).toContain(message);
    // A fresh one learns it from the KR it reads; nothing is written either way.
    const fresh = await store.repository().saveCheckIns([draft('b', rolledUp.id)]);
    expect(fresh.saved).toEqual([]);
    expect(fresh.failed[0]!.error.message).toContain(message);
    expect((await repository.checkInHistory([rolledUp.id])).get(rolledUp.id) ?? []).toEqual([]);
  }, 60_000);
});
