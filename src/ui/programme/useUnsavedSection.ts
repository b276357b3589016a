import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MutableRefObject,
} from 'react';

/**
 * What keeps the open section's unsaved changes: another tab, closing the Programme, or a choice
 * in the section that reads something else in their place asks "Discard your changes?" first, as
 * Teams and Viva ask.
 */
export interface UnsavedGuard {
  /** What the open section holds unsaved ("the operating model"), or undefined. */
  readonly report: (what: string | undefined) => void;
  /** Goes on at once, or once the user chose to discard what the open section holds unsaved. */
  readonly leave: (goOn: () => void) => void;
  /** The field last focused in the section: Keep editing puts the focus back there. */
  readonly field: MutableRefObject<HTMLElement | null>;
  /** What "Discard your changes?" asks about, while it is asked. */
  readonly asking: string | undefined;
  readonly keepEditing: () => void;
  readonly discard: () => void;
}

export function useUnsavedGuard(): UnsavedGuard {
  const unsaved = useRef<string | undefined>(undefined);
  const field = useRef<HTMLElement | null>(null);
  const [leaving, setLeaving] = useState<{ readonly what: string; readonly goOn: () => void }>();
  const report = useCallback((what: string | undefined) => {
    unsaved.current = what;
  }, []);
  const leave = useCallback((goOn: () => void) => {
    if (unsaved.current === undefined) goOn();
    else setLeaving({ what: unsaved.current, goOn });
  }, []);
  const keepEditing = useCallback(() => setLeaving(undefined), []);
  const discard = useCallback(() => {
    leaving?.goOn();
    setLeaving(undefined);
  }, [leaving]);
  return useMemo(
    () => ({ report, leave, field, asking: leaving?.what, keepEditing, discard }),
    [report, leave, leaving, keepEditing, discard],
  );
}

export const UnsavedSectionContext = createContext<Pick<UnsavedGuard, 'report' | 'leave'>>({
  report: () => undefined,
  leave: (goOn) => goOn(),
});

/**
 * A section tells the Programme area whether leaving it would drop `what` it is editing; it gets
 * back the way to leave it within the section (another cycle chosen), asking first as a tab does.
 */
export function useUnsavedSection(what: string, unsaved: boolean): UnsavedGuard['leave'] {
  const { report, leave } = useContext(UnsavedSectionContext);
  useEffect(() => {
    report(unsaved ? what : undefined);
    return () => report(undefined);
  }, [report, what, unsaved]);
  return leave;
}
