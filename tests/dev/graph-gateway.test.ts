import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emulatorAccessToken } from '../../src/auth/dev-token-provider';
import { demoUsers, startGraphEmulator, type GraphEmulator } from '../../src/dev/graph-emulator';
import { startGraphGateway, type GraphGateway } from '../../src/dev/graph-gateway';

jest.setTimeout(60_000);

const dataDirs: string[] = [];
let gateway: GraphGateway;
let emulators: GraphEmulator[];

beforeAll(async () => {
  gateway = await startGraphGateway();
  emulators = await Promise.all(
    [0, 1].map(() => {
      const dataDir = mkdtempSync(join(tmpdir(), 'okr-gateway-test-'));
      dataDirs.push(dataDir);
      return startGraphEmulator({ dataDir });
    }),
  );
  for (const [index, emulator] of emulators.entries()) {
    const added = await fetch(`${gateway.origin}/_gateway/tenants/t${index}`, {
      method: 'PUT',
      body: JSON.stringify({ graphBaseUrl: emulator.graphBaseUrl }),
    });
    expect(added.status).toBe(204);
  }
});

afterAll(async () => {
  await Promise.all([gateway?.close(), ...(emulators ?? []).map((emulator) => emulator.close())]);
  for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
});

const bearer = (tid?: string) =>
  `Bearer ${emulatorAccessToken({ oid: demoUsers.adeleVance.id, scp: 'User.Read', ...(tid ? { tid } : {}) })}`;

describe('the Graph gateway of the local stack', () => {
  it("sends each request to the emulator of its token's tenant", async () => {
    for (const [index, emulator] of emulators.entries()) {
      emulator.resetStats();
      const me = await fetch(`${gateway.graphBaseUrl}/me`, {
        headers: { Authorization: bearer(`t${index}`) },
      });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { id: string }).id).toBe(demoUsers.adeleVance.id);
    }
    expect(emulators.map((emulator) => emulator.stats().total)).toEqual([1, 1]);
  });

  it('answers links that name the gateway, the endpoint the client called, as Graph does', async () => {
    const response = await fetch(`${gateway.graphBaseUrl}/users?$top=1`, {
      headers: {
        Authorization: `Bearer ${emulatorAccessToken({ oid: demoUsers.adeleVance.id, scp: 'User.ReadBasic.All', tid: 't0' })}`,
      },
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as Record<string, string>;
    expect(page['@odata.context']).toBe(`${gateway.graphBaseUrl}/$metadata#users`);
    expect(page['@odata.nextLink']).toMatch(new RegExp(`^${gateway.graphBaseUrl}/users\\?`));
  });

  it('refuses a token without a tenant it serves, as Graph refuses a bad token', async () => {
    for (const authorization of [bearer(), bearer('elsewhere')]) {
      const response = await fetch(`${gateway.graphBaseUrl}/me`, {
        headers: { Authorization: authorization },
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        error: { code: 'InvalidAuthenticationToken' },
      });
    }
  });

  it('forgets a tenant that was removed', async () => {
    await fetch(`${gateway.origin}/_gateway/tenants/t1`, { method: 'DELETE' });
    const response = await fetch(`${gateway.graphBaseUrl}/me`, {
      headers: { Authorization: bearer('t1') },
    });
    expect(response.status).toBe(401);
  });
});
