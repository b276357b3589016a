import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/**
 * A save refused for a field takes the focus to the first field it names (Fluent's Field marks
 * its control `aria-invalid`), where the fix is typed: left on Save, the focus was away from the
 * reason, which a screen reader did not read. Call `check()` as a form is submitted: once what it
 * caused is rendered, the first field marked invalid in `form`, if any, takes the focus.
 */
export function useFocusRefusedField<T extends HTMLElement = HTMLFormElement>() {
  const form = useRef<T | null>(null);
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    if (checks > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [checks]);
  const check = useCallback(() => setChecks((count) => count + 1), []);
  return useMemo(() => ({ form, check }), [check]);
}
