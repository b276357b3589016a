import { renderPeoplePicker } from './renderPeoplePicker';
import type { PeoplePickerProps } from './PeoplePicker.types';
import { usePeoplePicker } from './usePeoplePicker';
import { usePeoplePickerStyles } from './usePeoplePickerStyles';

/**
 * Choose people from the organisation's directory by name: a Fluent TagPicker that searches
 * Microsoft Graph as you type (debounced, the previous search cancelled), shows names and emails,
 * never ids, and says what it is doing (searching, nothing found, what failed with a retry).
 * Keyboard: type, ↓/↑ through suggestions, Enter to choose, Backspace or a tag's × to remove.
 */
export function PeoplePicker(props: PeoplePickerProps) {
  const state = usePeoplePicker(props);
  const styles = usePeoplePickerStyles();
  return renderPeoplePicker(state, styles);
}

export type { PeoplePickerProps } from './PeoplePicker.types';
export { unchosenPeopleInput } from './renderPeoplePicker';
