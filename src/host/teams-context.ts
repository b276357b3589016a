import type { app } from '@microsoft/teams-js';
import { deepLinkTargetFromSubEntityId } from './deep-links';
import { tabSettingsFromEntityId, tabSettingsFromQuery } from './tab-settings';
import { normalizeTheme } from './theme';
import type { HostContext, HostSurface } from './types';

/**
 * Pure mapping of teams-js's `app.Context` to the host-neutral `HostContext`. Only types are
 * imported from teams-js, so this runs (and is tested) without the SDK.
 */

/** Which surface a Teams frame context is, told apart further by what the context holds. */
export function teamsSurface(context: app.Context): HostSurface {
  switch (context.page.frameContext) {
    case 'settings':
    case 'remove':
      return 'configuration';
    case 'sidePanel':
      return 'meetingSidePanel';
    case 'meetingStage':
      return 'meetingStage';
    case 'content':
      if (context.channel) return 'channelTab';
      if (context.meeting) return 'meetingChat';
      if (context.chat) return 'chatTab';
      return 'personalTab';
    default:
      return 'page';
  }
}

export interface TeamsContextExtras {
  /** The page's own query: a configured tab's content URL carries its settings there. */
  readonly pageQuery: string;
}

export function hostContextFromTeams(
  context: app.Context,
  extras: TeamsContextExtras,
): HostContext {
  const { user, team, channel, chat, meeting, page } = context;
  const tabSettings = tabSettingsFromQuery(extras.pageQuery) ?? tabSettingsFromEntityId(page.id);
  const deepLinkTarget = deepLinkTargetFromSubEntityId(page.subPageId);
  return {
    kind: 'teams',
    surface: teamsSurface(context),
    user: {
      id: user?.id ?? '',
      displayName: user?.displayName ?? '',
      ...(user?.userPrincipalName ? { email: user.userPrincipalName } : {}),
      ...(user?.tenant?.id ? { tenantId: user.tenant.id } : {}),
      ...(user?.loginHint ? { loginHint: user.loginHint } : {}),
    },
    ...(team
      ? {
          team: {
            id: team.internalId ?? team.groupId ?? '',
            name: team.displayName ?? '',
            ...(team.groupId ? { groupId: team.groupId } : {}),
          },
        }
      : {}),
    ...(channel ? { channel: { id: channel.id, name: channel.displayName ?? '' } } : {}),
    ...(chat ? { chatId: chat.id } : {}),
    ...(meeting ? { meeting: { id: meeting.id } } : {}),
    ...(tabSettings ? { tabSettings } : {}),
    ...(deepLinkTarget ? { deepLinkTarget } : {}),
    theme: normalizeTheme(context.app.theme),
    locale: context.app.locale || 'en-us',
  };
}
