import type { LiveShareSetup } from '../../../host/live-share';
import { viewOf } from './view-of';
import { watching, type Watching } from './watching';
import { joinLiveSession, type LiveSessionSnapshot } from '../../../host/live-session';
import {
  canFacilitate,
  facilitatorRoles,
  facilitatorsOnly,
  recordedRound,
  roundRecordKey,
  type Ballot,
  type MeetingRole,
  type Participant,
  type RecordedRound,
  type RoundControl,
} from '../../../core/rituals';

/**
 * The round over the meeting's live session (`host/live-session`):
 * - the session's state is the `RoundControl`, which only organizers and presenters may change;
 *   it is kept by the connected clients only, and is gone once every facilitator's client has left
 *   ("Unlike `SharedMap`, the `state` value in `LiveState` is reset after all the users disconnect
 *   from a session":
 *   https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities#livestate-example),
 *   so a facilitator also records where the round is in the session's records, whose operations
 *   the Fluid service stores with the container and replays to whoever joins later
 *   (https://learn.microsoft.com/azure/azure-fluid-relay/concepts/container-management);
 * - each connection publishes its own sealed ballot (never the vote before the reveal: see
 *   `core/rituals/sealed-votes`); who they are comes from the host. A person on several devices
 *   has several connections.
 */
interface PresenceData extends Watching {
  readonly ballot?: Ballot;
}

export interface LiveRoundOptions {
  /** Follows the round without taking part: a side panel, not a stage. */
  readonly watching?: boolean;
}

export interface LiveRoundSnapshot {
  /** The round's shared state, as a facilitator set it. */
  readonly control: RoundControl | undefined;
  /**
   * Where the meeting's record says the round is, while the shared state holds none (no
   * facilitator's client that knew it is connected): whoever wrote the record is not known, as
   * any participant may write one (`core/rituals/round-record`).
   */
  readonly recorded?: RecordedRound;
  readonly participants: readonly Participant[];
  /** The local user as the host knows them. */
  readonly me: { readonly userId: string; readonly roles: readonly MeetingRole[] };
}

export interface LiveRound {
  snapshot(): LiveRoundSnapshot;
  subscribe(listener: () => void): () => void;
  /** Facilitators only; refused locally, and dropped by every other client. */
  setControl(control: RoundControl): Promise<void>;
  /** This connection's sealed ballot (with its reveal once the facilitator revealed). */
  publishBallot(ballot: Ballot | undefined): Promise<void>;
  /**
   * Claims `at` as the round's start: the first claim the service sequenced wins for everyone,
   * and a stage that joins later reads it (a claim is kept with the container, unlike the shared
   * state, which a client that just joined may not have received yet). Resolves with the start.
   */
  claimStart(roundId: string, at: string): Promise<string>;
  dispose(): void;
}

export async function joinLiveRound(
  setup: LiveShareSetup,
  options: LiveRoundOptions = {},
): Promise<LiveRound> {
  // Said as it joins, so that a person who only has the side panel open is in no one's round:
  // not counted among those to vote, nor kept "in the meeting" for the round's record.
  const session = await joinLiveSession<RoundControl, PresenceData>(setup, {
    editors: facilitatorRoles,
    ...(options.watching ? { presence: { ...watching } } : {}),
  });
  const snapshot = viewOf(session, roundOf);
  return {
    snapshot,
    subscribe: (listener) => session.subscribe(listener),
    setControl: async (control) => {
      if (!canFacilitate(snapshot().me.roles)) throw new Error(facilitatorsOnly);
      await session.setState(control);
      await session.setRecord(roundRecordKey, control);
    },
    publishBallot: (ballot) => session.publish(ballot ? { ballot } : {}),
    claimStart: async (roundId, at) => {
      const won = await session.claim(`round-start:${roundId}`, { at });
      const claimed = (won as { at?: unknown } | undefined)?.at;
      // Whatever a client sent is checked: only a timestamp counts as the start.
      return typeof claimed === 'string' && !Number.isNaN(Date.parse(claimed)) ? claimed : at;
    },
    dispose: () => session.dispose(),
  };
}

function roundOf(session: LiveSessionSnapshot<RoundControl, PresenceData>): LiveRoundSnapshot {
  // The shared state wins once a facilitator's client has sent it: a facilitator writes both
  // together, and anyone may write the record.
  const recorded = session.state ? undefined : recordedRound(session.records);
  return {
    control: session.state,
    ...(recorded ? { recorded } : {}),
    participants: session.people.flatMap((person) => {
      const taking = person.connections.filter((data) => !data?.watching);
      return taking.length
        ? [
            {
              userId: person.userId,
              displayName: person.displayName,
              roles: person.roles,
              ballots: taking.flatMap((data) => data?.ballot ?? []),
            },
          ]
        : [];
    }),
    me: session.me,
  };
}
