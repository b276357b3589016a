import { renderDateField } from './renderDateField';
import { useDateField } from './useDateField';
import type { DateFieldProps } from './DateField.types';

/**
 * A date typed and shown the way the app's locale writes it (Teams' or Office's language, not the
 * browser's, which `<input type="date">` follows): `31.03.2027` in German, `31/03/2027` in
 * Spanish. Text that reads as no date is handed on as typed, so nothing is saved, and is refused
 * once the field is left, naming the form the locale accepts. A button in the field (or Alt+Down)
 * opens a calendar on the day typed, or today; a day picked is written as if typed.
 */
export function DateField(props: DateFieldProps) {
  return renderDateField(useDateField(props));
}
