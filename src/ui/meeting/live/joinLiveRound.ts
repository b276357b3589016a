import type { LiveShareSetup } from '../../../host/live-share';
import { joinLiveSession, type LiveSessionSnapshot } from '../../../host/live-session';
import type { MeetingRole } from '../../../host/types';
import { canFacilitate, facilitatorRoles } from '../round/round';
import type { Ballot, Participant, RoundControl } from '../round/types';

/**
 * The round over the meeting's live session (`host/live-session`):
 * - the session's state is the `RoundControl`, which only organizers and presenters may change;
 * - each participant publishes their own ballot; who they are comes from the host.
 */
interface PresenceData {
  readonly ballot?: Ballot;
}

export interface LiveRoundSnapshot {
  readonly control: RoundControl | undefined;
  readonly participants: readonly Participant[];
  /** The local user as the host knows them. */
  readonly me: { readonly userId: string; readonly roles: readonly MeetingRole[] };
}

export interface LiveRound {
  snapshot(): LiveRoundSnapshot;
  subscribe(listener: () => void): () => void;
  /** Facilitators only; refused locally, and dropped by every other client. */
  setControl(control: RoundControl): Promise<void>;
  castBallot(ballot: Ballot | undefined): Promise<void>;
  dispose(): void;
}

export async function joinLiveRound(setup: LiveShareSetup): Promise<LiveRound> {
  const session = await joinLiveSession<RoundControl, PresenceData>(setup, {
    editors: facilitatorRoles,
  });
  let seen = session.snapshot();
  let current = roundOf(seen);
  const snapshot = () => {
    const latest = session.snapshot();
    if (latest !== seen) {
      seen = latest;
      current = roundOf(latest);
    }
    return current;
  };
  return {
    snapshot,
    subscribe: (listener) => session.subscribe(listener),
    setControl: async (control) => {
      if (!canFacilitate(snapshot().me.roles)) {
        throw new Error('Only the organizer or a presenter can run the round.');
      }
      await session.setState(control);
    },
    castBallot: (ballot) => session.publish(ballot ? { ballot } : {}),
    dispose: () => session.dispose(),
  };
}

function roundOf(session: LiveSessionSnapshot<RoundControl, PresenceData>): LiveRoundSnapshot {
  return {
    control: session.state,
    participants: session.people.map((person) => ({
      userId: person.userId,
      displayName: person.displayName,
      roles: person.roles,
      ...(person.data?.ballot ? { ballot: person.data.ballot } : {}),
    })),
    me: session.me,
  };
}
