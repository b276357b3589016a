import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Person } from '../../../core/model';
import { useAppServices } from '../../app/AppServices';
import { describeError } from '../../errors/describeError';
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
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<PeopleSearchStatus>({ kind: 'idle' });
  const text = useDebouncedValue(query.trim(), searchDelayMs);
  const found = useRef(new Map<string, Person>());

  useEffect(() => {
    if (!text) {
      setStatus({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    setStatus({ kind: 'searching', text });
    repository.searchPeople(text, { signal: controller.signal }).then(
      (people) => {
        for (const person of people) found.current.set(person.id, person);
        setStatus({ kind: 'found', text, people });
        setOpen(true);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const { title, message } = describeError(error);
        setStatus({ kind: 'failed', text, message: `${title}. ${message}` });
      },
    );
    return () => controller.abort();
  }, [repository, text, attempt]);

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
    [selected, selectedIds, onChange, multiple],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const statusText = (() => {
    switch (status.kind) {
      case 'idle':
        return selected.length === 0 || multiple ? 'Type a name or an email address.' : '';
      case 'searching':
        return `Searching for “${status.text}”…`;
      case 'found':
        if (status.people.length === 0)
          return `No one in your organisation matches “${status.text}”.`;
        if (suggestions.length === 0)
          return `Everyone matching “${status.text}” is already chosen.`;
        return `${suggestions.length} ${suggestions.length === 1 ? 'person matches' : 'people match'} “${status.text}”.`;
      case 'failed':
        return `Could not search the directory. ${status.message}`;
    }
  })();

  return {
    props,
    query,
    setQuery,
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
