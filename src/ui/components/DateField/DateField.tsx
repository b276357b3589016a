import { useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { isIsoDate } from '../../../core/dates';
import { formatDateForTyping, parseTypedDate, typedDateForm } from '../../../core/typed-dates';
import { useLocale } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';

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
}

/**
 * A date typed and shown the way the app's locale writes it (Teams' or Office's language, not the
 * browser's, which `<input type="date">` follows): `31.03.2027` in German, `31/03/2027` in
 * Spanish. Text that reads as no date is handed on as typed, so nothing is saved, and is refused
 * once the field is left, naming the form the locale accepts.
 */
export function DateField({
  label,
  value,
  onChange,
  required,
  disabled,
  hint,
  validationMessage,
}: DateFieldProps) {
  const locale = useLocale();
  const { issue } = useDialogWords();
  const shown = (date: string) => (isIsoDate(date) ? formatDateForTyping(date, locale) : date);
  const [typed, setTyped] = useState({ text: shown(value), handedOn: value, left: false });
  // A value the form set itself (a reset, a proposal) replaces what was typed.
  if (value !== typed.handedOn) setTyped({ text: shown(value), handedOn: value, left: false });
  const read = parseTypedDate(typed.text, locale, label);
  const typingError =
    !read.ok && (typed.left || validationMessage) ? read.issues.map(issue).join(' ') : undefined;
  return (
    <Field
      label={label}
      required={required}
      hint={hint}
      validationMessage={typingError ?? validationMessage}
    >
      <Input
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
      />
    </Field>
  );
}
