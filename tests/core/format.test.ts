import fc from 'fast-check';
import { formatAxisMeasure } from '../../src/core/axis-format';
import {
  formatExcelLink,
  formatKeyResultMeasure,
  formatKeyResultTarget,
  formatKeyResultValue,
  formatDay,
  formatMeasure,
  formatNowAndTarget,
  formatNumber,
  formatProgress,
} from '../../src/core/format';
import { keyResultKindFromLabel, keyResultKindLabels } from '../../src/core/kind-words';
import { keyResultKinds, type KeyResult } from '../../src/core/model';
import { englishValueWords } from '../../src/core/value-sentences';

const kr = (over: Partial<KeyResult>): KeyResult => ({
  id: 'k',
  objectiveId: 'o',
  title: 'KR',
  kind: 'increase',
  start: 0,
  target: 60,
  current: 42,
  unit: 'customers',
  weight: 1,
  ...over,
});

describe('one value formatter per KR kind', () => {
  test('numbers follow the locale, with at most two decimals and never an exponent', () => {
    expect(formatNumber(1234.567, 'en-US')).toBe('1,234.57');
    expect(formatNumber(1234.567, 'de-DE')).toBe('1.234,57');
    expect(formatNumber(1e23, 'en')).toBe('100,000,000,000,000,000,000,000');
    expect(formatNumber(1.5, 'not a locale')).toBe('1.5');
  });

  test('progress is a whole percent, never 100 % short of the target', () => {
    expect(formatProgress(0.9991, 'en')).toBe('99%');
    expect(formatProgress(0.31, 'de-DE')).toBe('31\u00a0%');
    expect(formatProgress(0.29, 'en')).toBe('29%');
    expect(formatProgress(0.3667, 'en')).toBe('37%');
    expect(formatProgress(0.996, 'en')).toBe('99%');
    expect(formatProgress(1, 'en')).toBe('100%');
    expect(formatProgress(1.304, 'en')).toBe('130%');
    expect(formatProgress(Number.NaN, 'en')).toBe('0%');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.99999, noNaN: true }), (fraction) => {
        expect(formatProgress(fraction, 'en')).not.toBe('100%');
      }),
    );
  });

  test('a KR measured in % reads as a percentage in the locale', () => {
    expect(formatMeasure(99.95, '%', 'en')).toBe('99.95%');
    expect(formatMeasure(99.95, '%', 'de-DE')).toBe('99,95\u00a0%');
    expect(formatMeasure(42, 'customers', 'en')).toBe('42 customers');
    expect(formatMeasure(42, '', 'en')).toBe('42');
  });

  it('writes money where the locale writes its currency; other units after the number', () => {
    expect(formatMeasure(2_000_000, '$', 'en-US')).toBe('$2,000,000');
    expect(formatMeasure(1200.5, '€', 'en')).toBe('€1,200.5');
    expect(formatMeasure(1200, '€', 'de-DE')).toBe('1.200\u00a0€');
    expect(formatMeasure(99.99, '£', 'en-GB')).toBe('£99.99');
    expect(formatMeasure(42, 'NPS', 'en')).toBe('42 NPS');
    expect(formatMeasure(3, 'constructor', 'en')).toBe('3 constructor');
  });

  it('writes money counted in thousands, millions or billions as the locale shortens it, every digit kept', () => {
    expect(formatMeasure(2.35, '€M', 'en')).toBe('€2.35M');
    expect(formatMeasure(2.35, '€M', 'de-DE')).toBe('2,35\u00a0Mio.\u00a0€');
    expect(formatMeasure(2, 'M€', 'fr-FR')).toBe('2\u00a0M\u00a0€');
    expect(formatMeasure(1234.5, '$K', 'en-US')).toBe('$1.2345M');
    expect(formatMeasure(0.5, '€M', 'en')).toBe('€500K');
    expect(formatMeasure(3, '£bn', 'en-GB')).toBe('£3bn');
    expect(formatMeasure(1.8, '$MM', 'en-US')).toBe('$1.8M');
    expect(formatMeasure(2, 'Mio. €', 'de-DE')).toBe('2\u00a0Mio.\u00a0€');
    // The words the importer reads in amounts (`scaleOf`): German billions and thousands too.
    expect(formatMeasure(2.5, 'Mrd. €', 'de-DE')).toBe('2,5\u00a0Mrd.\u00a0€');
    expect(formatMeasure(450, 'Tsd. €', 'de-DE')).toBe('450.000\u00a0€');
    // German finance's thousands of a currency in one word: Tausend Euro.
    expect(formatMeasure(450, 'T€', 'de-DE')).toBe('450.000\u00a0€');
    expect(formatMeasure(450, 'TEUR', 'de-DE')).toBe('450.000\u00a0€');
    expect(formatMeasure(2, 'Mio. EUR', 'de-DE')).toBe('2\u00a0Mio.\u00a0€');
    // A scale without money, or a word that is not a scale, stays a unit after the number.
    expect(formatMeasure(42, 'km', 'en')).toBe('42 km');
    expect(formatMeasure(3, '€ per user', 'en')).toBe('3 € per user');
    expect(formatKeyResultValue({ ...kr({ unit: '€M' }), current: 1.8, target: 2 }, 'en')).toBe(
      '€1.8M / €2M',
    );
  });

  test("an axis's labels are short: compact from ten thousand on, steps by number", () => {
    expect(formatAxisMeasure(kr({}), 40, 'en')).toBe('40 customers');
    expect(formatAxisMeasure(kr({}), 9_999, 'en')).toBe('9,999 customers');
    expect(formatAxisMeasure(kr({}), 12_500, 'en')).toBe('12.5K customers');
    expect(formatAxisMeasure(kr({}), 1_250_000, 'en', false)).toBe('1.3M');
    expect(formatAxisMeasure(kr({}), 1_250_000, 'de-DE', false)).toBe('1,3\u00a0Mio.');
    expect(formatAxisMeasure(kr({ unit: '%' }), 99.5, 'en', false)).toBe('99.5%');
    expect(formatAxisMeasure(kr({ unit: '€M' }), 2.35, 'en')).toBe('€2.4M');
    expect(formatAxisMeasure(kr({ unit: '$' }), 12_500, 'en-US')).toBe('$12.5K');
    expect(formatAxisMeasure(kr({ unit: '$' }), 950, 'en-US')).toBe('$950');
    expect(formatAxisMeasure(kr({ unit: '€M' }), 2.35, 'en', false)).toBe('2.35');
    expect(formatAxisMeasure(kr({ kind: 'milestone', milestones: ['Pilot'] }), 1, 'en')).toBe(
      'Step 1',
    );
    expect(formatAxisMeasure(kr({ kind: 'binary', unit: '' }), 0, 'en')).toBe('Not done');
  });

  test('each kind in its own terms', () => {
    expect(formatKeyResultValue(kr({}), 'en')).toBe('42 / 60 customers');
    expect(formatKeyResultValue(kr({ current: 1234.5, target: 2000 }), 'de-DE')).toBe(
      '1.234,5 / 2.000 customers',
    );
    // A percent or money reads the same on both sides, in the locale's way.
    expect(formatKeyResultValue(kr({ current: 54.25, target: 70, unit: '%' }), 'en')).toBe(
      '54.25% / 70%',
    );
    expect(formatKeyResultValue(kr({ current: 54.25, target: 70, unit: ' % ' }), 'de-DE')).toBe(
      '54,25\u00a0% / 70\u00a0%',
    );
    expect(formatKeyResultValue(kr({ current: 1200, target: 5000, unit: '$' }), 'en')).toBe(
      '$1,200 / $5,000',
    );
    expect(formatKeyResultValue(kr({ current: 1300.25, target: 1500, unit: '€' }), 'de-DE')).toBe(
      '1.300,25\u00a0€ / 1.500\u00a0€',
    );
    const binary = kr({ kind: 'binary', start: 0, target: 1, current: 0, unit: '' });
    expect(formatKeyResultValue(binary, 'en')).toBe('Not done');
    expect(formatNowAndTarget(binary, 'en')).toBe('Not done yet');
    expect(formatKeyResultMeasure(binary, 1, 'en')).toBe('Done');
    const steps = kr({
      kind: 'milestone',
      target: 3,
      current: 2,
      milestones: ['Design', 'Pilot', 'Launch'],
    });
    expect(formatKeyResultValue(steps, 'en')).toBe('Step 2 of 3: Pilot');
    expect(formatKeyResultValue({ ...steps, current: 0 }, 'en')).toBe('Step 0 of 3');
    expect(formatKeyResultTarget(steps, 'en')).toBe('all 3 steps');
    const uptime = kr({ kind: 'stayAbove', start: 99.5, target: 99.9, current: 99.95, unit: '%' });
    expect(formatKeyResultValue(uptime, 'en')).toBe('99.95% (stay at or above 99.9%)');
    expect(formatNowAndTarget(uptime, 'en')).toBe('Now 99.95% · target at or above 99.9%');
  });

  test('says a value in the words a surface gives, its numbers in the locale', () => {
    const words = {
      ...englishValueWords,
      done: 'Erledigt',
      notDoneYet: 'Noch nicht erledigt',
      step: 'Schritt {value} von {target}',
      allSteps: 'alle {count} {count|Schritt|Schritte}',
      atOrAbove: 'mindestens {target}',
      stay: '{current} (zu halten: {target})',
      nowAndTarget: 'Jetzt {now} · Zielwert {target}',
      fromExcel: 'aus Excel: {place}',
    };
    const steps = kr({ kind: 'milestone', target: 3, current: 2, milestones: ['A', 'Pilot', 'C'] });
    expect(formatKeyResultValue(steps, 'de-DE', words)).toBe('Schritt 2 von 3: Pilot');
    expect(formatKeyResultTarget(steps, 'de-DE', words)).toBe('alle 3 Schritte');
    const uptime = kr({ kind: 'stayAbove', start: 99.5, target: 99.9, current: 99.95, unit: '%' });
    expect(formatKeyResultValue(uptime, 'de-DE', words)).toBe(
      '99,95\u00a0% (zu halten: mindestens 99,9\u00a0%)',
    );
    expect(formatNowAndTarget(uptime, 'de-DE', words)).toBe(
      'Jetzt 99,95\u00a0% · Zielwert mindestens 99,9\u00a0%',
    );
    const binary = kr({ kind: 'binary', start: 0, target: 1, current: 0, unit: '' });
    expect(formatNowAndTarget(binary, 'de-DE', words)).toBe('Noch nicht erledigt');
    expect(formatKeyResultMeasure(binary, 1, 'de-DE', words)).toBe('Erledigt');
    expect(
      formatExcelLink(
        { workbook: 'Finanzen.xlsx', sheet: 'Q1', address: 'B5', bindingId: 'b1' },
        words,
      ),
    ).toBe('aus Excel: Finanzen.xlsx!Q1!B5');
  });

  test('kind labels read back to their kinds, and codes still do', () => {
    for (const kind of keyResultKinds) {
      expect(keyResultKindFromLabel(keyResultKindLabels[kind])).toBe(kind);
      expect(keyResultKindFromLabel(` ${kind.toUpperCase()} `)).toBe(kind);
    }
    expect(keyResultKindFromLabel('sideways')).toBeUndefined();
  });
});

describe('days', () => {
  test('name the month in the reader’s language, and fall back to English for a locale Intl refuses', () => {
    expect(formatDay('2026-10-01', 'en-GB')).toBe('1 Oct 2026');
    expect(formatDay('2026-10-01', 'de-DE')).toBe('1. Okt. 2026');
    expect(formatDay('2026-12-31', 'fr-FR')).toBe('31 déc. 2026');
    expect(formatDay('2026-10-01', 'ja-JP')).toBe('2026年10月1日');
    expect(formatDay('2026-10-01', 'not a locale')).toBe(formatDay('2026-10-01', 'en'));
    expect(formatDay('2026-10-01')).toBe('Oct 1, 2026');
  });
});
