import { createGraphConnection } from '../../src/store/graph/connection';
import { ForbiddenError, NotFoundError } from '../../src/store/errors';
import { checkSite, columnDefinition, provision } from '../../src/store/provisioning';
import { lists, listKeys } from '../../src/store/schema';
import { startStore, startingPoint, type StoreFixture } from './store-fixture';

describe('provisioning the OKR site', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore({ provisioned: false });
  });
  afterEach(() => store.stop());

  test('creates every list, column and index on a fresh site, and the app can run', async () => {
    const before = await checkSite(store.connection());
    expect(before.ready).toBe(false);
    expect(before.missingLists).toEqual(listKeys.map((key) => lists[key].displayName));
    await expect(store.repository().listCycles()).rejects.toThrow(/not set up/);

    const report = await provision(store.connection());
    expect(report.ready).toBe(true);
    expect(report.createdLists).toHaveLength(listKeys.length);
    expect(report.missingColumns).toEqual([]);
    expect(report.missingIndexes).toEqual([]);

    const repository = store.repository();
    const { cycle } = await startingPoint(repository);
    expect((await repository.listCycles()).map((c) => c.id)).toEqual([cycle.id]);
  });

  test('a second run adds only what is missing and keeps every item', async () => {
    // A site set up by an older version: the Teams list without the parent column, with data.
    const graph = createGraphConnection(store.connection());
    const site = await graph.client.api('/sites/contoso.sharepoint.com:/sites/okr').get();
    const teams = lists.teams;
    const created = await graph.client.api(`/sites/${site.id}/lists`).post({
      displayName: teams.displayName,
      columns: [],
      list: { template: 'genericList' },
    });
    await graph.client
      .api(`/sites/${site.id}/lists/${created.id}/items`)
      .post({ fields: { Title: 'Contoso' } });

    const partial = await checkSite(store.connection());
    const teamColumns = teams.columns.map((column) => ({
      list: teams.displayName,
      column: column.name,
    }));
    expect(teamColumns.map((c) => c.column)).toEqual([
      'ParentTeamId',
      'SourceId',
      'ClientId',
      'GroupId',
      'TeamState',
      'Owners',
    ]);
    expect(partial.missingColumns).toEqual(teamColumns);
    expect(partial.missingLists).not.toContain(teams.displayName);

    const first = await provision(store.connection());
    expect(first.createdLists).not.toContain(teams.displayName);
    expect(first.createdLists).toHaveLength(listKeys.length - 1);
    expect(first.addedColumns).toEqual(teamColumns);
    expect(first.ready).toBe(true);

    // The added client id column is unique: a team create sent again finds the first.
    const repository = store.repository();
    const sales = await repository.createTeam({ name: 'Sales', parentTeamId: '1', clientId: 's1' });
    await expect(
      repository.createTeam({ name: 'Sales', parentTeamId: '1', clientId: 's1' }),
    ).resolves.toMatchObject({ id: sales.id });
    const second = await provision(store.connection());
    expect(second.createdLists).toEqual([]);
    expect(second.addedColumns).toEqual([]);
    expect(second.indexedColumns).toEqual([]);
    expect((await store.repository().listTeams()).map((t) => t.name)).toEqual(['Contoso', 'Sales']);
  });

  test('without Sites.Manage.All it fails with a ForbiddenError naming the permission', async () => {
    const readWriteOnly = store.connection(undefined, ['Sites.ReadWrite.All']);
    const check = await checkSite(readWriteOnly);
    expect(check.ready).toBe(false);

    const failure = await provision(readWriteOnly).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ForbiddenError);
    expect((failure as ForbiddenError).permission).toBe('Sites.Manage.All');
    expect((failure as ForbiddenError).message).toMatch(/Sites\.Manage\.All/);
    expect((failure as ForbiddenError).message).toMatch(/Sites\.Selected/);
    expect((await checkSite(store.connection())).missingLists).toHaveLength(listKeys.length);
  });

  test('an unknown site is a clear NotFoundError', async () => {
    const options = { ...store.connection(), site: 'contoso.sharepoint.com:/sites/nowhere' };
    await expect(checkSite(options)).rejects.toBeInstanceOf(NotFoundError);
    await expect(checkSite(options)).rejects.toThrow(/sites\/nowhere was not found/);
  });

  test('every filtered column is indexed, unique columns are indexed, single lines fit SharePoint', () => {
    for (const key of listKeys) {
      for (const column of lists[key].columns) {
        if (column.enforceUniqueValues) expect(column.indexed).toBe(true);
        if (column.indexed) expect(column.type.kind).not.toBe('note');
        if (column.type.kind === 'text') expect(column.type.maxLength).toBeLessThanOrEqual(255);
      }
    }
    const clientId = lists.checkIns.columns.find((c) => c.name === 'ClientId')!;
    expect(columnDefinition(clientId)).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
      text: { allowMultipleLines: false, maxLength: 64 },
    });
  });
});
