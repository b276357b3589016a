/** A view of a session's snapshot, computed again only when the session's snapshot changed. */
export function viewOf<Snapshot, View>(
  session: { snapshot(): Snapshot },
  view: (snapshot: Snapshot) => View,
): () => View {
  let seen = session.snapshot();
  let current = view(seen);
  return () => {
    const latest = session.snapshot();
    if (latest !== seen) {
      seen = latest;
      current = view(latest);
    }
    return current;
  };
}
