import type { MeetingRole } from '../../../host/types';
import type {
  Ballot,
  Participant,
  RoundAction,
  RoundControl,
  RoundResult,
  RoundSetup,
  Vote,
} from './types';

/**
 * The rules of the check-in round, as pure functions: who may do what, and what each step does
 * to the shared state. Live Share carries the state; these decide it.
 */

export const facilitatorRoles: readonly MeetingRole[] = ['organizer', 'presenter'];

/** Organizers and presenters run the round: reveal, save, move on. Everyone votes. */
export function canFacilitate(roles: readonly MeetingRole[]): boolean {
  return roles.some((role) => facilitatorRoles.includes(role));
}

export function initialRound(setup: RoundSetup): RoundControl {
  return {
    roundId: setup.roundId,
    keyResultIds: [...setup.keyResultIds],
    position: 0,
    phase: setup.keyResultIds.length === 0 ? 'finished' : 'voting',
    revealed: [],
    outcomes: {},
  };
}

/**
 * The round this stage shows: the shared state when it is about this round, else the start of
 * it (the meeting's shared state may still hold an earlier round).
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
  if (!canFacilitate(roles)) {
    return { ok: false, reason: 'Only the organizer or a presenter can run the round.' };
  }
  const keyResultId = currentKeyResultId(control);
  switch (action.type) {
    case 'reveal': {
      if (control.phase !== 'voting') return refuse('Votes are revealed only while voting.');
      const votes = onePerPerson(action.votes);
      if (votes.length === 0) return refuse('Nobody has voted yet.');
      return { ok: true, control: { ...control, phase: 'revealed', revealed: votes } };
    }
    case 'revote':
      if (control.phase !== 'revealed') return refuse('Only revealed votes can be cast again.');
      return { ok: true, control: { ...control, phase: 'voting', revealed: [] } };
    case 'saved': {
      const { outcome } = action;
      if (outcome.keyResultId !== keyResultId) {
        return refuse('The outcome is for another key result than the one under review.');
      }
      if (control.phase === 'saved') {
        // A second facilitator (or a retry) saved the same check-in: the first outcome stands.
        return { ok: true, control };
      }
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
    case 'next': {
      if (control.phase === 'finished') return refuse('The round is over.');
      const position = control.position + 1;
      const finished = position >= control.keyResultIds.length;
      return {
        ok: true,
        control: {
          ...control,
          position: finished ? control.position : position,
          phase: finished ? 'finished' : 'voting',
          revealed: [],
        },
      };
    }
  }
}

function refuse(reason: string): RoundResult {
  return { ok: false, reason };
}

/** The latest vote of each person counts once. */
function onePerPerson(votes: readonly Vote[]): Vote[] {
  const byUser = new Map<string, Vote>();
  for (const vote of votes) byUser.set(vote.userId, vote);
  return [...byUser.values()];
}

/** Whether a vote is a whole number on the organisation's confidence scale. */
export function isValidVote(value: number, scale: { min: number; max: number }): boolean {
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

/** A participant's ballot for the KR under review, when voting is open. */
export function ballotFor(
  control: RoundControl,
  value: number,
  scale: { min: number; max: number },
): Ballot | undefined {
  const keyResultId = currentKeyResultId(control);
  if (control.phase !== 'voting' || !keyResultId || !isValidVote(value, scale)) return undefined;
  return { roundId: control.roundId, keyResultId, value };
}

/** The votes cast on the KR under review: only ballots for this round and this KR count. */
export function votesCast(control: RoundControl, participants: readonly Participant[]): Vote[] {
  const keyResultId = currentKeyResultId(control);
  if (!keyResultId) return [];
  return onePerPerson(
    participants.flatMap(({ userId, displayName, ballot }) =>
      ballot && ballot.roundId === control.roundId && ballot.keyResultId === keyResultId
        ? [{ userId, displayName, value: ballot.value }]
        : [],
    ),
  );
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
