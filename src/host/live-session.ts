import {
  LivePresence,
  LiveShareClient,
  LiveState,
  PresenceState,
  UserMeetingRole,
  type LivePresenceUser,
} from '@microsoft/live-share';
import { ConsensusRegisterCollection, ReadPolicy } from '@fluidframework/register-collection';
import { SharedMap } from 'fluid-framework';
import type { LiveShareSetup } from './live-share';
import type { MeetingRole } from './types';

/**
 * A meeting's shared state over Live Share, the only module that joins a Live Share container:
 * - `state`: a `LiveState` that only `editors` may change. Every client checks the sender's
 *   meeting role with the host (`getClientInfo`) before it applies a change, so a change from
 *   anyone else is dropped by everyone, whatever their client sends.
 * - `people`: a `LivePresence` whose data is what each participant publishes about themselves;
 *   the user id, name and roles on it come from the host, not from the sender.
 * - `records`: a Fluid `SharedMap` of JSON records by key that every participant may write (the
 *   last write to a key wins, in the order the service sequenced them); what is read back is
 *   whatever any client sent, so the caller validates it. Unlike `state`, the records stay with
 *   the container when everyone has left.
 * - `claims`: a Fluid `ConsensusRegisterCollection`, for work that must be done once: of
 *   concurrent claims on a key, the first the service sequenced wins for every client
 *   (`ReadPolicy.Atomic`).
 *
 * The stage and the side panel of a meeting join the same container, so they share one schema.
 * Loaded on demand by the meeting surfaces only, with Live Share and Fluid behind it.
 */
export interface LivePerson<Data> {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly MeetingRole[];
  /** What their most recently updated connection published. */
  readonly data: Data | undefined;
  /** What each of their online connections published: a person may join on several devices. */
  readonly connections: readonly (Data | undefined)[];
}

export interface LiveSessionSnapshot<State, Data> {
  readonly state: State | undefined;
  readonly people: readonly LivePerson<Data>[];
  /** Every record by key, as sent (unvalidated). */
  readonly records: ReadonlyMap<string, unknown>;
  /** The winning claim on each claimed key, as sent (unvalidated). */
  readonly claims: ReadonlyMap<string, unknown>;
  /** The local user as the host knows them. */
  readonly me: { readonly userId: string; readonly roles: readonly MeetingRole[] };
}

export interface LiveSession<State, Data> {
  snapshot(): LiveSessionSnapshot<State, Data>;
  subscribe(listener: () => void): () => void;
  setState(state: State): Promise<void>;
  publish(data: Data): Promise<void>;
  /** Resolves once the service has acknowledged the record: from then on it is kept. */
  setRecord(key: string, record: unknown): Promise<void>;
  /**
   * Claims `key` for `claim` (which must be unique to the caller, e.g. hold a random token):
   * resolves with the winning claim once the service has sequenced it, the caller's or another's.
   */
  claim(key: string, claim: unknown): Promise<unknown>;
  dispose(): void;
}

export interface LiveSessionOptions<Data> {
  /** The meeting roles allowed to change the shared state. */
  readonly editors: readonly MeetingRole[];
  /** What this connection's presence says from the moment it joins (nothing by default). */
  readonly presence?: Data;
}

const hostRoles: Record<MeetingRole, UserMeetingRole> = {
  organizer: UserMeetingRole.organizer,
  presenter: UserMeetingRole.presenter,
  attendee: UserMeetingRole.attendee,
};

const meetingRoles: Record<string, MeetingRole> = {
  [UserMeetingRole.organizer]: 'organizer',
  [UserMeetingRole.presenter]: 'presenter',
  [UserMeetingRole.attendee]: 'attendee',
};

export async function joinLiveSession<State, Data extends object>(
  setup: LiveShareSetup,
  options: LiveSessionOptions<Data>,
): Promise<LiveSession<State, Data>> {
  const client = new LiveShareClient(
    setup.host,
    setup.connection ? { connection: setup.connection } : undefined,
  );
  const containerSchema = {
    initialObjects: {
      state: LiveState<State | null>,
      people: LivePresence<Data>,
      records: SharedMap,
      claims: ConsensusRegisterCollection,
    },
  };
  const { container } = await client.joinContainer(containerSchema);
  const state = container.initialObjects.state as LiveState<State | null>;
  const people = container.initialObjects.people as LivePresence<Data>;
  const records = container.initialObjects.records as SharedMap;
  const claims = container.initialObjects.claims as ConsensusRegisterCollection<unknown>;
  await state.initialize(
    null,
    options.editors.map((role) => hostRoles[role]),
  );
  await people.initialize(options.presence ?? ({} as Data), PresenceState.online);

  const listeners = new Set<() => void>();
  let current = read();
  const changed = () => {
    current = read();
    for (const listener of listeners) listener();
  };
  state.on('stateChanged', changed);
  people.on('presenceChanged', changed);
  records.on('valueChanged', changed);
  claims.on('atomicChanged', changed);
  // Live Share counts a connection offline once it has sent nothing for `expirationPeriod`, but
  // says so only when another participant's update comes in: with nobody else left to send one,
  // someone who left stayed in the meeting (and in "1 of 2 voted") for good. Looking again shows
  // them gone. https://learn.microsoft.com/javascript/api/@microsoft/live-share/livepresence#@microsoft-live-share-livepresence-expirationperiod
  const lookAgain = setInterval(() => {
    const online = people.getUsers(PresenceState.online);
    if (!samePeople(online, current.people)) changed();
  }, presenceCheckMs);

  // A container stays "dirty" until the service has confirmed its changes, and a change not
  // confirmed may be lost if the container closes meanwhile (a panel reloaded, a stage closed);
  // it says "saved" once none is left.
  // https://github.com/microsoft/FluidFramework/blob/15ca8cf6849a85e473831adbaa0f88ba4d86cb74/packages/loader/container-loader/closeAndGetPendingLocalState.md
  function acknowledged(): Promise<void> {
    return container.isDirty
      ? new Promise((resolve) => container.once('saved', () => resolve()))
      : Promise.resolve();
  }

  function read(): LiveSessionSnapshot<State, Data> {
    const local = people.localUser;
    return {
      state: state.state ?? undefined,
      people: people.getUsers(PresenceState.online).map(personOf),
      me: { userId: local?.userId ?? '', roles: local ? rolesOf(local) : [] },
      records: new Map(records.entries()),
      claims: new Map(claims.keys().map((key) => [key, claims.read(key, ReadPolicy.Atomic)])),
    };
  }

  return {
    snapshot: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setState: (next) => state.set(next),
    publish: (data) => people.update(data, PresenceState.online),
    setRecord: (key, record) => {
      records.set(key, record);
      return acknowledged();
    },
    claim: async (key, claim) => {
      if (!claims.keys().includes(key)) await claims.write(key, claim);
      return claims.read(key, ReadPolicy.Atomic);
    },
    dispose: () => {
      clearInterval(lookAgain);
      state.off('stateChanged', changed);
      people.off('presenceChanged', changed);
      records.off('valueChanged', changed);
      claims.off('atomicChanged', changed);
      // Stop the objects' synchronizers before the runtime closes under them.
      state.dispose();
      people.dispose();
      container.dispose();
    },
  };
}

/** How often the people online are looked at again: a quarter of Live Share's 20 s expiry. */
const presenceCheckMs = 5_000;

/** Whether the same users are online, each on as many connections. */
function samePeople<Data>(
  online: readonly LivePresenceUser<Data>[],
  shown: readonly LivePerson<Data>[],
): boolean {
  return (
    online.length === shown.length &&
    online.every(
      (user, index) =>
        user.userId === shown[index]?.userId &&
        user.getConnections(PresenceState.online).length === shown[index].connections.length,
    )
  );
}

function rolesOf<Data>(user: LivePresenceUser<Data>): MeetingRole[] {
  return user.roles.flatMap((role) => (meetingRoles[role] ? [meetingRoles[role]] : []));
}

function personOf<Data>(user: LivePresenceUser<Data>): LivePerson<Data> {
  return {
    userId: user.userId,
    displayName: user.displayName ?? user.userId,
    roles: rolesOf(user),
    data: user.data,
    connections: user.getConnections(PresenceState.online).map((connection) => connection.data),
  };
}
