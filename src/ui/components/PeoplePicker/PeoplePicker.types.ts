import type { Person } from '../../../core/model';
import type { Say } from '../../board/say';

export interface PeoplePickerProps {
  /** The people chosen so far, shown as tags with their names. */
  readonly selected: readonly Person[];
  readonly onChange: (people: readonly Person[]) => void;
  /** One person (an owner) or several (admins, coaches); several by default. */
  readonly multiple?: boolean;
  /** Names the input for assistive technology when no `<Field>` label points at it. */
  readonly 'aria-label'?: string;
  /** The input's id, so a `<Field>` label can point at it. */
  readonly id?: string;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  /** Its words in the reader's language, from a form that speaks it (the editors); else English. */
  readonly say?: Say;
}

/** What the picker is doing, shown under the input and announced politely. */
export type PeopleSearchStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching'; readonly text: string }
  | { readonly kind: 'found'; readonly text: string; readonly people: readonly Person[] }
  | { readonly kind: 'failed'; readonly text: string; readonly message: string };

export interface PeoplePickerState {
  readonly props: PeoplePickerProps;
  readonly say: Say;
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** Text left in the input, not chosen as a person, once the input was left: a save is refused. */
  readonly unchosen: boolean;
  readonly leave: () => void;
  readonly status: PeopleSearchStatus;
  /** Suggestions not already chosen. */
  readonly suggestions: readonly Person[];
  readonly selectedIds: string[];
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  /** A suggestion chosen, or a tag dismissed (by id). */
  readonly toggle: (id: string) => void;
  readonly retry: () => void;
  /** The line under the input: what to type, searching, nothing found, or what failed. */
  readonly statusText: string;
}
