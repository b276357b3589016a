import { createCatalogue, formatMessage, localeFallbacks } from '../../src/core/i18n';
import { format } from '../../src/core/messages';

describe('formatMessage', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(formatMessage('{name} scored {score}', { name: 'Sales', score: 0.654 })).toBe(
      'Sales scored 0.65',
    );
    expect(formatMessage('{n} users', { n: 1234.5 }, 'de-DE')).toBe('1.234,5 users');
  });

  it('leaves a placeholder without a param visible', () => {
    expect(formatMessage('Hello {who}', {})).toBe('Hello {who}');
  });

  it('treats params as text, never as templates', () => {
    expect(formatMessage('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });

  it('falls back to English for an unknown locale tag', () => {
    expect(formatMessage('{n}', { n: 1.5 }, 'not a locale!')).toBe('1.5');
  });
});

describe('createCatalogue', () => {
  const catalogue = createCatalogue(
    { greet: 'Hello {name}', bye: 'Goodbye' },
    { de: { greet: 'Hallo {name}' }, 'fr-CA': { bye: 'Bonjour-hi' } },
  );

  it('formats in the closest locale, falling back to English', () => {
    expect(catalogue.format('greet', { name: 'Ana' })).toBe('Hello Ana');
    expect(catalogue.format('greet', { name: 'Ana' }, 'de-AT')).toBe('Hallo Ana');
    expect(catalogue.format('bye', {}, 'de')).toBe('Goodbye');
    expect(catalogue.format('bye', {}, 'fr_CA')).toBe('Bonjour-hi');
  });

  it('knows its keys and locales', () => {
    expect(catalogue.keys).toEqual(['greet', 'bye']);
    expect(catalogue.has('greet')).toBe(true);
    expect(catalogue.has('nope')).toBe(false);
    expect([...catalogue.locales].sort()).toEqual(['de', 'en', 'fr-ca']);
  });

  it('builds the fallback chain from the most specific tag', () => {
    expect(localeFallbacks('zh-Hant-TW')).toEqual(['zh-hant-tw', 'zh-hant', 'zh', 'en']);
  });
});

describe('core messages', () => {
  it('are formatted by key', () => {
    expect(format('status.atRisk')).toBe('At risk');
    expect(format('confidence.stale', { days: 15 })).toBe('No check-in for 15 days');
  });
});
