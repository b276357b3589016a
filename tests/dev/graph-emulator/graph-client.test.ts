import {
  BatchRequestContent,
  BatchResponseContent,
  Client,
  GraphError,
  PageIterator,
  RetryHandlerOptions,
  type PageCollection,
} from '@microsoft/microsoft-graph-client';
import {
  demoOkrGroupId,
  demoOkrSite,
  demoUsers,
  emulatorToken,
} from '../../../src/dev/graph-emulator/index';
import { parseTop } from '../../../src/dev/graph-emulator/odata-query';
import { graphClient, startTestEmulator, tokenProvider } from './emulator-fixture';

/** Drives the emulator through the real @microsoft/microsoft-graph-client, as the product will. */
const sitePath = `/sites/${demoOkrSite.id}`;
const coach = demoUsers.adeleVance;

interface Item {
  id: string;
  eTag: string;
  fields: Record<string, unknown>;
  createdBy: { user: { id: string; displayName: string } };
}

let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
let client: Client;
let listId: string;
let itemsPath: string;

const team = (n: number) => ['Sales', 'Product', 'Engineering'][n % 3] as string;

beforeAll(async () => {
  fixture = await startTestEmulator({ pageSize: 200 });
  client = graphClient(fixture.emulator, tokenProvider(coach.id));
  const list = await client.api(`${sitePath}/lists`).post({
    displayName: 'Key Results',
    columns: [
      { name: 'Team', text: {}, indexed: true },
      { name: 'Progress', number: { minimum: 0, maximum: 100 }, indexed: true },
      { name: 'DueDate', dateTime: { format: 'dateOnly' }, indexed: true },
      { name: 'Done', boolean: {}, indexed: true },
      { name: 'Status', choice: { choices: ['OnTrack', 'AtRisk', 'OffTrack'] } },
      { name: 'ClientId', text: { maxLength: 36 }, indexed: true, enforceUniqueValues: true },
    ],
    list: { template: 'genericList' },
  });
  listId = list.id;
  itemsPath = `${sitePath}/lists/${listId}/items`;
  for (let n = 0; n < 30; n += 1) {
    await client.api(itemsPath).post({
      fields: {
        Title: `Key result ${n}`,
        Team: team(n),
        Progress: (n * 7) % 101,
        DueDate: `2025-0${1 + (n % 3)}-15`,
        Done: n % 4 === 0,
        Status: n % 2 ? 'OnTrack' : 'AtRisk',
        ClientId: `client-${n}`,
      },
    });
  }
});

afterAll(async () => {
  await fixture.stop();
});

describe('sites and lists', () => {
  it('finds the OKR site by id, by hostname:path and through its group', async () => {
    const byPath = await client.api('/sites/contoso.sharepoint.com:/sites/okr').get();
    const byGroup = await client.api(`/groups/${demoOkrGroupId}/sites/root`).get();
    const byId = await client.api(sitePath).get();
    expect(byPath.id).toBe(demoOkrSite.id);
    expect(byGroup.id).toBe(demoOkrSite.id);
    expect(byId).toMatchObject({
      id: demoOkrSite.id,
      webUrl: 'https://contoso.sharepoint.com/sites/okr',
      name: 'okr',
    });
  });

  it('answers a site with only the $select-ed properties, and refuses one a site has not', async () => {
    const selected = await client.api(sitePath).select('id,webUrl').get();
    expect(selected).toEqual({
      '@odata.context': expect.stringMatching(/\/\$metadata#sites\(id,webUrl\)\/\$entity$/),
      id: demoOkrSite.id,
      webUrl: 'https://contoso.sharepoint.com/sites/okr',
    });
    const unknown = await client
      .api(sitePath)
      .select('shoeSize')
      .get()
      .then(
        () => undefined,
        (error: { statusCode?: number }) => error.statusCode,
      );
    expect(unknown).toBe(400);
  });

  it('refuses, rather than ignores, the query options a site does not take', async () => {
    const refusal = (request: Promise<unknown>) =>
      request.then(
        () => undefined,
        (error: GraphError) => [error.statusCode, error.code],
      );
    expect(await refusal(client.api(sitePath).expand('lists').get())).toEqual([
      400,
      'notSupported',
    ]);
    expect(await refusal(client.api(sitePath).expand('shoeSize').get())).toEqual([
      400,
      'invalidRequest',
    ]);
    expect(await refusal(client.api(sitePath).top(3).get())).toEqual([400, 'invalidRequest']);
    expect(await refusal(client.api(sitePath).filter("name eq 'okr'").get())).toEqual([
      400,
      'invalidRequest',
    ]);
  });

  it('creates a list with its columns, readable by id or by title', async () => {
    const byTitle = await client.api(`${sitePath}/lists/Key Results`).expand('columns').get();
    expect(byTitle.id).toBe(listId);
    expect(byTitle.list.template).toBe('genericList');
    expect(byTitle.createdBy.user.id).toBe(coach.id);
    const columns = await client.api(`${sitePath}/lists/${listId}/columns`).get();
    const clientId = columns.value.find((c: { name: string }) => c.name === 'ClientId');
    expect(clientId).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
      text: { maxLength: 36 },
    });
    expect(columns.value.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Title', 'Team', 'Progress', 'DueDate', 'Done', 'Status']),
    );
  });
});

describe('items', () => {
  it('creates an item and reads it back with expand=fields(select=…)', async () => {
    const created: Item = await client
      .api(itemsPath)
      .post({ fields: { Title: 'Grow revenue', Team: 'Sales', Progress: 10 } });
    expect(created.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(created.createdBy.user).toMatchObject({ id: coach.id, displayName: coach.displayName });
    const read: Item = await client
      .api(`${itemsPath}/${created.id}`)
      .expand('fields(select=Title,Progress)')
      .get();
    expect(read.fields).toEqual({
      '@odata.etag': created.eTag,
      Title: 'Grow revenue',
      Progress: 10,
    });
    await client.api(`${itemsPath}/${created.id}`).delete();
    await expect(client.api(`${itemsPath}/${created.id}`).get()).rejects.toMatchObject({
      statusCode: 404,
      code: 'itemNotFound',
    });
  });

  it('filters on indexed fields with and/or/parentheses and orders by a field', async () => {
    const page = await client
      .api(itemsPath)
      .expand('fields')
      .filter(
        "(fields/Team eq 'Sales' or fields/Team eq 'Product') and fields/Progress ge 20 and fields/Done eq false",
      )
      .orderby('fields/Progress desc')
      .get();
    const progress = page.value.map((item: Item) => item.fields.Progress as number);
    const expected = Array.from({ length: 30 }, (_, n) => n)
      .filter((n) => team(n) !== 'Engineering' && (n * 7) % 101 >= 20 && n % 4 !== 0)
      .map((n) => (n * 7) % 101)
      .sort((a, b) => b - a);
    expect(progress).toEqual(expected);
  });

  it('filters on date-time columns with quoted ISO literals', async () => {
    const page = await client
      .api(itemsPath)
      .expand('fields(select=DueDate)')
      .filter("fields/DueDate lt '2025-02-01'")
      .top(999)
      .get();
    expect(page.value).toHaveLength(10);
    expect(page.value.every((item: Item) => item.fields.DueDate === '2025-01-15T00:00:00Z')).toBe(
      true,
    );
  });

  it('pages with @odata.nextLink through the PageIterator, in a stable order', async () => {
    const first: PageCollection = await client
      .api(itemsPath)
      .expand('fields(select=ClientId)')
      .orderby('fields/Progress')
      .top(7)
      .get();
    expect(first.value).toHaveLength(7);
    expect(first['@odata.nextLink']).toContain('$skiptoken=');
    const seen: string[] = [];
    const iterator = new PageIterator(client, first, (item: Item) => {
      seen.push(item.fields.ClientId as string);
      return true;
    });
    await iterator.iterate();
    const expected = Array.from({ length: 30 }, (_, n) => n)
      .sort((a, b) => ((a * 7) % 101) - ((b * 7) % 101) || a - b)
      .map((n) => `client-${n}`);
    expect(seen).toEqual(expected);
  });

  it('refuses a filter on a non-indexed column unless the request opts in', async () => {
    const error: GraphError = await client
      .api(itemsPath)
      .filter("fields/Status eq 'AtRisk'")
      .get()
      .catch((e) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('invalidRequest');
    expect(error.message).toContain(
      "Field 'Status' cannot be referenced in filter or orderby as it is not indexed",
    );
    const allowed = await client
      .api(itemsPath)
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .filter("fields/Status eq 'AtRisk'")
      .top(999)
      .get();
    expect(allowed.value).toHaveLength(15);
  });

  it('refuses a compound filter with a non-indexed column among indexed ones unless the request opts in', async () => {
    const mixed = "fields/Team eq 'Sales' and fields/Status eq 'AtRisk'";
    const refused: GraphError = await client
      .api(itemsPath)
      .filter(mixed)
      .get()
      .catch((e) => e);
    expect([refused.statusCode, refused.code]).toEqual([400, 'invalidRequest']);
    expect(refused.message).toContain(
      "Field 'Status' cannot be referenced in filter or orderby as it is not indexed",
    );
    const allowed: PageCollection = await client
      .api(itemsPath)
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .expand('fields(select=ClientId)')
      .filter(mixed)
      .top(999)
      .get();
    expect((allowed.value as Item[]).map((item) => item.fields.ClientId).sort()).toEqual(
      Array.from({ length: 30 }, (_, n) => n)
        .filter((n) => n % 3 === 0 && n % 2 === 0)
        .map((n) => `client-${n}`)
        .sort(),
    );
  });

  it('answers a $top above 5,000 as a page of at most 5,000 items, not a 400', async () => {
    const page: PageCollection = await client
      .api(itemsPath)
      .expand('fields(select=ClientId)')
      .top(5001)
      .get();
    const seen = (page.value as Item[]).map((item) => item.fields.ClientId);
    for (let n = 0; n < 30; n += 1) expect(seen).toContain(`client-${n}`);
    expect(page['@odata.nextLink']).toBeUndefined();
    expect(parseTop('5001', 200, 5000)).toBe(5000);
    expect(parseTop('99999999999', 200, 5000)).toBe(5000);
  });

  it('filters on listItem properties as on the columns they are read from (lastModifiedDateTime is Modified)', async () => {
    const marker: Item & { lastModifiedDateTime: string; createdDateTime: string } = await client
      .api(itemsPath)
      .post({ fields: { Title: 'Filtered by when', Progress: 1 } });
    const since = marker.lastModifiedDateTime;
    const nonIndexed = 'HonorNonIndexedQueriesWarningMayFailRandomly';
    const filtered = async (filter: string) => {
      const page: PageCollection = await client
        .api(itemsPath)
        .header('Prefer', nonIndexed)
        .filter(filter)
        .top(999)
        .get();
      return page.value as { id: string; lastModifiedDateTime: string }[];
    };
    const fromThen = await filtered(`lastModifiedDateTime ge ${since}`);
    expect(fromThen.map((item) => item.id)).toContain(marker.id);
    expect(fromThen.every((item) => item.lastModifiedDateTime >= since)).toBe(true);
    const before = await filtered(`lastModifiedDateTime lt ${since}`);
    expect(before.map((item) => item.id)).not.toContain(marker.id);
    expect(before.every((item) => item.lastModifiedDateTime < since)).toBe(true);
    expect(before.length + fromThen.length).toBe((await filtered('id ge 1')).length);
    expect((await filtered(`createdDateTime ge ${marker.createdDateTime}`)).length).toBeGreaterThan(
      0,
    );
    expect((await filtered(`id eq ${marker.id}`)).map((item) => item.id)).toEqual([marker.id]);

    // Modified is not indexed: without the Prefer header, refused as a column filter is.
    const refused: GraphError = await client
      .api(itemsPath)
      .filter(`lastModifiedDateTime ge ${since}`)
      .get()
      .catch((e) => e);
    expect([refused.statusCode, refused.code]).toEqual([400, 'invalidRequest']);
    expect(refused.message).toContain(
      "Field 'Modified' cannot be referenced in filter or orderby as it is not indexed",
    );
    // A listItem property the emulator does not filter on says so.
    const unmodelled: GraphError = await client
      .api(itemsPath)
      .header('Prefer', nonIndexed)
      .filter("webUrl eq 'x'")
      .get()
      .catch((e) => e);
    expect([unmodelled.statusCode, unmodelled.code]).toEqual([400, 'notSupported']);
    expect(unmodelled.message).toContain('id, createdDateTime, lastModifiedDateTime');
  });

  it('answers a stale If-Match with 412 and leaves the item unchanged', async () => {
    const item: Item = await client
      .api(itemsPath)
      .post({ fields: { Title: 'Conflict me', Progress: 1 } });
    const fieldsPath = `${itemsPath}/${item.id}/fields`;
    const updated = await client
      .api(fieldsPath)
      .header('If-Match', item.eTag)
      .patch({ Progress: 2 });
    expect(updated.Progress).toBe(2);
    const error: GraphError = await client
      .api(fieldsPath)
      .header('If-Match', item.eTag)
      .patch({ Progress: 3 })
      .catch((e) => e);
    expect(error.statusCode).toBe(412);
    expect(error.code).toBe('resourceModified');
    const current = await client.api(fieldsPath).get();
    expect(current.Progress).toBe(2);
    const forced = await client.api(fieldsPath).header('If-Match', '*').patch({ Progress: 4 });
    expect(forced.Progress).toBe(4);
    expect(forced['@odata.etag']).toMatch(/,3"$/);
  });

  it('refuses a DELETE on a stale If-Match with 412, as Graph does, and keeps the item', async () => {
    // https://learn.microsoft.com/graph/api/listitem-delete takes If-Match: a mismatch is 412.
    const item: Item = await client.api(itemsPath).post({ fields: { Title: 'Keep me' } });
    const itemPath = `${itemsPath}/${item.id}`;
    await client.api(`${itemPath}/fields`).header('If-Match', item.eTag).patch({ Progress: 2 });

    const error: GraphError = await client
      .api(itemPath)
      .header('If-Match', item.eTag)
      .delete()
      .catch((e) => e);

    expect([error.statusCode, error.code]).toEqual([412, 'resourceModified']);
    expect((await client.api(itemPath).get()).id).toBe(item.id);
    const current: Item = await client.api(itemPath).get();
    await client.api(itemPath).header('If-Match', current.eTag).delete();
    const gone: GraphError = await client
      .api(itemPath)
      .get()
      .catch((e) => e);
    expect(gone.statusCode).toBe(404);
  });

  it('refuses unknown fields, wrong types and duplicate unique values with 400', async () => {
    const attempts = [
      { Title: 'x', Nope: 1 },
      { Title: 'x', Progress: 'ten' },
      { Title: 'x', Progress: 101 },
      { Title: 'x', Status: 'Maybe' },
      { Title: 'x', ClientId: 'CLIENT-1' },
    ];
    const before = (await client.api(itemsPath).top(999).get()).value.length;
    for (const fields of attempts) {
      const error: GraphError = await client
        .api(itemsPath)
        .post({ fields })
        .catch((e) => e);
      expect(error.statusCode).toBe(400);
    }
    const duplicate: GraphError = await client
      .api(itemsPath)
      .post({ fields: { ClientId: 'client-1' } })
      .catch((e) => e);
    expect(duplicate.message).toBe(
      'One or more fields with unique constraints already has the provided value.',
    );
    expect((await client.api(itemsPath).top(999).get()).value.length).toBe(before);
  });
});

describe('$batch', () => {
  const request = (url: string, init?: RequestInit) =>
    new Request(`${fixture.emulator.graphBaseUrl}${url}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', ...(init?.headers as Record<string, string>) },
    });

  it('runs dependent requests in order and answers 424 for dependents of a failure', async () => {
    const batch = new BatchRequestContent([
      {
        id: '1',
        request: request(itemsPath, {
          method: 'POST',
          body: JSON.stringify({ fields: { Title: 'Batched', ClientId: 'batch-1' } }),
        }),
      },
      {
        id: '2',
        request: request(`${itemsPath}?$filter=fields/ClientId eq 'batch-1'&expand=fields`),
        dependsOn: ['1'],
      },
      {
        id: '3',
        request: request(itemsPath, {
          method: 'POST',
          body: JSON.stringify({ fields: { ClientId: 'batch-1' } }),
        }),
        dependsOn: ['2'],
      },
      { id: '4', request: request(`${itemsPath}/1`), dependsOn: ['3'] },
    ]);
    const response = new BatchResponseContent(
      await client.api('/$batch').post(await batch.getContent()),
    );
    expect(response.getResponseById('1').status).toBe(201);
    const found = await response.getResponseById('2').json();
    expect(found.value.map((item: Item) => item.fields.Title)).toEqual(['Batched']);
    expect(response.getResponseById('3').status).toBe(400);
    expect(response.getResponseById('4').status).toBe(424);
  });

  it('honours If-Match inside a batch', async () => {
    const item: Item = await client.api(itemsPath).post({ fields: { Title: 'Batch etag' } });
    const patch = (id: string, eTag: string) => ({
      id,
      request: request(`${itemsPath}/${item.id}/fields`, {
        method: 'PATCH',
        headers: { 'If-Match': eTag },
        body: JSON.stringify({ Progress: 50 }),
      }),
    });
    const batch = new BatchRequestContent([
      patch('fresh', item.eTag),
      patch('stale', '"00000000-0000-0000-0000-000000000000,1"'),
    ]);
    const response = new BatchResponseContent(
      await client.api('/$batch').post(await batch.getContent()),
    );
    expect(response.getResponseById('fresh').status).toBe(200);
    expect(response.getResponseById('stale').status).toBe(412);
  });
});

describe('auth', () => {
  it("answers 401 when the SDK's default chain sends no token over plain http", async () => {
    const defaultChain = Client.initWithMiddleware({
      authProvider: tokenProvider(coach.id),
      baseUrl: fixture.emulator.url,
    });
    const error: GraphError = await defaultChain
      .api('/me')
      .get()
      .catch((e) => e);
    expect(error.statusCode).toBe(401);
    expect(error.code).toBe('InvalidAuthenticationToken');
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 401 to a garbled token and 403 when a scope is missing', async () => {
    const garbled = graphClient(fixture.emulator, { getAccessToken: async () => 'not-a-token' });
    await expect(garbled.api('/me').get()).rejects.toMatchObject({
      statusCode: 401,
      code: 'InvalidAuthenticationToken',
    });
    const readWrite = graphClient(
      fixture.emulator,
      tokenProvider(coach.id, 'Sites.ReadWrite.All User.Read'),
    );
    const error: GraphError = await readWrite
      .api(`${sitePath}/lists`)
      .post({ displayName: 'Nope' })
      .catch((e) => e);
    expect(error.statusCode).toBe(403);
    expect(error.code).toBe('accessDenied');
    expect(error.message).toContain('Sites.Manage.All');
    const readOnly = graphClient(fixture.emulator, tokenProvider(coach.id, 'Sites.Read.All'));
    await expect(readOnly.api(itemsPath).post({ fields: { Title: 'x' } })).rejects.toMatchObject({
      statusCode: 403,
    });
    expect((await readOnly.api(itemsPath).top(1).get()).value).toHaveLength(1);
  });

  it('serves /me and /users/{id} from the tenant, attributing writes to the token user', async () => {
    const alex = graphClient(
      fixture.emulator,
      tokenProvider(demoUsers.alexWilber.id, 'Sites.ReadWrite.All User.ReadBasic.All'),
    );
    expect((await alex.api('/me').get()).displayName).toBe('Alex Wilber');
    expect((await alex.api(`/users/${coach.id}`).get()).userPrincipalName).toBe(
      coach.userPrincipalName,
    );
    const item: Item = await alex.api(itemsPath).post({ fields: { Title: 'By Alex' } });
    expect(item.createdBy.user.id).toBe(demoUsers.alexWilber.id);
    expect(emulatorToken(coach.id)).toMatch(/^emu\.[\w-]+\.[\w-]{43}$/);
  });
});

describe('fault injection', () => {
  afterEach(() => {
    fixture.emulator.setFaults({ throttleRate: 0, unavailableRate: 0, retryAfterSeconds: 0 });
  });

  it("retries after an injected 429 through the SDK's RetryHandler, honouring Retry-After", async () => {
    fixture.emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    fixture.emulator.resetStats();
    const retryAfterSeen: Array<string | null> = [];
    const retrying = graphClient(
      fixture.emulator,
      tokenProvider(coach.id),
      new RetryHandlerOptions(0, 3, (_delay, _attempt, _request, _options, response) => {
        retryAfterSeen.push(response.headers.get('Retry-After'));
        fixture.emulator.setFaults({ throttleRate: 0 });
        return true;
      }),
    );
    const me = await retrying.api('/me').get();
    expect(me.id).toBe(coach.id);
    expect(retryAfterSeen).toEqual(['0']);
    const stats = fixture.emulator.stats();
    expect(stats.byStatus).toEqual({ '429': 1, '200': 1 });
    expect(stats.injected.throttled).toBe(1);
  });

  it('throttles sub-requests of a batch individually, inside a 200 batch', async () => {
    fixture.emulator.setFaults({ throttleRate: 0.4, retryAfterSeconds: 0 });
    const batch = new BatchRequestContent(
      Array.from({ length: 20 }, (_, n) => ({
        id: String(n),
        request: request(`${itemsPath}/${n + 1}`),
      })),
    );
    const content = await batch.getContent();
    let statuses: number[] = [];
    const plain = graphClient(
      fixture.emulator,
      tokenProvider(coach.id),
      new RetryHandlerOptions(0, 0),
    );
    for (let attempt = 0; attempt < 10 && !statuses.length; attempt += 1) {
      const body = await plain
        .api('/$batch')
        .post(content)
        .catch(() => undefined);
      if (body) statuses = body.responses.map((r: { status: number }) => r.status);
    }
    expect(statuses).toContain(429);
    expect(statuses).toContain(200);
  });

  function request(url: string) {
    return new Request(`${fixture.emulator.graphBaseUrl}${url}`);
  }
});
