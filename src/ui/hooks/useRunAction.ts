import { useCallback, useState } from 'react';

export interface RunAction {
  readonly busy: boolean;
  /** What the last run threw, until the next run starts. */
  readonly error: unknown;
  readonly run: (work: () => Promise<void>) => void;
}

/** A button's write: busy while it runs, its failure kept to show, nothing else. */
export function useRunAction(): RunAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = useCallback((work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    work()
      .catch((caught: unknown) => setError(caught))
      .finally(() => setBusy(false));
  }, []);
  return { busy, error, run };
}
