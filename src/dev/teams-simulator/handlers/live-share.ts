import type { MeetingRole } from '../../../host/types';
import type { FramedApp } from '../framed-app';
import type { HandlerSet } from './types';

/**
 * Live Share (`interactive.*`, teams-js `LiveShareHost`), answered `[error, result]` like Teams:
 * - the Fluid tenant is the local Fluid service (`VITE_FLUID_URL`, tinylicious), tenant `local`;
 * - one container per meeting: the first id set wins, later ones are told `AlreadyExists` with
 *   the winner's id, so participants opening at once all end up in the same container;
 * - each Fluid client id is registered by the frame it runs in, so its user and meeting role are
 *   the participant's: another participant's client asking for them gets what Teams would say.
 */
interface RegisteredClient {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

const containers = new Map<string, string>();
const clients = new Map<string, RegisteredClient>();

const teamsRoles: Record<MeetingRole, string> = {
  organizer: 'Organizer',
  presenter: 'Presenter',
  attendee: 'Attendee',
};

function clientOf(frame: FramedApp, organizerId: string): RegisteredClient {
  const { user } = frame.scope;
  const role: MeetingRole =
    frame.participant?.role ?? (user.id === organizerId ? 'organizer' : 'attendee');
  return { userId: user.id, displayName: user.displayName, roles: [teamsRoles[role]] };
}

function containerInfo(state: string, containerId: string | undefined) {
  return {
    containerState: state,
    containerId,
    shouldCreate: containerId === undefined,
    retryAfter: 0,
  };
}

export const liveShareHandlers: HandlerSet = {
  name: 'live-share',
  supports: { interactive: {} },
  handlers: {
    'interactive.getFluidTenantInfo': () => {
      const endpoint = import.meta.env.VITE_FLUID_URL as string | undefined;
      return endpoint
        ? [null, { tenantId: 'local', serviceEndpoint: endpoint }]
        : [
            {
              errorCode: 500,
              message: 'No local Fluid service: set VITE_FLUID_URL (npm start does).',
            },
            null,
          ];
    },
    'interactive.getFluidToken': () => [null, 'test-token'],
    'interactive.getFluidContainerId': (_request, _frame, host) => {
      const containerId = containers.get(host.settings.meetingId);
      return [null, containerInfo(containerId ? 'AlreadyExists' : 'NotFound', containerId)];
    },
    'interactive.setFluidContainerId': (request, _frame, host) => {
      const existing = containers.get(host.settings.meetingId);
      if (existing) return [null, containerInfo('AlreadyExists', existing)];
      const containerId = String(request.args[0] ?? '');
      containers.set(host.settings.meetingId, containerId);
      return [null, { ...containerInfo('Added', containerId), shouldCreate: false }];
    },
    'interactive.getNtpTime': () => {
      const now = new Date();
      return [null, { ntpTime: now.toUTCString(), ntpTimeInUTC: now.getTime() }];
    },
    'interactive.registerClientId': (request, frame, host) => {
      const client = clientOf(frame, host.organizerId);
      clients.set(String(request.args[0] ?? ''), client);
      return [null, client.roles];
    },
    'interactive.getClientRoles': (request) => [
      null,
      clients.get(String(request.args[0] ?? ''))?.roles,
    ],
    'interactive.getClientInfo': (request) => {
      const client = clients.get(String(request.args[0] ?? ''));
      return [null, client ? { ...client, roles: [...client.roles] } : undefined];
    },
  },
};
