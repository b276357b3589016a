import { useCallback, useEffect, useState } from 'react';
import type { LiveShareSetup } from '../../../host/live-share';
import type { Host } from '../../../host/types';
import { nextTask } from '../../../store/next-task';
import { reloadable } from '../../../reloadable';

const loadLiveShare = reloadable(() => import('../../../host/live-share'));

/** What a meeting surface joins over Live Share: a snapshot that changes, until disposed. */
export interface LiveJoined<Snapshot> {
  snapshot(): Snapshot;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export type LiveJoinState<Live extends LiveJoined<unknown>> =
  | { readonly status: 'connecting' }
  | { readonly status: 'failed'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly live: Live;
      readonly snapshot: ReturnType<Live['snapshot']>;
    };

/**
 * Joins the meeting's Live Share session through `join` (loaded with `load`, on demand, so Live
 * Share and Fluid are only downloaded by a meeting surface that uses them), and follows it.
 * `load` must be stable (a module-level function).
 */
export function useLiveSession<Live extends LiveJoined<unknown>>(
  host: Host,
  load: () => Promise<(setup: LiveShareSetup) => Promise<Live>>,
  enabled = true,
): LiveJoinState<Live> & { readonly retry: () => void } {
  const [state, setState] = useState<LiveJoinState<Live>>({ status: 'connecting' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (!enabled) return undefined;
    let live: Live | undefined;
    let stopped = false;
    let unsubscribe = () => {};
    setState({ status: 'connecting' });
    // Joined a task later: React's StrictMode mounts, unmounts and mounts again at once, and a
    // container joined and closed straight away leaves Live Share signalling into a closed
    // runtime ("Runtime is closed at ContainerRuntime.submitSignal").
    const started = nextTask();
    (async () => {
      await started;
      if (stopped) return;
      const [{ liveShareHost }, join] = await Promise.all([loadLiveShare(), load()]);
      const fluidUrl = import.meta.env.VITE_FLUID_URL as string | undefined;
      const joined = await join(
        await liveShareHost(host, fluidUrl ? { localFluidUrl: fluidUrl } : {}),
      );
      if (stopped) {
        joined.dispose();
        return;
      }
      live = joined;
      const show = () =>
        setState({
          status: 'ready',
          live: joined,
          snapshot: joined.snapshot() as ReturnType<Live['snapshot']>,
        });
      unsubscribe = joined.subscribe(show);
      show();
    })().catch((error: unknown) => {
      if (!stopped) setState({ status: 'failed', error });
    });
    return () => {
      stopped = true;
      unsubscribe();
      live?.dispose();
    };
  }, [host, load, enabled, attempt]);

  return { ...state, retry };
}
