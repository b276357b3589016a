import type { Context as LegacyContext } from '@microsoft/teams-js';
import type { ThemeName } from '../../host/types';
import { simulatedTeam, type SimulatedUser } from './directory';

/**
 * The context a Teams host hands to `getContext`. teams-js 2 still receives the flat v1 shape
 * (its `Context` interface) and maps it to `app.Context` itself.
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
    ...(scope.inTeamChannel
      ? {
          teamId: simulatedTeam.internalId,
          teamName: simulatedTeam.displayName,
          groupId: simulatedTeam.groupId,
          teamType: 0,
          userTeamRole: 0,
          channelId: simulatedTeam.channel.id,
          channelName: simulatedTeam.channel.displayName,
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
