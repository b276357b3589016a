import { request } from 'node:http';
import fc from 'fast-check';
import { demoOkrSite, demoUsers, emulatorToken } from '../../../src/dev/graph-emulator/index';
import { rawGraph, startTestEmulator } from './emulator-fixture';

/** A client's mistake is a 400 in Graph's error shape, never a 500 (issue #20). */
let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
const token = emulatorToken(demoUsers.meganBowen.id);

beforeAll(async () => {
  fixture = await startTestEmulator();
  const created = await rawGraph(fixture.emulator, token)(
    'POST',
    `/sites/${demoOkrSite.id}/lists`,
    {
      displayName: 'Notes',
    },
  );
  expect(created.status).toBe(201);
}, 60_000);

afterAll(() => fixture.stop(), 60_000);

/** Sends the request line exactly as given (fetch would normalise `//` and `%ZZ`). */
function rawRequest(
  method: string,
  path: string,
  body?: string,
): Promise<{
  status: number;
  body: { error: { code: string; message: string; innerError: object } };
}> {
  const { port } = new URL(fixture.emulator.url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          Authorization: `Bearer ${token}`,
          'X-OKR-Stack-Secret': fixture.emulator.secret,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body ?? ''),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function expectGraphError(response: Awaited<ReturnType<typeof rawRequest>>, code: string) {
  expect(response.status).toBe(400);
  expect(response.body.error).toEqual({
    code,
    message: expect.any(String),
    innerError: expect.objectContaining({
      'request-id': expect.any(String),
      date: expect.any(String),
    }),
  });
}

it.each([
  ['a malformed percent-encoding', '/v1.0/users/%ZZ'],
  [
    'a malformed percent-encoding in a site path',
    '/v1.0/sites/contoso.sharepoint.com:/sites/%E0%A4%A:/lists',
  ],
  ['doubled slashes', '//v1.0//me'],
  ['a doubled slash after the version', '/v1.0//me'],
])('answers %s with 400 invalidRequest', async (_what, path) => {
  expectGraphError(await rawRequest('GET', path), 'invalidRequest');
});

/** Long filters go in a `$batch` body, as Graph suggests for URLs past the length limits. */
async function filterInBatch(filter: string) {
  const response = await rawGraph(fixture.emulator, token)('POST', '/$batch', {
    requests: [
      {
        id: '1',
        method: 'GET',
        url: `/sites/${demoOkrSite.id}/lists/Notes/items?$filter=${encodeURIComponent(filter)}`,
        headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
      },
    ],
  });
  expect(response.status).toBe(200);
  return response.body.responses[0];
}

it('answers a $filter of 5,000 nested parentheses, nots or terms with 400 invalidRequest, and keeps serving', async () => {
  const parentheses = await filterInBatch(
    `${'('.repeat(5000)}fields/Title eq 'x'${')'.repeat(5000)}`,
  );
  expect(parentheses.status).toBe(400);
  expect(parentheses.body.error.code).toBe('invalidRequest');
  expect(parentheses.body.error.message).toContain('deeper than 100 levels');
  const nots = await filterInBatch(`${'not '.repeat(5000)}fields/Title eq 'x'`);
  expect(nots.status).toBe(400);
  const terms = await filterInBatch(
    Array.from({ length: 5000 }, (_, i) => `fields/Title eq '${i}'`).join(' or '),
  );
  expect(terms.status).toBe(400);
  expect(terms.body.error.message).toContain('more than 500 comparisons');
  const fine = await filterInBatch(`${'('.repeat(50)}fields/Title eq 'x'${')'.repeat(50)}`);
  expect(fine.status).toBe(200);
}, 60_000);

it('answers a malformed batch step URL with 400 for that step', async () => {
  const response = await rawGraph(fixture.emulator, token)('POST', '/$batch', {
    requests: [
      { id: '1', method: 'GET', url: '/users/%ZZ' },
      { id: '2', method: 'GET', url: '//me' },
    ],
  });
  expect(response.status).toBe(200);
  expect(response.body.responses.map((r: { status: number }) => r.status)).toEqual([400, 400]);
});

it.each([
  ['PUT', 'users', '[null]'],
  ['PUT', 'users', '[{"id": 5, "displayName": "x", "userPrincipalName": "y"}]'],
  ['PUT', 'users', '{"not": "an array"}'],
  ['PUT', 'sites', '[null]'],
  ['PUT', 'sites', '[{"id": "x"}]'],
  ['PUT', 'faults', '{"throttleRate": "lots"}'],
  ['PUT', 'faults', 'null'],
  ['PUT', 'installations', '[1, 2]'],
])('answers the control API %s %s %s with a Graph-shaped 400', async (method, action, body) => {
  const response = await rawRequest(method, `/_emulator/${action}`, body);
  expectGraphError(response, 'invalidRequest');
  expect(response.body.error.message).not.toMatch(/TypeError|Cannot read/);
  const users = await fetch(`${fixture.emulator.url}/_emulator/users`, {
    headers: { 'X-OKR-Stack-Secret': fixture.emulator.secret },
  }).then((r) => r.json());
  expect(users.length).toBeGreaterThan(0);
});

it('answers an unknown control endpoint or a malformed one in Graph shape', async () => {
  const unknown = await rawRequest('GET', '/_emulator/nothing');
  expect(unknown.status).toBe(404);
  expect(unknown.body.error.code).toBe('itemNotFound');
  expectGraphError(await rawRequest('GET', '/_emulator/activity/%ZZ'), 'invalidRequest');
});

it('never answers 500 to generated requests of Graph-like and broken fragments', async () => {
  const segment = fc.constantFrom(
    'sites',
    demoOkrSite.id,
    'root',
    'contoso.sharepoint.com:',
    'lists',
    'Notes',
    'items',
    'delta',
    'columns',
    'fields',
    '1',
    '0',
    '-1',
    '%ZZ',
    '%',
    '%E0%A4%A',
    '',
    '..',
    '$batch',
    "'",
    '%2F',
    '(',
    ')',
    'me',
    'users',
    'v1.0',
    '_emulator',
    'faults',
    'activity',
  );
  const query = fc.constantFrom(
    '',
    '$filter=',
    "$filter=fields/Title eq 'x'",
    '$filter=((',
    '$filter=not',
    '$select=',
    '$select=Color',
    '$expand=fields(select=',
    '$expand=items',
    '$top=-1',
    '$top=99999999999',
    'token=latest',
    'token=%ZZ',
    '$skiptoken=abc',
    '$orderby=fields/',
    '%ZZ=1',
  );
  const body = fc.constantFrom(
    undefined,
    '',
    'null',
    '[]',
    '[null]',
    '{"fields":null}',
    '{"fields":{"Title":5}}',
    '{',
    '"x"',
    '{"requests":[null]}',
    '{"requests":[{"id":"1","method":"GET","url":"//me"}]}',
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
      fc.array(segment, { minLength: 0, maxLength: 7 }),
      query,
      body,
      async (method, segments, search, payload) => {
        const prefix = segments[0] === '_emulator' ? '' : '/v1.0';
        const path = `${prefix}/${segments.join('/')}${search ? `?${search.replace(/ /g, '%20')}` : ''}`;
        const response = await rawRequest(method, path, payload);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400)
          expect(response.body.error).toEqual(
            expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
          );
      },
    ),
    { seed: 20, numRuns: 300 },
  );
}, 120_000);

it('refuses a list item body of bare column values or unknown properties, writing nothing', async () => {
  const graph = rawGraph(fixture.emulator, token);
  const items = `/sites/${demoOkrSite.id}/lists/Notes/items`;
  const bare = await graph('POST', items, { Title: 'Forgot the fields wrapper' });
  expect([bare.status, bare.body.error.code]).toEqual([400, 'invalidRequest']);
  expect(bare.body.error.message).toContain(
    "'Title' does not exist on type 'microsoft.graph.listItem'",
  );
  const created = await graph('POST', items, { fields: { Title: 'Kept' } });
  const unknown = await graph('PATCH', `${items}/${created.body.id}`, {
    fields: { Title: 'Changed' },
    colour: 'red',
  });
  expect([unknown.status, unknown.body.error.code]).toEqual([400, 'invalidRequest']);
  const readOnly = await graph('PATCH', `${items}/${created.body.id}`, { webUrl: 'x' });
  expect([readOnly.status, readOnly.body.error.code]).toEqual([400, 'notSupported']);
  const all = await graph('GET', `${items}?expand=fields(select=Title)`);
  expect(all.body.value.map((item: { fields: { Title: string } }) => item.fields.Title)).toEqual([
    'Kept',
  ]);
});
