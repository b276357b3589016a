import { useCallback, useEffect, useMemo, useState } from 'react';

/** What a screen has of something it reads: still loading, why it failed, or its fields. */
export type AsyncResource<T extends object> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | ({ readonly status: 'ready' } & T);

type Read<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly value: T };

export interface AsyncResourceApi<T extends object> {
  readonly data: AsyncResource<T>;
  /** Reads again (after a failure, or on request); a read still running is cancelled. */
  readonly reload: () => void;
  /**
   * Changes what was read in place (a save's answer, a fresher read); ignored until it is read.
   * A change that returns what it was given changes nothing (no render).
   */
  readonly update: (change: (current: T) => T) => void;
}

export interface AsyncResourceOptions<T> {
  /** What was read stays shown while it is read again (a form that a save re-reads), not loading. */
  readonly keepWhileReading?: boolean;
  /**
   * What is at hand before `load` has read anything (a copy the store holds already): the first
   * render shows it, and stays shown while `load` reads as ever.
   */
  readonly initial?: () => T | undefined;
}

/**
 * Reads `load` on mount and whenever `load` changes (memoise it with `useCallback`), cancelling
 * the previous read through its signal so that a late answer never replaces a newer one.
 * Without a `load` (nothing to read yet) no read runs and the resource stays loading.
 */
export function useAsyncResource<T extends object>(
  load: ((signal: AbortSignal) => Promise<T>) | undefined,
  options: AsyncResourceOptions<T> = {},
): AsyncResourceApi<T> {
  const { keepWhileReading = false, initial } = options;
  // What the first render had at hand, for the `load` it was given (kept while that reads).
  const [first] = useState(() => {
    const value = initial?.();
    return value && { load, read: { status: 'ready', value } as const };
  });
  const [read, setRead] = useState<Read<T>>(first?.read ?? { status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    setRead((current) =>
      load &&
      (keepWhileReading
        ? current.status === 'ready'
        : current === first?.read && load === first.load)
        ? current
        : { status: 'loading' },
    );
    if (!load) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setRead({ status: 'ready', value });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setRead({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [load, attempt, keepWhileReading, first]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (change: (current: T) => T) =>
      setRead((current) => {
        if (current.status !== 'ready') return current;
        const value = change(current.value);
        return value === current.value ? current : { status: 'ready', value };
      }),
    [],
  );
  const data = useMemo<AsyncResource<T>>(
    () => (read.status === 'ready' ? { ...read.value, status: 'ready' } : read),
    [read],
  );
  return { data, reload, update };
}
