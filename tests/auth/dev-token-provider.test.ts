import { assertLoopbackGraphUrl, createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { msalConfiguration } from '../../src/auth/msal-token-provider';

describe('the development token provider', () => {
  test.each([
    'https://graph.microsoft.com/v1.0',
    'https://GRAPH.microsoft.com/beta',
    'https://graph.microsoft.us/v1.0',
    'https://microsoftgraph.chinacloudapi.cn/v1.0',
    'https://contoso.sharepoint.com/_api',
    'http://127.0.0.1.nip.io:5301/v1.0',
    'http://localhost.example.com:5301/v1.0',
    'http://10.0.0.5:5301/v1.0',
    'http://[::2]:5301/v1.0',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (graphBaseUrl) => {
    expect(() => createDevTokenProvider({ graphBaseUrl, userId: 'u1' })).toThrow(
      /refuses|needs a Graph URL/,
    );
  });

  test.each([
    'http://127.0.0.1:5301/v1.0',
    'http://127.8.9.10:1/v1.0',
    'http://localhost:5301/v1.0',
    'http://[::1]:5301/v1.0',
  ])('issues emulator tokens for loopback %s', async (graphBaseUrl) => {
    expect(() => assertLoopbackGraphUrl(graphBaseUrl)).not.toThrow();
    const provider = createDevTokenProvider({
      graphBaseUrl,
      userId: 'u1',
      grantedScopes: ['Sites.ReadWrite.All'],
    });
    const token = await provider.getToken(['Sites.Manage.All']);
    const [prefix, claimsPart, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(claimsPart!, 'base64url').toString('utf8'));
    expect(prefix).toBe('emu');
    expect(signature).toMatch(/^[\w-]{43}$/); // HMAC-SHA256 with the local stack's secret
    expect(claims).toEqual({ oid: 'u1', scp: 'Sites.ReadWrite.All' }); // grants what was consented
  });
});

describe('MSAL configuration', () => {
  test('keeps tokens in sessionStorage or memory and PII out of logs', () => {
    const standard = msalConfiguration({ clientId: 'app', nestedAppAuth: false });
    expect(standard.cache?.cacheLocation).toBe('sessionStorage');
    expect(standard.system?.loggerOptions?.piiLoggingEnabled).toBe(false);
    expect(
      msalConfiguration({ clientId: 'app', nestedAppAuth: true, cache: 'memory' }).cache
        ?.cacheLocation,
    ).toBe('memoryStorage');
  });
});
