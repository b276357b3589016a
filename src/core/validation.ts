import { parentLoop } from './alignment';
import type { CycleDates } from './cycles';
import type { DayOf } from './day-of';
import { dayNumber, daysBetween, isIsoDate, isIsoDateTime } from './dates';
import { keyResultKindLabels } from './kind-words';
import {
  toResult,
  validationIssue,
  type ValidationCode,
  type ValidationIssue,
  type ValidationResult,
} from './issues';
import {
  checkInSources,
  checkInStatuses,
  cycleStates,
  initiativeStatuses,
  keyResultKinds,
  objectiveCommitments,
  objectiveStates,
  statuses,
  type CheckIn,
  type Cycle,
  type IsoDate,
  type IsoDateTime,
  type Initiative,
  type KeyResult,
  type KeyResultKind,
  type Objective,
  type Person,
  type StatusOverride,
  TITLE_MAX_LENGTH,
  UNIT_MAX_LENGTH,
} from './model';
import type { OperatingModel } from './operating-model';
import { valueRangeIssues } from './plausibility';

/** A correction's reason is one line of SharePoint text. */
export const correctionReasonMaxLength = 255;

export type { ValidationCode, ValidationIssue, ValidationResult } from './issues';

/** A weight (a KR's, an alignment's, a contributor's) is above this, never at it. */
export const weightExclusiveMinimum = 0;

/** Why a weight is refused: not a number, or not above `weightExclusiveMinimum`. */
export function weightIssues(field: string, weight: number, locale?: string): ValidationIssue[] {
  if (typeof weight !== 'number' || !Number.isFinite(weight)) {
    return [validationIssue('notFinite', field, {}, locale)];
  }
  return weight > weightExclusiveMinimum
    ? []
    : [validationIssue('weightNotPositive', field, { value: weight }, locale)];
}

type Rules = Pick<OperatingModel, 'limits' | 'confidenceScale' | 'allowAspirational' | 'locale'>;

/** Collects issues for one object, formatted in the model's locale. */
class IssueList {
  readonly issues: ValidationIssue[] = [];
  constructor(private readonly locale: string) {}

  add(code: ValidationCode, field: string, params: Record<string, string | number> = {}): void {
    this.issues.push(validationIssue(code, field, params, this.locale));
  }

  /** Text or nothing; any other value (a number for a title) is an issue naming the field. */
  private isText(field: string, value: unknown): value is string | undefined {
    if (value === undefined || typeof value === 'string') return true;
    this.add('notText', field);
    return false;
  }

  required(field: string, value: string | undefined): void {
    if (!this.isText(field, value)) return;
    if (value === undefined || value.trim() === '') this.add('required', field);
  }

  oneOf(field: string, value: string, allowed: readonly string[]): boolean {
    if (allowed.includes(value)) return true;
    this.add('notOneOf', field, { text: value, allowed: allowed.join(', ') });
    return false;
  }

  finite(field: string, value: number): boolean {
    if (typeof value === 'number' && Number.isFinite(value)) return true;
    this.add('notFinite', field);
    return false;
  }

  maxLength(field: string, value: string, max: number): void {
    if (!this.isText(field, value) || value === undefined) return;
    if (value.length > max) this.add('tooLong', field, { max, length: value.length });
  }

  /** `max` is the operating model's; one saved before it was capped may say more than fits. */
  title(value: string, modelMax: number, kind: 'title' | 'name' = 'title'): void {
    if (!this.isText(kind, value)) return;
    const max = Math.min(modelMax, TITLE_MAX_LENGTH);
    if ((value ?? '').trim() === '') this.add(kind === 'title' ? 'titleEmpty' : 'nameEmpty', kind);
    else if (value.length > max) {
      this.add(kind === 'title' ? 'titleTooLong' : 'nameTooLong', kind, {
        max,
        length: value.length,
      });
    }
  }

  dateTime(field: string, value: string | undefined): void {
    if (value !== undefined && !isIsoDateTime(value)) {
      this.add('dateInvalid', field, { expected: 'YYYY-MM-DDThh:mm:ssZ' });
    }
  }

  confidence(value: number | undefined, scale: Rules['confidenceScale']): void {
    if (value === undefined || !this.finite('confidence', value)) return;
    if (value < scale.min || value > scale.max) {
      this.add('confidenceOutOfScale', 'confidence', { value, min: scale.min, max: scale.max });
    }
  }

  weight(field: string, value: number): void {
    this.issues.push(...weightIssues(field, value, this.locale));
  }

  statusOverride(override: StatusOverride | undefined): void {
    if (!override) return;
    this.oneOf('statusOverride', override.status, statuses);
    this.required('statusOverride.reason', override.reason);
  }
}

export function validateCycle(
  cycle: Cycle,
  model: Pick<Rules, 'limits' | 'locale'>,
): ValidationResult<Cycle> {
  const list = new IssueList(model.locale);
  list.title(cycle.name, model.limits.titleMaxLength, 'name');
  const startValid = isIsoDate(cycle.start);
  const endValid = isIsoDate(cycle.end);
  // Named as dates here: a KR's `start` is its start value.
  const dateIssue = (field: 'start' | 'end', label: string, date: unknown) =>
    typeof date === 'string' && date.trim() === ''
      ? list.add('dateRequired', field, { field: label })
      : list.add('dateInvalid', field, { field: label, expected: 'YYYY-MM-DD' });
  if (!startValid) dateIssue('start', 'Start date', cycle.start);
  if (!endValid) dateIssue('end', 'End date', cycle.end);
  if (startValid && endValid && daysBetween(cycle.start, cycle.end) <= 0) {
    list.add('endBeforeStart', 'end', { start: cycle.start, end: cycle.end });
  }
  list.oneOf('state', cycle.state, cycleStates);
  return toResult(cycle, list.issues);
}

export interface ObjectiveValidationContext {
  /**
   * Every objective it may align to (all cycles and teams the store knows). When given, a
   * parent missing from it is rejected and a parent chain that loops back is rejected.
   */
  readonly objectives?: readonly Pick<Objective, 'id' | 'parentId'>[];
}

export function validateObjective(
  objective: Objective,
  model: Rules,
  context: ObjectiveValidationContext = {},
): ValidationResult<Objective> {
  const list = new IssueList(model.locale);
  list.title(objective.title, model.limits.titleMaxLength);
  list.maxLength('description', objective.description, model.limits.descriptionMaxLength);
  list.required('cycleId', objective.cycleId);
  list.required('teamId', objective.teamId);
  list.oneOf('state', objective.state, objectiveStates);
  if (list.oneOf('commitment', objective.commitment, objectiveCommitments)) {
    if (objective.commitment === 'aspirational' && !model.allowAspirational) {
      list.add('aspirationalNotAllowed', 'commitment');
    }
  }
  list.statusOverride(objective.statusOverride);
  for (const alignment of objective.alignments ?? []) {
    list.required('alignments', alignment.objectiveId);
    list.weight('alignments', alignment.weight);
  }
  const { parentId } = objective;
  if (parentId !== undefined) {
    if (parentId === objective.id) list.add('parentSelf', 'parentId');
    else if (context.objectives) {
      if (!context.objectives.some((other) => other.id === parentId)) {
        list.add('parentNotFound', 'parentId');
      } else {
        const loop = parentLoop(objective.id, context.objectives, parentId);
        if (loop)
          list.add('parentCycle', 'parentId', { chain: [...loop, loop[0] ?? ''].join(' → ') });
      }
    }
  }
  return toResult(objective, list.issues);
}

export function validateKeyResult(kr: KeyResult, model: Rules): ValidationResult<KeyResult> {
  const list = new IssueList(model.locale);
  list.title(kr.title, model.limits.titleMaxLength);
  list.maxLength('description', kr.description ?? '', model.limits.descriptionMaxLength);
  list.maxLength('unit', kr.unit, UNIT_MAX_LENGTH);
  list.required('objectiveId', kr.objectiveId);
  const measureFinite = [list.finite('start', kr.start), list.finite('target', kr.target)].every(
    Boolean,
  );
  const currentFinite = list.finite('current', kr.current);
  list.weight('weight', kr.weight);
  list.confidence(kr.confidence, model.confidenceScale);
  list.dateTime('lastCheckInAt', kr.lastCheckInAt);
  list.statusOverride(kr.statusOverride);
  for (const target of kr.targets ?? []) {
    if (!isIsoDate(target.date)) list.add('dateInvalid', 'targets', { expected: 'YYYY-MM-DD' });
    list.finite('targets', target.value);
  }
  for (const contributor of kr.rolledUpFrom ?? []) {
    list.required('rolledUpFrom', contributor.id);
    list.weight('rolledUpFrom', contributor.weight);
  }
  if (list.oneOf('kind', kr.kind, keyResultKinds) && measureFinite) {
    measureIssues(list, kr);
    if (currentFinite) valueIssues(list, kr, kr.current, 'current');
  }
  return toResult(kr, list.issues);
}

/**
 * An owner typed as text (a work email or a full name) and the one person the directory found
 * for it, if any: that person, or why the text names nobody.
 */
export function validateOwner(
  typed: string,
  found: Person | undefined,
  locale: string,
): ValidationResult<Person> {
  const list = new IssueList(locale);
  const text = typed.trim();
  if (text === '') list.add('required', 'owner');
  else if (!found) list.add('personNotFound', 'owner', { text, example: 'megan@contoso.com' });
  return found && list.issues.length === 0
    ? { ok: true, value: found }
    : { ok: false, issues: list.issues };
}

/** A link is kept in a single line of text; SharePoint's limit for one. */
export const LINK_MAX_LENGTH = 255;

/** Only web links: a `javascript:` or `data:` link typed by a user must never become a link. */
function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') && text.length <= LINK_MAX_LENGTH
    );
  } catch {
    return false;
  }
}

export function validateInitiative(
  initiative: Initiative,
  model: Pick<Rules, 'limits' | 'locale'>,
): ValidationResult<Initiative> {
  const list = new IssueList(model.locale);
  list.title(initiative.title, model.limits.titleMaxLength);
  list.required('keyResultId', initiative.keyResultId);
  list.oneOf('status', initiative.status, initiativeStatuses);
  if (initiative.dueDate !== undefined && !isIsoDate(initiative.dueDate)) {
    list.add('dateInvalid', 'dueDate', { expected: 'YYYY-MM-DD' });
  }
  if (initiative.link !== undefined && !isWebLink(initiative.link)) {
    list.add('linkInvalid', 'link', { max: LINK_MAX_LENGTH });
  }
  return toResult(initiative, list.issues);
}

/** A check-in's cycle, checked with the day the check-in counts on for its person. */
export type CheckInCycle =
  | { readonly cycle?: undefined }
  | {
      /** The KR's cycle: a check-in must fall within it, and not in a closed cycle. */
      readonly cycle: Cycle;
      /**
       * The day the check-in counts on for the person it is checked for (`DayOf`): a check-in
       * after the cycle is refused naming that day, the one on their clock, not its UTC day.
       */
      readonly dayOf: DayOf;
    };

/** A check-in's cycle with the day function it is checked with, or none where it is not known. */
export const checkInCycle = (cycle: Cycle | undefined, dayOf: DayOf): CheckInCycle =>
  cycle ? { cycle, dayOf } : {};

export type CheckInValidationContext = {
  /** The KR checked in: its kind decides which values are possible. */
  readonly keyResult?: Pick<
    KeyResult,
    'title' | 'kind' | 'start' | 'target' | 'milestones' | 'unit'
  >;
} & CheckInCycle;

/**
 * Where an instant stands against the cycle's days as some time zone on Earth has them (UTC−12:00
 * to UTC+14:00): −1 before them, 0 on one, 1 after. 17:00 on the last day in Los Angeles is 01:00
 * UTC the day after, and 09:00 on the first day in Auckland 20:00 UTC the day before. The core
 * knows no person's time zone, so a check-in is in its cycle when it is on one of its days anywhere.
 */
function instantAgainstCycle(at: IsoDateTime, cycle: CycleDates): -1 | 0 | 1 {
  const hours = Date.parse(at) / 3_600_000;
  if (hours < dayNumber(cycle.start) * 24 - 14) return -1;
  return hours < dayNumber(cycle.end) * 24 + 36 ? 0 : 1;
}

export function validateCheckIn(
  checkIn: CheckIn,
  model: Rules,
  context: CheckInValidationContext = {},
): ValidationResult<CheckIn> {
  const list = new IssueList(model.locale);
  list.required('clientId', checkIn.clientId);
  list.required('keyResultId', checkIn.keyResultId);
  list.required('author', checkIn.author?.id);
  const valueFinite = list.finite('value', checkIn.value);
  list.confidence(checkIn.confidence, model.confidenceScale);
  list.maxLength('note', checkIn.note, model.limits.noteMaxLength);
  if (checkIn.status !== undefined) list.oneOf('status', checkIn.status, checkInStatuses);
  if (list.oneOf('source', checkIn.source, checkInSources)) {
    if (checkIn.source === 'meeting' && !checkIn.meetingId?.trim())
      list.add('meetingIdRequired', 'meetingId');
  }
  list.dateTime('at', checkIn.at);
  if (checkIn.correction) {
    list.required('correctionReason', checkIn.correction.reason);
    list.maxLength('correctionReason', checkIn.correction.reason, correctionReasonMaxLength);
    list.required('author', checkIn.correction.by?.id);
    list.dateTime('at', checkIn.correction.at);
  }
  const { keyResult } = context;
  if (context.cycle) {
    const { cycle, dayOf } = context;
    const when = isIsoDateTime(checkIn.at) ? instantAgainstCycle(checkIn.at, cycle) : 0;
    if (cycle.state === 'closed') list.add('cycleClosed', 'at', { cycle: cycle.name });
    else if (when < 0) {
      list.add('checkInsNotOpen', 'at', { cycle: cycle.name, start: cycle.start });
    } else if (when > 0) {
      list.add('dateOutsideCycle', 'at', {
        date: dayOf(checkIn.at),
        start: cycle.start,
        end: cycle.end,
      });
    }
  }
  if (keyResult && valueFinite) {
    list.issues.push(...valueRangeIssues(keyResult, checkIn.value, model.locale));
    valueIssues(list, keyResult, checkIn.value, 'value');
  }
  return toResult(checkIn, list.issues);
}

/**
 * Why a KR measured from `start` to `target` could not stand at `value`: the rules the store holds
 * a KR (its start and target) and a check-in (its value) to, for a measure that is not a stored
 * KR, such as an Excel formula's arguments.
 */
export function measureValueIssues(
  kr: Pick<KeyResult, 'title' | 'kind' | 'start' | 'target' | 'unit'>,
  value: number,
  locale: string,
  field = 'value',
): ValidationIssue[] {
  const list = new IssueList(locale);
  measureIssues(list, kr);
  if (list.issues.length > 0) return list.issues;
  list.issues.push(...valueRangeIssues(kr, value, locale, field));
  valueIssues(list, kr, value, field);
  return list.issues;
}

/**
 * Why a KR of this kind could not be measured from `start` to `target` (the target on the start,
 * or on the wrong side of it), as the store refuses it: for a definition typed elsewhere (a row
 * of the Excel sheet) before it is sent.
 */
export function keyResultMeasureIssues(
  kr: Pick<KeyResult, 'kind' | 'start' | 'target' | 'milestones'>,
  locale: string,
): ValidationIssue[] {
  const list = new IssueList(locale);
  measureIssues(list, kr);
  return list.issues;
}

/** Start and target must make sense for the kind. */
function measureIssues(
  list: IssueList,
  kr: Pick<KeyResult, 'kind' | 'start' | 'target' | 'milestones'>,
): void {
  const { kind, start, target } = kr;
  if (kind === 'binary') {
    if (start !== 0) list.add('binaryStartNotZero', 'start');
    if (target !== 1) list.add('binaryTargetNotOne', 'target');
    return;
  }
  if (kind === 'stayAbove' || kind === 'stayBelow') return;
  if (target === start) {
    list.add('targetEqualsStart', 'target', { start });
    return;
  }
  const up = kind !== 'decrease';
  if (up !== target > start) {
    list.add('directionMismatch', 'target', {
      kind: keyResultKindLabels[kind],
      start,
      target,
      expected: up ? 'above' : 'below',
    });
  }
  if (kind === 'milestone' && kr.milestones && target !== kr.milestones.length) {
    list.add('milestoneStepsMismatch', 'target', { target, count: kr.milestones.length });
  }
}

/** A value the KR's kind can take: 0/1 for binary, whole steps within range for milestones. */
function valueIssues(
  list: IssueList,
  kr: Pick<KeyResult, 'kind' | 'start' | 'target' | 'milestones'>,
  value: number,
  field: string,
): void {
  const kind: KeyResultKind = kr.kind;
  if (kind === 'binary' && value !== 0 && value !== 1) {
    list.add('binaryValueNotZeroOrOne', field, { value });
  }
  if (kind !== 'milestone') return;
  const [low, high] = kr.start <= kr.target ? [kr.start, kr.target] : [kr.target, kr.start];
  if (value < low || value > high) {
    list.add('milestoneValueOutOfRange', field, { value, start: kr.start, target: kr.target });
  } else if (kr.milestones && !Number.isInteger(value)) {
    list.add('milestoneNotWholeStep', field, { value });
  }
}

/**
 * Why a cycle may not go (back) to planning from `from` on `today`, or undefined when it may: a
 * cycle that was started or closed goes back only before its first day, while no check-in can be
 * due in it and no board has run on it yet.
 */
export function validateBackToPlanning(
  cycle: Pick<Cycle, 'name' | 'start'>,
  from: Cycle['state'],
  today: IsoDate,
  locale?: string,
): ValidationIssue | undefined {
  if (from === 'planning' || daysBetween(today, cycle.start) > 0) return undefined;
  return validationIssue('cycleStarted', 'state', { name: cycle.name, start: cycle.start }, locale);
}
