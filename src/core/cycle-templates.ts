/**
 * Cycles from templates (the four quarters of a year, an annual cycle, custom dates) and the
 * rule on overlaps: a cycle may lie inside another (a quarter in its year) but two cycles may
 * not partly overlap. Pure.
 */
import type { CycleDates } from './cycles';
import { validationIssue, type ValidationIssue } from './issues';
import { addDays, dayNumber, isIsoDate } from './dates';
import type { Cycle } from './model';

export interface CycleProposal extends CycleDates {
  readonly name: string;
}

export function quarterCycles(year: number): CycleProposal[] {
  return [0, 1, 2, 3].map((quarter) => {
    const startMonth = quarter * 3 + 1;
    const start = `${year}-${String(startMonth).padStart(2, '0')}-01`;
    const nextStart =
      quarter === 3 ? `${year + 1}-01-01` : `${year}-${String(startMonth + 3).padStart(2, '0')}-01`;
    return { name: `Q${quarter + 1} ${year}`, start, end: addDays(nextStart, -1) };
  });
}

export function annualCycle(year: number): CycleProposal {
  return { name: `FY ${year}`, start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * The cycle that follows `cycle`, as the rhythm starts it after the close: the next quarter after
 * a calendar quarter, the next year after a calendar year, otherwise the same number of days
 * from the day after it ends (named by its dates; renamed under Cycles while it is planned).
 */
export function followingCycle(cycle: CycleDates): CycleProposal {
  const [year, month] = cycle.start.split('-').map(Number) as [number, number];
  const quarter = quarterCycles(year).findIndex(
    (candidate) => candidate.start === cycle.start && candidate.end === cycle.end,
  );
  if (quarter >= 0)
    return quarter === 3 ? quarterCycles(year + 1)[0]! : quarterCycles(year)[quarter + 1]!;
  const annual = annualCycle(year);
  if (month === 1 && annual.start === cycle.start && annual.end === cycle.end) {
    return annualCycle(year + 1);
  }
  const start = addDays(cycle.end, 1);
  const end = addDays(start, dayNumber(cycle.end) - dayNumber(cycle.start));
  return { name: `${start} to ${end}`, start, end };
}

function contains(outer: CycleDates, inner: CycleDates): boolean {
  return (
    dayNumber(outer.start) <= dayNumber(inner.start) && dayNumber(inner.end) <= dayNumber(outer.end)
  );
}

function intersects(a: CycleDates, b: CycleDates): boolean {
  return dayNumber(a.start) <= dayNumber(b.end) && dayNumber(b.start) <= dayNumber(a.end);
}

/** The existing cycle this one partly overlaps (neither inside the other), if any. */
export function partlyOverlapping<C extends Cycle>(
  cycle: CycleDates & { readonly id?: string },
  others: readonly C[],
): C | undefined {
  return others.find(
    (other) =>
      other.id !== cycle.id &&
      intersects(cycle, other) &&
      !contains(cycle, other) &&
      !contains(other, cycle),
  );
}

/**
 * The issue to show on the dates when they are another cycle's own (a second copy of it, under
 * another name) or partly overlap another cycle. Checked where a cycle is made or its dates
 * change: one kept on its dates (renamed, or started) is not refused for what an import brought.
 */
export function validateCyclePlacement(
  cycle: CycleDates & { readonly id?: string },
  others: readonly Cycle[],
  locale = 'en',
): ValidationIssue | undefined {
  const stored = cycle.id ? others.find((other) => other.id === cycle.id) : undefined;
  if (stored && stored.start === cycle.start && stored.end === cycle.end) return undefined;
  const twin = others.find(
    (other) => other.id !== cycle.id && other.start === cycle.start && other.end === cycle.end,
  );
  const other = twin ?? partlyOverlapping(cycle, others);
  if (!other) return undefined;
  return validationIssue(
    twin ? 'cycleSameDates' : 'cyclesOverlap',
    'start',
    { other: other.name, start: other.start, end: other.end },
    locale,
  );
}

/** The years a cycle may lie in: a year typed for a template, and a custom cycle's days. */
export const cycleYears = { first: 2000, last: 2100 } as const;

/**
 * The issue to show on a template's year (`typed` as the person wrote it, `year` as read): a
 * whole year within `cycleYears`, or undefined.
 */
export function validateCycleYear(
  typed: string,
  year: number,
  example: number,
  locale = 'en',
): ValidationIssue | undefined {
  if (Number.isInteger(year) && year >= cycleYears.first && year <= cycleYears.last) return;
  // As strings: a year is written without a thousands separator.
  const params = { text: typed.trim(), example: String(example) };
  const range = { first: String(cycleYears.first), last: String(cycleYears.last) };
  return validationIssue('cycleYearOutOfRange', 'year', { ...params, ...range }, locale);
}

/** The issues to show on a custom cycle's days outside `cycleYears` (a typed 1899), by field. */
export function validateCycleDays(cycle: CycleDates, locale = 'en'): ValidationIssue[] {
  const range = { first: `${cycleYears.first}-01-01`, last: `${cycleYears.last}-12-31` };
  const days = [
    ['start', 'Start date', cycle.start],
    ['end', 'End date', cycle.end],
  ] as const;
  return days
    .filter(([, , day]) => isIsoDate(day) && (day < range.first || day > range.last))
    .map(([field, label, date]) =>
      validationIssue('cycleDayOutOfRange', field, { field: label, date, ...range }, locale),
    );
}

/**
 * The issue to show on a cycle's name when another cycle has it already (case and surrounding
 * spaces aside): the cycle switcher, the board and the programme name cycles by name, so two of
 * one name cannot be told apart (a quarter created twice).
 */
export function validateCycleName(
  cycle: { readonly name: string; readonly id?: string },
  others: readonly Cycle[],
  locale = 'en',
): ValidationIssue | undefined {
  const name = cycle.name.trim().toLocaleLowerCase();
  const other = others.find(
    (candidate) => candidate.id !== cycle.id && candidate.name.trim().toLocaleLowerCase() === name,
  );
  if (!other || name === '') return undefined;
  return validationIssue(
    'cycleNameTaken',
    'name',
    { name: other.name, start: other.start, end: other.end },
    locale,
  );
}
