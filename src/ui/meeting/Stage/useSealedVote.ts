import { useCallback, useEffect, useRef, useState } from 'react';
import {
  currentKeyResultId,
  revealDue,
  sealVote,
  verifyVotes,
  votesCast,
  votingOn,
  type Ballot,
  type Participant,
  type RevealedVote,
  type RoundControl,
  type SealedVote,
  type VerifiedVotes,
  type VoteSecret,
} from '../../../core/rituals';
import type { CacheStorage } from '../../../store/caching/storage';
import type { LiveRound } from '../live/joinLiveRound';
import { randomSalt, webCryptoSha256 } from '../live/web-crypto';

export interface SealedVoteState {
  /** Who has voted on the KR under review, in one order for every participant. */
  readonly voters: readonly SealedVote[];
  /** This participant's vote on the KR under review, known only to this client. */
  readonly myVote: number | undefined;
  readonly vote: (value: number) => void;
  /** After the reveal: every sealed vote as this client verified it. */
  readonly votes: readonly RevealedVote[];
}

interface OwnBallot {
  readonly ballot: Ballot;
  readonly secret: VoteSecret;
}

/**
 * Where the tab keeps its own vote: the secret lives only in this client, so a stage reloaded
 * mid-vote would lose it, leaving a vote nobody can reveal (or none, once Live Share drops the
 * old connection) while its voter sees none cast. Kept per user: frames of one origin in a tab
 * share the storage. A frame without storage votes as before: only a reload loses the vote.
 */
const ownBallotKey = (userId: string) => `okr-coach:own-ballot:${userId}`;

function storedBallot(storage: CacheStorage | undefined, userId: string): OwnBallot | undefined {
  const text = storage?.get(ownBallotKey(userId));
  if (text === undefined) return undefined;
  let own: Partial<OwnBallot> | null;
  try {
    own = JSON.parse(text) as Partial<OwnBallot> | null;
  } catch {
    return undefined;
  }
  return typeof own?.ballot?.commitment === 'string' && typeof own.secret?.value === 'number'
    ? (own as OwnBallot)
    : undefined;
}

/**
 * This participant's sealed vote: sealed with a fresh salt when cast, only its commitment
 * published; revealed by this client when the facilitator reveals; everyone's verified here.
 */
export function useSealedVote(
  live: LiveRound | undefined,
  control: RoundControl,
  participants: readonly Participant[],
  userId: string,
  scale: { readonly min: number; readonly max: number },
  onError: (error: unknown) => void,
  /** Where the tab keeps its own vote (`tabStorage`); none where the frame has no storage. */
  storage: CacheStorage | undefined,
): SealedVoteState {
  const [own, setOwnState] = useState(() => storedBallot(storage, userId));
  const setOwn = useCallback(
    (next: OwnBallot) => {
      storage?.set(ownBallotKey(userId), JSON.stringify(next));
      setOwnState(next);
    },
    [storage, userId],
  );
  // The vote this tab cast before a reload, published again once it is for the vote under way.
  const restored = useRef(own?.ballot.commitment);
  const [votes, setVotes] = useState<readonly RevealedVote[]>([]);
  const onCurrentVote =
    own &&
    own.ballot.roundId === control.roundId &&
    own.ballot.keyResultId === currentKeyResultId(control) &&
    own.ballot.attempt === control.attempt;

  const vote = useCallback(
    (value: number) => {
      const current = votingOn(control);
      if (!live || !current || !userId) return;
      const secret = { value, salt: randomSalt() };
      sealVote({ ...current, userId }, secret, webCryptoSha256)
        .then(async (commitment) => {
          const ballot = { ...current, commitment };
          setOwn({ ballot, secret });
          await live.publishBallot(ballot);
        })
        .catch(onError);
    },
    [live, control, userId, onError, setOwn],
  );

  useEffect(() => {
    if (!live || !own || !onCurrentVote || restored.current !== own.ballot.commitment) return;
    restored.current = undefined;
    live.publishBallot(own.ballot).catch(onError);
  }, [live, own, onCurrentVote, onError]);

  useEffect(() => {
    if (!live || !own || !revealDue(control, userId, own.ballot)) return;
    const revealed = { ...own.ballot, reveal: own.secret };
    setOwn({ ballot: revealed, secret: own.secret });
    live.publishBallot(revealed).catch(onError);
  }, [live, own, control, userId, onError, setOwn]);

  // What this client verified last: a voter who leaves after revealing keeps their vote.
  const verified = useRef<VerifiedVotes>();
  useEffect(() => {
    if (control.phase === 'voting') return;
    let current = true;
    verifyVotes(control, participants, scale, webCryptoSha256, verified.current)
      .then((checked) => {
        if (!current) return;
        verified.current = { control, votes: checked };
        setVotes(checked);
      })
      .catch(onError);
    return () => {
      current = false;
    };
  }, [control, participants, scale, onError]);

  return {
    voters: votesCast(control, participants),
    myVote: onCurrentVote ? own.secret.value : undefined,
    vote,
    votes: control.phase === 'voting' ? [] : votes,
  };
}
