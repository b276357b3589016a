import { surfaces } from '../surfaces';
import { browserDeepLinkParameter, deepLinkTargetFromSubEntityId } from './deep-links';
import { tabSettingsFromQuery } from './tab-settings';
import { normalizeTheme } from './theme';
import type { HostContext, HostSurface, MeetingRole, ThemeName } from './types';

/**
 * A plain browser has no host to ask, so the page's URL says what Teams would have said:
 * `?user=<id>&userName=…&email=…&tenant=…&team=<id>&teamName=…&channel=<id>&channelName=…`
 * `&chat=<id>&meeting=<id>&role=organizer|presenter|attendee&theme=default|dark|contrast`
 * `&locale=…&surface=…&teams=<ids>&cycle=<id>&open=objective:<id>|kr:<id>`.
 * Without them the user is anonymous, the surface follows the page, and the theme and locale
 * follow the browser.
 */
const pageSurfaces: Record<string, HostSurface> = {
  tab: 'personalTab',
  config: 'configuration',
  sidepanel: 'meetingSidePanel',
  stage: 'meetingStage',
  taskpane: 'taskPane',
  functions: 'page',
};

const hostSurfaces: readonly HostSurface[] = [
  'personalTab',
  'channelTab',
  'chatTab',
  'configuration',
  'meetingSidePanel',
  'meetingStage',
  'meetingChat',
  'taskPane',
  'page',
];

const meetingRoles: readonly MeetingRole[] = ['organizer', 'presenter', 'attendee'];

export interface BrowserEnvironment {
  readonly href: string;
  /** The theme the browser prefers (prefers-color-scheme, forced colours). */
  readonly preferredTheme: ThemeName;
  readonly language: string;
}

export function browserSurface(url: URL): HostSurface {
  const requested = url.searchParams.get('surface') as HostSurface | null;
  if (requested && hostSurfaces.includes(requested)) return requested;
  const page = surfaces.find((surface) => url.pathname.endsWith('/' + surface.page));
  const surface = page ? (pageSurfaces[page.id] ?? 'page') : 'page';
  if (surface === 'personalTab' && url.searchParams.has('channel')) return 'channelTab';
  if (surface === 'personalTab' && url.searchParams.has('chat')) return 'chatTab';
  return surface;
}

export function hostContextFromBrowser(environment: BrowserEnvironment): HostContext {
  const url = new URL(environment.href);
  const query = url.searchParams;
  const text = (name: string): string | undefined => query.get(name)?.trim() || undefined;
  const teamId = text('team');
  const channelId = text('channel');
  const chatId = text('chat');
  const meetingId = text('meeting');
  const role = text('role') as MeetingRole | undefined;
  const email = text('email');
  const tenantId = text('tenant');
  const tabSettings = tabSettingsFromQuery(query);
  const deepLinkTarget = deepLinkTargetFromSubEntityId(query.get(browserDeepLinkParameter));
  return {
    kind: 'browser',
    surface: browserSurface(url),
    user: {
      id: text('user') ?? '',
      displayName: text('userName') ?? '',
      ...(email ? { email, loginHint: email } : {}),
      ...(tenantId ? { tenantId } : {}),
    },
    ...(teamId ? { team: { id: teamId, name: text('teamName') ?? '' } } : {}),
    ...(channelId ? { channel: { id: channelId, name: text('channelName') ?? '' } } : {}),
    ...(chatId ? { chatId } : {}),
    ...(meetingId
      ? { meeting: { id: meetingId, ...(role && meetingRoles.includes(role) ? { role } : {}) } }
      : {}),
    ...(tabSettings ? { tabSettings } : {}),
    ...(deepLinkTarget ? { deepLinkTarget } : {}),
    theme: query.has('theme') ? normalizeTheme(query.get('theme')) : environment.preferredTheme,
    locale: text('locale') ?? environment.language.toLowerCase(),
  };
}
