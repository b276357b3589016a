import { useCallback, useEffect, useState } from 'react';
import type { Host } from '../../../host/types';
import type { LiveRound, LiveRoundSnapshot } from './joinLiveRound';

export type LiveRoundState =
  | { readonly status: 'connecting' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly live: LiveRound; readonly snapshot: LiveRoundSnapshot };

/**
 * Joins the meeting's Live Share session. Live Share and Fluid are loaded here, on demand, so
 * they are only ever downloaded by the meeting stage.
 */
export function useLiveRound(host: Host): LiveRoundState & { readonly retry: () => void } {
  const [state, setState] = useState<LiveRoundState>({ status: 'connecting' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let live: LiveRound | undefined;
    let stopped = false;
    let unsubscribe = () => {};
    setState({ status: 'connecting' });
    // Joined a task later: React's StrictMode mounts, unmounts and mounts again at once, and a
    // container joined and closed straight away leaves Live Share signalling into a closed
    // runtime ("Runtime is closed at ContainerRuntime.submitSignal").
    const started = new Promise<void>((resolve) => setTimeout(resolve, 0));
    (async () => {
      await started;
      if (stopped) return;
      const [{ liveShareHost }, { joinLiveRound }] = await Promise.all([
        import('../../../host/live-share'),
        import('./joinLiveRound'),
      ]);
      const fluidUrl = import.meta.env.VITE_FLUID_URL as string | undefined;
      const joined = await joinLiveRound(
        await liveShareHost(host, fluidUrl ? { localFluidUrl: fluidUrl } : {}),
      );
      if (stopped) {
        joined.dispose();
        return;
      }
      live = joined;
      const show = () => setState({ status: 'ready', live: joined, snapshot: joined.snapshot() });
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
  }, [host, attempt]);

  return { ...state, retry };
}
