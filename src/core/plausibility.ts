import { formatMeasure } from './format';
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

/** The issues that ask the person to confirm the value: said at the confirmation box. */
export function asksToConfirmValue(issue: Pick<ValidationIssue, 'code'>): boolean {
  return (
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
 * A value to confirm (a big jump, or a percentage past 100% on a KR that reads as a share) is
 * saved only once the person confirmed it and wrote what drove it. Past 100% is said first: it
 * names what is odd about the value, where a jump only says it moved far.
 */
export function valueToConfirmIssues(
  keyResult: Measured & Pick<KeyResult, 'current'>,
  checkIn: { readonly value: number; readonly note: string },
  confirmed: boolean,
  locale: string = defaultLocale,
  share = bigJumpShare,
): ValidationIssue[] {
  const pastWhole = isPastWhole(keyResult, checkIn.value);
  if (!pastWhole && !isBigJump(keyResult, checkIn.value, share)) return [];
  const params = {
    keyResult: keyResult.title,
    previous: formatMeasure(keyResult.current, keyResult.unit, locale),
    value: formatMeasure(checkIn.value, keyResult.unit, locale),
    start: formatMeasure(keyResult.start, keyResult.unit, locale),
    target: formatMeasure(keyResult.target, keyResult.unit, locale),
    share: `${Math.round(share * 100)}%`,
  };
  if (!confirmed) {
    const code = pastWhole
      ? 'pastWholeUnconfirmed'
      : movesBack(keyResult, checkIn.value)
        ? 'bigSetbackUnconfirmed'
        : 'bigJumpUnconfirmed';
    return [validationIssue(code, 'value', params, locale)];
  }
  if (checkIn.note.trim() === '') {
    const code = pastWhole ? 'pastWholeNeedsNote' : 'bigJumpNeedsNote';
    return [validationIssue(code, 'note', params, locale)];
  }
  return [];
}

/**
 * Reads a value typed for this KR in the reader's locale. The KR's own unit may follow the number
 * (`42 customers`, `45%` on a % KR); a `%` on a KR not measured in % is refused, not dropped. A
 * done / not done KR takes its words too (`Done`, `Erledigt`).
 */
export function parseKeyResultValue(
  text: string,
  keyResult: Pick<KeyResult, 'title' | 'unit' | 'kind' | 'start' | 'target'>,
  locale: string = defaultLocale,
): TypedNumber {
  const unit = keyResult.unit.trim();
  let number = text.trim();
  if (unit && unit !== '%' && number.toLowerCase().endsWith(unit.toLowerCase())) {
    number = number.slice(0, number.length - unit.length).trimEnd();
  }
  if (unit !== '%' && /%\s*$/.test(number)) {
    return toResult(0, [
      validationIssue(
        unit ? 'percentOnUnit' : 'percentOnPlainNumber',
        'value',
        { keyResult: keyResult.title, text: text.trim(), unit },
        locale,
      ),
    ]);
  }
  const parsed = parseNumber(number, { locale, field: 'value' });
  if (parsed.ok) return parsed;
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
