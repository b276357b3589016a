import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseFiles } from '../../../src/dev/graph-emulator/database';
import { demoOkrSite, demoUsers, emulatorToken } from '../../../src/dev/graph-emulator/index';
import { rawGraph, startTestEmulator, type RawResponse } from './emulator-fixture';

/** List-item delta as https://learn.microsoft.com/graph/api/listitem-delta documents it. */
let fixture: Awaited<ReturnType<typeof startTestEmulator>>;
let graph: ReturnType<typeof rawGraph>;
const items = `/sites/${demoOkrSite.id}/lists/Goals/items`;

beforeEach(async () => {
  fixture = await startTestEmulator({ pageSize: 2 });
  graph = rawGraph(fixture.emulator, emulatorToken(demoUsers.meganBowen.id));
  const created = await graph('POST', `/sites/${demoOkrSite.id}/lists`, {
    displayName: 'Goals',
    columns: [{ name: 'Score', number: {} }],
  });
  expect(created.status).toBe(201);
  for (const title of ['One', 'Two', 'Three'])
    expect((await graph('POST', items, { fields: { Title: title, Score: 1 } })).status).toBe(201);
}, 60_000);

afterEach(async () => {
  await fixture.stop();
}, 60_000);

/** Follows nextLinks to the deltaLink; returns every item seen and the deltaLink. */
async function sync(
  url: string,
): Promise<{ seen: RawResponse['body'][]; deltaLink: string; pages: number }> {
  const seen: RawResponse['body'][] = [];
  let next: string = url;
  for (let pages = 1; ; pages++) {
    const page: RawResponse = await graph('GET', next);
    expect(page.status).toBe(200);
    seen.push(...page.body.value);
    if (page.body['@odata.deltaLink']) {
      expect(page.body['@odata.nextLink']).toBeUndefined();
      return { seen, deltaLink: page.body['@odata.deltaLink'], pages };
    }
    next = page.body['@odata.nextLink'];
    expect(next).toEqual(expect.stringContaining('/items/delta?'));
  }
}

describe('list-item delta', () => {
  it('enumerates every item in pages, then hands out a deltaLink', async () => {
    const { seen, deltaLink, pages } = await sync(`${items}/delta?expand=fields(select=Title)`);
    expect(pages).toBe(2);
    expect(seen.map((item) => item.fields.Title)).toEqual(['One', 'Two', 'Three']);
    expect(seen[0]).toEqual(
      expect.objectContaining({
        id: '1',
        eTag: expect.stringMatching(/^"[0-9a-f-]+,1"$/),
        createdDateTime: expect.any(String),
        lastModifiedDateTime: expect.any(String),
        parentReference: expect.objectContaining({ siteId: demoOkrSite.id }),
        contentType: { id: '0x0100', name: 'Item' },
      }),
    );
    expect(seen[0].lastModifiedBy).toBeUndefined();
    expect(deltaLink).toMatch(/\/items\/delta\?.*token=/);
    expect(deltaLink).toContain('expand=fields');
    const quiet = await graph('GET', deltaLink);
    expect(quiet.body.value).toEqual([]);
    expect(quiet.body['@odata.deltaLink']).toEqual(expect.any(String));
  });

  it('reports the latest state of changed items once, and deleted items with the deleted facet', async () => {
    const { deltaLink } = await sync(`${items}/delta`);
    await graph('PATCH', `${items}/1/fields`, { Score: 2 });
    await graph('PATCH', `${items}/1/fields`, { Score: 3 });
    await graph('DELETE', `${items}/2`);
    await graph('POST', items, { fields: { Title: 'Four' } });
    const { seen } = await sync(`${deltaLink}&$expand=fields`);
    expect(seen).toHaveLength(3);
    expect(seen[0]).toEqual(
      expect.objectContaining({ id: '1', fields: expect.objectContaining({ Score: 3 }) }),
    );
    expect(seen[1]).toEqual({
      id: '2',
      parentReference: { siteId: demoOkrSite.id },
      contentType: { id: '0x0100', name: 'Item' },
      deleted: { state: 'deleted' },
    });
    expect(seen[2]).toEqual(
      expect.objectContaining({ id: '4', fields: expect.objectContaining({ Title: 'Four' }) }),
    );
  });

  it('does not report deletions of items the first enumeration never sent', async () => {
    await graph('DELETE', `${items}/3`);
    const { seen } = await sync(`${items}/delta`);
    expect(seen.map((item) => item.id)).toEqual(['1', '2']);
  });

  it('sends an item changed while the client pages again, later in the feed', async () => {
    const first = await graph('GET', `${items}/delta`);
    expect(first.body.value.map((item: { id: string }) => item.id)).toEqual(['1', '2']);
    await graph('PATCH', `${items}/1/fields`, { Score: 9 });
    await graph('DELETE', `${items}/2`);
    const { seen } = await sync(first.body['@odata.nextLink']);
    expect(seen.map((item) => [item.id, item.deleted?.state ?? 'present'])).toEqual([
      ['3', 'present'],
      ['1', 'present'],
      ['2', 'deleted'],
    ]);
  });

  it('answers token=latest with no items and a deltaLink that sees only later changes', async () => {
    const latest = await graph('GET', `${items}/delta?token=latest`);
    expect(latest.status).toBe(200);
    expect(latest.body.value).toEqual([]);
    expect(latest.body['@odata.nextLink']).toBeUndefined();
    await graph('PATCH', `${items}/3/fields`, { Score: 5 });
    const { seen } = await sync(latest.body['@odata.deltaLink']);
    expect(seen.map((item) => item.id)).toEqual(['3']);
  });

  it('answers 410 resyncRequired, with a Location that starts over, for an expired or unknown token', async () => {
    const { deltaLink } = await sync(`${items}/delta?$top=5`);
    await fixture.emulator.expireDeltaTokens();
    for (const url of [deltaLink, `${items}/delta?token=not-a-token`]) {
      const gone = await graph('GET', url);
      expect(gone.status).toBe(410);
      expect(gone.body.error).toEqual(
        expect.objectContaining({
          code: 'resyncRequired',
          innerError: expect.objectContaining({ code: 'resyncChangesApplyDifferences' }),
        }),
      );
      const location = gone.headers.get('Location') ?? '';
      expect(location).toMatch(/\/items\/delta(\?|$)/);
      expect(location).not.toContain('token=');
      expect((await sync(location)).seen).toHaveLength(3);
    }
  });

  it('keeps what delta needs across a restart', async () => {
    const { deltaLink } = await sync(`${items}/delta`);
    await graph('DELETE', `${items}/1`);
    const { dataDir } = fixture;
    await fixture.emulator.close();
    const { startGraphEmulator } = await import('../../../src/dev/graph-emulator/index');
    const restarted = await startGraphEmulator({ dataDir, pageSize: 2 });
    try {
      graph = rawGraph(restarted, emulatorToken(demoUsers.meganBowen.id));
      const link = deltaLink.replace(/^http:\/\/127\.0\.0\.1:\d+/, restarted.url);
      const { seen } = await sync(link);
      expect(seen).toEqual([expect.objectContaining({ id: '1', deleted: { state: 'deleted' } })]);
    } finally {
      await restarted.close();
    }
  });

  it('rebuilds what delta needs from the journal alone, as after a kill', async () => {
    const { deltaLink } = await sync(`${items}/delta`);
    await graph('DELETE', `${items}/2`);
    await graph('PATCH', `${items}/3/fields`, { Score: 4 });
    // Every answered write is fsynced to the journal; a copy of the files now is what a kill leaves.
    const copy = mkdtempSync(join(tmpdir(), 'graph-emulator-copy-'));
    const files = databaseFiles(fixture.dataDir);
    expect(existsSync(files.snapshot)).toBe(false);
    copyFileSync(files.journal, databaseFiles(copy).journal);
    const { startGraphEmulator } = await import('../../../src/dev/graph-emulator/index');
    const revived = await startGraphEmulator({ dataDir: copy, pageSize: 2 });
    try {
      graph = rawGraph(revived, emulatorToken(demoUsers.meganBowen.id));
      const link = deltaLink.replace(/^http:\/\/127\.0\.0\.1:\d+/, revived.url);
      const { seen } = await sync(link);
      expect(seen.map((item) => [item.id, item.deleted?.state ?? 'present'])).toEqual([
        ['2', 'deleted'],
        ['3', 'present'],
      ]);
    } finally {
      await revived.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses query options delta does not take, and needs a read scope', async () => {
    const filtered = await graph('GET', `${items}/delta?$filter=fields/Score eq 1`);
    expect(filtered.status).toBe(400);
    const noScope = await rawGraph(
      fixture.emulator,
      emulatorToken(demoUsers.meganBowen.id, 'User.Read'),
    )('GET', `${items}/delta`);
    expect(noScope.status).toBe(403);
  });
});
