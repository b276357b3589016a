import {
  demoAppClientId,
  demoOkrSite,
  demoUsers,
  emulatorAppToken,
  emulatorToken,
} from '../../../src/dev/graph-emulator/index';
import { rawGraph, startTestEmulator } from './emulator-fixture';

/** Each behaviour here was found to differ from Microsoft's Graph documentation (issue #11). */
let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
let graph: ReturnType<typeof rawGraph>;
const site = `/sites/${demoOkrSite.id}`;
const items = `${site}/lists/Fruit/items`;
const megan = demoUsers.meganBowen;

beforeAll(async () => {
  fixture = await startTestEmulator({ pageSize: 2 });
  graph = rawGraph(fixture.emulator, emulatorToken(megan.id));
  const created = await graph('POST', `${site}/lists`, {
    displayName: 'Fruit',
    columns: [{ name: 'Color', text: {} }],
  });
  expect(created.status).toBe(201);
  for (const [title, color] of [
    ['Apple', 'Red'],
    ['Banana', 'Yellow'],
    ['Cherry', 'Red'],
  ])
    expect((await graph('POST', items, { fields: { Title: title, Color: color } })).status).toBe(
      201,
    );
}, 60_000);

afterAll(() => fixture.stop(), 60_000);

describe('If-Match', () => {
  it('refuses an unquoted eTag as malformedEntityTag, and takes the quoted one', async () => {
    const item = await graph('GET', `${items}/1`);
    const unquoted = item.body.eTag.replace(/"/g, '');
    const refused = await graph(
      'PATCH',
      `${items}/1/fields`,
      { Color: 'Green' },
      { 'If-Match': unquoted },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'invalidRequest',
      message: expect.stringContaining('ETags must be quoted strings'),
      innerError: expect.objectContaining({ code: 'malformedEntityTag' }),
    });
    expect((await graph('GET', `${items}/1`)).body.eTag).toBe(item.body.eTag);
    const taken = await graph(
      'PATCH',
      `${items}/1/fields`,
      { Color: 'Green' },
      { 'If-Match': item.body.eTag },
    );
    expect(taken.status).toBe(200);
    const weak = await graph(
      'PATCH',
      `${items}/1/fields`,
      { Color: 'Red' },
      { 'If-Match': `W/${taken.headers.get('ETag')}` },
    );
    expect(weak.status).toBe(200);
  });
});

describe('$select and expand on list items', () => {
  it('refuses a column in $select (columns are selected in expand=fields(select=…))', async () => {
    const response = await graph('GET', `${items}?$select=Color`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(
      "Could not find a property named 'Color' on type 'microsoft.graph.listItem'",
    );
    const properties = await graph('GET', `${items}?$select=id,eTag`);
    expect(properties.status).toBe(200);
    expect(properties.body['@odata.context']).toMatch(/\/items\(id,eTag\)$/);
    expect(properties.body.value[0]).toEqual({
      '@odata.etag': expect.any(String),
      id: '1',
      eTag: expect.any(String),
    });
  });

  it('returns Author and Editor, as display names, when fields(select=…) names them', async () => {
    const response = await graph(
      'GET',
      `${items}/2?expand=fields(select=Title,Author,Editor,AuthorLookupId)`,
    );
    expect(response.status).toBe(200);
    expect(response.body.fields).toEqual({
      '@odata.etag': expect.any(String),
      Title: 'Banana',
      Author: megan.displayName,
      Editor: megan.displayName,
      AuthorLookupId: expect.stringMatching(/^\d+$/),
    });
    const unselected = await graph('GET', `${items}/2?expand=fields`);
    expect(unselected.body.fields.Author).toBeUndefined();
    expect(unselected.body.fields.AuthorLookupId).toEqual(expect.stringMatching(/^\d+$/));
    const written = await graph('PATCH', `${items}/2/fields`, { Author: 'Someone else' });
    expect(written.status).toBe(400);
  });
});

describe('lists', () => {
  it('has a Documents library on every site, listed with the other lists', async () => {
    const lists = await graph('GET', `${site}/lists`);
    const documents = lists.body.value.find(
      (list: { displayName: string }) => list.displayName === 'Documents',
    );
    expect(documents).toEqual(
      expect.objectContaining({
        name: 'Shared Documents',
        webUrl: 'https://contoso.sharepoint.com/sites/okr/Shared%20Documents',
        list: expect.objectContaining({ template: 'documentLibrary' }),
        createdBy: { user: { displayName: 'System Account' } },
      }),
    );
    const root = await graph('GET', '/sites/root/lists/Documents');
    expect(root.status).toBe(200);
  });

  it("refuses $filter on a site's lists and a DELETE of a list: v1.0 documents neither", async () => {
    const filtered = await graph('GET', `${site}/lists?$filter=displayName eq 'Fruit'`);
    expect([filtered.status, filtered.body.error.code]).toEqual([400, 'invalidRequest']);
    const deleted = await graph('DELETE', `${site}/lists/Fruit`);
    expect(deleted.status).toBe(405);
    expect((await graph('GET', `${site}/lists/Fruit`)).status).toBe(200);
  });

  it('creates a documentLibrary, whose files come through the drive API, not /items', async () => {
    const created = await graph('POST', `${site}/lists`, {
      displayName: 'Plans',
      list: { template: 'documentLibrary' },
    });
    expect(created.status).toBe(201);
    expect(created.body.list.template).toBe('documentLibrary');
    expect(created.body.webUrl).toBe('https://contoso.sharepoint.com/sites/okr/Plans');
    const item = await graph('POST', `${site}/lists/Plans/items`, { fields: { Title: 'x' } });
    expect(item.status).toBe(400);
    const survey = await graph('POST', `${site}/lists`, {
      displayName: 'Poll',
      list: { template: 'survey' },
    });
    expect(survey.status).toBe(400);
  });

  it('expands items on a list, one page with a nextLink', async () => {
    const response = await graph('GET', `${site}/lists/Fruit?expand=items(select=id,eTag)`);
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      { '@odata.etag': expect.any(String), id: '1', eTag: expect.any(String) },
      { '@odata.etag': expect.any(String), id: '2', eTag: expect.any(String) },
    ]);
    const next = await graph('GET', response.body['items@odata.nextLink']);
    expect(next.body.value.map((item: { id: string }) => item.id)).toEqual(['3']);
  });

  it("expands the expanded items' fields, on the next page too", async () => {
    const response = await graph(
      'GET',
      `${site}/lists/Fruit?expand=items(expand=fields(select=Title))`,
    );
    expect(response.status).toBe(200);
    expect(response.body.items[0].fields).toEqual({
      '@odata.etag': expect.any(String),
      Title: expect.any(String),
    });
    const next = await graph('GET', response.body['items@odata.nextLink']);
    expect(next.body.value[0].fields).toEqual({
      '@odata.etag': expect.any(String),
      Title: expect.any(String),
    });
    const nested = await graph('GET', `${site}/lists/Fruit?expand=items(expand=fields(expand=x))`);
    expect(nested.status).toBe(400);
  });

  it("answers expanded fields whatever $select names, on items and on a list's items", async () => {
    const page = await graph(
      'GET',
      `${site}/lists/Fruit/items?$select=id&expand=fields(select=Title)`,
    );
    expect(page.body.value[0]).toEqual({
      '@odata.etag': expect.any(String),
      id: '1',
      'fields@odata.context': expect.any(String),
      fields: { '@odata.etag': expect.any(String), Title: expect.any(String) },
    });
    const list = await graph(
      'GET',
      `${site}/lists/Fruit?$expand=items($select=id;$expand=fields($select=Title))`,
    );
    expect(list.body.items[0].fields).toEqual({
      '@odata.etag': expect.any(String),
      Title: expect.any(String),
    });
  });

  it('creates a list as asked or refuses it: an unknown property, a hidden list, content types', async () => {
    const refusals: [Record<string, unknown>, number, string][] = [
      [{ displayName: 'Odd', colour: 'red' }, 400, 'invalidRequest'],
      [
        { displayName: 'Odd', list: { template: 'genericList', hidden: true } },
        400,
        'notSupported',
      ],
      [{ displayName: 'Odd', list: { contentTypesEnabled: true } }, 400, 'notSupported'],
      [{ displayName: 'Odd', list: { colour: 'red' } }, 400, 'invalidRequest'],
      [{ displayName: 'Odd', contentTypes: [] }, 400, 'notSupported'],
    ];
    for (const [body, status, code] of refusals) {
      const response = await graph('POST', `${site}/lists`, body);
      expect({ body, status: response.status, code: response.body.error?.code }).toEqual({
        body,
        status,
        code,
      });
    }
    expect((await graph('GET', `${site}/lists/Odd`)).status).toBe(404);
    const plain = await graph('POST', `${site}/lists`, {
      displayName: 'Odd',
      list: { template: 'genericList', hidden: false },
    });
    expect(plain.status).toBe(201);
  });

  it('names the selected properties in @odata.context', async () => {
    const lists = await graph('GET', `${site}/lists?$select=id,name`);
    expect(lists.body['@odata.context']).toMatch(/\/lists\(id,name\)$/);
    const one = await graph('GET', `${site}/lists/Fruit?$select=id,name`);
    expect(one.body['@odata.context']).toMatch(/\/lists\(id,name\)\/\$entity$/);
  });
});

it('says a site is not a personal site', async () => {
  const response = await graph('GET', site);
  expect(response.body.isPersonalSite).toBe(false);
});

describe('$batch', () => {
  it('gives each response its headers, and "body": null for a 204', async () => {
    const created = await graph('POST', items, { fields: { Title: 'Damson' } });
    const response = await graph('POST', '/$batch', {
      requests: [
        { id: 'a', method: 'GET', url: `${items}/1` },
        { id: 'b', method: 'DELETE', url: `${items}/${created.body.id}`, dependsOn: ['a'] },
        { id: 'c', method: 'GET', url: `${items}/999` },
      ],
    });
    expect(response.status).toBe(200);
    const [read, deleted, missing] = response.body.responses;
    expect(read.headers).toEqual(
      expect.objectContaining({
        'Cache-Control': 'no-cache',
        'OData-Version': '4.0',
        'Content-Type': expect.stringContaining('application/json'),
      }),
    );
    expect(deleted).toEqual({
      id: 'b',
      status: 204,
      headers: { 'Cache-Control': 'no-cache' },
      body: null,
    });
    expect(missing.headers).toEqual(
      expect.objectContaining({ 'Cache-Control': 'no-cache', 'Content-Type': 'application/json' }),
    );
  });

  it("runs every step with the batch's own token: a step's Authorization header cannot raise it", async () => {
    const reader = rawGraph(fixture.emulator, emulatorToken(megan.id, 'User.Read'));
    const stronger = `Bearer ${emulatorToken(demoUsers.adeleVance.id, 'Sites.ReadWrite.All Sites.Manage.All')}`;
    const response = await reader('POST', '/$batch', {
      requests: [
        {
          id: '1',
          method: 'POST',
          url: items,
          headers: { 'Content-Type': 'application/json', Authorization: stronger },
          body: { fields: { Title: 'Smuggled' } },
        },
        { id: '2', method: 'GET', url: '/me', headers: { authorization: stronger } },
      ],
    });
    expect(response.status).toBe(200);
    const [write, me] = response.body.responses;
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('accessDenied');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(megan.id);
    const all = await graph('GET', `${items}?expand=fields(select=Title)&$top=50`);
    expect(
      all.body.value.map((item: { fields: { Title: string } }) => item.fields.Title),
    ).not.toContain('Smuggled');
  });
});

it("answers throttling with the throttling page's body and Retry-After", async () => {
  fixture.emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 7 });
  try {
    const response = await graph('GET', site);
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('7');
    expect(response.body.error).toEqual({
      code: 'TooManyRequests',
      message: 'Please retry again later.',
      innerError: expect.objectContaining({
        code: '429',
        message: 'Please retry after',
        status: '429',
        'request-id': expect.any(String),
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
      }),
    });
  } finally {
    fixture.emulator.setFaults({ throttleRate: 0 });
  }
});

// OData 4.01 Protocol §11.4.2 (Create an Entity), which Graph implements: "the response MUST
// contain a Location header that contains the edit URL or read URL of the created entity"
// (https://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part1-protocol.html#sec_CreateanEntity);
// Graph's own 201s carry it (https://github.com/microsoftgraph/microsoft-graph-docs/issues/7589).
describe('a 201 Created', () => {
  const followed = async (location: string | null) => {
    expect(location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/sites\//);
    return graph('GET', location!);
  };

  it('leads with Location to the created list, column and item', async () => {
    const list = await graph('POST', `${site}/lists`, { displayName: 'Vegetables' });
    expect(list.status).toBe(201);
    expect((await followed(list.headers.get('Location'))).body.id).toBe(list.body.id);

    const column = await graph('POST', `${site}/lists/${list.body.id}/columns`, {
      name: 'Colour',
      text: {},
    });
    expect(column.status).toBe(201);
    expect((await followed(column.headers.get('Location'))).body.name).toBe('Colour');

    const item = await graph('POST', `${site}/lists/${list.body.id}/items`, {
      fields: { Title: 'Leek' },
    });
    expect(item.status).toBe(201);
    const read = await followed(item.headers.get('Location'));
    expect(read.body.id).toBe(item.body.id);
    expect(read.body.eTag).toBe(item.body.eTag);
  });

  it('gives the Location in a $batch response too', async () => {
    const response = await graph('POST', '/$batch', {
      requests: [
        {
          id: '1',
          method: 'POST',
          url: items,
          headers: { 'Content-Type': 'application/json' },
          body: { fields: { Title: 'Elderberry' } },
        },
      ],
    });
    const [created] = response.body.responses;
    expect(created.status).toBe(201);
    expect((await followed(created.headers.Location)).body.id).toBe(created.body.id);
  });
});

// "Content-Type: application/json. Required." on the create and update pages
// (https://learn.microsoft.com/graph/api/listitem-create, https://learn.microsoft.com/graph/api/listitem-update),
// answered in the words Graph uses for a body it cannot read as JSON.
it('refuses a body sent without Content-Type: application/json, writing nothing', async () => {
  const send = (method: string, path: string, body: unknown, contentType?: string) =>
    fetch(`${fixture.emulator.graphBaseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${emulatorToken(megan.id)}`,
        ...(contentType ? { 'Content-Type': contentType } : {}),
      },
      body: JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));
  const before = await graph('GET', `${items}?expand=fields(select=Title)&$top=50`);
  for (const contentType of [undefined, 'text/plain;charset=UTF-8']) {
    const refused = await send('POST', items, { fields: { Title: 'Fig' } }, contentType);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('BadRequest');
    expect(refused.body.error.message).toContain('Content-Type');
    expect((await send('PATCH', `${items}/1/fields`, { Color: 'Green' }, contentType)).status).toBe(
      400,
    );
  }
  const after = await graph('GET', `${items}?expand=fields(select=Title)&$top=50`);
  expect(after.body.value).toEqual(before.body.value);
  const taken = await send(
    'POST',
    items,
    { fields: { Title: 'Fig' } },
    'application/json; charset=utf-8',
  );
  expect(taken.status).toBe(201);
});

// Graph's answer to a path it has no resource for names the first segment it could not resolve:
// "Resource not found for the segment '…'." (https://learn.microsoft.com/graph/errors, 400).
it('names the segment it cannot resolve, not the first segment of the path', async () => {
  for (const [path, segment] of [
    ['/me/noSuchThing', 'noSuchThing'],
    [`/users/${megan.id}/noSuchThing`, 'noSuchThing'],
    [`/users/${megan.id}/teamwork/noSuchThing`, 'noSuchThing'],
    [`/me/mailboxSettings/timeZone/noSuchThing`, 'noSuchThing'],
    ['/noSuchThing/either', 'noSuchThing'],
    [`${site}/noSuchThing`, 'noSuchThing'],
  ]) {
    const response = await graph('GET', path!);
    expect([path, response.status, response.body.error.message]).toEqual([
      path,
      400,
      `Resource not found for the segment '${segment}'.`,
    ]);
  }
});

// What an app writes on its own token is the app's, not a person's: the identitySet's application
// facet (https://learn.microsoft.com/graph/api/resources/identityset), beside the user SharePoint
// shows for it, "SharePoint App" (as Graph's own newsLinkPage example shows it,
// https://learn.microsoft.com/graph/api/newslinkpage-get; SharePoint/sp-dev-docs#1213).
it("names an app's own write as the application, with SharePoint's 'SharePoint App' user", async () => {
  const app = rawGraph(fixture.emulator, emulatorAppToken(demoAppClientId, ['Sites.Selected']));
  const created = await app('POST', items, { fields: { Title: 'Gooseberry' } });
  expect(created.status).toBe(201);
  const byApp = {
    application: { id: demoAppClientId, displayName: expect.any(String) },
    user: { displayName: 'SharePoint App' },
  };
  expect(created.body.createdBy).toEqual(byApp);
  expect(created.body.lastModifiedBy).toEqual(byApp);
  const read = await graph(
    'GET',
    `${items}/${created.body.id}?expand=fields(select=Title,Author,Editor)`,
  );
  expect(read.body.createdBy).toEqual(byApp);
  expect(read.body.fields).toMatchObject({ Author: 'SharePoint App', Editor: 'SharePoint App' });

  const edited = await graph('PATCH', `${items}/${created.body.id}`, {
    fields: { Color: 'Green' },
  });
  expect(edited.body.createdBy).toEqual(byApp);
  expect(edited.body.lastModifiedBy).toEqual({
    user: expect.objectContaining({ id: megan.id, displayName: megan.displayName }),
  });
});
