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
import { statusWord } from '../../core/status-words';
import type { FunctionId, FunctionWordKey } from './function-words';
import { officeDisplayLanguage } from '../../host/office';
import { reloadable } from '../../reloadable';
import { today as localToday } from '../../ui/app/today';

/** Bad input to a function; Excel shows it as #VALUE! with this message. */
export class FunctionInputError extends Error {
  override readonly name = 'FunctionInputError';
}

// What a bad argument is told, in Office's display language, loads on a function's first
// refusal: most formulas are never refused.
const loadFunctionWords = reloadable(() => import('./function-words'));

/** The locale the functions speak: Office's display language (English outside Office). */
const speaking = () => officeDisplayLanguage() ?? 'en';

/**
 * A refusal of `id`'s arguments, said in Office's display language, parameters named as the
 * formula's tooltip names them there.
 */
async function refusal(
  id: FunctionId,
  key: FunctionWordKey,
  params: Readonly<Record<string, string | number>>,
  parameters: Readonly<Record<string, string>> = {},
): Promise<FunctionInputError> {
  const { sayInFunction, parameterName } = await loadFunctionWords();
  const locale = speaking();
  const named = Object.fromEntries(
    Object.entries(parameters).map(([placeholder, parameter]) => [
      placeholder,
      parameterName(id, parameter, locale),
    ]),
  );
  return new FunctionInputError(sayInFunction(key, locale, { ...params, ...named }));
}

async function finite(id: FunctionId, value: unknown, name: string): Promise<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw await refusal(id, 'notANumber', {}, { name });
  }
  return value;
}

async function kindOf(id: FunctionId, kind: string | null | undefined): Promise<KeyResultKind> {
  const text = (kind ?? '').trim();
  if (text === '') return 'increase';
  // The OKR table's Kind column holds labels ("Stay at or above"); a formula may use either.
  const found = keyResultKindFromLabel(text);
  if (!found) {
    throw await refusal(
      id,
      'notAKind',
      { kinds: keyResultKinds.join(', '), text },
      { name: 'kind' },
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
  id: FunctionId,
  start: unknown,
  target: unknown,
  current: unknown,
  kind: string | null | undefined,
) {
  const measure = {
    kind: await kindOf(id, kind),
    start: await finite(id, start, 'start'),
    target: await finite(id, target, 'target'),
  };
  const value = await finite(id, current, 'current');
  const movesToTarget = ['increase', 'decrease', 'milestone'].includes(measure.kind);
  if (movesToTarget && measure.start === measure.target) {
    throw await refusal(
      id,
      'nothingToMove',
      { value: measure.start, stayAbove: 'stayAbove', stayBelow: 'stayBelow' },
      { start: 'start', target: 'target' },
    );
  }
  const { measureValueIssues } = await loadKeyResultRules();
  const [issue] = measureValueIssues(
    { ...measure, title: formulaKeyResultTitle, unit: '' },
    value,
    speaking(),
    'current',
  );
  if (issue) {
    const { sayIssue } = await loadFunctionWords();
    throw new FunctionInputError(sayIssue(issue, speaking()));
  }
  return { measure, value };
}

/** 1900 date system: serial 1 is 1900-01-01; day 0 of the JavaScript epoch count is 1899-12-30. */
const excelEpoch = Date.UTC(1899, 11, 30);

async function dateOf(value: unknown, name: string): Promise<string> {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 61) {
    return new Date(excelEpoch + Math.floor(value) * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
  throw await refusal('STATUS', 'notADate', {}, { name });
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
  const { measure, value } = await measuredOf('PROGRESS', start, target, current, kind);
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
 * @returns Not started, On track, At risk, Off track or Achieved, in Office's display language.
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
  const { measure, value } = await measuredOf('STATUS', start, target, current, kind);
  const cycle = {
    start: await dateOf(cycleStart, 'cycleStart'),
    end: await dateOf(cycleEnd, 'cycleEnd'),
  };
  // A cycle ends after it starts, as the store's cycles do (validateCycle): one of no days has no
  // pace to judge.
  if (daysBetween(cycle.start, cycle.end) <= 0) {
    throw await refusal(
      'STATUS',
      'endBeforeStart',
      { start: cycle.start, end: cycle.end },
      { cycleStart: 'cycleStart', cycleEnd: 'cycleEnd' },
    );
  }
  const day =
    today === undefined || today === null || today === ''
      ? localToday()
      : await dateOf(today, 'today');
  const achieved = progressAt(measure, value);
  const result = statusFromPace(achieved, expectedProgress(cycle, day), defaultOperatingModel, {
    kind: measure.kind,
    started: value !== measure.start,
  });
  return statusWord(result, speaking());
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
    throw await refusal('LINT', 'noText', {}, { name: 'text' });
  }
  const which = (kind ?? '').trim().toLowerCase();
  if (!['', 'kr', 'key_result', 'keyresult', 'objective'].includes(which)) {
    throw await refusal('LINT', 'notALintKind', { text: String(kind) }, { name: 'kind' });
  }
  const [{ lintText, languageTagProblem, builtInRuleSets }, { sayInSheet }] = await Promise.all([
    loadCoachingEngine(),
    loadSheetWords(),
  ]);
  const given = typeof language === 'string' && language.trim() !== '' ? language.trim() : '';
  const office = officeDisplayLanguage() ?? '';
  const locale = given || (office && !languageTagProblem(office) ? office : 'en');
  if (languageTagProblem(locale)) {
    const languages = builtInRuleSets.languages.join(', ');
    throw await refusal('LINT', 'notALanguage', { languages, text: locale }, { name: 'language' });
  }
  const [top] = lintText(which === 'objective' ? 'objective' : 'key_result', text, {
    model: { ...defaultOperatingModel, locale },
  });
  if (!top) return 'OK';
  return sayInSheet('function.finding', locale, {
    message: top.message,
    suggestion: top.suggestion,
  });
}
