import { createContext, useContext, useEffect } from 'react';

/**
 * What the open section holds unsaved ("the operating model"), or undefined: the Programme area
 * asks before another tab replaces it, as Teams and Viva ask "Discard changes?".
 */
export const UnsavedSectionContext = createContext<(what: string | undefined) => void>(
  () => undefined,
);

/** A section tells the Programme area whether leaving it would drop `what` it is editing. */
export function useUnsavedSection(what: string, unsaved: boolean): void {
  const report = useContext(UnsavedSectionContext);
  useEffect(() => {
    report(unsaved ? what : undefined);
    return () => report(undefined);
  }, [report, what, unsaved]);
}
