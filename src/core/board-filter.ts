import { daysBetween } from './dates';
import type { DayOf } from './day-of';
import { statuses, type IsoDate, type KeyResult, type Status } from './model';
import type { OperatingModel } from './operating-model';
import { reachedTarget, shownPercent } from './progress';

/** Where a KR's confidence sits on the operating model's scale, split in thirds. */
export const confidenceBands = ['low', 'medium', 'high'] as const;
export type ConfidenceBand = (typeof confidenceBands)[number];

/**
 * Where a KR's progress stands, as the board's Progress filter offers it: 0–29 %, 30–69 %,
 * 70–100 % and over 100 % (the red, yellow and green of Google's 0.0–1.0 grading, Google re:Work
 * "Set goals with OKRs", and the over-achievement only increase and decrease KRs can show), or no
 * check-in yet (Viva Goals' "Not started").
 */
export const progressRanges = ['from0', 'from30', 'from70', 'over100', 'noCheckIn'] as const;
export type ProgressRange = (typeof progressRanges)[number];

/**
 * How a board orders objectives (within each team) and KRs (within each objective), and the
 * "Key results" list its KRs. `team` orders only that list: the board groups by team.
 */
export const boardSorts = [
  'board',
  'progress',
  'confidence',
  'status',
  'lastCheckIn',
  'owner',
  'title',
  'team',
] as const;
export type BoardSort = (typeof boardSorts)[number];

/**
 * Which way a sort runs. Every sort starts ascending, which puts first what to look at: the
 * lowest progress and confidence, the worst status (off track), the oldest check-in; owners,
 * titles and teams A to Z; the board's own order. Descending turns it round.
 */
export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

/** How the board's OKRs are laid out: objective cards by team, or every KR in one list. */
export type BoardLayout = 'board' | 'list';

/**
 * What a board shows of itself: a text search, filters and an order. Every filter left out (or
 * empty) lets everything through. It travels in a deep link, so a team can share a view.
 */
export interface BoardFilter {
  readonly search?: string;
  /**
   * Owners: a KR stays when its owner or its objective's owner is among them (whoever owns an
   * objective sees all of it, as someone who owns objectives and no KR would expect); `noOwner`
   * keeps the KRs without an owner of their own, as their row says, whoever owns their objective:
   * nobody checks in on those, and no reminder reaches anyone.
   */
  readonly ownerIds?: readonly string[];
  readonly teamIds?: readonly string[];
  readonly statuses?: readonly Status[];
  readonly confidence?: readonly ConfidenceBand[];
  readonly progress?: readonly ProgressRange[];
  /** Only KRs not yet done with no check-in within the check-in cadence. */
  readonly needsCheckIn?: boolean;
  readonly sort?: BoardSort;
  /** Ascending (each sort's start) when left out. */
  readonly direction?: SortDirection;
  /** The board's cards when left out. */
  readonly layout?: BoardLayout;
  /** The cycle shown, when it is not the tab's own. */
  readonly cycleId?: string;
}

/** A sort and the way it runs: the order of a board's objectives and KRs, and of the KR list. */
export interface BoardOrder {
  readonly sort: BoardSort;
  readonly direction: SortDirection;
}

/** The filter's order: the board's own, ascending, for what it leaves out. */
export function orderOf(filter: Pick<BoardFilter, 'sort' | 'direction'>): BoardOrder {
  return { sort: filter.sort ?? 'board', direction: filter.direction ?? 'asc' };
}

/** The parts of a filter that say `order`: the board's own, ascending, left out. */
export function orderPatch(order: BoardOrder): Pick<BoardFilter, 'sort' | 'direction'> {
  return {
    sort: order.sort === 'board' ? undefined : order.sort,
    direction: order.direction === 'desc' ? order.direction : undefined,
  };
}

/**
 * In a filter's owners, the KRs nobody owns: people's ids are Entra object ids (GUIDs), so this
 * one is never a person's.
 */
export const noOwner = 'none';

export function confidenceBand(
  confidence: number | undefined,
  scale: OperatingModel['confidenceScale'],
): ConfidenceBand | undefined {
  if (confidence === undefined || !Number.isFinite(confidence)) return undefined;
  const span = scale.max - scale.min;
  const position = span > 0 ? (confidence - scale.min) / span : 1;
  if (position < 1 / 3) return 'low';
  if (position < 2 / 3) return 'medium';
  return 'high';
}

/**
 * The confidence that stands for a band: the middle of its third of the scale, as a whole number
 * where the scale counts in whole points (whole ends, a point or more to each third) and the
 * rounding keeps it in its band (on 1–10: low 3, medium 6, high 9), so `confidenceBand` gives the
 * band back.
 */
export function confidenceOfBand(
  band: ConfidenceBand,
  scale: OperatingModel['confidenceScale'],
): number {
  const middle =
    scale.min + ((scale.max - scale.min) * (2 * confidenceBands.indexOf(band) + 1)) / 6;
  const whole = Math.round(middle);
  return Number.isInteger(scale.min) &&
    Number.isInteger(scale.max) &&
    scale.max - scale.min >= 3 &&
    confidenceBand(whole, scale) === band
    ? whole
    : Math.round(middle * 100) / 100;
}

/**
 * The range of a KR's `progress`, taken as the whole percent its row shows (`formatProgress`), so
 * a KR that reads 30 % is among 30–69 %, one that reads 100 % among 70–100 %. A KR never checked
 * in is only under "no check-in yet", whatever its value, unless it rolls up from the OKRs aligned
 * to it, whose check-ins move it.
 */
export function progressRange(
  keyResult: Pick<KeyResult, 'lastCheckInAt' | 'rolledUpFrom'>,
  progress: number,
): ProgressRange {
  if (!keyResult.lastCheckInAt && !keyResult.rolledUpFrom?.length) return 'noCheckIn';
  const percent = shownPercent(progress);
  return percent > 100 ? 'over100' : percent >= 70 ? 'from70' : percent >= 30 ? 'from30' : 'from0';
}

/**
 * A KR that has not reached its target yet (a stay KR never has: see `reachedTarget`) and was not
 * checked in on within the model's cadence (or never): the one to look at before the weekly
 * check-in. The reminders and the coach's stale check-in say so of the same KRs. The last
 * check-in counts on the day it was on the user's clock (`dayOf`), as `today` is theirs.
 */
export function needsCheckIn(
  keyResult: KeyResult,
  progress: number,
  today: IsoDate,
  model: OperatingModel,
  dayOf: DayOf,
): boolean {
  if (reachedTarget(keyResult.kind, progress)) return false;
  if (!keyResult.lastCheckInAt) return true;
  return daysBetween(dayOf(keyResult.lastCheckInAt), today) >= model.checkIn.cadenceDays;
}

/**
 * How many choices (not the search, not the order) narrow the board, as Microsoft 365's filter
 * buttons count them: "Filters (3)" for At risk, Off track and one owner.
 */
export function activeFilterCount(filter: BoardFilter): number {
  return (
    (filter.ownerIds?.length ?? 0) +
    (filter.teamIds?.length ?? 0) +
    (filter.statuses?.length ?? 0) +
    (filter.confidence?.length ?? 0) +
    (filter.progress?.length ?? 0) +
    (filter.needsCheckIn ? 1 : 0)
  );
}

/** The filter with its search and filters cleared: its order (either way) and cycle stay. */
export function withoutSearchOrFilters(filter: BoardFilter): BoardFilter {
  const { sort, direction, cycleId } = filter;
  return {
    ...(sort ? { sort } : {}),
    ...(direction ? { direction } : {}),
    ...(cycleId ? { cycleId } : {}),
  };
}

export function isFiltering(filter: BoardFilter): boolean {
  return activeFilterCount(filter) > 0 || (filter.search?.trim() ?? '') !== '';
}

const listSeparator = ',';

function list(values: readonly string[] | undefined): string | undefined {
  return values && values.length > 0 ? values.join(listSeparator) : undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

/**
 * The filter as a query string
 * (`q=…&owner=a,b&status=atRisk&progress=from0,noCheckIn&sort=progress&dir=desc&view=list`); what
 * is left out, or is the default (ascending, the board's cards), is not written. Ids are
 * URL-encoded, so a comma inside one survives.
 */
export function boardFilterToQuery(filter: BoardFilter): string {
  const parts: [string, string | undefined][] = [
    ['q', filter.search?.trim() || undefined],
    ['owner', list(filter.ownerIds?.map(encodeURIComponent))],
    ['team', list(filter.teamIds?.map(encodeURIComponent))],
    ['status', list(filter.statuses)],
    ['confidence', list(filter.confidence)],
    ['progress', list(filter.progress)],
    ['check', filter.needsCheckIn ? '1' : undefined],
    ['sort', filter.sort && filter.sort !== 'board' ? filter.sort : undefined],
    ['dir', filter.direction === 'desc' ? 'desc' : undefined],
    ['view', filter.layout === 'list' ? 'list' : undefined],
    ['cycle', filter.cycleId ? encodeURIComponent(filter.cycleId) : undefined],
  ];
  return parts
    .filter((part): part is [string, string] => part[1] !== undefined)
    .map(([name, value]) => `${name}=${name === 'q' ? encodeURIComponent(value) : value}`)
    .join('&');
}

function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value) || undefined;
  } catch {
    return undefined;
  }
}

function ids(value: string | undefined): string[] | undefined {
  const parsed = value
    ?.split(listSeparator)
    .map(decoded)
    .filter((id): id is string => id !== undefined);
  return parsed && parsed.length > 0 ? parsed : undefined;
}

function known<T extends string>(
  allowed: readonly T[],
  value: string | undefined,
): T[] | undefined {
  const parsed = value?.split(listSeparator).filter((item): item is T => oneOf(allowed, item));
  return parsed && parsed.length > 0 ? [...new Set(parsed)] : undefined;
}

/**
 * The filter a query string describes. Parts it does not know (an unknown status, a sort, a
 * direction or a view that does not exist, a badly encoded id) are left out rather than refused:
 * a link made by another version of the app still opens, showing what it can.
 */
export function boardFilterFromQuery(query: string): BoardFilter {
  const values = new Map<string, string>();
  for (const part of query.split('&')) {
    const at = part.indexOf('=');
    if (at > 0) values.set(part.slice(0, at), part.slice(at + 1));
  }
  const search = values.has('q') ? decoded(values.get('q') ?? '')?.trim() : undefined;
  const ownerIds = ids(values.get('owner'));
  const teamIds = ids(values.get('team'));
  const statusList = known(statuses, values.get('status'));
  const confidence = known(confidenceBands, values.get('confidence'));
  const progress = known(progressRanges, values.get('progress'));
  const sort = values.get('sort');
  const cycleId = values.has('cycle') ? decoded(values.get('cycle') ?? '') : undefined;
  return {
    ...(search ? { search } : {}),
    ...(ownerIds ? { ownerIds } : {}),
    ...(teamIds ? { teamIds } : {}),
    ...(statusList ? { statuses: statusList } : {}),
    ...(confidence ? { confidence } : {}),
    ...(progress ? { progress } : {}),
    ...(values.get('check') === '1' ? { needsCheckIn: true } : {}),
    ...(sort && oneOf(boardSorts, sort) && sort !== 'board' ? { sort } : {}),
    ...(values.get('dir') === 'desc' ? { direction: 'desc' as const } : {}),
    ...(values.get('view') === 'list' ? { layout: 'list' as const } : {}),
    ...(cycleId ? { cycleId } : {}),
  };
}
