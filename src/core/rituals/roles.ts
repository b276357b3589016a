/** A participant's role in a Teams meeting, as the host's role API reports it. */
export type MeetingRole = 'organizer' | 'presenter' | 'attendee';

export const facilitatorRoles: readonly MeetingRole[] = ['organizer', 'presenter'];

/**
 * Organizers and presenters run the round: start or replace it, reveal, save, skip and move on.
 * Everyone votes.
 */
export function canFacilitate(roles: readonly MeetingRole[]): boolean {
  return roles.some((role) => facilitatorRoles.includes(role));
}

export const facilitatorsOnly = 'Only the organizer or a presenter can run the check-in round.';

export const attendeesCannotShare =
  'Only the organizer or a presenter can share a check-in round to the stage. Ask them to share it; you vote on the stage.';

/** What sharing a round to the stage would do for someone with these roles. */
export type StartDecision =
  | { readonly kind: 'start' }
  /**
   * A round is on the stage, or still running after its presenter stopped sharing, or may be
   * (whether one runs could not be learnt): starting another replaces it for everyone, so ask
   * first.
   */
  | { readonly kind: 'confirmReplace' }
  /**
   * The stage shows the summary of a round that ended and is not recorded in Meeting Sessions
   * yet: the stages record the meeting's round, so once it is replaced the ended one never is.
   */
  | { readonly kind: 'confirmReplaceSummary' }
  /**
   * Teams says nothing is on the stage, and whether a round still runs is not known yet (the
   * meeting's shared state is still being reached): decide once it is.
   */
  | { readonly kind: 'wait' }
  | { readonly kind: 'refused'; readonly reason: typeof attendeesCannotShare };

/**
 * `roles` undefined: the host did not say, so its own permission check decides. `roundRunning`:
 * whether a round runs in the meeting's shared state, `'unknown'` until that state is reached,
 * `'unreachable'` when it could not be. `roundEnded`: the shared state's round has ended, and
 * whether it is recorded; a stage of the app then shows its summary, which a new round replaces
 * without asking once it is recorded (its outcomes were saved as they were reached).
 */
export function startDecision(
  roles: readonly MeetingRole[] | undefined,
  stage: {
    readonly sharing: boolean;
    readonly roundRunning: boolean | 'unknown' | 'unreachable';
    readonly roundEnded?: 'recorded' | 'notRecorded' | undefined;
  },
): StartDecision {
  if (roles && !canFacilitate(roles)) {
    return { kind: 'refused', reason: attendeesCannotShare };
  }
  if (stage.roundRunning === true || stage.roundRunning === 'unreachable') {
    return { kind: 'confirmReplace' };
  }
  if (stage.sharing) {
    if (stage.roundRunning === false && stage.roundEnded === 'recorded') return { kind: 'start' };
    return stage.roundRunning === false && stage.roundEnded === 'notRecorded'
      ? { kind: 'confirmReplaceSummary' }
      : { kind: 'confirmReplace' };
  }
  return stage.roundRunning === 'unknown' ? { kind: 'wait' } : { kind: 'start' };
}
