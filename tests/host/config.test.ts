import {
  defaultTeamsInitializeTimeoutMs,
  devMessageOrigins,
  isLoopbackOrigin,
  placeholderTeamsAppId,
  resolveHostConfig,
} from '../../src/host/config';

describe('isLoopbackOrigin', () => {
  it('accepts bare loopback origins only', () => {
    expect(isLoopbackOrigin('http://127.0.0.1:5300')).toBe(true);
    expect(isLoopbackOrigin('http://localhost:5300')).toBe(true);
    expect(isLoopbackOrigin('https://[::1]:8443')).toBe(true);
    expect(isLoopbackOrigin('http://127.0.0.1:5300/teams')).toBe(false);
    expect(isLoopbackOrigin('http://*.localhost:5300')).toBe(false);
    expect(isLoopbackOrigin('https://teams.microsoft.com')).toBe(false);
    expect(isLoopbackOrigin('http://localhost.evil.example')).toBe(false);
    expect(isLoopbackOrigin('javascript:alert(1)')).toBe(false);
  });
});

describe('devMessageOrigins', () => {
  it('trusts nothing extra in a production build', () => {
    expect(
      devMessageOrigins({
        dev: false,
        devHostOrigins: 'http://127.0.0.1:5300',
        pageOrigin: 'http://127.0.0.1:5300',
      }),
    ).toEqual([]);
  });

  it('trusts the configured loopback origins and the page under its other loopback name', () => {
    expect(
      devMessageOrigins({
        dev: true,
        devHostOrigins: ' http://127.0.0.1:6000 ,,',
        pageOrigin: 'http://localhost:5300',
      }),
    ).toEqual(['http://127.0.0.1:6000', 'http://127.0.0.1:5300']);
  });

  it('refuses anything but a loopback origin, and never a wildcard', () => {
    expect(() =>
      devMessageOrigins({ dev: true, devHostOrigins: '*', pageOrigin: 'http://127.0.0.1:5300' }),
    ).toThrow(/loopback/);
    expect(() =>
      devMessageOrigins({
        dev: true,
        devHostOrigins: 'https://evil.example',
        pageOrigin: 'http://127.0.0.1:5300',
      }),
    ).toThrow(/evil\.example/);
  });

  it('adds no aliases for a page that is not on loopback', () => {
    expect(devMessageOrigins({ dev: true, pageOrigin: 'https://okr.example.com' })).toEqual([]);
  });
});

describe('resolveHostConfig', () => {
  it('fills in defaults', () => {
    expect(resolveHostConfig({ dev: false, pageOrigin: 'https://okr.example.com' })).toEqual({
      teamsAppId: placeholderTeamsAppId,
      personalTabEntityId: 'myOkrs',
      validMessageOrigins: [],
      teamsInitializeTimeoutMs: defaultTeamsInitializeTimeoutMs,
    });
  });

  it('takes configured values and ignores a nonsense timeout', () => {
    const config = resolveHostConfig({
      dev: false,
      pageOrigin: 'https://okr.example.com',
      teamsAppId: ' 2f6a3d52-5b1e-4c7b-9d0a-0f5e3c1a7b11 ',
      personalTabEntityId: 'okrs',
      teamsInitializeTimeoutMs: 'soon',
    });
    expect(config.teamsAppId).toBe('2f6a3d52-5b1e-4c7b-9d0a-0f5e3c1a7b11');
    expect(config.personalTabEntityId).toBe('okrs');
    expect(config.teamsInitializeTimeoutMs).toBe(defaultTeamsInitializeTimeoutMs);
    expect(
      resolveHostConfig({ dev: false, pageOrigin: 'x:', teamsInitializeTimeoutMs: '800' })
        .teamsInitializeTimeoutMs,
    ).toBe(800);
  });
});
