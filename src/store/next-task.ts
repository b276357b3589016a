/**
 * Settles in a later task (a 0 ms timer): what awaits it lets the page paint and take input
 * first, so that the work on a large read is not one long task.
 * https://web.dev/articles/optimize-long-tasks
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
