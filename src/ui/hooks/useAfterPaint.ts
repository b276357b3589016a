import { useEffect, useState } from 'react';

/**
 * Calls `callback` once the frame being prepared has been painted (a task queued from an
 * animation frame runs after that frame); the answer cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

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
