// React-free: the services started before the page's React read it too (`ui/app/servicesAhead`).
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
