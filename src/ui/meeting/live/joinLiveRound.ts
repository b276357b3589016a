import {
  LiveShareClient,
  LivePresence,
  LiveState,
  PresenceState,
  UserMeetingRole,
  type LivePresenceUser,
} from '@microsoft/live-share';
import type { LiveShareSetup } from '../../../host/live-share';
import type { MeetingRole } from '../../../host/types';
import { canFacilitate } from '../round/round';
import type { Ballot, Participant, RoundControl } from '../round/types';

/**
 * The round's shared state over Live Share, the only module that touches it:
 * - `round`: a `LiveState<RoundControl>` that only organizers and presenters may change. Every
 *   client checks the sender's meeting role with the host (`getClientInfo`) before it applies a
 *   change, so an attendee's change is dropped by everyone else, whatever their client sends.
 * - `people`: a `LivePresence` whose data is each participant's ballot; the user id, name and
 *   roles on it come from the host, not from the sender.
 */
interface PresenceData {
  readonly ballot?: Ballot;
}

const containerSchema = {
  initialObjects: { round: LiveState<RoundControl | null>, people: LivePresence<PresenceData> },
};

const meetingRoles: Record<string, MeetingRole> = {
  [UserMeetingRole.organizer]: 'organizer',
  [UserMeetingRole.presenter]: 'presenter',
  [UserMeetingRole.attendee]: 'attendee',
};

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
  const client = new LiveShareClient(
    setup.host,
    setup.connection ? { connection: setup.connection } : undefined,
  );
  const { container } = await client.joinContainer(containerSchema);
  const round = container.initialObjects.round as LiveState<RoundControl | null>;
  const people = container.initialObjects.people as LivePresence<PresenceData>;
  await round.initialize(null, [UserMeetingRole.organizer, UserMeetingRole.presenter]);
  await people.initialize({}, PresenceState.online);

  const listeners = new Set<() => void>();
  let current = read();
  const changed = () => {
    current = read();
    for (const listener of listeners) listener();
  };
  round.on('stateChanged', changed);
  people.on('presenceChanged', changed);

  function read(): LiveRoundSnapshot {
    const local = people.localUser;
    return {
      control: round.state ?? undefined,
      participants: people.getUsers(PresenceState.online).map(participantOf),
      me: { userId: local?.userId ?? '', roles: local ? rolesOf(local) : [] },
    };
  }

  return {
    snapshot: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setControl: async (control) => {
      if (!canFacilitate(current.me.roles)) {
        throw new Error('Only the organizer or a presenter can run the round.');
      }
      await round.set(control);
    },
    castBallot: async (ballot) => {
      await people.update(ballot ? { ballot } : {}, PresenceState.online);
    },
    dispose: () => {
      round.off('stateChanged', changed);
      people.off('presenceChanged', changed);
      container.dispose();
    },
  };
}

function rolesOf(user: LivePresenceUser<PresenceData>): MeetingRole[] {
  return user.roles.flatMap((role) => (meetingRoles[role] ? [meetingRoles[role]] : []));
}

function participantOf(user: LivePresenceUser<PresenceData>): Participant {
  const ballot = user.data?.ballot;
  return {
    userId: user.userId,
    displayName: user.displayName ?? user.userId,
    roles: rolesOf(user),
    ...(ballot ? { ballot } : {}),
  };
}
