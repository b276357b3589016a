import { meetingChatId, meetingTitle } from '../directory';
import { errorCodes, sdkError } from '../protocol';
import type { Handler, HandlerSet } from './types';

/**
 * Meetings: stage sharing and meeting details. The callback-style APIs are answered
 * `[error, result]`, with `error` null on success (teams-js `meeting.*`).
 *
 * Each needs a resource-specific consent permission in the app's manifest; without it Teams
 * answers 1000, "App doesn't have sufficient permission to use this API". The meeting is a
 * scheduled (chat) meeting, so the stage APIs need `MeetingStage.Write.Chat`, and
 * `getMeetingDetails` (marked "Limited to Microsoft-internal use" in teams-js) needs
 * `OnlineMeeting.ReadBasic.Chat`.
 * https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/meeting
 * https://techcommunity.microsoft.com/t5/teams-developer/unable-to-get-meeting-details-from-microsoft-teams-app-using/m-p/2554917
 */
function requiring(permission: string, handler: Handler): Handler {
  return (request, frame, host) =>
    host.hasPermission(permission)
      ? handler(request, frame, host)
      : [
          sdkError(
            errorCodes.permissionDenied,
            "App doesn't have sufficient permission to use this API",
          ),
          null,
        ];
}

const stageSharing = 'MeetingStage.Write.Chat';

export const meetingHandlers: HandlerSet = {
  name: 'meeting',
  handlers: {
    'meeting.getAppContentStageSharingCapabilities': requiring(
      stageSharing,
      (_request, frame, host) => [
        null,
        { doesAppHaveSharePermission: host.mayShareToStage(frame) },
      ],
    ),
    // args: [appContentUrl, { sharingProtocol }]
    'meeting.shareAppContentToStage': requiring(stageSharing, (request, frame, host) => {
      const outcome = host.shareToStage(frame, String(request.args[0] ?? ''));
      return outcome.ok ? [null, true] : [sdkError(outcome.errorCode, outcome.message), null];
    }),
    'meeting.getAppContentStageSharingState': requiring(stageSharing, (_request, _frame, host) => [
      null,
      { isAppSharing: host.sharing },
    ]),
    'meeting.stopSharingAppContentToStage': requiring(stageSharing, (_request, _frame, host) => {
      if (!host.sharing) {
        return [
          sdkError(errorCodes.notSupportedInCurrentContext, 'Nothing is shared to the stage.'),
          null,
        ];
      }
      host.stopSharing();
      return [null, true];
    }),
    'meeting.getMeetingDetails': requiring(
      'OnlineMeeting.ReadBasic.Chat',
      (_request, _frame, host) => {
        const start = new Date();
        start.setUTCMinutes(0, 0, 0);
        const end = new Date(start.getTime() + 30 * 60_000);
        return [
          null,
          {
            details: {
              id: host.settings.meetingId,
              title: meetingTitle,
              type: 'Scheduled',
              scheduledStartTime: start.toISOString(),
              scheduledEndTime: end.toISOString(),
              joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(meetingChatId)}/0`,
            },
            conversation: { id: meetingChatId },
            organizer: { id: host.organizerId },
          },
        ];
      },
    ),
  },
};
