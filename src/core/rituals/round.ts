import type { KeyResult } from '../model';
import { canFacilitate, facilitatorsOnly, type MeetingRole } from './roles';
import { opensCommitment, type Sha256, type VoteSecret } from './sealed-votes';

/**
 * The check-in round in a meeting, as pure rules: where the round is, who may do what, and what
 * each step does to the shared state. The meeting's live layer carries two pieces of state:
 * - `RoundControl`: which KR is under review, its phase, the commitments frozen at the reveal,
 *   and what was saved or skipped. Only a facilitator (organizer or presenter) may change it.
 * - one `Ballot` per participant, in their presence: the sealed vote on the current KR, and its
 *   reveal once the facilitator has revealed. The sender's identity is the host's.
 */
export interface RoundSetup {
  /** Generated when the round is shared to the stage; names the round in every client id. */
  readonly roundId: string;
  /** The KRs to review, in order. */
  readonly keyResultIds: readonly string[];
}

export type RoundPhase = 'voting' | 'revealed' | 'saved' | 'finished';

/** A participant's commitment as it stood when the facilitator revealed. */
export interface SealedVote {
  readonly userId: string;
  readonly displayName: string;
  readonly commitment: string;
}

/** What the facilitator saved for one KR: the check-in the store holds, and how it came about. */
export interface RoundOutcome {
  readonly keyResultId: string;
  readonly value: number;
  readonly confidence: number;
  readonly previousValue?: number;
  readonly previousConfidence?: number;
  readonly checkInClientId: string;
  readonly savedBy: string;
  /** How many valid votes there were, and their median. */
  readonly votes?: { readonly count: number; readonly median: number };
  /** The discussion prompt the stage showed. */
  readonly prompt?: string;
}

export interface SkippedKeyResult {
  readonly keyResultId: string;
  readonly reason: string;
  readonly skippedBy: string;
}

export interface RoundControl extends RoundSetup {
  /** Index into `keyResultIds` of the KR under review. */
  readonly position: number;
  readonly phase: RoundPhase;
  /** The voting attempt on the KR under review; "Vote again" starts the next one. */
  readonly attempt: number;
  /** The commitments frozen at the reveal: the votes that count, for every client alike. */
  readonly sealed: readonly SealedVote[];
  readonly outcomes: Readonly<Record<string, RoundOutcome>>;
  readonly skipped: Readonly<Record<string, SkippedKeyResult>>;
}

/** One participant's sealed vote, kept with the round, KR and attempt it is for. */
export interface Ballot {
  readonly roundId: string;
  readonly keyResultId: string;
  readonly attempt: number;
  /** `sealVote(…)` of the vote: the vote itself is not shared before the reveal. */
  readonly commitment: string;
  /** The vote and its salt, published once the facilitator has revealed. */
  readonly reveal?: VoteSecret;
}

export interface Participant {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly MeetingRole[];
  /** One per connection that holds one: a person may be in the meeting on several devices. */
  readonly ballots: readonly Ballot[];
}

export type RoundAction =
  | { readonly type: 'reveal'; readonly sealed: readonly SealedVote[] }
  | { readonly type: 'revote' }
  | { readonly type: 'saved'; readonly outcome: RoundOutcome }
  | { readonly type: 'skip'; readonly reason: string; readonly skippedBy: string }
  | { readonly type: 'next' };

export type RoundResult =
  | { readonly ok: true; readonly control: RoundControl }
  | { readonly ok: false; readonly reason: string };

export function initialRound(setup: RoundSetup): RoundControl {
  return {
    roundId: setup.roundId,
    keyResultIds: [...setup.keyResultIds],
    position: 0,
    phase: setup.keyResultIds.length === 0 ? 'finished' : 'voting',
    attempt: 0,
    sealed: [],
    outcomes: {},
    skipped: {},
  };
}

/**
 * The round a stage shows: the shared state when it is about this round, else the start of it
 * (the meeting's shared state may still hold an earlier round).
 */
export function currentRound(shared: RoundControl | undefined, setup: RoundSetup): RoundControl {
  return shared && shared.roundId === setup.roundId ? shared : initialRound(setup);
}

export function currentKeyResultId(control: RoundControl): string | undefined {
  return control.phase === 'finished' ? undefined : control.keyResultIds[control.position];
}

/** A facilitator's step; refused with a reason when the role or the phase does not allow it. */
export function applyRoundAction(
  control: RoundControl,
  action: RoundAction,
  roles: readonly MeetingRole[],
): RoundResult {
  if (!canFacilitate(roles)) return refuse(facilitatorsOnly);
  if (control.phase === 'finished') return refuse('The round is over.');
  const keyResultId = currentKeyResultId(control);
  switch (action.type) {
    case 'reveal': {
      if (control.phase !== 'voting') return refuse('Votes are revealed only while voting.');
      const sealed = inVoterOrder(onePerPerson(action.sealed));
      if (sealed.length === 0) return refuse('Nobody has voted yet.');
      return { ok: true, control: { ...control, phase: 'revealed', sealed } };
    }
    case 'revote':
      if (control.phase === 'saved') return refuse('The check-in is saved: move on instead.');
      return {
        ok: true,
        control: { ...control, phase: 'voting', attempt: control.attempt + 1, sealed: [] },
      };
    case 'saved': {
      const { outcome } = action;
      if (outcome.keyResultId !== keyResultId) {
        return refuse('The outcome is for another key result than the one under review.');
      }
      // A second facilitator (or a retry) saved the same check-in: the first outcome stands.
      if (control.phase === 'saved') return { ok: true, control };
      if (control.phase !== 'revealed') return refuse('Reveal the votes before saving.');
      return {
        ok: true,
        control: {
          ...control,
          phase: 'saved',
          outcomes: { ...control.outcomes, [outcome.keyResultId]: outcome },
        },
      };
    }
    case 'skip': {
      const reason = action.reason.trim();
      if (!keyResultId) return refuse('There is no key result to skip.');
      if (control.phase === 'saved') return refuse('The check-in is saved: move on instead.');
      if (reason === '') return refuse('Say why the key result is skipped.');
      if (reason.length > 200) return refuse('Keep the reason to 200 characters.');
      const skipped = { keyResultId, reason, skippedBy: action.skippedBy };
      return {
        ok: true,
        control: advance({ ...control, skipped: { ...control.skipped, [keyResultId]: skipped } }),
      };
    }
    case 'next':
      if (control.phase !== 'saved') {
        return refuse('Save the check-in, or skip the key result with a reason, to move on.');
      }
      return { ok: true, control: advance(control) };
  }
}

function advance(control: RoundControl): RoundControl {
  const position = control.position + 1;
  const finished = position >= control.keyResultIds.length;
  return {
    ...control,
    position: finished ? control.position : position,
    phase: finished ? 'finished' : 'voting',
    attempt: 0,
    sealed: [],
  };
}

function refuse(reason: string): RoundResult {
  return { ok: false, reason };
}

/** The latest of each person counts once. */
function onePerPerson<T extends { readonly userId: string }>(items: readonly T[]): T[] {
  const byUser = new Map<string, T>();
  for (const item of items) byUser.set(item.userId, item);
  return [...byUser.values()];
}

/** Voters in one order for every client: by name, then id (not locale-dependent). */
function inVoterOrder<T extends { readonly userId: string; readonly displayName: string }>(
  items: readonly T[],
): T[] {
  const key = (item: T) => `${item.displayName.toLowerCase()}\u0000${item.userId}`;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Whether a vote is a whole number on the organisation's confidence scale. */
export function isValidVote(value: number, scale: { min: number; max: number }): boolean {
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

/** What a voter's commitment is bound to, when voting on the KR under review is open. */
export function votingOn(
  control: RoundControl,
):
  { readonly roundId: string; readonly keyResultId: string; readonly attempt: number } | undefined {
  const keyResultId = currentKeyResultId(control);
  if (control.phase !== 'voting' || !keyResultId) return undefined;
  return { roundId: control.roundId, keyResultId, attempt: control.attempt };
}

function isForCurrentVote(control: RoundControl, ballot: Ballot): boolean {
  return (
    ballot.roundId === control.roundId &&
    ballot.keyResultId === currentKeyResultId(control) &&
    ballot.attempt === control.attempt
  );
}

/**
 * A participant's ballot on the current vote, across their connections: one commitment (and at
 * most one reveal of it), or a conflict when their connections published different ones.
 */
type CurrentBallot =
  | { readonly kind: 'none' }
  | { readonly kind: 'conflict'; readonly commitment: string }
  | { readonly kind: 'sealed'; readonly commitment: string; readonly reveal?: VoteSecret };

function currentBallot(control: RoundControl, participant: Participant | undefined): CurrentBallot {
  const ballots = (participant?.ballots ?? []).filter((ballot) =>
    isForCurrentVote(control, ballot),
  );
  const commitments = [...new Set(ballots.map((ballot) => ballot.commitment))].sort();
  const reveals = [
    ...new Map(
      ballots.flatMap((ballot) =>
        ballot.reveal ? [[`${ballot.reveal.value}:${ballot.reveal.salt}`, ballot.reveal]] : [],
      ),
    ).values(),
  ];
  const [commitment] = commitments;
  if (commitment === undefined) return { kind: 'none' };
  if (commitments.length > 1 || reveals.length > 1) return { kind: 'conflict', commitment };
  return reveals[0]
    ? { kind: 'sealed', commitment, reveal: reveals[0] }
    : { kind: 'sealed', commitment };
}

/** The sealed votes on the KR under review, in voter order: who has voted, and nothing more. */
export function votesCast(
  control: RoundControl,
  participants: readonly Participant[],
): SealedVote[] {
  return inVoterOrder(
    onePerPerson(
      participants.flatMap((participant) => {
        const ballot = currentBallot(control, participant);
        return ballot.kind === 'none'
          ? []
          : [
              {
                userId: participant.userId,
                displayName: participant.displayName,
                commitment: ballot.commitment,
              },
            ];
      }),
    ),
  );
}

/**
 * Whether this client should publish the reveal of the ballot it holds the secret for: the
 * facilitator revealed, and that ballot's commitment is the one frozen for this user.
 */
export function revealDue(control: RoundControl, userId: string, own: Ballot | undefined): boolean {
  if (control.phase !== 'revealed' || !own || own.reveal || !isForCurrentVote(control, own)) {
    return false;
  }
  return control.sealed.some(
    (vote) => vote.userId === userId && vote.commitment === own.commitment,
  );
}

export type RevealedVote = {
  readonly userId: string;
  readonly displayName: string;
} & (
  | { readonly status: 'valid'; readonly value: number }
  /** Sealed, not revealed yet (or the voter left). */
  | { readonly status: 'pending' }
  | { readonly status: 'invalid'; readonly reason: string }
);

/**
 * Every sealed vote checked by this client against its frozen commitment: valid, still to be
 * revealed, or invalid (a value that does not open the commitment, a commitment changed after
 * the reveal started, or a value off the scale).
 */
export async function verifyVotes(
  control: RoundControl,
  participants: readonly Participant[],
  scale: { min: number; max: number },
  sha256: Sha256,
): Promise<RevealedVote[]> {
  const keyResultId = currentKeyResultId(control);
  if (!keyResultId || control.phase === 'voting') return [];
  const byUser = new Map(participants.map((participant) => [participant.userId, participant]));
  return Promise.all(
    control.sealed.map(async ({ userId, displayName, commitment }): Promise<RevealedVote> => {
      const ballot = currentBallot(control, byUser.get(userId));
      const voter = { userId, displayName };
      if (ballot.kind === 'none') return { ...voter, status: 'pending' };
      if (ballot.kind === 'conflict') {
        return { ...voter, status: 'invalid', reason: 'two different votes were published' };
      }
      if (ballot.commitment !== commitment) {
        return { ...voter, status: 'invalid', reason: 'changed after the reveal started' };
      }
      if (!ballot.reveal) return { ...voter, status: 'pending' };
      const context = { roundId: control.roundId, keyResultId, attempt: control.attempt, userId };
      if (!(await opensCommitment(context, commitment, ballot.reveal, sha256))) {
        return { ...voter, status: 'invalid', reason: 'does not match the sealed vote' };
      }
      if (!isValidVote(ballot.reveal.value, scale)) {
        return { ...voter, status: 'invalid', reason: 'not on the confidence scale' };
      }
      return { ...voter, status: 'valid', value: ballot.reveal.value };
    }),
  );
}

/** The values of the valid votes. */
export function validVotes(votes: readonly RevealedVote[]): number[] {
  return votes.flatMap((vote) => (vote.status === 'valid' ? [vote.value] : []));
}

/** A KR as the round left it: the saved value and confidence, once the facilitator saved. */
export function keyResultAfterRound(keyResult: KeyResult, control: RoundControl): KeyResult {
  const outcome = control.outcomes[keyResult.id];
  return outcome
    ? { ...keyResult, current: outcome.value, confidence: outcome.confidence }
    : keyResult;
}

/**
 * The check-in's client id for a KR in a round: the same for every facilitator and every retry,
 * so the store keeps one check-in however often it is saved. The store allows 64 characters.
 */
export function roundCheckInClientId(roundId: string, keyResultId: string): string {
  const id = `meeting-${roundId}-${keyResultId}`;
  if (id.length > 64) throw new Error(`The round's check-in id is too long: ${id}`);
  return id;
}
