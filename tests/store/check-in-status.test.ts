import { checkSite, provision } from '../../src/store/provisioning';
import { lists } from '../../src/store/schema';
import { createGraphConnection } from '../../src/store/graph/connection';
import { InvalidError } from '../../src/store/errors';
import type { CheckInDraft } from '../../src/store/repository';
import {
  okrSite,
  owner,
  startStore,
  startingKeyResult,
  startingPoint,
  type StoreFixture,
} from './store-fixture';

const draft = (keyResultId: string, tag: string, more: Partial<CheckInDraft> = {}) =>
  ({
    clientId: `status-${tag}`,
    keyResultId,
    value: 10,
    note: '',
    author: owner,
    at: '2026-02-02T09:00:00Z',
    source: 'teams',
    ...more,
  }) as CheckInDraft;

describe("a check-in's status", () => {
  jest.setTimeout(60_000);
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  test('is kept in its own column and read back with the history; none is none', async () => {
    const repository = store.repository();
    const { objective } = await startingPoint(repository);
    const kr = await startingKeyResult(repository, objective);
    const report = await repository.saveCheckIns([
      draft(kr.id, 'a', { status: 'behind', at: '2026-02-02T09:00:00Z' }),
      draft(kr.id, 'b', { value: 12, at: '2026-02-09T09:00:00Z' }),
    ]);
    expect(report.failed).toEqual([]);
    const history = (await repository.checkInHistory([kr.id])).get(kr.id)!;
    expect(history.map((checkIn) => checkIn.status)).toEqual(['behind', undefined]);
    const stored = await store.readItem('checkIns', history[0]!.id!);
    expect(stored.fields.CheckInStatus).toBe('behind');
  });

  test('a status that is none of the six is refused before anything is written', async () => {
    const repository = store.repository();
    const { objective } = await startingPoint(repository);
    const kr = await startingKeyResult(repository, objective);
    const report = await repository.saveCheckIns([
      draft(kr.id, 'c', { status: 'sideways' as never }),
    ]);
    expect(report.saved).toEqual([]);
    expect(report.failed[0]!.error).toBeInstanceOf(InvalidError);
    expect(report.failed[0]!.error.message).toMatch(
      /Status: “sideways” is not one of notStarted, onTrack, behind, atRisk, closed, postponed/,
    );
    expect((await repository.checkInHistory([kr.id])).get(kr.id) ?? []).toEqual([]);
    // The emulator, like SharePoint, takes only the column's choices.
    await expect(
      store.bulkCreate('checkIns', [{ Title: 'x', CheckInStatus: 'sideways' }]),
    ).rejects.toThrow(/not one of its choices/);
  });

  test('a site set up before the column: the check reports it and provisioning adds it', async () => {
    const graph = createGraphConnection(store.connection());
    const site = await graph.client.api(`/sites/${okrSite}`).get();
    const list = await graph.client
      .api(`/sites/${site.id}/lists/${encodeURIComponent(lists.checkIns.displayName)}`)
      .expand('columns')
      .get();
    const column = (list.columns as { id: string; name: string }[]).find(
      (c) => c.name === 'CheckInStatus',
    )!;
    await graph.client.api(`/sites/${site.id}/lists/${list.id}/columns/${column.id}`).delete();

    const before = await checkSite(store.connection());
    expect(before.missingColumns).toEqual([
      { list: lists.checkIns.displayName, column: 'CheckInStatus' },
    ]);
    const repaired = await provision(store.connection());
    expect(repaired.addedColumns).toEqual([
      { list: lists.checkIns.displayName, column: 'CheckInStatus' },
    ]);
    expect((await checkSite(store.connection())).ready).toBe(true);
    const repository = store.repository();
    const { objective } = await startingPoint(repository);
    const kr = await startingKeyResult(repository, objective);
    const saved = await repository.saveCheckIns([draft(kr.id, 'e', { status: 'atRisk' })]);
    expect(saved.failed).toEqual([]);
    const history = (await repository.checkInHistory([kr.id])).get(kr.id)!;
    expect(history.map((checkIn) => checkIn.status)).toEqual(['atRisk']);
  });
});
