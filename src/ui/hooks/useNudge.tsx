import { useId } from '@fluentui/react-components';
import { useToasts } from '../components/Toasts/toasts';
import { useCallback, useMemo, useState } from 'react';
import type { KeyResult } from '../../core/model';
import { useAppServices } from '../app/AppServices';
import { useBoardWords } from '../board/board-words';
import { today } from '../board/useBoardData';
import { toastMessage } from '../components/Toasts/toastMessage';
import { useDescribeError } from '../errors/useDescribeError';

export interface NudgeApi {
  /** Whether the signed-in person may nudge this KR's owner (someone else owns it). */
  readonly canNudge: (keyResult: KeyResult) => boolean;
  readonly nudge: (keyResult: KeyResult) => void;
  /** The KR whose nudge is being sent. */
  readonly sending: string | undefined;
  /** For the `Toaster` that shows each nudge's outcome. */
  readonly toasterId: string;
}

/**
 * "Nudge owner": one Teams activity notification from the signed-in coach asking the owner to
 * check in, with a link that opens the KR's check-in. Each outcome is a toast: sent, already
 * nudged today, or why it could not be sent.
 */
export function useNudge(): NudgeApi {
  const { repository, host, me } = useAppServices();
  const { locale, say } = useBoardWords();
  const describeError = useDescribeError();
  const toasterId = useId('nudges');
  const { dispatchToast } = useToasts(toasterId);
  const [sending, setSending] = useState<string | undefined>();
  const canNudge = useCallback(
    (keyResult: KeyResult) => keyResult.owner !== undefined && keyResult.owner.id !== me.id,
    [me],
  );
  const nudge = useCallback(
    (keyResult: KeyResult) => {
      const owner = keyResult.owner?.displayName ?? say('the owner');
      const { title } = keyResult;
      setSending(keyResult.id);
      const toast = (intent: 'success' | 'info' | 'error', title: string, body: string) =>
        dispatchToast(toastMessage(title, body), { intent });
      repository
        .nudgeOwner({
          keyResult,
          from: me,
          webUrl: host.activityLink({ type: 'checkIn', id: keyResult.id }),
          day: today(),
          now: new Date().toISOString(),
          locale,
        })
        .then(
          (outcome) =>
            outcome.sent
              ? toast(
                  'success',
                  say('Nudge sent to {owner}', { owner }),
                  say('They were asked to check in on “{title}”.', { title }),
                )
              : toast(
                  'info',
                  say('{owner} was already nudged today', { owner }),
                  say('A nudge about “{title}” went out at {time}; one a day is enough.', {
                    title,
                    time: new Date(outcome.at).toLocaleTimeString(locale, {
                      timeStyle: 'short',
                    }),
                  }),
                ),
          (error: unknown) => {
            const description = describeError(error);
            toast(
              'error',
              say('The nudge to {owner} was not sent', { owner }),
              description.message,
            );
          },
        )
        .finally(() => setSending(undefined));
    },
    [repository, host, me, locale, dispatchToast, say, describeError],
  );
  return useMemo(
    () => ({ canNudge, nudge, sending, toasterId }),
    [canNudge, nudge, sending, toasterId],
  );
}
