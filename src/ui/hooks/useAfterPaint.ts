import { useEffect, useState } from 'react';

/**
 * False until `ready` has been true through a painted frame, then true for good: what a first
 * screen does not show (dialogs, toasters) loads after that screen is on the glass, not while
 * it renders (a task queued from an animation frame runs once that frame is painted).
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted, ready]);
  return painted;
}
