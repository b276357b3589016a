/**
 * A save of many check-ins reads each KR's record in queries of 15 KRs. When Graph keeps failing
 * one of those queries (its retries spent), only the drafts of its KRs fail; the rest of the round
 * is saved, and sending the failed drafts again saves each of them once.
 */
import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { demoUsers } from '../../src/dev/graph-emulator';
import { BatchExecutor, type BatchOptions, type BatchStep } from '../../src/store/graph/batch';
import { saveCheckIns } from '../../src/store/graph/check-in-writer';
import type { StoreCollaborators } from '../../src/store/graph/collaborators';
import { createGraphConnection } from '../../src/store/graph/connection';
import { KnownItems } from '../../src/store/graph/known-items';
import { ListPaths, MAX_PAGE_SIZE } from '../../src/store/graph/queries';
import { listIdsOf, readSiteLayout } from '../../src/store/graph/site';
import type { CheckInDraft } from '../../src/store/repository';
import { okrSite, seedBoard, startOkrStore, type OkrStore } from '../excel/support/okr-store';

/**
 * Sends every step as the real executor does, except the record query naming the KR `failing`:
 * it goes to a list that does not exist.
 */
class OneQueryFails extends BatchExecutor {
  failing = '';

  override run(steps: readonly BatchStep[], options?: BatchOptions) {
    return super.run(
      steps.map((step) =>
        step.method === 'GET' &&
        decodeURIComponent(step.url).includes(`KeyResultId eq ${this.failing} `)
          ? { ...step, url: step.url.replace(/\/lists\/[^/]+\//, '/lists/no-such-list/') }
          : step,
      ),
      options,
    );
  }
}

let store: OkrStore;
let writer: StoreCollaborators & { batch: OneQueryFails };

beforeAll(async () => {
  store = await startOkrStore();
  const connection = createGraphConnection({
    graphBaseUrl: store.graphBaseUrl,
    tokens: createDevTokenProvider({
      graphBaseUrl: store.graphBaseUrl,
      userId: demoUsers.diegoSiciliani.id,
    }),
    maxRetries: 0,
  });
  const layout = await readSiteLayout(new BatchExecutor(connection), okrSite, {});
  writer = {
    connection,
    paths: new ListPaths(layout.siteId, listIdsOf(layout).ids!, MAX_PAGE_SIZE),
    batch: new OneQueryFails(connection),
    known: new KnownItems(),
  };
}, 60_000);
afterAll(() => store.stop());

test('a record query Graph keeps failing fails only the drafts of its KRs', async () => {
  const board = await seedBoard(store.repository, store.teamId, 40, '2026-06-15');
  const drafts: CheckInDraft[] = board.keyResults.map((keyResult, index) => ({
    keyResultId: keyResult.id,
    keyResultVersion: keyResult.version,
    clientId: `record-failure-${keyResult.id}`,
    value: 10 + index,
    confidence: 6,
    note: '',
    author: store.author,
    at: '2026-06-15T10:00:00.000Z',
    source: 'excel',
  }));
  // The second query of 15 asks for KRs 16 to 30.
  writer.batch.failing = drafts[20]!.keyResultId;

  const first = await saveCheckIns(writer, defaultOperatingModel, drafts);
  const failedIds = first.failed.map(({ draft }) => draft.keyResultId);
  expect(failedIds).toHaveLength(15);
  expect(failedIds).toContain(drafts[20]!.keyResultId);
  expect(new Set(failedIds).size).toBe(15);
  expect(first.saved).toHaveLength(25);
  expect(first.conflicts).toEqual([]);

  writer.batch.failing = '';
  const again = await saveCheckIns(
    writer,
    defaultOperatingModel,
    first.failed.map(({ draft }) => draft),
  );
  expect(again.failed).toEqual([]);
  expect(again.saved.map(({ checkIn }) => checkIn.keyResultId).sort()).toEqual(
    [...failedIds].sort(),
  );

  const history = await store.repository.cycleCheckInHistory(board.cycle.id);
  for (const [index, draft] of drafts.entries()) {
    const record = history.get(draft.keyResultId) ?? [];
    expect(record.filter((checkIn) => checkIn.clientId === draft.clientId)).toHaveLength(1);
    expect(record.at(-1)?.value).toBe(10 + index);
  }
}, 120_000);
