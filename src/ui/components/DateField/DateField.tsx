import { useEffect, useRef, useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { isIsoDate } from '../../../core/dates';
import type { IsoDate } from '../../../core/model';
import { formatDateForTyping, parseTypedDate, typedDateForm } from '../../../core/typed-dates';
import { reloadable } from '../../../reloadable';
import { useLocale } from '../../app/AppServices';
import { today } from '../../app/today';
import { useDialogWords } from '../../board/dialog-words';
import { sayNotLoaded } from '../States/ErrorStateOnDemand';
import { lazyPart, OnDemand } from '../States/lazyPart';

// The calendar (Fluent's, with its popover) loads when its button is first pointed at, focused or
// pressed: no first screen carries it, nor the dialogs that hold date fields.
const loadDateCalendar = reloadable(() => import('./DateCalendar'));
const DateCalendar = lazyPart(() => loadDateCalendar().then(({ DateCalendar }) => DateCalendar));

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
}

/**
 * A date typed and shown the way the app's locale writes it (Teams' or Office's language, not the
 * browser's, which `<input type="date">` follows): `31.03.2027` in German, `31/03/2027` in
 * Spanish. Text that reads as no date is handed on as typed, so nothing is saved, and is refused
 * once the field is left, naming the form the locale accepts. A button in the field (or Alt+Down)
 * opens a calendar on the day typed, or today; a day picked there is written as if typed.
 */
export function DateField({
  label,
  value,
  onChange,
  required,
  disabled,
  hint,
  validationMessage,
  min,
  max,
}: DateFieldProps) {
  const locale = useLocale();
  const { issue, say } = useDialogWords();
  const shown = (date: string) => (isIsoDate(date) ? formatDateForTyping(date, locale) : date);
  const [typed, setTyped] = useState({ text: shown(value), handedOn: value, left: false });
  /** How many times the calendar was opened (0: never, so its chunk is not loaded yet). */
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
  const openCalendar = () => {
    setCalendarAsked((asked) => asked + 1);
    setCalendarOpen(true);
  };
  /** Where focus goes once the calendar closed: the field after a pick, else its button. */
  const focusAfterCalendar = useRef<HTMLElement | null>(null);
  const closeCalendar = (focus: HTMLElement | null) => {
    focusAfterCalendar.current = focus;
    setCalendarOpen(false);
  };
  useEffect(() => {
    // After the popover's own focus restorer, which gives focus back to the button.
    if (calendarOpen || !focusAfterCalendar.current) return;
    const target = focusAfterCalendar.current;
    focusAfterCalendar.current = null;
    const frame = requestAnimationFrame(() => target.focus());
    return () => cancelAnimationFrame(frame);
  }, [calendarOpen]);
  const calendarName = say('Calendar for {field}', { field: label });
  return (
    <>
      <Field
        // The calendar opens beside the whole field: when it opens above (no room below), it
        // leaves the field's label readable.
        ref={setAnchor}
        label={label}
        required={required}
        hint={hint}
        validationMessage={typingError ?? validationMessage}
      >
        <Input
          ref={input}
          value={typed.text}
          disabled={disabled}
          placeholder={typedDateForm(locale)}
          onChange={(_, data) => {
            const reading = parseTypedDate(data.value, locale, label);
            const handedOn = reading.ok ? (reading.value ?? '') : data.value;
            setTyped({ text: data.value, handedOn, left: false });
            onChange(handedOn);
          }}
          onBlur={() => setTyped((current) => ({ ...current, left: true }))}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown' || !event.altKey) return;
            event.preventDefault();
            openCalendar();
          }}
          contentAfter={
            <Button
              ref={calendarButton}
              appearance="transparent"
              size="small"
              icon={<CalendarRegular />}
              aria-label={calendarName}
              title={calendarName}
              aria-haspopup="dialog"
              aria-expanded={calendarOpen}
              disabled={disabled}
              onPointerEnter={DateCalendar.prepare}
              onFocus={DateCalendar.prepare}
              onClick={openCalendar}
            />
          }
        />
      </Field>
      {/* Beside the field, not in it: a field labels the one element it holds. */}
      {calendarAsked > 0 ? (
        <OnDemand parts={[DateCalendar]} resetKeys={[calendarAsked]} fallback={sayNotLoaded}>
          <DateCalendar
            label={label}
            anchor={anchor}
            open={calendarOpen}
            onOpenChange={(open) => (open ? openCalendar() : closeCalendar(calendarButton.current))}
            value={read.ok ? read.value : undefined}
            today={today()}
            min={min}
            max={max}
            onPick={(day) => {
              setTyped({ text: formatDateForTyping(day, locale), handedOn: day, left: true });
              onChange(day);
              closeCalendar(input.current);
            }}
          />
        </OnDemand>
      ) : null}
    </>
  );
}
