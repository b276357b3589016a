import { meetingChatId, meetingTitle } from '../directory';
import { errorCodes, sdkError } from '../protocol';
import type { HandlerSet } from './types';

/**
 * Meetings: stage sharing and meeting details. The callback-style APIs are answered
 * `[error, result]`, with `error` null on success (teams-js `meeting.*`).
 */
export const meetingHandlers: HandlerSet = {
  name: 'meeting',
  handlers: {
    'meeting.getAppContentStageSharingCapabilities': (_request, frame, host) => [
      null,
      { doesAppHaveSharePermission: host.mayShareToStage(frame) },
    ],
    // args: [appContentUrl, { sharingProtocol }]
    'meeting.shareAppContentToStage': (request, frame, host) => {
      const outcome = host.shareToStage(frame, String(request.args[0] ?? ''));
      return outcome.ok ? [null, true] : [sdkError(outcome.errorCode, outcome.message), null];
    },
    'meeting.getAppContentStageSharingState': (_request, _frame, host) => [
      null,
      { isAppSharing: host.sharing },
    ],
    'meeting.stopSharingAppContentToStage': (_request, _frame, host) => {
      if (!host.sharing) {
        return [
          sdkError(errorCodes.notSupportedInCurrentContext, 'Nothing is shared to the stage.'),
          null,
        ];
      }
      host.stopSharing();
      return [null, true];
    },
    'meeting.getMeetingDetails': (_request, _frame, host) => {
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
  },
};
