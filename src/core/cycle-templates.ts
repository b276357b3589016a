/**
 * Cycles from templates (the four quarters of a year, an annual cycle, custom dates) and the
 * rule on overlaps: a cycle may lie inside another (a quarter in its year) but two cycles may
 * not partly overlap. Pure.
 */
import type { CycleDates } from './cycles';
import { validationIssue, type ValidationIssue } from './issues';
import { addDays, dayNumber, isIsoDate } from './dates';
import type { Cycle, IsoDate } from './model';
import type { FiscalYear } from './operating-model';

export interface CycleProposal extends CycleDates {
  readonly name: string;
}

/** The calendar year as a fiscal year: January to December, named by itself. */
export const calendarYear: FiscalYear = { firstMonth: 1, namedBy: 'end' };

const isCalendar = (fiscal: FiscalYear) => fiscal.firstMonth === 1;

/** The first day of a month counted from year 0 (month 24,315 is April 2026), as a date. */
function firstDayOf(month: number): IsoDate {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

/** The month (counted from year 0) that fiscal year `year` starts in. */
function firstMonthOf(year: number, fiscal: FiscalYear): number {
  const startYear = isCalendar(fiscal) || fiscal.namedBy === 'start' ? year : year - 1;
  return startYear * 12 + fiscal.firstMonth - 1;
}

/** The fiscal year a day falls in, by its name (FY2027 for 1 August 2026 when it starts in July). */
export function fiscalYearOf(day: IsoDate, fiscal: FiscalYear = calendarYear): number {
  const month = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  const startYear = Math.floor((month - (fiscal.firstMonth - 1)) / 12);
  return isCalendar(fiscal) || fiscal.namedBy === 'start' ? startYear : startYear + 1;
}

/**
 * The quarter a new cycle is most likely planned for on `today`, the one after today's (1 to 4),
 * and its fiscal year: the next year's first once the last quarter has begun.
 */
export function nextQuarterOn(
  today: IsoDate,
  fiscal: FiscalYear = calendarYear,
): { readonly year: number; readonly quarter: number } {
  const year = fiscalYearOf(today, fiscal);
  const quarters = quarterCycles(year, fiscal);
  const current = quarters.findIndex((quarter) => today <= quarter.end);
  return current === 3 ? { year: year + 1, quarter: 1 } : { year, quarter: current + 2 };
}

/** The months `first` to `first + count - 1` (counted from year 0) as a cycle's dates. */
function months(first: number, count: number): CycleDates {
  return { start: firstDayOf(first), end: addDays(firstDayOf(first + count), -1) };
}

/** The four quarters of a year: "Q1 2027" for the calendar's, "Q1 FY2027" for a fiscal year's. */
export function quarterCycles(year: number, fiscal: FiscalYear = calendarYear): CycleProposal[] {
  const first = firstMonthOf(year, fiscal);
  return [0, 1, 2, 3].map((quarter) => ({
    name: isCalendar(fiscal) ? `Q${quarter + 1} ${year}` : `Q${quarter + 1} FY${year}`,
    ...months(first + quarter * 3, 3),
  }));
}

export function annualCycle(year: number, fiscal: FiscalYear = calendarYear): CycleProposal {
  return { name: `FY ${year}`, ...months(firstMonthOf(year, fiscal), 12) };
}

/**
 * The cycle that follows `cycle`, as the rhythm starts it after the close: the next quarter after
 * a quarter of the fiscal year (or of the calendar's, laid before the fiscal year was set), the
 * next year after a year, otherwise the same number of days from the day after it ends (named by
 * its dates; renamed under Cycles while it is planned).
 */
export function followingCycle(
  cycle: CycleDates,
  fiscal: FiscalYear = calendarYear,
): CycleProposal {
  const same = (candidate: CycleDates) =>
    candidate.start === cycle.start && candidate.end === cycle.end;
  for (const years of [fiscal, calendarYear]) {
    const year = fiscalYearOf(cycle.start, years);
    const quarter = quarterCycles(year, years).findIndex(same);
    if (quarter >= 0) {
      return quarter === 3
        ? quarterCycles(year + 1, years)[0]!
        : quarterCycles(year, years)[quarter + 1]!;
    }
    if (same(annualCycle(year, years))) return annualCycle(year + 1, years);
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
/** The first and last days a cycle may take: those of `cycleYears`. */
export const cycleDays = {
  first: `${cycleYears.first}-01-01`,
  last: `${cycleYears.last}-12-31`,
} as const;

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
  const days = [
    ['start', 'Start date', cycle.start],
    ['end', 'End date', cycle.end],
  ] as const;
  return days
    .filter(([, , day]) => isIsoDate(day) && (day < cycleDays.first || day > cycleDays.last))
    .map(([field, label, date]) =>
      validationIssue('cycleDayOutOfRange', field, { field: label, date, ...cycleDays }, locale),
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
