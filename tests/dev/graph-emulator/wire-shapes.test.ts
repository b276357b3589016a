import { demoOkrSite, demoUsers, emulatorToken } from '../../../src/dev/graph-emulator/index';
import { startTestEmulator } from './emulator-fixture';

/** What a plain HTTP client (curl, fetch) sees: the documented JSON shapes, headers and control API. */
let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
const auth = {
  Authorization: `Bearer ${emulatorToken(demoUsers.meganBowen.id)}`,
  'Content-Type': 'application/json',
};
const listPath = `/sites/${demoOkrSite.id}/lists/Objectives`;

async function graph(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${fixture.emulator.graphBaseUrl}${path}`, {
    method,
    headers: { ...auth, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

async function control(method: string, action: string, body?: unknown) {
  const response = await fetch(`${fixture.emulator.url}/_emulator/${action}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-OKR-Stack-Secret': fixture.emulator.secret },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
  fixture = await startTestEmulator({
    pageSize: 3,
    seed: 7,
    allowedOrigins: ['http://127.0.0.1:5300'],
  });
  const created = await graph('POST', `/sites/${demoOkrSite.id}/lists`, {
    displayName: 'Objectives',
    columns: [{ name: 'Level', choice: { choices: ['Company', 'Team'] } }],
    list: { template: 'genericList' },
  });
  expect(created.status).toBe(201);
  for (const title of ['Delight customers', 'Grow revenue', 'Ship faster', 'Hire well']) {
    expect(
      (await graph('POST', `${listPath}/items`, { fields: { Title: title, Level: 'Team' } }))
        .status,
    ).toBe(201);
  }
});

afterAll(async () => {
  await fixture.stop();
});

it('lists items as { @odata.context, value: [{ id, eTag, fields, createdBy, … }], @odata.nextLink }', async () => {
  const { status, body } = await graph('GET', `${listPath}/items?expand=fields`);
  expect(status).toBe(200);
  expect(body['@odata.context']).toMatch(
    /\/v1\.0\/\$metadata#sites\('contoso\.sharepoint\.com%2C.+'\)\/lists\('[0-9a-f-]{36}'\)\/items$/,
  );
  expect(body.value).toHaveLength(3);
  expect(body['@odata.nextLink']).toMatch(
    new RegExp(`^${fixture.emulator.graphBaseUrl.replace(/\./g, '\\.')}/sites/.+\\$skiptoken=`),
  );
  const [first] = body.value;
  expect(first).toEqual(
    expect.objectContaining({
      '@odata.etag': first.eTag,
      id: '1',
      eTag: expect.stringMatching(/^"[0-9a-f-]{36},1"$/),
      createdDateTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      lastModifiedDateTime: expect.stringMatching(/Z$/),
      webUrl: 'https://contoso.sharepoint.com/sites/okr/Lists/Objectives/1_.000',
      createdBy: {
        user: expect.objectContaining({ id: demoUsers.meganBowen.id, displayName: 'Megan Bowen' }),
      },
      lastModifiedBy: { user: expect.objectContaining({ id: demoUsers.meganBowen.id }) },
      parentReference: expect.objectContaining({ siteId: demoOkrSite.id }),
      fields: expect.objectContaining({
        '@odata.etag': first.eTag,
        id: '1',
        Title: 'Delight customers',
        Level: 'Team',
        ContentType: 'Item',
      }),
    }),
  );
  const next = await fetch(body['@odata.nextLink'], { headers: auth }).then((r) => r.json());
  expect(next.value.map((item: { id: string }) => item.id)).toEqual(['4']);
  expect(next['@odata.nextLink']).toBeUndefined();
});

it("answers errors in Graph's shape, with request-id and the caller's client-request-id", async () => {
  const { status, headers, body } = await graph('GET', `${listPath}/items/999`, undefined, {
    'client-request-id': 'abc-123',
  });
  expect(status).toBe(404);
  expect(headers.get('client-request-id')).toBe('abc-123');
  expect(body).toEqual({
    error: {
      code: 'itemNotFound',
      message: expect.any(String),
      innerError: {
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
        'request-id': headers.get('request-id'),
        'client-request-id': 'abc-123',
      },
    },
  });
  const unknown = await graph('GET', '/drives');
  expect(unknown.status).toBe(400);
  expect(unknown.body.error).toMatchObject({
    code: 'BadRequest',
    message: "Resource not found for the segment 'drives'.",
  });
});

it("answers a call without a valid token with Graph's 401: its WWW-Authenticate challenge and error body", async () => {
  const challenge =
    'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
  for (const authorization of [undefined, 'Bearer not-a-token']) {
    const response = await fetch(`${fixture.emulator.graphBaseUrl}/me`, {
      headers: {
        'client-request-id': 'abc-401',
        ...(authorization ? { Authorization: authorization } : {}),
      },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(challenge);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: {
        code: 'InvalidAuthenticationToken',
        message: authorization
          ? 'CompactToken parsing failed with error code: 80049217'
          : 'Access token is empty.',
        innerError: {
          date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
          'request-id': response.headers.get('request-id'),
          'client-request-id': 'abc-401',
        },
      },
    });
  }
  // A page of the local stack can read the challenge: CORS exposes the header.
  const fromPage = await fetch(`${fixture.emulator.graphBaseUrl}/me`, {
    headers: { Origin: 'http://127.0.0.1:5300' },
  });
  expect(fromPage.status).toBe(401);
  expect(fromPage.headers.get('access-control-expose-headers')?.toLowerCase()).toContain(
    'www-authenticate',
  );
});

it('answers CORS preflights for a browser app on another loopback port', async () => {
  const response = await fetch(`${fixture.emulator.graphBaseUrl}${listPath}/items/1/fields`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://127.0.0.1:5300',
      'Access-Control-Request-Method': 'PATCH',
      'Access-Control-Request-Headers': 'authorization,if-match,prefer,content-type',
    },
  });
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5300');
  const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
  for (const name of [
    'authorization',
    'if-match',
    'prefer',
    'content-type',
    'client-request-id',
    'sdkversion',
    'cache-control',
  ]) {
    expect(allowed).toContain(name);
  }
  const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase();
  for (const name of ['etag', 'retry-after', 'request-id', 'client-request-id'])
    expect(exposed).toContain(name);
});

it('refuses a batch of more than 20 requests and a dependsOn cycle', async () => {
  const requests = Array.from({ length: 21 }, (_, n) => ({
    id: String(n),
    method: 'GET',
    url: '/me',
  }));
  expect((await graph('POST', '/$batch', { requests })).status).toBe(400);
  const cycle = await graph('POST', '/$batch', {
    requests: [
      { id: 'a', method: 'GET', url: '/me', dependsOn: ['b'] },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
    ],
  });
  expect(cycle.status).toBe(400);
  expect(cycle.body.error.code).toBe('BadRequest');
});

it('counts requests, batches and statuses, and resets the counts', async () => {
  await control('POST', 'stats/reset');
  await graph('GET', '/me');
  await graph('POST', '/$batch', {
    requests: [
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: `${listPath}/items/42` },
    ],
  });
  const stats = (await control('GET', 'stats')).body;
  expect(stats).toMatchObject({
    total: 2,
    byMethod: { GET: 1, POST: 1 },
    byStatus: { '200': 2 },
    batches: 1,
    batchSubRequests: 2,
    subRequestsByStatus: { '200': 1, '404': 1 },
  });
  expect((await control('POST', 'stats/reset')).status).toBe(204);
  expect((await control('GET', 'stats')).body.total).toBe(0);
});

it('injects 503 with Retry-After and validates fault settings', async () => {
  expect((await control('PUT', 'faults', { throttleRate: 2 })).status).toBe(400);
  const onlyReads = await control('PUT', 'faults', { throttled: 'reads' });
  expect(onlyReads.status).toBe(400);
  expect(onlyReads.body.error.message).toMatch(/'throttled' must be 'all' or 'writes'/);
  expect(
    (await control('PUT', 'faults', { unavailableRate: 1, retryAfterSeconds: 7 })).status,
  ).toBe(200);
  const response = await graph('GET', '/me');
  await control('PUT', 'faults', { unavailableRate: 0, retryAfterSeconds: 0 });
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('7');
  expect(response.body.error.code).toBe('serviceNotAvailable');
});

it('drops connections, half before and half after applying the write', async () => {
  await control('PUT', 'faults', { dropRate: 1 });
  const attempts = 16;
  let answered = 0;
  for (let n = 0; n < attempts; n += 1) {
    await graph('POST', `${listPath}/items`, { fields: { Title: `Dropped ${n}` } }).then(
      () => (answered += 1),
      () => undefined,
    );
  }
  await control('PUT', 'faults', { dropRate: 0 });
  expect(answered).toBe(0);
  const all = await graph('GET', `${listPath}/items?expand=fields(select=Title)&$top=100`);
  const landed = all.body.value.filter((item: { fields: { Title: string } }) =>
    item.fields.Title.startsWith('Dropped'),
  ).length;
  expect(landed).toBeGreaterThan(0);
  expect(landed).toBeLessThan(attempts);
  expect((await control('GET', 'stats')).body.injected.dropped).toBe(attempts);
});

it('takes users and sites from the control API, and wipes data on reset', async () => {
  const newcomer = {
    id: '6f1c2b3a-0000-4000-8000-000000000001',
    displayName: 'New Person',
    userPrincipalName: 'new@contoso.onmicrosoft.com',
  };
  const users = (await control('GET', 'users')).body;
  const token = { Authorization: `Bearer ${emulatorToken(newcomer.id)}` };
  expect((await graph('GET', '/me', undefined, token)).status).toBe(401);
  expect((await control('PUT', 'users', [...users, newcomer])).status).toBe(200);
  expect((await graph('GET', '/me', undefined, token)).body.displayName).toBe('New Person');
  expect((await control('PUT', 'users', [{ id: 'x' }])).status).toBe(400);

  const sites = (await control('GET', 'sites')).body;
  const extra = {
    id: 'contoso.sharepoint.com,11111111-2222-4333-8444-555555555555,66666666-7777-4888-9999-000000000000',
    path: '/sites/sales',
    displayName: 'Sales',
  };
  expect((await graph('GET', '/sites/contoso.sharepoint.com:/sites/sales')).status).toBe(404);
  await control('PUT', 'sites', [...sites, extra]);
  expect((await graph('GET', '/sites/contoso.sharepoint.com:/sites/sales')).body.id).toBe(extra.id);

  expect((await control('POST', 'reset')).status).toBe(204);
  const afterReset = (await graph('GET', `/sites/${demoOkrSite.id}/lists?$select=displayName`))
    .body;
  expect(afterReset.value).toEqual([expect.objectContaining({ displayName: 'Documents' })]);
});

it('takes dependsOn as Graph does: one dependency a request, in series or all on the same request', async () => {
  const me = (id: string, dependsOn?: string[]) => ({
    id,
    method: 'GET',
    url: '/me',
    ...(dependsOn ? { dependsOn } : {}),
  });
  const status = async (requests: object[]) =>
    (await graph('POST', '/$batch', { requests })).status;
  expect(await status([me('1'), me('2', ['1']), me('3', ['2'])])).toBe(200);
  expect(await status([me('1'), me('2', ['1']), me('3', ['1']), me('4')])).toBe(200);
  expect(await status([me('1'), me('2'), me('3', ['1', '2'])])).toBe(400);
  expect(await status([me('1'), me('2', ['1']), me('3'), me('4', ['3'])])).toBe(400);
});
