import { useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';

/**
 * False until `ready` has been true through a painted frame, then true for good: what a first
 * screen does not show (dialogs, toasters) loads after that screen is on the glass, not while
 * it renders.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !ready) return;
    return afterNextPaint(() => setPainted(true));
  }, [painted, ready]);
  return painted;
}
