import type { LiveShareSetup } from '../../../host/live-share';
import type { Host } from '../../../host/types';
import type { LiveRound } from './joinLiveRound';
import { useLiveSession, type LiveJoinState } from './useLiveSession';
import { reloadable } from '../../../reloadable';

export type LiveRoundState = LiveJoinState<LiveRound>;

const loadJoinLiveRound = reloadable(() => import('./joinLiveRound'));
const loadJoin = () => loadJoinLiveRound().then((module) => module.joinLiveRound);
const loadWatch = () =>
  loadJoinLiveRound().then(
    (module) => (setup: LiveShareSetup) => module.joinLiveRound(setup, { watching: true }),
  );

/**
 * Joins the meeting's check-in round: taking part (the stage), or `watching` it without being
 * one of its participants (the side panel).
 */
export function useLiveRound(
  host: Host,
  watching = false,
): LiveRoundState & { readonly retry: () => void } {
  return useLiveSession(host, watching ? loadWatch : loadJoin);
}
