interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Settles in a later task: what awaits it lets the page paint and take input first, so that the
 * work on a large read is not one long task. Through `scheduler.yield()` where the browser has it
 * (Chromium and Edge 129, so Teams and Office on WebView2; Firefox 142): its continuation runs
 * before the tasks the page queued meanwhile, where a 0 ms timer's waits behind them all, which
 * in a trace of the cold channel tab held the board back 24 ms while the page loaded.
 * https://developer.chrome.com/blog/use-scheduler-yield
 * https://web.dev/articles/optimize-long-tasks
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}
