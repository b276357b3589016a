import type { Context as LegacyContext } from '@microsoft/teams-js';
import type { ThemeName } from '../../host/types';
import { simulatedTeam, type SimulatedUser } from './directory';

/**
 * The context a Teams host hands to `getContext`. teams-js 2 still receives the flat v1 shape
 * (its `Context` interface) and maps it to `app.Context` itself. The fields are those of "Get
 * context for your tab" (its TeamsJS v1 example and the v1 → v2 names table), with the values
 * Teams gives a member of the team in a standard channel: `team.type` 0 (Standard),
 * `team.userRole` 0 (Admin), `channel.membershipType` Regular.
 * https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/access-teams-context
 */
export type FrameContext = 'content' | 'settings' | 'sidePanel' | 'meetingStage';

export interface FrameScope {
  readonly frameContext: FrameContext;
  readonly user: SimulatedUser;
  readonly entityId: string;
  readonly subEntityId?: string;
  readonly inTeamChannel?: boolean;
  readonly chatId?: string;
  readonly meetingId?: string;
  readonly theme: ThemeName;
  readonly locale: string;
  readonly appId: string;
  readonly sessionId: string;
}

export function legacyContextFor(scope: FrameScope, tenantId: string): LegacyContext {
  const { user } = scope;
  const { site } = simulatedTeam;
  const context = {
    entityId: scope.entityId,
    ...(scope.subEntityId ? { subEntityId: scope.subEntityId } : {}),
    locale: scope.locale,
    theme: scope.theme,
    frameContext: scope.frameContext,
    hostClientType: 'web',
    hostName: 'Teams',
    appId: scope.appId,
    appSessionId: scope.sessionId,
    sessionId: scope.sessionId,
    tid: tenantId,
    userObjectId: user.id,
    userDisplayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    upn: user.userPrincipalName,
    loginHint: user.userPrincipalName,
    userLicenseType: 'Unknown',
    tenantSKU: 'enterprise',
    isFullScreen: false,
    isMultiWindow: false,
    ringId: 'general',
    isCallingAllowed: true,
    isPSTNCallingAllowed: false,
    ...(scope.inTeamChannel
      ? {
          teamId: simulatedTeam.internalId,
          teamName: simulatedTeam.displayName,
          groupId: simulatedTeam.groupId,
          teamType: 0,
          userTeamRole: 0,
          isTeamArchived: false,
          teamSiteUrl: `https://${site.domain}${site.path}`,
          teamSiteDomain: site.domain,
          teamSitePath: site.path,
          channelId: simulatedTeam.channel.id,
          channelName: simulatedTeam.channel.displayName,
          channelRelativeUrl: `${site.path}/Shared Documents/${simulatedTeam.channel.displayName}`,
          channelType: 'Regular',
          hostTeamGroupId: simulatedTeam.groupId,
          hostTeamTenantId: tenantId,
        }
      : {}),
    ...(scope.chatId ? { chatId: scope.chatId } : {}),
    ...(scope.meetingId ? { meetingId: scope.meetingId } : {}),
  };
  return context as unknown as LegacyContext;
}
