import { ConfigError, readRuntimeConfig } from '../../src/ui/app/config';
import { ensureFitsSchema } from '../../src/store/validation';
import { describeError } from '../../src/ui/errors/describeError';
import { ForbiddenError, ThrottledError } from '../../src/store/errors';

describe('readRuntimeConfig', () => {
  it('reads a complete NAA configuration and trims the Graph root', () => {
    expect(
      readRuntimeConfig({
        VITE_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0/',
        VITE_OKR_SITE: 'contoso.sharepoint.com:/sites/okr',
        VITE_AAD_CLIENT_ID: 'c1',
      }),
    ).toEqual({
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      site: 'contoso.sharepoint.com:/sites/okr',
      authMode: 'naa',
      clientId: 'c1',
    });
  });

  it('names every missing or malformed setting at once', () => {
    let error: unknown;
    try {
      readRuntimeConfig({ VITE_GRAPH_BASE_URL: 'graph', VITE_AUTH_MODE: 'magic' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/VITE_GRAPH_BASE_URL must be an http\(s\) URL/);
    expect(problems).toMatch(/Set VITE_OKR_SITE/);
    expect(problems).toMatch(/VITE_AUTH_MODE must be "naa" \(pages sign in through the host\)/);
  });

  it('signs pages in through the host only: a client id always, no development tokens', () => {
    const base = { VITE_GRAPH_BASE_URL: 'http://127.0.0.1:5301/v1.0', VITE_OKR_SITE: 'site' };
    expect(() => readRuntimeConfig(base)).toThrow(/VITE_AAD_CLIENT_ID/);
    expect(() =>
      readRuntimeConfig({ ...base, VITE_AUTH_MODE: 'dev', VITE_AAD_CLIENT_ID: 'c1' }),
    ).toThrow(/VITE_AUTH_MODE must be "naa"/);
  });
});

describe('describeError', () => {
  it('says what a refused save broke and what fits, not only the field the store names', () => {
    let refusal: unknown;
    try {
      ensureFitsSchema('keyResults', { Unit: 'x'.repeat(70) }, 'The key result');
    } catch (error) {
      refusal = error;
    }
    expect(describeError(refusal).details).toEqual([
      'The key result was not saved: The unit has 70 characters; at most 64 fit.',
    ]);
  });

  it('names the missing permission and offers no retry', () => {
    const description = describeError(new ForbiddenError('no', 'Sites.Manage.All'));
    expect(description).toMatchObject({ retryable: false, permission: 'Sites.Manage.All' });
    expect(description.message).toContain('Sites.Manage.All');
  });

  it('tells when to try again after throttling', () => {
    expect(describeError(new ThrottledError('busy', 12))).toMatchObject({
      retryable: true,
      message: expect.stringContaining('12 seconds'),
    });
  });

  it('tells an outage (503) from too many requests (429), in good English', () => {
    expect(describeError(new ThrottledError('down', 1, 'unavailable'))).toEqual({
      title: 'Microsoft 365 is unavailable',
      message: 'The service is down for a moment; nothing was lost. Try again in 1 second.',
      retryable: true,
    });
    expect(describeError(new ThrottledError('busy')).message).toBe(
      'Too many requests right now. Try again in a moment.',
    );
  });

  it('after the store’s own retries, says how often and how long it tried, not Graph’s last wait', () => {
    const retried = { retries: 4, waitedMs: 4000 };
    expect(describeError(new ThrottledError('down', 1, 'unavailable', retried))).toEqual({
      title: 'Microsoft 365 is unavailable',
      message:
        'Microsoft Graph is unavailable and did not answer after 5 tries over 4 seconds; nothing was lost. Try again in a minute.',
      retryable: true,
    });
    expect(
      describeError(new ThrottledError('busy', 0, 'tooManyRequests', { retries: 3, waitedMs: 0 }))
        .message,
    ).toBe('Microsoft Graph is busy and did not answer after 4 tries. Try again in a minute.');
    // Graph asked for longer than the operation could wait: that is when to come back.
    expect(
      describeError(
        new ThrottledError('busy', 150, 'tooManyRequests', { retries: 1, waitedMs: 1000 }),
      ).message,
    ).toBe(
      'Microsoft Graph is busy and did not answer after 2 tries over 1 second. Try again in 3 minutes.',
    );
  });
});
