/**
 * The stage keeps its own sealed vote in the storage it is given (the tab's sessionStorage, through
 * the cache's Web Storage helper), so a stage reloaded mid-vote still has it to reveal.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { initialRound, type Ballot, type RoundControl } from '../../../src/core/rituals';
import { memoryStorage } from '../../../src/store/caching/storage';
import type { LiveRound } from '../../../src/ui/meeting/live/joinLiveRound';
import { useSealedVote } from '../../../src/ui/meeting/Stage/useSealedVote';

const control: RoundControl = initialRound({ roundId: 'r1', keyResultIds: ['41'] });
const scale = { min: 1, max: 10 };
const ballot: Ballot = { roundId: 'r1', keyResultId: '41', attempt: 0, commitment: 'c0ffee' };
const key = 'okr-coach:own-ballot:u1';

function liveRound(): LiveRound & { readonly published: (Ballot | undefined)[] } {
  const published: (Ballot | undefined)[] = [];
  return {
    published,
    snapshot: () => ({ control, participants: [], me: { userId: 'u1', roles: ['organizer'] } }),
    subscribe: () => () => undefined,
    setControl: async () => undefined,
    publishBallot: async (next) => void published.push(next),
    claimStart: async (_roundId, at) => at,
    dispose: () => undefined,
  };
}

it('restores the vote kept in the storage it is given, and publishes it again', async () => {
  const storage = memoryStorage();
  storage.set(key, JSON.stringify({ ballot, secret: { value: 6, salt: 'salt' } }));
  const live = liveRound();
  const { result } = renderHook(() =>
    useSealedVote(live, control, [], 'u1', scale, () => undefined, storage),
  );
  expect(result.current.myVote).toBe(6);
  await waitFor(() => expect(live.published).toEqual([ballot]));
});

it('votes afresh where the kept vote is unreadable or there is no storage', () => {
  const storage = memoryStorage();
  storage.set(key, '{"ballot":');
  const live = liveRound();
  const unreadable = renderHook(() =>
    useSealedVote(live, control, [], 'u1', scale, () => undefined, storage),
  );
  expect(unreadable.result.current.myVote).toBeUndefined();
  const none = renderHook(() =>
    useSealedVote(live, control, [], 'u1', scale, () => undefined, undefined),
  );
  expect(none.result.current.myVote).toBeUndefined();
});
