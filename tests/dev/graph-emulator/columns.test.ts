import { rmSync } from 'node:fs';
import type { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { demoOkrSite, demoUsers, startGraphEmulator } from '../../../src/dev/graph-emulator/index';
import { graphClient, startTestEmulator, tokenProvider } from './emulator-fixture';

/**
 * Lists with `$select`/`$expand=columns`, and one column: Get, Update and Delete columnDefinition
 * (Graph v1.0 list-get, list-list, columndefinition-get|update|delete), through the real graph-client.
 */
const sitePath = `/sites/${demoOkrSite.id}`;
const coach = demoUsers.adeleVance;

interface Column {
  id: string;
  name: string;
  displayName: string;
  indexed: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  required: boolean;
  text?: { maxLength: number; allowMultipleLines: boolean };
  number?: { minimum?: number; maximum?: number };
  choice?: { choices: string[] };
}

interface ListBody {
  id: string;
  displayName: string;
  eTag: string;
  columns?: Partial<Column>[];
}

let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
let client: Client;

beforeEach(async () => {
  fixture = await startTestEmulator();
  client = graphClient(fixture.emulator, tokenProvider(coach.id));
});

afterEach(async () => {
  await fixture.stop();
});

/** A list with a team code (text, not indexed), a score (number) and a status (choice), and items. */
async function listWithData(teamCodes: readonly string[]) {
  const list: ListBody = await client.api(`${sitePath}/lists`).post({
    displayName: 'Teams',
    columns: [
      { name: 'Code', text: { maxLength: 20 } },
      { name: 'Score', number: { minimum: 0, maximum: 10 } },
      { name: 'Status', choice: { choices: ['Active', 'Archived'] } },
    ],
    list: { template: 'genericList' },
  });
  for (const [index, code] of teamCodes.entries()) {
    await client
      .api(`${sitePath}/lists/${list.id}/items`)
      .post({ fields: { Title: `Team ${index}`, Code: code, Score: index, Status: 'Active' } });
  }
  const columns: Column[] = (await client.api(`${sitePath}/lists/${list.id}/columns`).get()).value;
  const column = (name: string) => columns.find((c) => c.name === name) as Column;
  const columnPath = (name: string) => `${sitePath}/lists/${list.id}/columns/${column(name).id}`;
  return { list, column, columnPath };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: GraphError) => error,
  );

describe('lists with $select and $expand=columns', () => {
  it('expands columns on the collection and on one list, with $select on both levels', async () => {
    const { list } = await listWithData(['S-1']);
    await client.api(`${sitePath}/lists`).post({ displayName: 'Cycles', columns: [] });

    const all = await client.api(`${sitePath}/lists`).expand('columns').get();
    const byName = new Map<string, ListBody>(
      all.value.map((l: ListBody) => [l.displayName, l] as const),
    );
    expect(byName.get('Teams')?.columns?.map((c) => c.name)).toEqual([
      'Title',
      'Code',
      'Score',
      'Status',
    ]);
    expect(byName.get('Cycles')?.columns?.map((c) => c.name)).toEqual(['Title']);

    const picked = await client
      .api(`${sitePath}/lists`)
      .select('id,displayName')
      .expand('columns($select=name,indexed)')
      .get();
    const teams = picked.value.find((l: ListBody) => l.id === list.id);
    expect(Object.keys(teams).sort()).toEqual(
      ['@odata.etag', 'columns', 'columns@odata.context', 'displayName', 'id'].sort(),
    );
    expect(teams.columns[1]).toEqual({ name: 'Code', indexed: false });

    const one = await client
      .api(`${sitePath}/lists/Teams`)
      .query('$select=id,displayName&$expand=columns(select=name,text)')
      .get();
    expect(one).toMatchObject({ id: list.id, displayName: 'Teams' });
    expect(one.createdDateTime).toBeUndefined();
    expect(one.columns[1]).toEqual({
      name: 'Code',
      text: expect.objectContaining({ maxLength: 20 }),
    });
    expect(one.columns[2]).toEqual({ name: 'Score' });
  });

  it('answers 400 for what it cannot select or expand instead of ignoring it', async () => {
    await listWithData([]);
    const lists = `${sitePath}/lists`;
    expect(await failure(client.api(lists).expand('contentTypes').get())).toMatchObject({
      statusCode: 400,
      code: 'notSupported',
    });
    expect(await failure(client.api(`${lists}/Teams`).expand('colums').get())).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("Could not find a property named 'colums'"),
    });
    expect(await failure(client.api(lists).select('titel').get())).toMatchObject({
      statusCode: 400,
    });
    expect(await failure(client.api(lists).expand('columns(select=nam)').get())).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("'nam'"),
    });
    expect(await failure(client.api(lists).filter("displayName eq 'Teams'").get())).toMatchObject({
      statusCode: 400,
    });
  });
});

describe('creating a column', () => {
  it('refuses a documented type the emulator does not model as notSupported, an unknown one as invalidRequest', async () => {
    const { list } = await listWithData([]);
    const columns = client.api(`${sitePath}/lists/${list.id}/columns`);
    const person = await failure(
      columns.post({ name: 'Owner', personOrGroup: { chooseFromType: 'peopleOnly' } }),
    );
    expect([person.statusCode, person.code]).toEqual([400, 'notSupported']);
    expect(person.message).toContain('personOrGroup');
    const unknown = await failure(columns.post({ name: 'Owner', colour: {} }));
    expect([unknown.statusCode, unknown.code]).toEqual([400, 'invalidRequest']);
  });
});

describe('creating a column as asked', () => {
  it('keeps the documented display settings it is given', async () => {
    const { list } = await listWithData([]);
    const columns = client.api(`${sitePath}/lists/${list.id}/columns`);
    const price = await columns.post({ name: 'Price', number: { decimalPlaces: 'two' } });
    expect(price.number).toEqual({ decimalPlaces: 'two', displayAs: 'number' });
    const due = await columns.post({ name: 'Due', dateTime: { displayAs: 'friendly' } });
    expect(due.dateTime).toEqual({ displayAs: 'friendly', format: 'dateTime' });
    const size = await columns.post({
      name: 'Size',
      choice: { choices: ['S', 'M'], displayAs: 'radioButtons' },
    });
    expect(size.choice.displayAs).toBe('radioButtons');
    const notes = await columns.post({ name: 'Notes', text: { textType: 'plain' } });
    expect(notes.text.maxLength).toBe(255);
  });

  it('refuses what it would create otherwise, and what a column does not have', async () => {
    const { list } = await listWithData([]);
    const columns = client.api(`${sitePath}/lists/${list.id}/columns`);
    const refusals: [unknown, string, RegExp][] = [
      [{ name: 'A', text: { textType: 'richText' } }, 'notSupported', /text\.textType "richText"/],
      [{ name: 'A', text: { linesForEditing: 10 } }, 'notSupported', /text\.linesForEditing 10/],
      [{ name: 'A', text: {}, columnGroup: 'Mine' }, 'notSupported', /columnGroup "Mine"/],
      [{ name: 'A', number: { decimalPlaces: 'six' } }, 'invalidRequest', /decimalPlaces must be/],
      [{ name: 'A', text: { colour: 1 } }, 'invalidRequest', /'colour' does not exist/],
      [{ name: 'A', text: {}, colour: 1 }, 'invalidRequest', /'colour' does not exist/],
    ];
    for (const [body, code, message] of refusals) {
      const error = await failure(columns.post(body));
      expect({ body, status: error.statusCode, code: error.code, message: error.message }).toEqual({
        body,
        status: 400,
        code,
        message: expect.stringMatching(message),
      });
    }
  });
});

describe('one column: get, update, delete', () => {
  it('gets a column by id, and 404 for an unknown id', async () => {
    const { column, columnPath, list } = await listWithData([]);
    const read = await client.api(columnPath('Code')).get();
    expect(read).toMatchObject({ id: column('Code').id, name: 'Code', text: { maxLength: 20 } });
    expect(read['@odata.context']).toMatch(/\/lists\('[0-9a-f-]{36}'\)\/columns\/\$entity$/);
    expect(await client.api(columnPath('Code')).select('name,indexed').get()).toEqual({
      '@odata.context': read['@odata.context'],
      name: 'Code',
      indexed: false,
    });
    const missing = `${sitePath}/lists/${list.id}/columns/00000000-0000-0000-0000-000000000000`;
    expect(await failure(client.api(missing).get())).toMatchObject({
      statusCode: 404,
      code: 'itemNotFound',
    });
  });

  it('indexes a column that holds data: filtering on it no longer needs the Prefer header', async () => {
    const { columnPath, list } = await listWithData(['S-1', 'S-2', 'S-3']);
    const items = `${sitePath}/lists/${list.id}/items`;
    expect(await failure(client.api(items).filter("fields/Code eq 'S-2'").get())).toMatchObject({
      statusCode: 400,
    });

    const updated = await client.api(columnPath('Code')).patch({ indexed: true });
    expect(updated).toMatchObject({ name: 'Code', indexed: true, text: { maxLength: 20 } });
    expect(updated['@odata.context']).toMatch(/\/columns\/\$entity$/);

    const page = await client.api(items).expand('fields').filter("fields/Code eq 'S-2'").get();
    expect(page.value.map((item: { fields: { Code: string } }) => item.fields.Code)).toEqual([
      'S-2',
    ]);
    const after: ListBody = await client
      .api(`${sitePath}/lists/${list.id}`)
      .expand('columns')
      .get();
    expect(after.columns?.find((c) => c.name === 'Code')?.indexed).toBe(true);
    expect(after.eTag).not.toBe(list.eTag);
  });

  it('enforces unique values only on an indexed column whose items hold no duplicates', async () => {
    const { columnPath, list } = await listWithData(['S-1', 's-1', 'S-3']);
    expect(
      await failure(client.api(columnPath('Code')).patch({ enforceUniqueValues: true })),
    ).toMatchObject({ statusCode: 400, message: expect.stringContaining('must be indexed') });
    const duplicates = await failure(
      client.api(columnPath('Code')).patch({ indexed: true, enforceUniqueValues: true }),
    );
    expect(duplicates).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('This field contains duplicate values'),
    });
    // Nothing was half-written: the index was refused along with the uniqueness.
    expect((await client.api(columnPath('Code')).get()).indexed).toBe(false);

    await client.api(`${sitePath}/lists/${list.id}/items/2/fields`).patch({ Code: 'S-2' });
    const unique = await client
      .api(columnPath('Code'))
      .patch({ indexed: true, enforceUniqueValues: true });
    expect(unique).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(
      await failure(
        client.api(`${sitePath}/lists/${list.id}/items`).post({ fields: { Code: 's-3' } }),
      ),
    ).toMatchObject({ statusCode: 400, message: expect.stringContaining('unique') });
    expect(await failure(client.api(columnPath('Code')).patch({ indexed: false }))).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('must be indexed'),
    });
  });

  it('refuses a type change, a rename, a shorter maxLength than the data and unknown properties', async () => {
    const { columnPath, column } = await listWithData(['LONG-CODE-12', 'S-2']);
    const refusals: [unknown, RegExp][] = [
      [{ number: {} }, /is a text column; its type cannot be changed to number/],
      [{ currency: { locale: 'en-us' } }, /its type cannot be changed to currency/],
      [{ text: { allowMultipleLines: true } }, /one line and multiple lines/],
      [{ name: 'TeamCode' }, /cannot be renamed/],
      [{ id: '11111111-1111-1111-1111-111111111111' }, /id of column 'Code' cannot be changed/],
      [{ text: { maxLength: 5 } }, /cannot shorten text\.maxLength to 5: 1 item/],
      [{ text: { maxLength: 256 } }, /text\.maxLength must be an integer from 1 to 255/],
      [{ indexed: 'yes' }, /'indexed' must be a boolean/],
      [{ displayName: '' }, /displayName must be 1 to 255/],
      [{ colour: 'red' }, /The property 'colour' does not exist/],
      [{ readOnly: true }, /cannot change 'readOnly'/],
    ];
    for (const [body, message] of refusals) {
      const error = await failure(client.api(columnPath('Code')).patch(body));
      expect({ body, status: error.statusCode, message: error.message }).toEqual({
        body,
        status: 400,
        message: expect.stringMatching(message),
      });
    }
    expect(await client.api(columnPath('Code')).get()).toMatchObject({
      ...column('Code'),
      text: { maxLength: 20 },
    });

    const changed = await client.api(columnPath('Code')).patch({
      displayName: 'Team code',
      description: 'Short code used in reports',
      required: true,
      text: { maxLength: 12 },
    });
    expect(changed).toMatchObject({
      name: 'Code',
      displayName: 'Team code',
      description: 'Short code used in reports',
      required: true,
      text: { maxLength: 12, allowMultipleLines: false },
    });
    const score = await client.api(columnPath('Score')).patch({ number: { maximum: 100 } });
    expect(score.number).toMatchObject({ minimum: 0, maximum: 100 });
    const status = await client
      .api(columnPath('Status'))
      .patch({ choice: { choices: ['Active', 'Paused', 'Archived'] } });
    expect(status.choice.choices).toEqual(['Active', 'Paused', 'Archived']);
  });

  it('accepts a column sent back as read, without writing anything', async () => {
    const { columnPath, list } = await listWithData(['S-1']);
    const read = await client.api(columnPath('Code')).get();
    const definition = { ...read };
    delete definition['@odata.context'];
    expect(await client.api(columnPath('Code')).patch(definition)).toEqual(read);
    const after: ListBody = await client.api(`${sitePath}/lists/${list.id}`).get();
    expect(after.eTag).toBe(list.eTag);
  });

  it('hides a column from collections and item fields unless it is selected', async () => {
    const { columnPath, list } = await listWithData(['S-1']);
    await client.api(columnPath('Code')).patch({ hidden: true });
    const columns = `${sitePath}/lists/${list.id}/columns`;
    const visible = (await client.api(columns).get()).value.map((c: Column) => c.name);
    expect(visible).not.toContain('Code');
    const withHidden = await client.api(columns).select('name,hidden').get();
    expect(withHidden.value).toContainEqual({ name: 'Code', hidden: true });
    expect((await client.api(columnPath('Code')).get()).hidden).toBe(true);

    const item = `${sitePath}/lists/${list.id}/items/1`;
    expect((await client.api(item).expand('fields').get()).fields.Code).toBeUndefined();
    expect((await client.api(item).expand('fields(select=Code)').get()).fields.Code).toBe('S-1');
  });

  it('deletes a column with its values, but never the Title column', async () => {
    const { column, columnPath, list } = await listWithData(['S-1', 'S-2']);
    expect(
      await failure(
        client.api(`${sitePath}/lists/${list.id}/columns/${column('Title').id}`).delete(),
      ),
    ).toMatchObject({ statusCode: 400, message: expect.stringContaining('Title') });

    await client.api(columnPath('Code')).delete();
    expect(await failure(client.api(columnPath('Code')).get())).toMatchObject({ statusCode: 404 });
    const item = await client.api(`${sitePath}/lists/${list.id}/items/1`).expand('fields').get();
    expect(item.fields).toMatchObject({ Title: 'Team 0', Score: 0 });
    expect(item.fields.Code).toBeUndefined();
    // The name is free again, and the new column starts empty.
    await client.api(`${sitePath}/lists/${list.id}/columns`).post({ name: 'Code', number: {} });
    const again = await client.api(`${sitePath}/lists/${list.id}/items/1`).expand('fields').get();
    expect(again.fields.Code).toBeUndefined();
  });

  it('needs Sites.Manage.All to update or delete a column; reading needs only Sites.Read.All', async () => {
    const { columnPath } = await listWithData([]);
    const readWrite = graphClient(fixture.emulator, tokenProvider(coach.id, 'Sites.ReadWrite.All'));
    for (const call of [
      readWrite.api(columnPath('Code')).patch({ indexed: true }),
      readWrite.api(columnPath('Code')).delete(),
    ]) {
      expect(await failure(call)).toMatchObject({
        statusCode: 403,
        message: expect.stringContaining('Sites.Manage.All'),
      });
    }
    const readOnly = graphClient(fixture.emulator, tokenProvider(coach.id, 'Sites.Read.All'));
    expect((await readOnly.api(columnPath('Code')).get()).indexed).toBe(false);
  });
});

describe('column changes are journaled', () => {
  it('an update and a delete survive a restart, with uniqueness still enforced', async () => {
    const { columnPath, list } = await listWithData(['S-1', 'S-2']);
    await client.api(columnPath('Code')).patch({ indexed: true, enforceUniqueValues: true });
    await client.api(columnPath('Status')).delete();
    const codePath = columnPath('Code');
    await fixture.emulator.close();

    const reopened = await startGraphEmulator({ dataDir: fixture.dataDir });
    try {
      const again = graphClient(reopened, tokenProvider(coach.id));
      expect(await again.api(codePath).get()).toMatchObject({
        indexed: true,
        enforceUniqueValues: true,
      });
      const names = (await again.api(`${sitePath}/lists/${list.id}/columns`).get()).value.map(
        (c: Column) => c.name,
      );
      expect(names).toEqual(['Title', 'Code', 'Score']);
      expect(
        await failure(
          again.api(`${sitePath}/lists/${list.id}/items`).post({ fields: { Code: 'S-2' } }),
        ),
      ).toMatchObject({ statusCode: 400 });
    } finally {
      await reopened.close();
      rmSync(fixture.dataDir, { recursive: true, force: true });
    }
  });
});
