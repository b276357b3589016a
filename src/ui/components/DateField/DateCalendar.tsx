import { useEffect, useMemo, useRef } from 'react';
import { makeStyles, Popover, PopoverSurface, tokens } from '@fluentui/react-components';
import {
  Calendar,
  type CalendarStrings,
  type DateFormatting,
  type ICalendar,
} from '@fluentui/react-calendar-compat';
import { calendarNames, weekStart } from '../../../core/calendar-locale';
import { isIsoDate } from '../../../core/dates';
import type { IsoDate } from '../../../core/model';
import { useDialogWords } from '../../board/dialog-words';
import type { Say } from '../../board/say';

export interface DateCalendarProps {
  /** The field's name: the calendar is named after it. */
  readonly label: string;
  /** What it opens beside (the field, with its label). */
  readonly anchor: HTMLElement | null;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** The day typed, if the text reads as one: the calendar opens on it (else on `today`). */
  readonly value: IsoDate | undefined;
  /** The caller's today: the calendar opens on it when no day is typed. */
  readonly today: IsoDate;
  readonly min?: IsoDate | undefined;
  readonly max?: IsoDate | undefined;
  readonly onPick: (day: IsoDate) => void;
  /** Where it opens when there is room, else on the other side. */
  readonly position: 'above' | 'below';
}

const useStyles = makeStyles({
  surface: {
    // Fluent's surface pads 16 px on every side; the calendar pads itself.
    padding: tokens.spacingVerticalXS,
    // Fluent's popover has the dialog's background and only a shadow, lost in the dark theme (in
    // high contrast its stroke is white already): an edge, as Fluent means to give its floating
    // surfaces in dark mode (https://github.com/microsoft/fluentui/issues/35428).
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * A `YYYY-MM-DD` day as the local midnight of that day: Fluent's calendar reads and writes days
 * with `getFullYear()`, `getMonth()` and `getDate()`, so a day never shifts with the time zone.
 */
function localDay(day: IsoDate | undefined): Date | undefined {
  if (day === undefined || !isIsoDate(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const local = new Date(year, month - 1, date);
  // Years 0–99 would be read as 1900–1999.
  local.setFullYear(year);
  return local;
}

/**
 * The day a calendar opens on when none is typed: today, or the nearest day the form accepts
 * (a cycle's end starts at the day after its start). Shown chosen, as Fluent's DatePicker shows
 * its `initialPickerDate`.
 */
function openingDay(today: IsoDate, min: IsoDate | undefined, max: IsoDate | undefined): IsoDate {
  if (min !== undefined && today < min) return min;
  if (max !== undefined && today > max) return max;
  return today;
}

function isoDay(local: Date): IsoDate {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * The calendar's words in the app's locale: the names of months and days from `Intl`, the
 * buttons' from the dialogs' translations. Fluent fills `{0}` in itself.
 * https://www.npmjs.com/package/@fluentui/react-calendar-compat (strings, dateTimeFormatter)
 */
function calendarWords(locale: string, say: Say): [CalendarStrings, DateFormatting] {
  const strings: CalendarStrings = {
    ...calendarNames(locale),
    goToToday: say('Go to today'),
    prevMonthAriaLabel: say('Previous month'),
    nextMonthAriaLabel: say('Next month'),
    prevYearAriaLabel: say('Previous year'),
    nextYearAriaLabel: say('Next year'),
    prevYearRangeAriaLabel: say('Earlier years'),
    nextYearRangeAriaLabel: say('Later years'),
    closeButtonAriaLabel: say('Close'),
    selectedDateFormatString: say('Chosen: {day}', { day: '{0}' }),
    todayDateFormatString: say('Today: {day}', { day: '{0}' }),
    monthPickerHeaderAriaLabel: say('{year}, choose another year', { year: '{0}' }),
    yearPickerHeaderAriaLabel: say('{month}, choose another month', { month: '{0}' }),
  };
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
  const formatting: DateFormatting = {
    formatDay: (date) => String(date.getDate()),
    formatMonth: (date) => strings.shortMonths[date.getMonth()] ?? '',
    formatYear: (date) => String(date.getFullYear()),
    formatMonthDayYear: (date) => long.format(date),
    formatMonthYear: (date) => monthYear.format(date),
  };
  return [strings, formatting];
}

/**
 * Fluent's month calendar in a popover beside a date field, loaded when first wanted: picking a
 * day hands it to the field as if typed. Weeks start as the locale's do.
 */
export function DateCalendar({
  label,
  anchor,
  open,
  onOpenChange,
  value,
  today,
  min,
  max,
  onPick,
  position,
}: DateCalendarProps) {
  const styles = useStyles();
  const { locale, say } = useDialogWords();
  const [strings, formatting] = useMemo(() => calendarWords(locale, say), [locale, say]);
  const calendar = useRef<ICalendar>(null);
  useEffect(() => {
    // Where the arrow keys move from: the day typed, or today.
    if (open) calendar.current?.focus();
  }, [open]);
  return (
    <Popover
      open={open}
      onOpenChange={(_, data) => onOpenChange(data.open)}
      // https://react.fluentui.dev/?path=/docs/concepts-developer-positioning-components--docs
      positioning={{ target: anchor, position, align: 'start' }}
      trapFocus
    >
      <PopoverSurface
        className={styles.surface}
        aria-label={say('Calendar for {field}', { field: label })}
      >
        <Calendar
          componentRef={calendar}
          value={localDay(value ?? openingDay(today, min, max))}
          today={localDay(today)}
          // Today out of the days the form accepts: nowhere to go.
          showGoToToday={openingDay(today, min, max) === today}
          minDate={localDay(min)}
          maxDate={localDay(max)}
          firstDayOfWeek={weekStart(locale)}
          strings={strings}
          dateTimeFormatter={formatting}
          // The months over the days, not beside them: 240 px wide, for a 320 px side panel.
          showMonthPickerAsOverlay
          highlightSelectedMonth
          onSelectDate={(day) => onPick(isoDay(day))}
          onDismiss={() => onOpenChange(false)}
        />
      </PopoverSurface>
    </Popover>
  );
}
