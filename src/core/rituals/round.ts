import type { KeyResult, Person } from '../model';
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
  /**
   * The board the KRs come from, as the round was shared: kept with the round, so that sharing
   * it to the stage again opens that board, whatever the tab that shares it shows meanwhile.
   */
  readonly board?: RoundBoard;
}

/** A board's team scope and cycle (a cycle's id, not "current"). */
export interface RoundBoard {
  readonly teamIds: readonly string[];
  readonly cycleId: string;
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
  /**
   * 1 for the round's first check-in on the KR; a correction saved after going back to it is the
   * next one, a check-in of its own (both stay in the KR's history), and the round keeps it.
   */
  readonly revision?: number;
  /** The outcome this one corrects, as it was saved. */
  readonly corrects?: {
    readonly value: number;
    readonly confidence: number;
    readonly checkInClientId: string;
    readonly savedBy: string;
  };
}

export interface SkippedKeyResult {
  readonly keyResultId: string;
  readonly reason: string;
  readonly skippedBy: string;
}

/** Where a round is: the KR under review and its phase, with the voting attempt on it. */
export type RoundPlace = Pick<
  RoundControl,
  'roundId' | 'keyResultIds' | 'position' | 'phase' | 'attempt'
>;

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
  /** When the first facilitator's stage opened the round (ISO, as claimed in the meeting). */
  readonly startedAt?: string;
  /** When the round finished, and the facilitator who finished it. */
  readonly finished?: { readonly at: string; readonly by: Person };
  /** When the round was written to Meeting Sessions: nobody writes it again. */
  readonly recordedAt?: string;
  /** The facilitator who shared the round, then the one who took its latest step. */
  readonly facilitatedBy?: Person;
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
  | { readonly type: 'next' }
  /** Back (or forward) to the KR at `position`, with what was saved or skipped for it. */
  | { readonly type: 'goTo'; readonly position: number }
  /** Reopens the outcome of the saved KR under review, to save a correction. */
  | { readonly type: 'correct' }
  /**
   * Ends the round now, on the KR under review (the meeting runs out of time): what was saved or
   * skipped stays, every KR neither saved nor skipped stays not reviewed, revealed votes whose
   * outcome is not saved are dropped, and 'reopen' takes the round back to that KR.
   */
  | { readonly type: 'end' }
  /** The finished round is in Meeting Sessions. */
  | { readonly type: 'recorded'; readonly at: string }
  /**
   * The finished round goes on, on the KR it finished on (ended by mistake): what it saved and
   * skipped stays, and once it finishes again its record in Meeting Sessions is written again
   * (the store keeps one per round id, so it is updated, not doubled).
   */
  | { readonly type: 'reopen' };

/** Who took a step and when: stamped on the round when the step finishes it. */
export interface RoundStamp {
  readonly at: string;
  readonly by: Person;
}

export type RoundResult =
  | { readonly ok: true; readonly control: RoundControl }
  | { readonly ok: false; readonly reason: string };

export function initialRound(setup: RoundSetup, startedAt?: string): RoundControl {
  return {
    roundId: setup.roundId,
    keyResultIds: [...setup.keyResultIds],
    position: 0,
    phase: setup.keyResultIds.length === 0 ? 'finished' : 'voting',
    attempt: 0,
    sealed: [],
    outcomes: {},
    skipped: {},
    ...(setup.board
      ? { board: { teamIds: [...setup.board.teamIds], cycleId: setup.board.cycleId } }
      : {}),
    ...(startedAt === undefined ? {} : { startedAt }),
  };
}

/**
 * The round a stage shows: the shared state when it is about this round, else the start of it
 * (the meeting's shared state may still hold an earlier round).
 */
export function currentRound(shared: RoundControl | undefined, setup: RoundSetup): RoundControl {
  return shared && shared.roundId === setup.roundId ? shared : initialRound(setup);
}

export function currentKeyResultId(control: RoundPlace): string | undefined {
  return control.phase === 'finished' ? undefined : control.keyResultIds[control.position];
}

/**
 * A facilitator's step; refused with a reason when the role or the phase does not allow it.
 * `stamp` says who took it and when: the round keeps who as `facilitatedBy`, and a step that
 * finishes the round keeps the stamp as `finished`.
 */
export function applyRoundAction(
  control: RoundControl,
  action: RoundAction,
  roles: readonly MeetingRole[],
  stamp?: RoundStamp,
): RoundResult {
  const result = roundStep(control, action, roles);
  if (!result.ok || !stamp) return result;
  // Recording the finished round is no step of the round: it keeps who ran it.
  const stepped =
    action.type === 'recorded' ? result.control : { ...result.control, facilitatedBy: stamp.by };
  if (stepped.phase !== 'finished' || stepped.finished) return { ok: true, control: stepped };
  return { ok: true, control: { ...stepped, finished: stamp } };
}

function roundStep(
  control: RoundControl,
  action: RoundAction,
  roles: readonly MeetingRole[],
): RoundResult {
  if (!canFacilitate(roles)) return refuse(facilitatorsOnly);
  if (action.type === 'recorded') {
    if (control.phase !== 'finished') return refuse('The round is not over yet.');
    return control.recordedAt
      ? { ok: true, control }
      : { ok: true, control: { ...control, recordedAt: action.at } };
  }
  if (action.type === 'reopen') {
    if (control.phase !== 'finished') {
      return refuse('The round is not over: there is nothing to reopen.');
    }
    if (control.keyResultIds.length === 0) {
      return refuse('The round has no key result to go back to.');
    }
    const going: { -readonly [K in keyof RoundControl]: RoundControl[K] } = { ...control };
    delete going.finished;
    delete going.recordedAt;
    return {
      ok: true,
      control: visit(going, Math.min(control.position, control.keyResultIds.length - 1)),
    };
  }
  if (control.phase === 'finished') {
    return refuse(
      action.type === 'end'
        ? 'The round is already over: there is nothing to end.'
        : 'The round is over.',
    );
  }
  const keyResultId = currentKeyResultId(control);
  const savedEarlier = keyResultId ? control.outcomes[keyResultId] : undefined;
  switch (action.type) {
    case 'reveal': {
      if (control.phase !== 'voting') return refuse('Votes are revealed only while voting.');
      const sealed = inVoterOrder(onePerPerson(action.sealed));
      if (sealed.length === 0) return refuse('Nobody has voted yet.');
      return { ok: true, control: { ...control, phase: 'revealed', sealed } };
    }
    case 'revote':
      // On a saved KR, a new vote leads to a correction of its check-in.
      return {
        ok: true,
        control: { ...control, phase: 'voting', attempt: control.attempt + 1, sealed: [] },
      };
    case 'saved': {
      const { outcome } = action;
      if (outcome.keyResultId !== keyResultId) {
        return refuse('The outcome is for another key result than the one under review.');
      }
      if (control.phase === 'saved') {
        // A second facilitator (or a retry) saved the same check-in: the outcome stands.
        if (outcome.checkInClientId === savedEarlier?.checkInClientId) {
          return { ok: true, control };
        }
        return refuse('This key result’s check-in is saved: correct it to change it.');
      }
      if (control.phase !== 'revealed') return refuse('Reveal the votes before saving.');
      if ((outcome.revision ?? 1) !== nextRevision(control, outcome.keyResultId)) {
        return refuse(
          'Another facilitator saved this key result meanwhile: look at their check-in first.',
        );
      }
      const skipped = { ...control.skipped };
      delete skipped[outcome.keyResultId];
      return {
        ok: true,
        control: {
          ...control,
          phase: 'saved',
          outcomes: { ...control.outcomes, [outcome.keyResultId]: outcome },
          skipped,
        },
      };
    }
    case 'correct':
      if (control.phase !== 'saved' || !savedEarlier) {
        return refuse('Only a saved check-in can be corrected.');
      }
      return { ok: true, control: { ...control, phase: 'revealed' } };
    case 'skip': {
      const reason = action.reason.trim();
      if (!keyResultId) return refuse('There is no key result to skip.');
      if (savedEarlier) return refuse('The check-in is saved: move on, or correct it.');
      if (reason === '') return refuse('Say why the key result is skipped.');
      if (reason.length > 200) return refuse('Keep the reason to 200 characters.');
      const skipped = { keyResultId, reason, skippedBy: action.skippedBy };
      return {
        ok: true,
        control: advance({ ...control, skipped: { ...control.skipped, [keyResultId]: skipped } }),
      };
    }
    case 'next':
      // A KR gone back to keeps what was saved or skipped for it: moving on leaves that as it is.
      if (control.phase !== 'saved' && !savedEarlier && !control.skipped[keyResultId ?? '']) {
        return refuse('Save the check-in, or skip the key result with a reason, to move on.');
      }
      return { ok: true, control: advance(control) };
    case 'end':
      return { ok: true, control: finish(control) };
    case 'goTo': {
      const { position } = action;
      if (!Number.isInteger(position) || position < 0 || position >= control.keyResultIds.length) {
        return refuse(
          `There is no key result ${position + 1} in this round: pick one from 1 to ${control.keyResultIds.length}.`,
        );
      }
      if (position === control.position) return { ok: true, control };
      return { ok: true, control: visit(control, position) };
    }
  }
}

/** The revision a check-in saved now for the KR would be: 1, or the one after the saved one. */
export function nextRevision(control: RoundControl, keyResultId: string): number {
  const saved = control.outcomes[keyResultId];
  return saved ? (saved.revision ?? 1) + 1 : 1;
}

function advance(control: RoundControl): RoundControl {
  const position = control.position + 1;
  return position >= control.keyResultIds.length ? finish(control) : visit(control, position);
}

/** The round over where it is: the attempt goes up, so no ballot of its last vote counts again. */
function finish(control: RoundControl): RoundControl {
  return { ...control, phase: 'finished', attempt: control.attempt + 1, sealed: [] };
}

/**
 * The KR at `position` under review: shown as saved when the round saved it, else open to votes.
 * The attempt goes up on every visit, so ballots cast on an earlier visit never count again.
 */
function visit(control: RoundControl, position: number): RoundControl {
  const keyResultId = control.keyResultIds[position] ?? '';
  return {
    ...control,
    position,
    phase: control.outcomes[keyResultId] ? 'saved' : 'voting',
    attempt: control.attempt + 1,
    sealed: [],
  };
}

/**
 * How many revealed votes a step would drop: Next, going to another KR, skipping the KR, voting on
 * it again or ending the round, while the votes on the KR under review are revealed and its outcome is not saved (a
 * saved outcome keeps its votes' count and median). Nothing is dropped by any other step, nor
 * while voting: the sealed votes of a vote in progress are the voters' to cast again.
 */
export function revealedVotesLostBy(control: RoundControl, action: RoundAction): number {
  if (control.phase !== 'revealed') return 0;
  if (action.type === 'goTo' && action.position === control.position) return 0;
  const drops =
    action.type === 'next' ||
    action.type === 'goTo' ||
    action.type === 'skip' ||
    action.type === 'revote' ||
    action.type === 'end';
  return drops ? control.sealed.length : 0;
}

/**
 * How many KRs ending the round now leaves not reviewed: those neither saved nor skipped, the one
 * under review included (its revealed votes, if any, are not an outcome).
 */
export function notReviewedIfEnded(control: RoundControl): number {
  if (control.phase === 'finished') return 0;
  return control.keyResultIds.filter((id) => !control.outcomes[id] && !control.skipped[id]).length;
}

/** Where each KR of the round stands, in the round's order. */
export type RoundKeyResultStatus = 'current' | 'saved' | 'corrected' | 'skipped' | 'notReviewed';

export function roundKeyResults(control: RoundControl): {
  readonly keyResultId: string;
  readonly status: RoundKeyResultStatus;
  readonly current: boolean;
}[] {
  return control.keyResultIds.map((keyResultId, index) => {
    const outcome = control.outcomes[keyResultId];
    const current = control.phase !== 'finished' && index === control.position;
    const status: RoundKeyResultStatus = outcome
      ? (outcome.revision ?? 1) > 1
        ? 'corrected'
        : 'saved'
      : control.skipped[keyResultId]
        ? 'skipped'
        : current
          ? 'current'
          : 'notReviewed';
    return { keyResultId, status, current };
  });
}

/**
 * Whether this facilitator's client should write the finished round to Meeting Sessions: it is not
 * recorded yet, and this user finished it, or the one who did has left the meeting (their write
 * may never have gone out). The store keeps one record per round id, so a second write of the
 * same round updates it instead of adding one.
 */
export function recordDue(
  control: RoundControl,
  userId: string,
  present: readonly string[],
): boolean {
  if (control.phase !== 'finished' || control.recordedAt) return false;
  const by = control.finished?.by.id;
  return by === undefined || by === userId || !present.includes(by);
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

function isForCurrentVote(control: RoundPlace, ballot: Ballot): boolean {
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

function currentBallot(control: RoundPlace, participant: Participant | undefined): CurrentBallot {
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
export function votesCast(control: RoundPlace, participants: readonly Participant[]): SealedVote[] {
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
  /** Sealed, not revealed yet (or the voter left before revealing). */
  | { readonly status: 'pending' }
  | { readonly status: 'invalid'; readonly reason: string }
);

/** The votes a client verified, with the round as it stood when it verified them. */
export interface VerifiedVotes {
  readonly control: RoundControl;
  readonly votes: readonly RevealedVote[];
}

/**
 * Every sealed vote checked by this client against its frozen commitment: valid, still to be
 * revealed, or invalid (a value that does not open the commitment, a commitment changed after
 * the reveal started, or a value off the scale). A voter's reveal lives in their connection's
 * presence: once they leave the meeting (or reload the stage) it is gone, so a vote this client
 * verified `earlier` on the same reveal (round, KR, attempt, frozen commitment) stays as it was
 * verified, and the spread the room is talking about does not change under it.
 */
export async function verifyVotes(
  control: RoundControl,
  participants: readonly Participant[],
  scale: { min: number; max: number },
  sha256: Sha256,
  earlier?: VerifiedVotes,
): Promise<RevealedVote[]> {
  const keyResultId = currentKeyResultId(control);
  if (!keyResultId || control.phase === 'voting') return [];
  const byUser = new Map(participants.map((participant) => [participant.userId, participant]));
  const verifiedBefore = (userId: string, commitment: string): RevealedVote | undefined => {
    if (
      !earlier ||
      earlier.control.roundId !== control.roundId ||
      currentKeyResultId(earlier.control) !== keyResultId ||
      earlier.control.attempt !== control.attempt ||
      !earlier.control.sealed.some(
        (vote) => vote.userId === userId && vote.commitment === commitment,
      )
    ) {
      return undefined;
    }
    const vote = earlier.votes.find((candidate) => candidate.userId === userId);
    return vote?.status === 'pending' ? undefined : vote;
  };
  return Promise.all(
    control.sealed.map(async ({ userId, displayName, commitment }): Promise<RevealedVote> => {
      const ballot = currentBallot(control, byUser.get(userId));
      const voter = { userId, displayName };
      if (ballot.kind === 'none') {
        return verifiedBefore(userId, commitment) ?? { ...voter, status: 'pending' };
      }
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
 * so the store keeps one check-in however often it is saved. A correction (revision 2, 3…) is a
 * check-in of its own, with an id of its own. The store allows 64 characters.
 */
export function roundCheckInClientId(roundId: string, keyResultId: string, revision = 1): string {
  const id = `meeting-${roundId}-${keyResultId}${revision > 1 ? `-r${revision}` : ''}`;
  if (id.length > 64) throw new Error(`The round's check-in id is too long: ${id}`);
  return id;
}
