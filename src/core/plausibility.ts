import { amountReading, formatMeasure, formatProgress, moneyUnit, numberFormat } from './format';
import { defaultLocale } from './i18n';
import { binaryValueOf } from './kind-words';
import { toResult, validationIssue, type ValidationIssue } from './issues';
import type { KeyResult } from './model';
import { largestValue, parseNumber, type TypedNumber } from './parse';

/**
 * Whether a check-in's value is one the KR can plausibly take, the same in the tab, on the
 * meeting stage and in Excel. Every message names the KR, the value and what would be accepted.
 */

/** A move of at least this share of the start→target distance in one check-in is a big jump. */
export const bigJumpShare = 0.5;

type Measured = Pick<KeyResult, 'title' | 'kind' | 'start' | 'target' | 'unit'>;

/** A KR whose start and target are both 0 or more (counts, durations, %) cannot go below 0. */
export function allowsNegative(keyResult: Pick<KeyResult, 'start' | 'target'>): boolean {
  return Math.min(keyResult.start, keyResult.target) < 0;
}

/** Values no KR of this kind and range can take: too large, or below zero where it cannot go. */
export function valueRangeIssues(
  keyResult: Measured,
  value: number,
  locale: string = defaultLocale,
  field = 'value',
): ValidationIssue[] {
  const params = {
    keyResult: keyResult.title,
    value: formatMeasure(value, keyResult.unit, locale),
  };
  if (Math.abs(value) > largestValue) {
    return [validationIssue('valueTooLarge', field, { ...params, max: largestValue }, locale)];
  }
  if (value < 0 && !allowsNegative(keyResult)) {
    return [
      validationIssue(
        'valueBelowZero',
        field,
        {
          ...params,
          start: formatMeasure(keyResult.start, keyResult.unit, locale),
          target: formatMeasure(keyResult.target, keyResult.unit, locale),
        },
        locale,
      ),
    ];
  }
  return [];
}

/**
 * A move of `share` or more of the KR's start→target distance in one check-in (stay KRs use
 * the baseline's distance to the line). Done / not done KRs always move all the way at once.
 */
export function isBigJump(
  keyResult: Pick<KeyResult, 'kind' | 'start' | 'target' | 'current'>,
  value: number,
  share = bigJumpShare,
): boolean {
  if (keyResult.kind === 'binary') return false;
  const span = Math.abs(keyResult.target - keyResult.start);
  return span > 0 && Math.abs(value - keyResult.current) / span >= share;
}

/**
 * Whether a move from the KR's current value to `value` goes the wrong way: down on an increase,
 * milestone or stay-above KR, up on a decrease or stay-below one.
 */
function movesBack(
  keyResult: Pick<KeyResult, 'kind' | 'start' | 'target' | 'current'>,
  value: number,
) {
  const forward =
    keyResult.kind === 'stayAbove'
      ? 1
      : keyResult.kind === 'stayBelow'
        ? -1
        : Math.sign(keyResult.target - keyResult.start);
  return Math.sign(value - keyResult.current) === -forward;
}

/**
 * A value past 100% on a KR measured in % whose start and target both lie within 0–100%: read as
 * a share of a whole (of customers, of tickets, uptime), which cannot pass 100%, it is most likely
 * a slip (150 for 15.0); read as growth (revenue up 150%), it can be right. So it is not refused,
 * but asked about by name, as a big jump is. A KR whose own range goes past 100% measures growth.
 */
export function isPastWhole(
  keyResult: Pick<KeyResult, 'unit' | 'start' | 'target'>,
  value: number,
): boolean {
  return (
    keyResult.unit.trim() === '%' &&
    Math.max(keyResult.start, keyResult.target) <= 100 &&
    value > 100
  );
}

/** A value this many times the KR's target or more is most likely mistyped. */
export const farPastTargetFactor = 10;

/**
 * A value `farPastTargetFactor` times the target or more, on a KR whose target is its far end
 * (99,999,999 for a target of 500): digits typed twice or a misplaced decimal mark, most likely.
 * Asked about by name, with the target and how many times it is, not refused: it can be right.
 */
export function isFarPastTarget(
  keyResult: Pick<KeyResult, 'kind' | 'start' | 'target'>,
  value: number,
): boolean {
  const target = Math.abs(keyResult.target);
  return (
    keyResult.kind !== 'binary' &&
    target > 0 &&
    target >= Math.abs(keyResult.start) &&
    Math.abs(value) >= farPastTargetFactor * target
  );
}

/** The issues that ask the person to confirm the value: said at the confirmation box. */
export function asksToConfirmValue(issue: Pick<ValidationIssue, 'code'>): boolean {
  return (
    issue.code === 'farPastTargetUnconfirmed' ||
    issue.code === 'bigJumpUnconfirmed' ||
    issue.code === 'bigSetbackUnconfirmed' ||
    issue.code === 'pastWholeUnconfirmed'
  );
}

/** The issues that ask for a note on a confirmed value: said under the note, once saved. */
export function asksForValueNote(issue: Pick<ValidationIssue, 'code'>): boolean {
  return issue.code === 'bigJumpNeedsNote' || issue.code === 'pastWholeNeedsNote';
}

/**
 * A value to confirm (far past the target, a big jump, or a percentage past 100% on a KR that
 * reads as a share) is saved only once the person confirmed it and wrote what drove it. Far past
 * the target is said first, then past 100%: each names what is odd about the value, where a jump
 * only says it moved far.
 */
export function valueToConfirmIssues(
  keyResult: Measured & Pick<KeyResult, 'current'>,
  checkIn: { readonly value: number; readonly note: string },
  confirmed: boolean,
  locale: string = defaultLocale,
  share = bigJumpShare,
): ValidationIssue[] {
  const farPastTarget = isFarPastTarget(keyResult, checkIn.value);
  const pastWhole = isPastWhole(keyResult, checkIn.value);
  if (!farPastTarget && !pastWhole && !isBigJump(keyResult, checkIn.value, share)) return [];
  const params = {
    keyResult: keyResult.title,
    previous: formatMeasure(keyResult.current, keyResult.unit, locale),
    value: formatMeasure(checkIn.value, keyResult.unit, locale),
    start: formatMeasure(keyResult.start, keyResult.unit, locale),
    target: formatMeasure(keyResult.target, keyResult.unit, locale),
    // In the reader's locale, as the other percents: `50 %` (no-break space) in German.
    share: formatProgress(share, locale),
    times: numberFormat(locale, {}).format(Math.round(Math.abs(checkIn.value / keyResult.target))),
  };
  if (!confirmed) {
    const code = farPastTarget
      ? 'farPastTargetUnconfirmed'
      : pastWhole
        ? 'pastWholeUnconfirmed'
        : movesBack(keyResult, checkIn.value)
          ? 'bigSetbackUnconfirmed'
          : 'bigJumpUnconfirmed';
    return [validationIssue(code, 'value', params, locale)];
  }
  if (checkIn.note.trim() === '') {
    const code = pastWhole && !farPastTarget ? 'pastWholeNeedsNote' : 'bigJumpNeedsNote';
    return [validationIssue(code, 'note', params, locale)];
  }
  return [];
}

/**
 * Short words for a size that people write but `Intl` does not (CLDR's): German writes
 * thousands in full (`2500 €`), its finance pages `2,5 Tsd. €` or `2,5 T€` (`2,5 TEUR` with the
 * currency's code, read as its sign is in `moneyAsShown`); French writes a billion `Md` or
 * `Mrd`, `Mds` for more than one; Spanish writes it `mil M` (mil millones) beside `1000 M`.
 */
const writtenSizeWords: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  de: { 'Tsd.': 1e3, T: 1e3 },
  fr: { Mrd: 1e9, Mds: 1e9 },
  es: { 'mil M': 1e9 },
};

/** How `formatMeasure` writes money in a locale: its currency's sign, and its short magnitudes. */
interface MoneyWords {
  readonly sign: string;
  /** `M` → 1e6 in English, `mio` → 1e6 in German: lower case, without a closing dot. */
  readonly magnitudes: ReadonlyMap<string, number>;
}

const moneyWordsByLocale = new Map<string, MoneyWords>();

function moneyWordsOf(currency: string, locale: string): MoneyWords {
  const key = `${currency}|${locale}`;
  let words = moneyWordsByLocale.get(key);
  if (words) return words;
  const parts = (value: number, compact: boolean) =>
    numberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      ...(compact ? { notation: 'compact' } : {}),
    }).formatToParts(value);
  const magnitudes = new Map<string, number>();
  // Spanish writes a billion as `1000 M`: the word's magnitude is what its number is multiplied by.
  for (const amount of [1e3, 1e6, 1e9, 1e12]) {
    const shown = parts(amount, true);
    const word = shown.find((part) => part.type === 'compact')?.value;
    const integer = Number(
      shown
        .filter((part) => part.type === 'integer')
        .map((part) => part.value)
        .join(''),
    );
    const name = word?.toLowerCase().replace(/\.$/, '');
    if (name && integer > 0 && !magnitudes.has(name)) magnitudes.set(name, amount / integer);
  }
  const written = writtenSizeWords[new Intl.Locale(locale).language] ?? {};
  for (const [word, amount] of Object.entries(written)) {
    const name = word.toLowerCase().replace(/\.$/, '');
    if (!magnitudes.has(name)) magnitudes.set(name, amount);
  }
  const sign = parts(1, false).find((part) => part.type === 'currency')?.value ?? '';
  words = { sign, magnitudes };
  moneyWordsByLocale.set(key, words);
  return words;
}

/**
 * A money KR's value typed as the board shows it (`formatMeasure`): its currency's sign, or its
 * ISO code (`EUR`), before or after the number (`$1,200`, `1.200 €`, `1.200 EUR`) and, for a unit
 * counted in thousands or more (`€M`), the locale's short word for the amount's magnitude
 * (`€2.35M`, `2,35 Mio. €`, `€500K` for 0.5 `€M`), or the whole amount (`500.000 €`, as German
 * writes 0.5 `€M`), read back in the KR's unit; negative with a minus or in parentheses, as
 * accounting writes it (`(€1.2M)`). Undefined for text not written so.
 */
function moneyAsShown(
  text: string,
  unit: string,
  locale: string,
  near: readonly number[],
): TypedNumber | undefined {
  const money = moneyUnit(unit);
  if (!money) return undefined;
  const { sign, magnitudes } = moneyWordsOf(money.currency, locale);
  let rest = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const accounting = /^\( ?([^()]*?) ?\)$/.exec(rest);
  if (accounting) rest = `-${accounting[1]}`;
  const minus = /^[-\u2212] ?/.exec(rest)?.[0] ?? '';
  rest = rest.slice(minus.length);
  // German finance glues the code to its size word: `2,5 TEUR` is `2,5 T€`.
  const mark = [sign, money.currency].find(
    (written) => written !== '' && (rest.startsWith(written) || rest.endsWith(written)),
  );
  if (mark) rest = rest.startsWith(mark) ? rest.slice(mark.length) : rest.slice(0, -mark.length);
  const word = / ?(\p{L}+(?: \p{L}+)?)\.?$/u.exec(rest.trim());
  const magnitude = word ? magnitudes.get(word[1]!.toLowerCase()) : undefined;
  // A word that is no magnitude is not money; a bare number is in the KR's unit (`2.5` €M).
  if (word ? magnitude === undefined : !mark) return undefined;
  if (word) rest = rest.trim().slice(0, word.index);
  const read = parseNumber(`${minus}${rest}`, { locale, field: 'value' });
  if (!read.ok) return undefined;
  // An amount with its currency but no size word on a KR in thousands or millions is read as a
  // number in a cell formatted in that currency is (`amountReading`): `2,5 €` near a KR from
  // €1M to €3M is 2.5 in €M, as Excel makes the same entry typed into a General cell (2.5 in a
  // euro format), and as its 2.5 unformatted is; `500.000 €`, as German writes 0.5 €M, is the
  // amount in full. Where neither reading is near the KR's values, the amount in full.
  const inScale =
    !word && money.scale > 1 && amountReading(read.value, money.scale, near) === 'scaled';
  const factor = inScale ? 1 : (magnitude ?? 1) / money.scale;
  return { ...read, value: Number((read.value * factor).toPrecision(15)) };
}

/** The text of a value without the KR's own unit after its number (`42 customers` → `42`). */
function withoutUnit(text: string, unit: string): string {
  const number = text.trim();
  return unit && unit !== '%' && number.toLowerCase().endsWith(unit.toLowerCase())
    ? number.slice(0, number.length - unit.length).trimEnd()
    : number;
}

/**
 * Reads a number typed in a KR's unit, in the reader's locale, as the board writes it: the unit
 * may follow the number (`42 customers`, `45%` on a % KR), and money may be written with its sign
 * and magnitude (`€2.35M`, `2,35 Mio. €`); a `%` on a KR not measured in % is refused, not
 * dropped. A check-in's value (`parseKeyResultValue`), and a KR's start and target typed in a
 * sheet (`field`), are read so; `near`: the KR's values, which tell what an amount without its
 * size word means on a KR in thousands or millions (`moneyAsShown`).
 */
export function parseInUnit(
  text: string,
  keyResult: Pick<KeyResult, 'title' | 'unit'>,
  locale: string = defaultLocale,
  field = 'value',
  near: readonly number[] = [],
): TypedNumber {
  const unit = keyResult.unit.trim();
  const money = moneyAsShown(text, unit, locale, near);
  if (money) return money;
  const number = withoutUnit(text, unit);
  if (unit !== '%' && /%\s*$/.test(number)) {
    return toResult(0, [
      validationIssue(
        unit ? 'percentOnUnit' : 'percentOnPlainNumber',
        field,
        { keyResult: keyResult.title, text: text.trim(), unit },
        locale,
      ),
    ]);
  }
  const parsed = parseNumber(number, { locale, field });
  const amount = moneyUnit(unit);
  if (parsed.ok || !amount || parsed.issues[0]?.code !== 'notANumber') return parsed;
  // Text that is no number on a money KR: say the amount can be typed with its currency, and with
  // its size's short word where the language writes one that Intl does not (German's `2,5 Tsd. €`
  // where the board shows `2500 €`).
  const example = amount.scale === 1 ? 1234.5 : 2.5;
  const sizeWord = numberFormat(locale, { notation: 'compact' })
    .formatToParts(example * amount.scale)
    .some((part) => part.type === 'compact')
    ? undefined
    : Object.entries(writtenSizeWords[new Intl.Locale(locale).language] ?? {}).find(
        ([, size]) => size === amount.scale,
      )?.[0];
  const shown = sizeWord
    ? numberFormat(locale, {
        style: 'currency',
        currency: amount.currency,
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 0,
      })
        .format(example)
        .replace(/\d(?:[\d.,]*\d)?/, (number) => `${number} ${sizeWord}`)
    : formatMeasure(example, unit, locale);
  const params = { text: text.trim(), unit, example, shown };
  return toResult(0, [validationIssue('notAnAmount', field, params, locale)]);
}

/**
 * Reads a value typed for this KR in the reader's locale, in its unit (`parseInUnit`). A done /
 * not done KR takes its words too (`Done`, `Erledigt`).
 */
export function parseKeyResultValue(
  text: string,
  keyResult: Pick<KeyResult, 'title' | 'unit' | 'kind' | 'start' | 'target'>,
  locale: string = defaultLocale,
): TypedNumber {
  const unit = keyResult.unit.trim();
  const near = [keyResult.start, keyResult.target];
  const parsed = parseInUnit(text, keyResult, locale, 'value', near);
  const number = withoutUnit(text, unit);
  if (parsed.ok || (unit !== '%' && /%\s*$/.test(number))) return parsed;
  // A KR done or not, or of steps, takes a few numbers only: those are what to say is accepted.
  if (number.trim() === '' && (keyResult.kind === 'binary' || keyResult.kind === 'milestone')) {
    const example = keyResult.kind === 'binary' ? 1 : keyResult.target;
    return toResult(0, [validationIssue('numberRequired', 'value', { example }, locale)]);
  }
  if (keyResult.kind === 'binary') {
    // "Done" and "Not done", as the board, the stage and the sheet write its value, in any language.
    const word = binaryValueOf(number);
    if (word !== undefined) return { ok: true, value: word };
    const value = number.trim();
    return toResult(0, [validationIssue('binaryValueNotZeroOrOne', 'value', { value }, locale)]);
  }
  if (keyResult.kind === 'milestone') {
    const range = { value: number.trim(), start: keyResult.start, target: keyResult.target };
    return toResult(0, [validationIssue('milestoneValueOutOfRange', 'value', range, locale)]);
  }
  return parsed;
}
