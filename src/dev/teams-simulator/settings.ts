import { isLoopbackOrigin } from '../../host/config';
import { normalizeTheme } from '../../host/theme';
import type { MeetingRole, ThemeName } from '../../host/types';
import { defaultDevScopes } from '../../auth/dev-token-provider';
import { tenantOfPath } from '../tenant-path';
import {
  simulatedTenantId,
  simulatedUsers,
  defaultMeetingId,
  type SimulatedUser,
} from './directory';

/**
 * The simulator's choices, all in its URL so a link (or a browser test) opens exactly one setup.
 * Every option, its values and its default are documented in this folder's README.md.
 */
export type SimulatedContext =
  'personal' | 'channel' | 'chat' | 'config' | 'meetingChat' | 'sidePanel' | 'stage';

export const simulatedContexts: readonly SimulatedContext[] = [
  'personal',
  'channel',
  'chat',
  'config',
  'meetingChat',
  'sidePanel',
  'stage',
];

export interface Participant {
  readonly user: SimulatedUser;
  readonly role: MeetingRole;
}

export interface SimulatorSettings {
  readonly context: SimulatedContext;
  readonly user: SimulatedUser;
  readonly participants: readonly Participant[];
  readonly theme: ThemeName;
  readonly locale: string;
  readonly meetingId: string;
  readonly page?: string;
  /** The personal app's static tab to open (its manifest `entityId`). */
  readonly staticTab?: string;
  readonly subEntityId?: string;
  readonly appOrigin: string;
  readonly shareAllowed: boolean;
  readonly silent: boolean;
  /** The tenant the simulated users sign in to. */
  readonly tenantId: string;
  /** What the tenant consented to for the app (nested app authentication grants only these). */
  readonly consentedScopes: readonly string[];
  /** How long the loading indicator waits for `notifySuccess` before Teams' error screen. */
  readonly loadingTimeoutMs: number;
}

/**
 * "If `notifySuccess` isn't called within 30 seconds, Teams assumes that your app has timed out"
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/create-tab-pages/content-page#show-a-native-loading-indicator
 */
export const teamsLoadingTimeoutMs = 30_000;

const surfaceContexts: Record<string, SimulatedContext> = {
  tab: 'personal',
  config: 'config',
  sidepanel: 'sidePanel',
  stage: 'stage',
};

const roles: readonly MeetingRole[] = ['organizer', 'presenter', 'attendee'];
export const maxParticipants = 6;

export function isMeetingContext(context: SimulatedContext): context is 'sidePanel' | 'stage' {
  return context === 'sidePanel' || context === 'stage';
}

export function parseSimulatorSettings(
  location: { readonly search: string; readonly pathname?: string },
  pageOrigin: string,
): SimulatorSettings {
  const query = new URLSearchParams(location.search);
  const requested = query.get('context') as SimulatedContext | null;
  const context =
    requested && simulatedContexts.includes(requested)
      ? requested
      : (surfaceContexts[query.get('surface') ?? ''] ?? 'personal');

  const userParam = query.get('user') ?? '';
  const userIndex = Math.max(
    0,
    simulatedUsers.findIndex(
      (candidate, index) => candidate.id === userParam || String(index) === userParam,
    ),
  );
  const user = simulatedUsers[userIndex] ?? simulatedUsers[0]!;

  const defaultCount = context === 'stage' ? 3 : 1;
  const count = isMeetingContext(context)
    ? clamp(Number(query.get('participants') ?? defaultCount) || defaultCount, 1, maxParticipants)
    : 1;
  const roleList = (query.get('roles') ?? '').split(',');
  const participants = Array.from({ length: count }, (_, index) => ({
    user: simulatedUsers[(userIndex + index) % simulatedUsers.length]!,
    role: roles.includes(roleList[index] as MeetingRole)
      ? (roleList[index] as MeetingRole)
      : (roles[Math.min(index, roles.length - 1)] ?? 'attendee'),
  }));

  const appOrigin = query.get('appOrigin') ?? pageOrigin;
  if (!isLoopbackOrigin(appOrigin)) {
    throw new Error(
      `appOrigin must be a loopback origin such as http://localhost:5300, not "${appOrigin}".`,
    );
  }
  const page = query.get('page') ?? undefined;
  if (page !== undefined && !isAppPath(page)) {
    throw new Error(
      `page must be a path on the app's origin such as /teams/tab.html, not "${page}".`,
    );
  }
  const subEntityId = query.get('sub') ?? undefined;
  const staticTab = query.get('staticTab') ?? undefined;
  const loadingTimeout = Number(query.get('loadingTimeout'));

  return {
    context,
    user,
    participants,
    theme: normalizeTheme(query.get('theme')),
    locale: (query.get('locale') ?? 'en-us').toLowerCase(),
    meetingId: query.get('meeting') || defaultMeetingId,
    ...(page ? { page } : {}),
    ...(subEntityId ? { subEntityId } : {}),
    ...(staticTab ? { staticTab } : {}),
    appOrigin: new URL(appOrigin).origin,
    shareAllowed: query.get('share') !== 'denied',
    silent: query.get('silent') === '1',
    tenantId: tenantOfPath(location.pathname ?? '/')?.tenantId ?? simulatedTenantId,
    consentedScopes: query.has('consent')
      ? (query.get('consent') ?? '')
          .split(',')
          .map((scope) => scope.trim())
          .filter(Boolean)
      : defaultDevScopes,
    loadingTimeoutMs:
      Number.isFinite(loadingTimeout) && loadingTimeout > 0
        ? loadingTimeout
        : teamsLoadingTimeoutMs,
  };
}

/** The query for a changed setting, keeping everything else the URL already said. */
export function withSetting(search: string, name: string, value: string | undefined): string {
  const query = new URLSearchParams(search);
  if (value === undefined || value === '') query.delete(name);
  else query.set(name, value);
  if (name === 'context') query.delete('surface');
  return '?' + query.toString();
}

/** A path (and query) on the app's own origin; never another origin, never a script URL. */
export function isAppPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.includes('\\');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
