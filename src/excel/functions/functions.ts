/**
 * The add-in's custom functions, `=OKR.PROGRESS`, `=OKR.STATUS` and `=OKR.LINT`, over the same
 * core as every other surface. The JSDoc below is the source of `functions.json`
 * (custom-functions-metadata reads it at build time); `register.ts` hands them to Excel.
 */
import { daysBetween, isIsoDate } from '../../core/dates';
import { keyResultKindFromLabel } from '../../core/kind-words';
import { keyResultKinds, type KeyResultKind } from '../../core/model';
import { defaultOperatingModel } from '../../core/operating-model';
import { expectedProgress, statusFromPace } from '../../core/pace';
import { progressAt } from '../../core/progress';
import { statusLabels } from '../sync/layout';
import { officeDisplayLanguage } from '../../host/office';
import { reloadable } from '../../reloadable';

/** Bad input to a function; Excel shows it as #VALUE! with this message. */
export class FunctionInputError extends Error {
  override readonly name = 'FunctionInputError';
}

function finite(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new FunctionInputError(`${name} must be a number.`);
  }
  return value;
}

function kindOf(kind: string | null | undefined): KeyResultKind {
  const text = (kind ?? '').trim();
  if (text === '') return 'increase';
  // The OKR table's Kind column holds labels ("Stay at or above"); a formula may use either.
  const found = keyResultKindFromLabel(text);
  if (!found) {
    throw new FunctionInputError(
      `kind must be one of ${keyResultKinds.join(', ')}; got "${text}".`,
    );
  }
  return found;
}

/** A formula's key result has no title; the core's messages name it so. */
const formulaKeyResultTitle = 'the key result';

// The store's rules for a KR and its values (with the core's messages) load on the first
// =OKR.PROGRESS or =OKR.STATUS, not with the functions: the task pane page registers them up
// front (shared runtime). Excel waits on the returned Promise (cell shows #BUSY!):
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-web-reqs
const loadKeyResultRules = reloadable(() => import('../../core/validation'));

/**
 * A KR's measure and value from a formula's arguments, held to the rules the store holds a KR and
 * its check-ins to: a target on the wrong side of its start, a start equal to its target, or a
 * value the KR cannot take (past a milestone KR's last step, below zero on a count) is #VALUE!
 * with why and what would be accepted, never a number for a KR the product refuses.
 */
async function measuredOf(
  start: unknown,
  target: unknown,
  current: unknown,
  kind: string | null | undefined,
) {
  const measure = {
    kind: kindOf(kind),
    start: finite(start, 'start'),
    target: finite(target, 'target'),
  };
  const value = finite(current, 'current');
  const movesToTarget = ['increase', 'decrease', 'milestone'].includes(measure.kind);
  if (movesToTarget && measure.start === measure.target) {
    throw new FunctionInputError(
      `start and target are both ${measure.start}, so there is nothing to move and no progress to measure. Use a target that differs from the start (to hold a line, use kind stayAbove or stayBelow).`,
    );
  }
  const { measureValueIssues } = await loadKeyResultRules();
  const [issue] = measureValueIssues(
    { ...measure, title: formulaKeyResultTitle, unit: '' },
    value,
    defaultOperatingModel.locale,
    'current',
  );
  if (issue) throw new FunctionInputError(issue.message);
  return { measure, value };
}

/** 1900 date system: serial 1 is 1900-01-01; day 0 of the JavaScript epoch count is 1899-12-30. */
const excelEpoch = Date.UTC(1899, 11, 30);

function dateOf(value: unknown, name: string): string {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 61) {
    return new Date(excelEpoch + Math.floor(value) * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
  throw new FunctionInputError(`${name} must be a date (a date cell or text like 2026-03-31).`);
}

/**
 * Progress of a key result: 0 at the start, 1 at the target. Increase and decrease KRs can go
 * beyond 1 when they beat the target. Format the cell as a percentage.
 * @customfunction PROGRESS
 * @param start The baseline: the value when the cycle began.
 * @param target The value that means done.
 * @param current The value now.
 * @param [kind] increase (default), decrease, stayAbove, stayBelow, milestone or binary.
 * @returns Progress as a fraction.
 */
export async function progress(
  start: number,
  target: number,
  current: number,
  kind?: string,
): Promise<number> {
  const { measure, value } = await measuredOf(start, target, current, kind);
  return progressAt(measure, value);
}

/**
 * Status of a key result from its pace: progress compared with the time gone in the cycle.
 * @customfunction STATUS
 * @param start The baseline: the value when the cycle began.
 * @param target The value that means done.
 * @param current The value now.
 * @param cycleStart The cycle's first day.
 * @param cycleEnd The cycle's last day.
 * @param [kind] increase (default), decrease, stayAbove, stayBelow, milestone or binary.
 * @param [today] The day to judge on; today when left out.
 * @returns Not started, On track, At risk, Off track or Achieved.
 */
export async function status(
  start: number,
  target: number,
  current: number,
  cycleStart: number | string,
  cycleEnd: number | string,
  kind?: string,
  today?: number | string,
): Promise<string> {
  const { measure, value } = await measuredOf(start, target, current, kind);
  const cycle = { start: dateOf(cycleStart, 'cycleStart'), end: dateOf(cycleEnd, 'cycleEnd') };
  // A cycle ends after it starts, as the store's cycles do (validateCycle): one of no days has no
  // pace to judge.
  if (daysBetween(cycle.start, cycle.end) <= 0) {
    throw new FunctionInputError(
      `cycleEnd must be after cycleStart; the cycle runs from ${cycle.start} to ${cycle.end}.`,
    );
  }
  const day =
    today === undefined || today === null || today === ''
      ? new Date().toISOString().slice(0, 10)
      : dateOf(today, 'today');
  const achieved = progressAt(measure, value);
  const result = statusFromPace(achieved, expectedProgress(cycle, day), defaultOperatingModel, {
    kind: measure.kind,
    started: value !== measure.start,
  });
  return statusLabels[result];
}

// The coaching engine and the words of its answer load on the first =OKR.LINT, not with the
// functions: the task pane page registers them up front (shared runtime), and most sheets never
// call LINT. Excel waits on the returned Promise (cell shows #BUSY!):
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-web-reqs
const loadCoachingEngine = reloadable(() => import('../../core/coaching/engine'));
const loadSheetWords = reloadable(() => import('../sync/sheet-words'));

/**
 * The coach's top finding on an objective or key result, with its suggestion, read by the rules
 * of the language it is written in and said in that language.
 * @customfunction LINT
 * @param text The objective or key result, as written.
 * @param [kind] "kr" (default) or "objective".
 * @param [language] The language the text is written in: "en", "de", "fr" or "es", or a locale such as "de-AT"; Office's display language when left out (English when it is none of these).
 * @returns The most important finding and what to do about it, or OK.
 */
export async function lint(text: string, kind?: string, language?: string): Promise<string> {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new FunctionInputError('text must be the words of an objective or key result.');
  }
  const which = (kind ?? '').trim().toLowerCase();
  if (!['', 'kr', 'key_result', 'keyresult', 'objective'].includes(which)) {
    throw new FunctionInputError(`kind must be "kr" or "objective"; got "${kind}".`);
  }
  const [{ lintText, languageTagProblem }, { sayInSheet }] = await Promise.all([
    loadCoachingEngine(),
    loadSheetWords(),
  ]);
  const given = typeof language === 'string' && language.trim() !== '' ? language.trim() : '';
  const office = officeDisplayLanguage() ?? '';
  const locale = given || (office && !languageTagProblem(office) ? office : 'en');
  const problem = languageTagProblem(locale);
  if (problem) throw new FunctionInputError(`language ${problem}.`);
  const [top] = lintText(which === 'objective' ? 'objective' : 'key_result', text, {
    model: { ...defaultOperatingModel, locale },
  });
  if (!top) return 'OK';
  return sayInSheet('function.finding', locale, {
    message: top.message,
    suggestion: top.suggestion,
  });
}
