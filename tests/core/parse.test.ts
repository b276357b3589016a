/**
 * Numbers typed the way the reader's locale writes them: what the board shows reads back as the
 * same number; the other way of writing is read where only it fits, and said; a text that reads
 * two ways, or none, is refused in words that say why and how to write it.
 */
import fc from 'fast-check';
import { formatNumber } from '../../src/core/format';
import { formatForTyping } from '../../src/core/format-for-typing';
import { sayIssue } from '../../src/core/issue-words';
import { parseNumber, type TypedNumber } from '../../src/core/parse';

/** What a reading comes to: the number, the number and how it was read, or the refusal. */
function reading(result: TypedNumber) {
  if (!result.ok) return { refused: result.issues.map((issue) => issue.code) };
  return result.readAs ? { value: result.value, readAs: result.readAs.code } : result.value;
}
const read = (text: string, locale: string) => reading(parseNumber(text, { locale }));
const message = (text: string, locale: string) => {
  const result = parseNumber(text, { locale });
  return result.ok ? result.readAs?.message : result.issues[0]?.message;
};

const languages = ['de-DE', 'fr-FR', 'es-ES', 'en-US'];
const locales = [
  ...languages,
  ...['en-GB', 'de-CH', 'it-IT', 'nl-NL', 'fr-CH', 'sv-SE', 'en-IN', 'ar-EG'],
];

/** OKR-sized numbers: whole, with a few decimals, or any double in range. */
const values = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
);

describe('what the product shows reads back as the same number', () => {
  it('every digit, as a field is filled in (formatForTyping), in every locale', () => {
    fc.assert(
      fc.property(fc.constantFrom(...locales), values, fc.boolean(), (locale, value, grouped) => {
        const text = formatForTyping(value, locale, { useGrouping: grouped });
        expect({ text, locale, read: parseNumber(text, { locale }) }).toEqual({
          text,
          locale,
          read: { ok: true, value: Object.is(value, -0) ? 0 : value },
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('as the board shows it, at most two decimals, in the four languages', () => {
    const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });
    fc.assert(
      fc.property(fc.constantFrom(...languages), values, (locale, value) => {
        const shown = formatNumber(value, locale);
        const expected = Number(plain.format(value));
        expect({ shown, read: parseNumber(shown, { locale }) }).toEqual({
          shown,
          read: { ok: true, value: Object.is(expected, -0) ? 0 : expected },
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('a number that would read two ways is filled in with a fourth decimal', () => {
    expect(formatForTyping(1.125, 'en-US')).toBe('1.1250');
    expect(formatForTyping(-999.999, 'de-DE')).toBe('-999,9990');
    expect(formatForTyping(1234.125, 'en-US')).toBe('1,234.125');
    expect(formatForTyping(0.125, 'de-DE')).toBe('0,125');
    expect(formatForTyping(80000, 'de-DE')).toBe('80.000');
    expect(formatForTyping(1e-7, 'en-US')).toBe('0.0000001');
  });
});

describe('German (de-DE): comma decimals, points group thousands', () => {
  it('reads the board’s own format', () => {
    expect(read('80.000', 'de-DE')).toBe(80000);
    expect(read('1,5', 'de-DE')).toBe(1.5);
    expect(read('1,05', 'de-DE')).toBe(1.05);
    expect(read('101.250,75', 'de-DE')).toBe(101250.75);
    expect(read('1.500.000,00', 'de-DE')).toBe(1500000);
    expect(read('-1.000,5', 'de-DE')).toBe(-1000.5);
    expect(read('\u22125', 'de-DE')).toBe(-5);
    expect(read('80000', 'de-DE')).toBe(80000);
    expect(read('45,5 %', 'de-DE')).toBe(45.5);
    expect(parseNumber('45,5 %', { locale: 'de-DE', percent: 'fraction' })).toEqual({
      ok: true,
      value: 0.455,
    });
  });

  it('reads a point as the decimal mark where no grouping fits, and says so', () => {
    expect(read('1.5', 'de-DE')).toEqual({ value: 1.5, readAs: 'numberReadOtherDecimalMark' });
    expect(read('0.75', 'de-DE')).toEqual({ value: 0.75, readAs: 'numberReadOtherDecimalMark' });
    expect(read('1,234.5', 'de-DE')).toEqual({
      value: 1234.5,
      readAs: 'numberReadOtherDecimalMark',
    });
    expect(message('1.5', 'de-DE')).toBe('“1.5” is read as 1,5, with “.” as the decimal mark.');
    expect(message('12.5%', 'de-DE')).toBe(
      '“12.5%” is read as 12,5\u00a0%, with “.” as the decimal mark.',
    );
    expect(message('12,34,567', 'de-DE')).toBe(
      '“12,34,567” is read as 1.234.567, with “,” grouping thousands.',
    );
  });

  it('asks which is meant when a comma stands before three digits', () => {
    expect(read('1,500', 'de-DE')).toEqual({ refused: ['numberAmbiguous'] });
    expect(message('1,500', 'de-DE')).toBe(
      '“1,500” could mean 1,5 or 1.500. Type 1500 if you mean 1.500, or 1,5 if you mean 1,5.',
    );
    const said = parseNumber('1,125', { locale: 'de-DE' });
    expect(!said.ok && sayIssue(said.issues[0]!, 'de-DE')).toBe(
      '„1,125“ kann 1,125 oder 1.125 bedeuten. Geben Sie 1125 ein, wenn Sie 1.125 meinen, oder 1,1250, wenn Sie 1,125 meinen.',
    );
  });
});

describe('English (en-US, en-GB): point decimals, commas group thousands', () => {
  it('reads the board’s own format', () => {
    for (const locale of ['en-US', 'en-GB']) {
      expect(read('1,500', locale)).toBe(1500);
      expect(read('1,234.5', locale)).toBe(1234.5);
      expect(read('0.125', locale)).toBe(0.125);
      expect(read('.5', locale)).toBe(0.5);
      expect(read('1.05', locale)).toBe(1.05);
    }
  });

  it('asks which is meant when a point stands before three digits', () => {
    expect(read('80.000', 'en-US')).toEqual({ refused: ['numberAmbiguous'] });
    expect(read('100.000', 'en-GB')).toEqual({ refused: ['numberAmbiguous'] });
    expect(message('80.000', 'en-US')).toBe(
      '“80.000” could mean 80 or 80,000. Type 80000 if you mean 80,000, or 80 if you mean 80.',
    );
    expect(message('-1.250', 'en-US')).toBe(
      '“-1.250” could mean -1.25 or -1,250. Type -1250 if you mean -1,250, or -1.25 if you mean -1.25.',
    );
  });

  it('reads what can only be German grouping or a decimal comma, and says so', () => {
    expect(read('1.000.000', 'en-US')).toEqual({
      value: 1_000_000,
      readAs: 'numberReadOtherGrouping',
    });
    expect(message('1.000.000', 'en-US')).toBe(
      '“1.000.000” is read as 1,000,000, with “.” grouping thousands.',
    );
    expect(read('1,5', 'en-US')).toEqual({ value: 1.5, readAs: 'numberReadOtherDecimalMark' });
    expect(read('1,05', 'en-GB')).toEqual({ value: 1.05, readAs: 'numberReadOtherDecimalMark' });
    expect(read('1.234,5', 'en-US')).toEqual({
      value: 1234.5,
      readAs: 'numberReadOtherDecimalMark',
    });
    expect(message('1,5', 'en-US')).toBe('“1,5” is read as 1.5, with “,” as the decimal mark.');
  });
});

describe('French (fr-FR): comma decimals, spaces group thousands', () => {
  it('reads spaces of every kind as grouping', () => {
    for (const space of [' ', '\u00a0', '\u202f']) {
      expect(read(`80${space}000`, 'fr-FR')).toBe(80000);
      expect(read(`1${space}234${space}567,5`, 'fr-FR')).toBe(1234567.5);
    }
    expect(read('1,5', 'fr-FR')).toBe(1.5);
    expect(read('1.000.000', 'fr-FR')).toBe(1_000_000);
  });

  it('asks about one mark before three digits, either mark', () => {
    expect(read('80.000', 'fr-FR')).toEqual({ refused: ['numberAmbiguous'] });
    expect(read('80,000', 'fr-FR')).toEqual({ refused: ['numberAmbiguous'] });
    expect(message('80.000', 'fr-FR')).toBe(
      '“80.000” could mean 80 or 80\u202f000. Type 80000 if you mean 80\u202f000, or 80 if you mean 80.',
    );
    expect(read('1.5', 'fr-FR')).toEqual({ value: 1.5, readAs: 'numberReadOtherDecimalMark' });
  });
});

describe('Spanish (es-ES): comma decimals, points group thousands', () => {
  it('reads four digits with or without their point', () => {
    expect(read('8000', 'es-ES')).toBe(8000);
    expect(read('8.000', 'es-ES')).toBe(8000);
    expect(read('80.000', 'es-ES')).toBe(80000);
    expect(read('1,5', 'es-ES')).toBe(1.5);
    expect(read('1,500', 'es-ES')).toEqual({ refused: ['numberAmbiguous'] });
  });
});

describe('Swiss German (de-CH): point decimals, apostrophes group thousands', () => {
  it('reads the apostrophe Intl writes, and the typographic one', () => {
    const group = new Intl.NumberFormat('de-CH')
      .formatToParts(1234)
      .find((p) => p.type === 'group');
    expect(["'", '’']).toContain(group?.value);
    expect(read(`1${group!.value}234.5`, 'de-CH')).toBe(1234.5);
    expect(read("1'234.5", 'de-CH')).toBe(1234.5);
    expect(read('1’234’567', 'de-CH')).toBe(1234567);
    expect(read('80.000', 'de-CH')).toEqual({ refused: ['numberAmbiguous'] });
    expect(read('1,5', 'de-CH')).toEqual({ value: 1.5, readAs: 'numberReadOtherDecimalMark' });
  });
});

describe('accounting negatives: an amount in parentheses', () => {
  it('reads “(1,200)” as -1,200 in English and “(1.200)” in German, as Excel’s Accounting format shows them', () => {
    expect(read('(1,200)', 'en-US')).toBe(-1200);
    expect(read('( 1,200.50 )', 'en-GB')).toBe(-1200.5);
    expect(read('(1.200)', 'de-DE')).toBe(-1200);
    expect(read('(2,5)', 'de-DE')).toBe(-2.5);
    expect(read('(45%)', 'fr-FR')).toBe(-45);
  });

  it('refuses a sign inside the parentheses, or parentheses not around the whole number', () => {
    for (const text of ['(-5)', '(+5)', '(5', '5)', '()', '((5))']) {
      expect({ text, read: read(text, 'en-US') }).toEqual({
        text,
        read: { refused: ['notANumber'] },
      });
    }
  });
});

describe('refusals', () => {
  it('refuses misplaced marks, saying how numbers are written in the locale', () => {
    for (const text of ['1.2.3', '1,234.5.6', '12 34', '1,23,4', '1.23.456', "12'34", '1.,5']) {
      expect({ text, read: read(text, 'en-US') }).toEqual({
        text,
        read: { refused: ['numberMisgrouped'] },
      });
    }
    expect(message('1.2.3', 'de-DE')).toBe(
      '“1.2.3” is not a number as written: a decimal mark comes once at most, and marks that group digits come every three digits. Write 80.000 or 80000 for eighty thousand, 1,5 for one and a half.',
    );
    const said = parseNumber('1.2.3', { locale: 'fr-FR' });
    expect(!said.ok && sayIssue(said.issues[0]!, 'fr-FR')).toContain(
      'Écrivez 80\u202f000 ou 80000 pour quatre-vingt mille, 1,5 pour un et demi.',
    );
  });

  it('refuses words, exponents and signs without digits as no number', () => {
    for (const text of ['abc', 'NaN', 'Infinity', '-Infinity', '1e5', '%', '-', '1 000 km']) {
      expect({ text, read: read(text, 'de-DE') }).toEqual({
        text,
        read: { refused: ['notANumber'] },
      });
    }
    expect(message('abc', 'de-DE')).toBe('“abc” is not a number. Type a number such as 1.234,5.');
  });

  it('refuses empty text and numbers beyond the largest', () => {
    expect(read('  ', 'en-US')).toEqual({ refused: ['numberRequired'] });
    expect(read('9'.repeat(400), 'en-US')).toEqual({ refused: ['numberTooLarge'] });
    expect(read('2.000.000.000.000.000', 'de-DE')).toEqual({ refused: ['numberTooLarge'] });
  });
});
