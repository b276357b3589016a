import { createHmac } from 'node:crypto';
import { emulatorAccessToken } from '../../../src/auth/dev-token-provider';
import { demoUsers, emulatorToken } from '../../../src/dev/graph-emulator/index';
import { startTestEmulator } from './emulator-fixture';

/**
 * The local stack is the developer's own: a page of another origin gets no CORS grant and no
 * answer, the control API wants the run's secret, and a token the emulator did not sign (minted
 * from the documented format, or signed with another run's key) is Graph's 401.
 */
const stackOrigin = 'http://127.0.0.1:5300';
const foreignOrigin = 'https://attacker.example';
let fixture: Awaited<ReturnType<typeof startTestEmulator>>;

beforeAll(async () => {
  fixture = await startTestEmulator({ allowedOrigins: [stackOrigin] });
});

afterAll(async () => {
  await fixture.stop();
});

const bearer = (token: string) => `Bearer ${token}`;
const megan = demoUsers.meganBowen.id;

function call(path: string, headers: Record<string, string>, method = 'GET') {
  return fetch(`${fixture.emulator.url}${path}`, { method, headers });
}

describe('CORS', () => {
  it("grants the stack's own pages, echoing their origin", async () => {
    const preflight = await call(
      '/v1.0/me',
      {
        Origin: stackOrigin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
      'OPTIONS',
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(stackOrigin);
    const me = await call('/v1.0/me', {
      Origin: stackOrigin,
      Authorization: bearer(emulatorToken(megan)),
    });
    expect(me.status).toBe(200);
    expect(me.headers.get('access-control-allow-origin')).toBe(stackOrigin);
  });

  it('refuses a page of another origin: no grant for its preflight, no answer to its request', async () => {
    const preflight = await call(
      '/v1.0/me',
      {
        Origin: foreignOrigin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
      'OPTIONS',
    );
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    fixture.emulator.resetStats();
    const me = await call('/v1.0/me', {
      Origin: foreignOrigin,
      Authorization: bearer(emulatorToken(megan)),
    });
    expect(me.status).toBe(403);
    expect(me.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await me.json()) as { error: { code: string } }).error.code).toBe('accessDenied');
    expect(fixture.emulator.stats().total).toBe(0);
  });
});

describe('the control API', () => {
  it("answers with the run's secret only", async () => {
    const withSecret = await call('/_emulator/stats', {
      'X-OKR-Stack-Secret': fixture.emulator.secret,
    });
    expect(withSecret.status).toBe(200);
    const without = await call('/_emulator/stats', {});
    expect(without.status).toBe(401);
    const wrong = await call('/_emulator/stats', { 'X-OKR-Stack-Secret': 'guessed' });
    expect(wrong.status).toBe(401);
    const faults = await fetch(`${fixture.emulator.url}/_emulator/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ throttleRate: 1 }),
    });
    expect(faults.status).toBe(401);
    const settings = await call('/_emulator/faults', {
      'X-OKR-Stack-Secret': fixture.emulator.secret,
    });
    expect(((await settings.json()) as { throttleRate: number }).throttleRate).toBe(0);
  });

  it('refuses a page of another origin even when it holds the secret', async () => {
    const response = await call('/_emulator/stats', {
      Origin: foreignOrigin,
      'X-OKR-Stack-Secret': fixture.emulator.secret,
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('tokens', () => {
  const claims = { oid: megan, scp: 'Sites.ReadWrite.All User.Read' };
  const claimsPart = Buffer.from(JSON.stringify(claims)).toString('base64url');

  it.each([
    ['unsigned, in the documented claims format', `emu.${claimsPart}`],
    ['with a forged signature', `emu.${claimsPart}.${Buffer.alloc(32).toString('base64url')}`],
    ["signed with another run's key", emulatorAccessToken(claims, 'another-run')],
    [
      'whose claims were changed after signing',
      emulatorAccessToken({ ...claims, scp: 'User.Read' }).replace(
        /^emu\.[^.]+/,
        `emu.${claimsPart}`,
      ),
    ],
  ])('refuses a token %s with 401', async (_, token) => {
    const response = await call('/v1.0/me', { Authorization: bearer(token) });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'InvalidAuthenticationToken',
    );
  });

  it("accepts a token signed with the run's key (HMAC-SHA256 over the claims part)", async () => {
    const signature = createHmac('sha256', fixture.emulator.secret)
      .update(claimsPart)
      .digest('base64url');
    const response = await call('/v1.0/me', {
      Authorization: bearer(`emu.${claimsPart}.${signature}`),
    });
    expect(response.status).toBe(200);
  });
});
