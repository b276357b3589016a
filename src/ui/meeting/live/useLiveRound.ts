import type { Host } from '../../../host/types';
import type { LiveRound } from './joinLiveRound';
import { useLiveSession, type LiveJoinState } from './useLiveSession';

export type LiveRoundState = LiveJoinState<LiveRound>;

const loadJoin = () => import('./joinLiveRound').then((module) => module.joinLiveRound);

/** Joins the meeting's check-in round (the stage). */
export function useLiveRound(host: Host): LiveRoundState & { readonly retry: () => void } {
  return useLiveSession(host, loadJoin);
}
