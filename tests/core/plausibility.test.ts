import fc from 'fast-check';
import { createCheckIn, type CheckInContext } from '../../src/core/check-in';
import { keyResultKinds, type KeyResult } from '../../src/core/model';
import { defaultOperatingModel as model } from '../../src/core/operating-model';
import { toIsoDate } from '../../src/core/dates';
import { formatMeasure } from '../../src/core/format';
import { largestValue, parseNumber, type TypedNumber } from '../../src/core/parse';
import {
  allowsNegative,
  valueToConfirmIssues,
  isBigJump,
  parseInUnit,
  parseKeyResultValue,
  valueRangeIssues,
} from '../../src/core/plausibility';
import { sayIssue } from '../../src/core/issue-words';
import { ana, keyResult, q1 } from './fixtures';

const boardLoad = keyResult({
  title: 'Board load p95 under 800 ms',
  kind: 'decrease',
  start: 2400,
  target: 800,
  current: 1900,
  unit: 'ms',
});

const context = (kr: KeyResult): CheckInContext => ({
  keyResult: kr,
  author: ana,
  at: '2026-02-02T09:00:00Z',
  clientId: 'c-1',
  source: 'teams',
  cycle: q1,
  dayOf: toIsoDate,
});

const issuesOf = (result: TypedNumber) => (result.ok ? [] : result.issues);
const codes = (result: { ok: boolean; issues?: readonly { code: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.code);

describe('values a KR can take', () => {
  test('a negative time, count or percentage is refused, naming the KR, the value and what is accepted', () => {
    const [issue] = valueRangeIssues(boardLoad, -300, 'en');
    expect(issue?.code).toBe('valueBelowZero');
    expect(issue?.message).toBe(
      '“Board load p95 under 800 ms” cannot go below zero (it runs from 2,400 ms to 800 ms), so -300 ms is not accepted. Enter 0 or more.',
    );
    const percent = keyResult({ title: 'Adoption', start: 10, target: 60, unit: '%' });
    expect(codes(createCheckIn({ value: -20 }, context(percent), model))).toEqual([
      'valueBelowZero',
    ]);
  });

  test('a KR whose range reaches below zero allows negative values', () => {
    const margin = keyResult({ title: 'Margin', start: -5, target: 10, current: -4, unit: '%' });
    expect(allowsNegative(margin)).toBe(true);
    expect(valueRangeIssues(margin, -3)).toEqual([]);
  });

  test('whatever the KR, the range rule accepts exactly the values it promises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.double({ min: -1e17, max: 1e17, noNaN: true }),
        (start, target, value) => {
          const kr = keyResult({ start, target });
          const refused = valueRangeIssues(kr, value).length > 0;
          const expected =
            Math.abs(value) > largestValue || (value < 0 && Math.min(start, target) >= 0);
          expect(refused).toBe(expected);
        },
      ),
    );
  });

  test('one rule for very large numbers, typed or passed in', () => {
    expect(codes(parseNumber('99999999999999999999999'))).toEqual(['numberTooLarge']);
    expect(codes(parseNumber('9'.repeat(400)))).toEqual(['numberTooLarge']);
    expect(parseNumber('1,000,000,000,000,000')).toEqual({ ok: true, value: 1e15 });
    const users = context(keyResult({ start: 0, target: 2000 }));
    expect(codes(createCheckIn({ value: 1e23 }, users, model))).toEqual(['valueTooLarge']);
    expect(codes(createCheckIn({ value: 1e308 }, users, model))).toEqual(['valueTooLarge']);
    expect(createCheckIn({ value: '99999999999999999999999' }, users, model)).toMatchObject({
      ok: false,
      issues: [
        {
          message:
            '“99999999999999999999999” is too large for Value: numbers up to 1,000,000,000,000,000 either way are accepted.',
        },
      ],
    });
  });
});

describe('units', () => {
  test('“50%” on a count KR is refused with the reason; the KR’s own unit may follow the number', () => {
    const users = keyResult({ title: 'Weekly active users', unit: 'users' });
    const refused = parseKeyResultValue('50%', users, 'en');
    expect(!refused.ok && refused.issues[0]?.message).toBe(
      '“Weekly active users” is measured in users, not in %, so “50%” is not accepted. Type the number of users.',
    );
    expect(parseKeyResultValue('1,250 users', users, 'en')).toEqual({ ok: true, value: 1250 });
    const plain = keyResult({ title: 'NPS', unit: '' });
    expect(codes(parseKeyResultValue('50 %', plain, 'en'))).toEqual(['percentOnPlainNumber']);
    const adoption = keyResult({ unit: '%' });
    expect(parseKeyResultValue('45,5 %', adoption, 'de-DE')).toEqual({ ok: true, value: 45.5 });
  });

  test('text that is no number on a done / not done or milestone KR is told the numbers it takes', () => {
    const launch = keyResult({ kind: 'binary', start: 0, target: 1, unit: '' });
    for (const text of ['yes', 'Finished']) {
      const refused = parseKeyResultValue(text, launch, 'en');
      // What was typed is named, with what is accepted.
      expect(!refused.ok && refused.issues.map((issue) => issue.message)).toEqual([
        `“${text}” is not accepted: a done / not done key result is either 0 (not done) or 1 (done).`,
      ]);
    }
    const empty = parseKeyResultValue('', launch, 'en');
    expect(!empty.ok && empty.issues.map((issue) => issue.message)).toEqual([
      'Value is empty. Type a number such as 1.',
    ]);
    const steps = keyResult({ kind: 'milestone', start: 0, target: 3, unit: '' });
    const refused = parseKeyResultValue('Beta', steps, 'en');
    expect(!refused.ok && refused.issues.map((issue) => issue.message)).toEqual([
      'Milestone progress must be between 0 and 3, not Beta.',
    ]);
    expect(parseKeyResultValue('1', launch, 'en')).toEqual({ ok: true, value: 1 });
  });

  test('a done / not done KR takes the words the board and the stage show for it, in any language', () => {
    const launch = keyResult({ kind: 'binary', start: 0, target: 1, unit: '' });
    expect(parseKeyResultValue('Done', launch, 'en')).toEqual({ ok: true, value: 1 });
    expect(parseKeyResultValue(' not done ', launch, 'en')).toEqual({ ok: true, value: 0 });
    expect(parseKeyResultValue('Erledigt', launch, 'en')).toEqual({ ok: true, value: 1 });
    expect(parseKeyResultValue('Pas fait', launch, 'de-DE')).toEqual({ ok: true, value: 0 });
    // Only on such a KR: elsewhere the word is no number.
    const users = keyResult({ unit: 'users' });
    expect(parseKeyResultValue('Done', users, 'en').ok).toBe(false);
  });

  test('numbers are read in the reader’s locale', () => {
    const kr = keyResult({ unit: 'users' });
    expect(parseKeyResultValue('1,1', kr, 'de-DE')).toEqual({ ok: true, value: 1.1 });
    expect(parseKeyResultValue('1.234,5', kr, 'de-DE')).toEqual({ ok: true, value: 1234.5 });
    // The other decimal mark, where only it fits, is read and said (a note, not a refusal).
    const other = parseKeyResultValue('1,1 users', kr, 'en');
    expect(other.ok && [other.value, other.readAs?.code]).toEqual([
      1.1,
      'numberReadOtherDecimalMark',
    ]);
    expect(parseKeyResultValue('1,100', kr, 'de-DE').ok).toBe(false);
    const german = parseNumber('eins', { locale: 'de-DE' });
    expect(!german.ok && german.issues[0]?.message).toBe(
      '“eins” is not a number. Type a number such as 1.234,5.',
    );
  });

  test('any number formatted in a locale reads back as the same number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'en-GB', 'sv-SE'),
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        (locale, whole, cents) => {
          const value = whole + Math.sign(whole || 1) * (cents / 100);
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
          const parsed = parseKeyResultValue(text, keyResult({ unit: '' }), locale);
          expect(parsed.ok && parsed.value).toBeCloseTo(value, 6);
        },
      ),
    );
  });
});

describe('big jumps', () => {
  const users = keyResult({ title: 'Weekly active users', current: 1100 });

  test('need an explicit confirmation and a note', () => {
    expect(codes(createCheckIn({ value: 1700, note: '' }, context(users), model))).toEqual([
      'bigJumpUnconfirmed',
    ]);
    const unconfirmed = createCheckIn({ value: 1700 }, context(users), model);
    expect(!unconfirmed.ok && unconfirmed.issues[0]?.message).toBe(
      '1,100 users → 1,700 users is a big jump for “Weekly active users” (50% or more of the way from start to target). Confirm the value is right and add a note on what drove it.',
    );
    const noNote = createCheckIn({ value: 1700, confirmedJump: true }, context(users), model);
    expect(!noNote.ok && noNote.issues.map((issue) => `${issue.field}:${issue.code}`)).toEqual([
      'note:bigJumpNeedsNote',
    ]);
    const confirmed = createCheckIn(
      { value: 1700, confirmedJump: true, note: 'Partner launch' },
      context(users),
      model,
    );
    expect(confirmed.ok).toBe(true);
    expect(createCheckIn({ value: 1400 }, context(users), model).ok).toBe(true);
  });

  test('a big jump the wrong way is said to be one, not a move "of the way from start to target"', () => {
    const fall = createCheckIn({ value: 400 }, context(users), model);
    expect(codes(fall)).toEqual(['bigSetbackUnconfirmed']);
    expect(!fall.ok && fall.issues[0]?.message).toBe(
      '1,100 users → 400 users is a big jump the wrong way for “Weekly active users” (back by 50% or more of the way from start to target). Confirm the value is right and add a note on what drove it.',
    );
    // The wrong way is the KR's: up on a decrease KR, down on a stay-above one.
    const latency = keyResult({ kind: 'decrease', start: 2000, target: 1000, current: 1500 });
    expect(codes(createCheckIn({ value: 2100 }, context(latency), model))).toEqual([
      'bigSetbackUnconfirmed',
    ]);
    expect(codes(createCheckIn({ value: 900 }, context(latency), model))).toEqual([
      'bigJumpUnconfirmed',
    ]);
    const uptime = keyResult({
      kind: 'stayAbove',
      start: 99,
      target: 98,
      current: 99.5,
      unit: '%',
    });
    expect(codes(createCheckIn({ value: 98.9 }, context(uptime), model))).toEqual([
      'bigSetbackUnconfirmed',
    ]);
    // Confirmed, it asks for its note as any big jump does.
    const noNote = createCheckIn({ value: 400, confirmedJump: true }, context(users), model);
    expect(codes(noNote)).toEqual(['bigJumpNeedsNote']);
  });

  test('its share is a percent in the reader’s locale: German writes 50 % with a no-break space', () => {
    const said = (locale: string) => {
      const [asked] = valueToConfirmIssues(users, { value: 1700, note: '' }, false, locale);
      return sayIssue(asked!, locale);
    };
    expect(said('de-DE')).toBe(
      '1.100 users → 1.700 users ist ein großer Sprung für „Weekly active users“ (50\u00a0% oder mehr des Wegs vom Start zum Ziel). Bestätigen Sie, dass der Wert stimmt, und notieren Sie, was ihn bewirkt hat.',
    );
    expect(said('fr-FR')).toContain(
      `(${new Intl.NumberFormat('fr', { style: 'percent' }).format(0.5)} ou plus`,
    );
    expect(said('es-ES')).toContain('(50\u00a0% o más');
    expect(said('en-US')).toContain('(50% or more');
  });

  test('a jump is big when it covers half the distance or more, whatever the direction; never for done / not done', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keyResultKinds),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (kind, start, target, current, value) => {
          const kr = { kind, start, target, current };
          const span = Math.abs(target - start);
          const expected = kind !== 'binary' && span > 0 && Math.abs(value - current) >= span / 2;
          expect(isBigJump(kr, value)).toBe(expected);
          const issues = valueToConfirmIssues(
            { ...kr, title: 'K', unit: '' },
            { value, note: 'n' },
            true,
          );
          expect(issues).toEqual([]);
        },
      ),
    );
  });
});

describe('a value far past the target', () => {
  const customers = keyResult({
    title: 'New paying customers',
    start: 0,
    target: 500,
    current: 120,
    unit: '',
  });

  test('names the value, the target and the likely typo, then lets a confirmed value with a note through', () => {
    const asked = createCheckIn({ value: 99_999_999 }, context(customers), model);
    expect(codes(asked)).toEqual(['farPastTargetUnconfirmed']);
    expect(!asked.ok && asked.issues[0]?.message).toBe(
      '99,999,999 is 200,000 times the target of 500 for “New paying customers” (start 0): most likely a typo, such as a digit too many or a misplaced decimal mark. Check the value; if it is right, confirm it and add a note on what drove it.',
    );
    const [german] = valueToConfirmIssues(
      customers,
      { value: 99_999_999, note: '' },
      false,
      'de-DE',
    );
    expect(sayIssue(german!, 'de-DE')).toBe(
      '99.999.999 ist das 200.000-Fache des Ziels von 500 für „New paying customers“ (Start 0): höchstwahrscheinlich ein Tippfehler, etwa eine Ziffer zu viel oder ein falsch gesetztes Dezimalzeichen. Prüfen Sie den Wert; wenn er stimmt, bestätigen Sie ihn und notieren Sie, was ihn bewirkt hat.',
    );
    const noNote = createCheckIn(
      { value: 99_999_999, confirmedJump: true },
      context(customers),
      model,
    );
    expect(codes(noNote)).toEqual(['bigJumpNeedsNote']);
    const deliberate = createCheckIn(
      { value: 99_999_999, confirmedJump: true, note: 'Counted every trial sign-up, agreed' },
      context(customers),
      model,
    );
    expect(deliberate.ok).toBe(true);
  });

  test('starts at ten times the target; a big jump below that keeps its own words', () => {
    expect(codes(createCheckIn({ value: 5000 }, context(customers), model))).toEqual([
      'farPastTargetUnconfirmed',
    ]);
    expect(codes(createCheckIn({ value: 4999 }, context(customers), model))).toEqual([
      'bigJumpUnconfirmed',
    ]);
    // A decrease KR's target is its near end: ten times it is no sign of a typo.
    expect(codes(createCheckIn({ value: 9000 }, context(boardLoad), model))).toEqual([
      'bigSetbackUnconfirmed',
    ]);
  });
});

describe('a percentage past 100%', () => {
  const activation = keyResult({
    title: 'Teams with a check-in in their first week',
    start: 35,
    target: 70,
    current: 55,
    unit: '%',
  });

  test('on a KR whose range lies within 0–100% is asked about by name, then needs a note', () => {
    const asked = createCheckIn({ value: 150 }, context(activation), model);
    expect(codes(asked)).toEqual(['pastWholeUnconfirmed']);
    expect(!asked.ok && asked.issues[0]?.message).toBe(
      '150% is more than 100% for “Teams with a check-in in their first week” (from 35% to 70%): a share cannot pass 100%, growth can. Confirm the value is right and add a note on what it measures.',
    );
    const noNote = createCheckIn({ value: 150, confirmedJump: true }, context(activation), model);
    expect(!noNote.ok && noNote.issues.map((issue) => `${issue.field}:${issue.code}`)).toEqual([
      'note:pastWholeNeedsNote',
    ]);
    const confirmed = createCheckIn(
      { value: '150%', confirmedJump: true, note: 'Counts teams invited twice' },
      context(activation),
      model,
    );
    expect(confirmed.ok).toBe(true);
  });

  test('is asked about even when it is no big jump; 100% itself is not', () => {
    const uptime = keyResult({ title: 'Uptime', start: 0, target: 100, current: 90, unit: '%' });
    expect(isBigJump(uptime, 101)).toBe(false);
    expect(codes(createCheckIn({ value: 101 }, context(uptime), model))).toEqual([
      'pastWholeUnconfirmed',
    ]);
    expect(createCheckIn({ value: 100 }, context(uptime), model).ok).toBe(true);
  });

  test('is growth, and not asked about, on a KR whose own range goes past 100% or is not in %', () => {
    const growth = keyResult({
      title: 'Revenue growth',
      start: 0,
      target: 150,
      current: 140,
      unit: '%',
    });
    expect(createCheckIn({ value: 160 }, context(growth), model).ok).toBe(true);
    const users = keyResult({ title: 'Users', start: 0, target: 100, current: 90, unit: 'users' });
    expect(createCheckIn({ value: 120 }, context(users), model).ok).toBe(true);
  });
});

describe('a money value typed as the board shows it', () => {
  const revenue = (unit: string) => ({
    title: 'Revenue',
    unit,
    kind: 'increase' as const,
    start: 0,
    target: 10,
  });
  it.each([
    ['€2.5M', '€M', 'en-US', 2.5],
    ['€500K', '€M', 'en-US', 0.5],
    ['2.5m', '€M', 'en-US', 2.5],
    ['-€2.5M', '€M', 'en-US', -2.5],
    ['€1.2B', '€M', 'en-US', 1200],
    ['2,35 Mio. €', '€M', 'de-DE', 2.35],
    ['2,35 Mio €', '€M', 'de-DE', 2.35],
    ['500,5 k €', '€M', 'fr-FR', 0.5005],
    ['2000 M €', '€M', 'es-ES', 2000],
    // The short words for a size each language writes beside Intl's (`Tsd.`, `Mrd`, `mil M`).
    ['1,2 Tsd. €', '€K', 'de-DE', 1.2],
    ['1,2 Tsd €', '€K', 'de-DE', 1.2],
    ['2 Mrd €', '€M', 'fr-FR', 2000],
    ['2 Mds €', '€M', 'fr-FR', 2000],
    ['2,5 mil M €', '€M', 'es-ES', 2500],
    // Thousands of euros as German finance writes them, beside `Tsd.`.
    ['2,5 T€', '€K', 'de-DE', 2.5],
    ['2,5 TEUR', '€K', 'de-DE', 2.5],
    ['1.200 TEUR', '€M', 'de-DE', 1.2],
    ['2,5 Mio. EUR', '€M', 'de-DE', 2.5],
    // Negative in parentheses, as accounting writes it.
    ['(€1.2M)', '€M', 'en-US', -1.2],
    ['(1.200 €)', '€', 'de-DE', -1200],
    ['(2,5 T€)', '€K', 'de-DE', -2.5],
    ['$1,200', '$', 'en-US', 1200],
    ['1.200 €', '€', 'de-DE', 1200],
    ['2.5', '€M', 'en-US', 2.5],
  ])('“%s” on a KR in %s (%s) is %d in its unit', (text, unit, locale, value) => {
    expect(parseKeyResultValue(text, revenue(unit), locale)).toEqual({ ok: true, value });
  });

  it.each([1200, 0.5, 2.35, 1234.5])(
    'reads back %d as every locale writes it on a KR in €M',
    (value) => {
      for (const locale of ['en-US', 'de-DE', 'fr-FR', 'es-ES']) {
        const shown = formatMeasure(value, '€M', locale);
        expect(parseKeyResultValue(shown, revenue('€M'), locale)).toMatchObject({
          ok: true,
          value,
        });
      }
    },
  );

  it('reads a whole amount in its currency, as German writes thousands, and refuses a word that is no magnitude', () => {
    expect(parseKeyResultValue('500.000 €', revenue('€M'), 'de-DE')).toEqual({
      ok: true,
      value: 0.5,
    });
    expect(parseKeyResultValue('€2,500,000', revenue('€M'), 'en-US')).toEqual({
      ok: true,
      value: 2.5,
    });
    expect(parseKeyResultValue('€2.5X', revenue('€M'), 'en-US').ok).toBe(false);
    expect(parseKeyResultValue('2.5 apples', revenue('€M'), 'en-US').ok).toBe(false);
  });

  it('reads an amount without its size word on a KR in millions by the KR’s values, as a number in a euro format is', () => {
    const millions = { ...revenue('€M'), start: 1, target: 3 };
    // Near €1M to €3M: 2.5 in €M, not €2.50, as Excel's 2.5 in a euro format reads.
    expect(parseKeyResultValue('2,5 €', millions, 'de-DE')).toEqual({ ok: true, value: 2.5 });
    expect(parseKeyResultValue('€2.5', millions, 'en-US')).toEqual({ ok: true, value: 2.5 });
    expect(parseKeyResultValue('(2,5 €)', millions, 'de-DE')).toEqual({ ok: true, value: -2.5 });
    // The amount in full, as German writes 0.5 €M, stays the amount in full.
    expect(parseKeyResultValue('500.000 €', millions, 'de-DE')).toEqual({ ok: true, value: 0.5 });
    expect(parseKeyResultValue('2.500.000 €', millions, 'de-DE')).toEqual({ ok: true, value: 2.5 });
    // A size word says it: `2,5 T€` is €2,500 whatever the KR's values.
    expect(parseKeyResultValue('2,5 T€', millions, 'de-DE')).toEqual({ ok: true, value: 0.0025 });
    // TEUR names euros: on a KR in dollars it is no amount.
    expect(parseKeyResultValue('2,5 TEUR', revenue('$K'), 'de-DE').ok).toBe(false);
  });

  it('refuses text that is no amount saying how one is typed, in the KR’s unit and with its currency', () => {
    const [refused] = issuesOf(parseKeyResultValue('€2.5X', revenue('€M'), 'en-US'));
    expect(refused?.message).toBe(
      '“€2.5X” is not an amount in €M. Type a number such as 2.5, or the amount with its currency, such as €2.5M.',
    );
    const [german] = issuesOf(parseKeyResultValue('viel', revenue('€M'), 'de-DE'));
    expect(sayIssue(german!, 'de-DE')).toMatch(
      /^„viel“ ist kein Betrag in €M\. .* 2,5 .* 2,5\sMio\.\s€\.$/,
    );
    // German writes no short word for thousands where Intl does (the board shows `2500 €`).
    const [thousands] = issuesOf(parseKeyResultValue('viel', revenue('€K'), 'de-DE'));
    expect(sayIssue(thousands!, 'de-DE')).toMatch(
      /^„viel“ ist kein Betrag in €K\. Geben Sie eine Zahl wie 2,5 ein, oder den Betrag mit seiner Währung, etwa 2,5 Tsd\.\s€\.$/,
    );
    expect(
      parseKeyResultValue(thousands!.params!['shown'] as string, revenue('€K'), 'de-DE'),
    ).toEqual({ ok: true, value: 2.5 });
    const [dollars] = issuesOf(parseKeyResultValue('lots', revenue('$'), 'en-US'));
    expect(dollars?.message).toContain(
      'such as 1,234.5, or the amount with its currency, such as $1,234.5.',
    );
    // A start or target typed in a sheet is read the same way, its issue naming its field.
    expect(parseInUnit('2,35 Mio. €', revenue('€M'), 'de-DE', 'target')).toEqual({
      ok: true,
      value: 2.35,
    });
    expect(issuesOf(parseInUnit('lots', revenue('€M'), 'en-US', 'start'))[0]?.field).toBe('start');
  });
});
