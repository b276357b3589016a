import type { KeyboardEvent, RefObject } from 'react';
import type { IsoDate } from '../../../core/model';
// A type only: the calendar's code stays in its own chunk.
import type { DateCalendarProps } from './DateCalendar';

export interface DateFieldProps {
  readonly label: string;
  /** `YYYY-MM-DD`, empty for no date, or text typed that is no date (the form refuses it). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly hint?: string | undefined;
  /** The form's own message (a date out of range, missing): text that is no date says its own. */
  readonly validationMessage?: string | undefined;
  /** The first and last days the form accepts: the calendar offers no day outside them. */
  readonly min?: IsoDate | undefined;
  readonly max?: IsoDate | undefined;
  /**
   * Where the calendar opens when there is room (else on the other side): below by default,
   * above for a field whose partner follows it (a cycle's start over its end in a narrow panel),
   * so the calendar leaves that in sight.
   */
  readonly calendarPosition?: 'above' | 'below';
}

export interface DateFieldState {
  readonly label: string;
  readonly required: boolean | undefined;
  readonly disabled: boolean | undefined;
  readonly hint: string | undefined;
  /** Text that reads as no date, once left, or else the form's own message. */
  readonly validationMessage: string | undefined;
  /** What the field shows: the date as the locale writes it, or what was typed. */
  readonly text: string;
  /** The form the locale writes dates in: `dd.mm.yyyy` in German. */
  readonly placeholder: string;
  readonly calendarName: string;
  readonly setAnchor: (field: HTMLElement | null) => void;
  readonly input: RefObject<HTMLInputElement>;
  readonly calendarButton: RefObject<HTMLButtonElement>;
  readonly type: (text: string) => void;
  readonly leave: () => void;
  /** Alt+Down opens the calendar, as in a date picker. */
  readonly keyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly openCalendar: () => void;
  /** How many times the calendar was opened (0: never, so its chunk is not loaded yet). */
  readonly calendarAsked: number;
  /** What the calendar, loaded when first wanted, is given. */
  readonly calendar: DateCalendarProps;
}
