/**
 * Whether the browser's cache may hold reads, known at once when a page starts (IndexedDB
 * answers only later): set when anything is written to it, cleared when it is found empty. A
 * page that finds no such mark starts cold for sure, and fetches sign-in and the Graph adapter
 * before the cache has answered. Kept in localStorage; where that is refused, the cache may hold
 * reads (the page then waits for its answer, as without the mark).
 */
/** Also read before any module runs, by the start-up links script (src/first-screen-plugin.ts). */
export const mayHoldReadsKey = 'okr-coach:cache-may-hold-reads';

let known: boolean | undefined;

export function cacheMayHoldReads(): boolean {
  try {
    known ??= localStorage.getItem(mayHoldReadsKey) !== null;
  } catch {
    known = true;
  }
  return known;
}

export function rememberCacheHoldsReads(holds: boolean): void {
  if (known === holds) return;
  known = holds;
  try {
    if (holds) localStorage.setItem(mayHoldReadsKey, '1');
    else localStorage.removeItem(mayHoldReadsKey);
  } catch {
    // Storage refused: the next page waits for the cache's answer.
  }
}
