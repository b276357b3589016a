import type { Page } from 'playwright-core';

/**
 * Aborts the page's requests matching `chunk` (a chunk lost to a dropped connection) until
 * `reachable()`; counts the requests for it.
 */
export async function unreachableChunk(
  page: Page,
  chunk: RegExp,
): Promise<{ asked: () => number; reachable: () => void }> {
  let asked = 0;
  let reachable = false;
  await page.route(chunk, (route) => {
    asked += 1;
    return reachable ? route.continue() : route.abort();
  });
  return { asked: () => asked, reachable: () => (reachable = true) };
}
