import { app, liveShare, LiveShareHost, meeting, nestedAppAuth, pages } from '@microsoft/teams-js';
import type { DeepLinkTarget } from '../core/deep-links';
import type { HostConfig } from './config';
import {
  buildBrowserDeepLink,
  buildSurfaceUrl,
  buildTeamsDeepLink,
  siteRootOf,
} from './deep-links';
import { tabEntityId } from './tab-settings';
import { hostContextFromTeams } from './teams-context';
import { normalizeTheme } from './theme';
import { ThemeBroadcast } from './theme-broadcast';
import type { Host, MeetingRole } from './types';

/**
 * The only module that calls teams-js. `detect.ts` loads it only for a framed page, so a plain
 * browser or Excel never downloads the SDK.
 */

/** teams-js's `app.initialize`, trusting the configured development host origins too. */
export function initializeTeams(config: HostConfig): Promise<void> {
  return app.initialize(
    config.validMessageOrigins.length ? [...config.validMessageOrigins] : undefined,
  );
}

/** Call after `initializeTeams` has resolved. */
export async function createTeamsHost(config: HostConfig): Promise<Host> {
  const teamsContext = await app.getContext();
  // The meeting role comes from Live Share's role API (`meeting.roles`), not from
  // `meeting.getMeetingDetails`: that one is "Limited to Microsoft-internal use" and needs the
  // OnlineMeeting.ReadBasic.Chat resource-specific permission, so Teams refuses it to this app.
  // https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/meeting
  const context = hostContextFromTeams(teamsContext, { pageQuery: window.location.search });
  const siteRoot = siteRootOf(window.location.href);
  const themes = new ThemeBroadcast();
  app.registerOnThemeChangeHandler((theme) => themes.publish(normalizeTheme(theme)));

  const inTab = ['personalTab', 'channelTab', 'chatTab', 'meetingChat'].includes(context.surface);
  const inMeetingFrame =
    context.surface === 'meetingSidePanel' || context.surface === 'meetingStage';
  const appId = teamsContext.app.appId?.toString() || config.teamsAppId;
  const deepLink = (target: DeepLinkTarget) =>
    buildTeamsDeepLink({
      appId,
      entityId: inTab && teamsContext.page.id ? teamsContext.page.id : config.personalTabEntityId,
      target,
      ...(context.surface === 'channelTab' && context.channel
        ? { channelId: context.channel.id }
        : {}),
      webUrl: buildBrowserDeepLink(siteRoot, target, context.tabSettings),
    });

  return {
    context,
    capabilities: async () => ({
      shareToStage: inMeetingFrame && (await canShareToStage()),
      nestedAppAuth: nestedAppAuth.isNAAChannelRecommended(),
      deepLinks: true,
    }),
    onThemeChange: (listener) => themes.subscribe(listener),
    notifySuccess: () => {
      app
        .notifySuccess()
        .catch((error: unknown) => console.warn('Teams did not take notifySuccess', error));
    },
    // After `notifyFailure` "a generic error screen appears to the user" and the message is not
    // shown; an app that notifies an expected failure "can be considered loaded successfully",
    // so its own explanation shows.
    // https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/create-tab-pages/content-page#show-a-native-loading-indicator
    // https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/app-initialization
    notifyFailure: (reason) =>
      app.notifyExpectedFailure({ reason: app.ExpectedFailureReason.Other, message: reason }),
    deepLink,
    activityLink: deepLink,
    // Between the personal app's tabs: "navigateTo … Navigate within the currently running app".
    // https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/tab-navigation
    ...(context.surface === 'personalTab' && pages.currentApp.isSupported()
      ? { navigateToAppPage: (pageId: string) => pages.currentApp.navigateTo({ pageId }) }
      : {}),
    ...(context.surface === 'configuration'
      ? { configuration: teamsConfiguration(siteRoot, context.meeting !== undefined) }
      : {}),
    ...(inMeetingFrame ? { meeting: { shareToStage, roles: meetingRoles, isSharingToStage } } : {}),
  };
}

function canShareToStage(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      meeting.getAppContentStageSharingCapabilities((error, capabilities) =>
        resolve(!error && capabilities?.doesAppHaveSharePermission === true),
      );
    } catch {
      resolve(false);
    }
  });
}

const teamsMeetingRoles: Readonly<Record<string, MeetingRole>> = {
  [liveShare.UserMeetingRole.organizer]: 'organizer',
  [liveShare.UserMeetingRole.presenter]: 'presenter',
  [liveShare.UserMeetingRole.attendee]: 'attendee',
};

let registeredRoles: Promise<readonly MeetingRole[]> | undefined;

/**
 * The user's meeting roles from Teams' role verification service, the meeting role API a tab
 * has (`LiveShareHost.registerClientId` answers the roles of the user who registers; Live Share
 * registers each Fluid client the same way). The side panel registers one id per page.
 * https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/liveshare.livesharehost
 */
function meetingRoles(): Promise<readonly MeetingRole[]> {
  registeredRoles ??= LiveShareHost.create()
    .registerClientId(`okr-coach-${crypto.randomUUID()}`)
    .then((roles) => roles.flatMap((role) => teamsMeetingRoles[role] ?? []))
    .catch((error: unknown) => {
      registeredRoles = undefined;
      throw error;
    });
  return registeredRoles;
}

/** `meeting.getAppContentStageSharingState`: is the app's content on the stage now? */
function isSharingToStage(): Promise<boolean> {
  return new Promise((resolve, reject) => {
    meeting.getAppContentStageSharingState((error, state) =>
      error
        ? reject(
            new Error(
              `Teams did not say what is on the stage: ${error.message ?? error.errorCode}`,
            ),
          )
        : resolve(state?.isAppSharing === true),
    );
  });
}

function shareToStage(contentUrl: string): Promise<void> {
  const absoluteUrl = new URL(contentUrl, window.location.href).href;
  return new Promise((resolve, reject) => {
    meeting.shareAppContentToStage(
      (error) =>
        error
          ? reject(
              new Error(
                `Teams did not share to the stage: ${error.message ?? `error ${error.errorCode}`}`,
              ),
            )
          : resolve(),
      absoluteUrl,
      { sharingProtocol: meeting.SharingProtocol.Collaborative },
    );
  });
}

/**
 * Teams' Save button asks the page for its settings (`settings.save`); the page answers with the
 * configured tab's content URL, website URL, entity id and name (`pages.config.setConfig`). A
 * meeting's tab opens the meeting side panel; any other tab opens the board.
 */
function teamsConfiguration(
  siteRoot: string,
  forMeeting: boolean,
): NonNullable<Host['configuration']> {
  return {
    hostHasSaveButton: true,
    setValid: (valid) => pages.config.setValidityState(valid),
    onSave: (save) =>
      pages.config.registerOnSaveHandler(async (event) => {
        try {
          const { teamIds, cycleId, displayName } = await save();
          const settings = { teamIds, cycleId };
          await pages.config.setConfig({
            contentUrl: buildSurfaceUrl(siteRoot, forMeeting ? 'sidepanel' : 'tab', settings),
            websiteUrl: buildSurfaceUrl(siteRoot, 'tab', settings),
            entityId: tabEntityId(settings),
            suggestedDisplayName: displayName,
          });
          event.notifySuccess();
        } catch (error) {
          event.notifyFailure(error instanceof Error ? error.message : String(error));
        }
      }),
  };
}
