import { createCatalogue, formatMessage, localeFallbacks } from '../../src/core/i18n';
import { formatCount } from '../../src/core/format';
import { format } from '../../src/core/messages';
import { reminderMessages } from '../../src/core/rhythm/reminders';

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

  it("agrees a word with its number by the locale's plural rules", () => {
    const template = '{count} {count|key result|key results}';
    expect(formatMessage(template, { count: 1 })).toBe('1 key result');
    expect(formatMessage(template, { count: 0 })).toBe('0 key results');
    expect(formatMessage(template, { count: 1200 })).toBe('1,200 key results');
    expect(formatMessage('{n|a|b}', {})).toBe('{n|a|b}');
    expect(formatCount(1, 'day', 'days')).toBe('1 day');
    expect(formatCount(7, 'day', 'days')).toBe('7 days');
  });

  it('says "1 stale key result" in the messages that count', () => {
    expect(reminderMessages.format('coachDigest.preview', { stale: 1, falling: 0, quiet: 1 })).toBe(
      '1 stale key result, 0 with falling confidence, 1 team did not check in.',
    );
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

describe('days in messages', () => {
  it('says a {name:day} placeholder as the locale writes the day, never as ISO', () => {
    const template = 'Check-ins open on {start:day} ({start})';
    expect(formatMessage(template, { start: '2027-01-01' }, 'en-US')).toBe(
      'Check-ins open on Jan 1, 2027 (2027-01-01)',
    );
    expect(formatMessage(template, { start: '2027-01-01' }, 'en-GB')).toBe(
      'Check-ins open on 1 Jan 2027 (2027-01-01)',
    );
    expect(formatMessage('{start:day}', { start: '2027-01-01' }, 'de')).toBe('1. Jan. 2027');
    // Anything but a day is said as given; a missing param stays visible.
    expect(formatMessage('{start:day}', { start: 'soon' })).toBe('soon');
    expect(formatMessage('{start:day}', {})).toBe('{start:day}');
  });
});
