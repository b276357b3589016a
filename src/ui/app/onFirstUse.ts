/**
 * What `create` makes (from a chunk of its own), made when it is first asked for: every call waits
 * for that one creation, and one that failed (a chunk that did not load) is tried again by the
 * next call.
 */
export function onFirstUse<T>(create: () => Promise<T>): () => Promise<T> {
  let created: Promise<T> | undefined;
  return () =>
    (created ??= create().catch((error: unknown) => {
      created = undefined;
      throw error;
    }));
}

/** A chunk that did not load (the connection dropped), said in the surface's words, not the browser's. */
export function notLoaded(message: string): () => never {
  return () => {
    throw new Error(message);
  };
}
