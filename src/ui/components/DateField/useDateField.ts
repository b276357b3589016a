import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isIsoDate } from '../../../core/dates';
import type { IsoDate } from '../../../core/model';
import { formatDateForTyping, parseTypedDate, typedDateForm } from '../../../core/typed-dates';
import { useLocale } from '../../app/AppServices';
import { today } from '../../app/today';
import { useDialogWords } from '../../board/dialog-words';
import type { DateFieldProps, DateFieldState } from './DateField.types';

export function useDateField({
  label,
  value,
  onChange,
  required,
  disabled,
  hint,
  validationMessage,
  min,
  max,
  calendarPosition = 'below',
}: DateFieldProps): DateFieldState {
  const locale = useLocale();
  const { issue, say } = useDialogWords();
  const shown = (date: string) => (isIsoDate(date) ? formatDateForTyping(date, locale) : date);
  const [typed, setTyped] = useState({ text: shown(value), handedOn: value, left: false });
  const [calendarAsked, setCalendarAsked] = useState(0);
  const [calendarOpen, setCalendarOpen] = useState(false);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const calendarButton = useRef<HTMLButtonElement>(null);
  // A value the form set itself (a reset, a proposal) replaces what was typed.
  if (value !== typed.handedOn) setTyped({ text: shown(value), handedOn: value, left: false });
  const read = parseTypedDate(typed.text, locale, label);
  const typingError =
    !read.ok && (typed.left || validationMessage) ? read.issues.map(issue).join(' ') : undefined;
  /** The field (Alt+Down) or its button: where Escape gives focus back to. */
  const openedFrom = useRef<HTMLElement | null>(null);
  const openCalendar = (from: HTMLElement | null) => {
    openedFrom.current = from;
    setCalendarAsked((asked) => asked + 1);
    setCalendarOpen(true);
  };
  /** Where focus goes once the calendar closed: the field after a pick, else what opened it. */
  const focusAfterCalendar = useRef<HTMLElement | null>(null);
  const closeCalendar = (focus: HTMLElement | null) => {
    focusAfterCalendar.current = focus;
    setCalendarOpen(false);
  };
  useEffect(() => {
    // After the popover's own focus restorer.
    if (calendarOpen || !focusAfterCalendar.current) return;
    const target = focusAfterCalendar.current;
    focusAfterCalendar.current = null;
    const frame = requestAnimationFrame(() => target.focus());
    return () => cancelAnimationFrame(frame);
  }, [calendarOpen]);
  return {
    label,
    required,
    disabled,
    hint,
    validationMessage: typingError ?? validationMessage,
    text: typed.text,
    placeholder: typedDateForm(locale),
    calendarName: say('Calendar for {field}', { field: label }),
    setAnchor,
    input,
    calendarButton,
    type: (text) => {
      const reading = parseTypedDate(text, locale, label);
      const handedOn = reading.ok ? (reading.value ?? '') : text;
      setTyped({ text, handedOn, left: false });
      onChange(handedOn);
    },
    leave: () => setTyped((current) => ({ ...current, left: true })),
    keyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key !== 'ArrowDown' || !event.altKey) return;
      event.preventDefault();
      openCalendar(input.current);
    },
    openCalendar: () => openCalendar(calendarButton.current),
    calendarAsked,
    calendar: {
      label,
      anchor,
      open: calendarOpen,
      onOpenChange: (open) =>
        open ? openCalendar(openedFrom.current) : closeCalendar(openedFrom.current),
      value: read.ok ? read.value : undefined,
      today: today(),
      min,
      max,
      onPick: (day: IsoDate) => {
        setTyped({ text: formatDateForTyping(day, locale), handedOn: day, left: true });
        onChange(day);
        closeCalendar(input.current);
      },
      position: calendarPosition,
    },
  };
}
