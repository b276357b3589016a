import type { GraphError } from '@microsoft/microsoft-graph-client';
import { createGraphConnection, type GraphConnection } from '../../src/store/graph/connection';
import { checkSite, columnDefinition, provision } from '../../src/store/provisioning';
import { lists, listKeys } from '../../src/store/schema';
import { okrSite, startStore, type StoreFixture } from './store-fixture';

/**
 * A site set up before a column was indexed: the Check-ins list exists, holds check-ins, and its
 * MeetingId column is not indexed. Provisioning adds the index (Graph's "Update columnDefinition"
 * PATCH) without touching the items, and a second run changes nothing.
 */
const checkIns = lists.checkIns;
const meetingIdColumn = 'MeetingId';

interface Column {
  id: string;
  name: string;
  indexed: boolean;
}
interface Item {
  id: string;
  eTag: string;
  fields: Record<string, unknown>;
}

describe('provisioning adds a missing index to a column that holds data', () => {
  let store: StoreFixture;
  let graph: GraphConnection;
  let siteId: string;
  let listPath: string;

  beforeEach(async () => {
    store = await startStore({ provisioned: false });
    graph = createGraphConnection(store.connection());
    siteId = (await graph.client.api(`/sites/${okrSite}`).get()).id;
    const columns = checkIns.columns.map((column) => ({
      ...columnDefinition(column),
      ...(column.name === meetingIdColumn ? { indexed: false } : {}),
    }));
    expect(checkIns.columns.find((c) => c.name === meetingIdColumn)?.indexed).toBe(true);
    const list = await graph.client.api(`/sites/${siteId}/lists`).post({
      displayName: checkIns.displayName,
      columns,
      list: { template: 'genericList' },
    });
    listPath = `/sites/${siteId}/lists/${list.id}`;
    for (const [index, meeting] of ['meeting-a', 'meeting-b', 'meeting-a'].entries()) {
      await graph.client.api(`${listPath}/items`).post({
        fields: {
          Title: `Check-in ${index}`,
          ClientId: `client-${index}`,
          KeyResultId: 1,
          CycleId: 1,
          Value: 10 * (index + 1),
          CheckedInAt: `2026-01-0${index + 1}T09:00:00Z`,
          Source: 'meeting',
          MeetingId: meeting,
        },
      });
    }
  });
  afterEach(() => store.stop());

  const meetingId = async (): Promise<Column> =>
    (await graph.client.api(`${listPath}/columns`).get()).value.find(
      (c: Column) => c.name === meetingIdColumn,
    );
  const items = async (): Promise<Item[]> =>
    (await graph.client.api(`${listPath}/items`).expand('fields').orderby('fields/id').get()).value;
  const listETags = async (): Promise<Record<string, string>> =>
    Object.fromEntries(
      (await graph.client.api(`/sites/${siteId}/lists`).select('displayName,eTag').get()).value.map(
        (l: { displayName: string; eTag: string }) => [l.displayName, l.eTag],
      ),
    );

  test('the check names the index, provisioning adds it, the items are untouched', async () => {
    const before = await checkSite(store.connection());
    expect(before.missingIndexes).toEqual([
      { list: checkIns.displayName, column: meetingIdColumn },
    ]);
    expect(before.missingColumns).toEqual([]);
    const filterByMeeting = () =>
      graph.client.api(`${listPath}/items`).filter("fields/MeetingId eq 'meeting-a'").get();
    // Without the index, SharePoint refuses to filter on the column (list-view threshold).
    const refused: GraphError = await filterByMeeting().catch((error: GraphError) => error);
    expect(refused.statusCode).toBe(400);
    const itemsBefore = await items();

    const report = await provision(store.connection());
    expect(report.indexedColumns).toEqual([
      { list: checkIns.displayName, column: meetingIdColumn },
    ]);
    expect(report.addedColumns).toEqual([]);
    expect(report.createdLists).toEqual(
      listKeys.filter((key) => key !== 'checkIns').map((key) => lists[key].displayName),
    );
    expect(report.ready).toBe(true);
    expect(report.missingIndexes).toEqual([]);

    expect((await meetingId()).indexed).toBe(true);
    expect(await items()).toEqual(itemsBefore);
    expect((await filterByMeeting()).value.map((item: Item) => item.id)).toEqual(['1', '3']);
  });

  test('a second run changes nothing', async () => {
    await provision(store.connection());
    const eTagsAfterFirstRun = await listETags();
    store.emulator.resetStats();

    const second = await provision(store.connection());
    expect(second).toMatchObject({
      ready: true,
      createdLists: [],
      addedColumns: [],
      indexedColumns: [],
      missingLists: [],
      missingColumns: [],
      missingIndexes: [],
    });
    const stats = store.emulator.stats();
    expect(stats.byMethod.PATCH).toBeUndefined();
    expect(stats.byMethod.POST).toBe(stats.batches); // only the $batch reads of the layout
    expect(await listETags()).toEqual(eTagsAfterFirstRun);
    expect((await meetingId()).indexed).toBe(true);
  });
});

describe('provisioning makes check-in client ids unique where a site lost the constraint', () => {
  let store: StoreFixture;
  let graph: GraphConnection;
  let listPath: string;

  beforeEach(async () => {
    store = await startStore({ provisioned: false });
    graph = createGraphConnection(store.connection());
    const siteId = (await graph.client.api(`/sites/${okrSite}`).get()).id;
    const columns = checkIns.columns.map((column) => ({
      ...columnDefinition(column),
      ...(column.enforceUniqueValues ? { enforceUniqueValues: false } : {}),
    }));
    const list = await graph.client.api(`/sites/${siteId}/lists`).post({
      displayName: checkIns.displayName,
      columns,
      list: { template: 'genericList' },
    });
    listPath = `/sites/${siteId}/lists/${list.id}`;
  });
  afterEach(() => store.stop());

  const checkIn = (clientId: string) => ({
    fields: {
      Title: 'Check-in',
      ClientId: clientId,
      KeyResultId: 1,
      CycleId: 1,
      Value: 1,
      CheckedInAt: '2026-01-05T09:00:00Z',
      Source: 'excel',
    },
  });

  test('the check reports it, provisioning restores it, and a retried write is refused', async () => {
    expect((await checkSite(store.connection())).missingIndexes).toEqual([
      { list: checkIns.displayName, column: 'ClientId' },
    ]);

    const report = await provision(store.connection());
    expect(report.indexedColumns).toEqual([{ list: checkIns.displayName, column: 'ClientId' }]);
    expect(report.ready).toBe(true);

    await graph.client.api(`${listPath}/items`).post(checkIn('retried-client-id'));
    const duplicate: GraphError = await graph.client
      .api(`${listPath}/items`)
      .post(checkIn('retried-client-id'))
      .catch((error: GraphError) => error);
    expect(duplicate.statusCode).toBe(400);
  });
});
