import type { MeetingRole } from '../../../host/types';

/**
 * The check-in round, as the meeting shares it. Two pieces of shared state:
 * - `RoundControl`: where the round is (which KR, voting or revealed or saved), the votes as
 *   revealed, and the outcomes saved so far. Only a facilitator (organizer or presenter) may
 *   change it; in Live Share it is a `LiveState` whose allowed roles say so.
 * - one `Ballot` per participant: their own vote on the current KR. In Live Share it is their
 *   `LivePresence` data, so the sender's identity is the host's, not something a client claims.
 */
export interface RoundSetup {
  /** Generated when the round is shared to the stage; names the round in every client id. */
  readonly roundId: string;
  /** The KRs to review, in order. */
  readonly keyResultIds: readonly string[];
}

export type RoundPhase = 'voting' | 'revealed' | 'saved' | 'finished';

export interface Vote {
  readonly userId: string;
  readonly displayName: string;
  readonly value: number;
}

/** What the facilitator saved for one KR: the check-in the store holds. */
export interface RoundOutcome {
  readonly keyResultId: string;
  readonly value: number;
  readonly confidence: number;
  readonly checkInClientId: string;
  readonly savedBy: string;
}

export interface RoundControl extends RoundSetup {
  /** Index into `keyResultIds` of the KR under review. */
  readonly position: number;
  readonly phase: RoundPhase;
  /** The votes as they were when revealed: every participant sees the same spread. */
  readonly revealed: readonly Vote[];
  readonly outcomes: Readonly<Record<string, RoundOutcome>>;
}

/** One participant's vote, kept with the round and KR it is for. */
export interface Ballot {
  readonly roundId: string;
  readonly keyResultId: string;
  readonly value: number;
}

export type Participant = {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly MeetingRole[];
  readonly ballot?: Ballot;
};

export type RoundAction =
  | { readonly type: 'reveal'; readonly votes: readonly Vote[] }
  | { readonly type: 'revote' }
  | { readonly type: 'saved'; readonly outcome: RoundOutcome }
  | { readonly type: 'next' };

export type RoundResult =
  | { readonly ok: true; readonly control: RoundControl }
  | { readonly ok: false; readonly reason: string };
