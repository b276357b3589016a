import { useCallback, useMemo, useRef, useState } from 'react';
import { readersCollator } from '../../../core/collation';
import type { Person } from '../../../core/model';
import { useAppServices, useLocale } from '../../app/AppServices';
import { sayFor } from '../../board/say';
import { useDescribeError } from '../../errors/useDescribeError';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import type {
  PeoplePickerProps,
  PeoplePickerState,
  PeopleSearchStatus,
} from './PeoplePicker.types';

/** Quiet time after the last key before the directory is asked (one request per pause). */
const searchDelayMs = 250;

export function usePeoplePicker(props: PeoplePickerProps): PeoplePickerState {
  const { repository } = useAppServices();
  const { selected, onChange, multiple = true } = props;
  const locale = useLocale();
  const say = props.say ?? sayFor(undefined, locale);
  const describeError = useDescribeError();
  const [query, setTyped] = useState('');
  const [unchosen, setUnchosen] = useState(false);
  const setQuery = useCallback((typed: string) => {
    setTyped(typed);
    setUnchosen(false);
  }, []);
  const leave = useCallback(() => setUnchosen(query.trim() !== ''), [query]);
  const [open, setOpen] = useState(false);
  const text = useDebouncedValue(query.trim(), searchDelayMs);
  const found = useRef(new Map<string, Person>());

  const search = useCallback(
    async (signal: AbortSignal) => {
      const byName = readersCollator(locale);
      const people = [...(await repository.searchPeople(text, { signal }))].sort((a, b) =>
        byName.compare(a.displayName, b.displayName),
      );
      for (const person of people) found.current.set(person.id, person);
      if (!signal.aborted) setOpen(true);
      return { people };
    },
    [repository, text, locale],
  );
  const { data: searched, reload: retry } = useAsyncResource(text ? search : undefined);
  const status = useMemo((): PeopleSearchStatus => {
    if (!text) return { kind: 'idle' };
    switch (searched.status) {
      case 'loading':
        return { kind: 'searching', text };
      case 'ready':
        return { kind: 'found', text, people: searched.people };
      case 'error': {
        const { title, message } = describeError(searched.error);
        return { kind: 'failed', text, message: `${title}. ${message}` };
      }
    }
  }, [text, searched, describeError]);

  const selectedIds = useMemo(() => selected.map((person) => person.id), [selected]);
  const suggestions = useMemo(
    () =>
      status.kind === 'found'
        ? status.people.filter((person) => !selectedIds.includes(person.id))
        : [],
    [status, selectedIds],
  );

  const toggle = useCallback(
    (id: string) => {
      if (selectedIds.includes(id)) {
        onChange(selected.filter((person) => person.id !== id));
        return;
      }
      const person = found.current.get(id);
      if (!person) return;
      onChange(multiple ? [...selected, person] : [person]);
      setQuery('');
      setOpen(false);
    },
    [selected, selectedIds, onChange, multiple, setQuery],
  );

  const statusText = (() => {
    if (unchosen) {
      return say('“{text}” is not chosen: pick a person from the list, or clear the text.', {
        text: query.trim(),
      });
    }
    switch (status.kind) {
      case 'idle':
        return selected.length === 0 || multiple ? say('Type a name or an email address.') : '';
      case 'searching':
        return say('Searching for “{text}”…', { text: status.text });
      case 'found':
        if (status.people.length === 0)
          return say('No one in your organisation matches “{text}”.', { text: status.text });
        if (suggestions.length === 0)
          return say('Everyone matching “{text}” is already chosen.', { text: status.text });
        return say('{count} {count|person matches|people match} “{text}”.', {
          count: suggestions.length,
          text: status.text,
        });
      case 'failed':
        return say('Could not search the directory. {why}', { why: status.message });
    }
  })();

  return {
    props,
    say,
    query,
    setQuery,
    unchosen,
    leave,
    status,
    suggestions,
    selectedIds,
    open: open && suggestions.length > 0,
    setOpen,
    toggle,
    retry,
    statusText,
  };
}
