import { useCallback, useEffect, useState } from 'react';
import { snoozeDays, type ReminderPreferences } from '../../../core/rhythm';
import { useAppServices } from '../../app/AppServices';
import { describeError } from '../../errors/describeError';
import type { ReminderSettingsState } from './ReminderSettings.types';

/**
 * The signed-in person's say over check-in reminders: read once, changed through the store with
 * If-Match, each change confirmed (or its failure explained) in the state's `notice`.
 */
export function useReminderSettings(): ReminderSettingsState {
  const { repository, me } = useAppServices();
  const [preferences, setPreferences] = useState<ReminderPreferences | undefined>();
  const [status, setStatus] = useState<ReminderSettingsState['status']>('loading');
  const [notice, setNotice] = useState<ReminderSettingsState['notice']>();

  useEffect(() => {
    const controller = new AbortController();
    repository.reminderPreferencesOf(me.id, { signal: controller.signal }).then(
      (found) => {
        setPreferences(found);
        setStatus('ready');
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setStatus('failed');
        setNotice({ intent: 'error', text: describeError(error).message });
      },
    );
    return () => controller.abort();
  }, [repository, me.id]);

  const save = useCallback(
    (next: Omit<ReminderPreferences, 'personId' | 'version'>, confirmation: string) => {
      setStatus('saving');
      repository
        .saveReminderPreferences({
          personId: me.id,
          ...next,
          ...(preferences?.version ? { version: preferences.version } : {}),
        })
        .then(
          (saved) => {
            setPreferences(saved);
            setStatus('ready');
            setNotice({ intent: 'success', text: confirmation });
          },
          (error: unknown) => {
            setStatus('ready');
            setNotice({
              intent: 'error',
              text: `Your reminder settings were not saved. ${describeError(error).message}`,
            });
          },
        );
    },
    [repository, me.id, preferences?.version],
  );

  const now = Date.now();
  const snoozedUntil =
    preferences?.snoozedUntil && Date.parse(preferences.snoozedUntil) > now
      ? preferences.snoozedUntil
      : undefined;
  return {
    status,
    optedOut: preferences?.optedOut ?? false,
    ...(snoozedUntil ? { snoozedUntil } : {}),
    ...(notice ? { notice } : {}),
    dismissNotice: useCallback(() => setNotice(undefined), []),
    snoozeForAWeek: () =>
      save(
        {
          optedOut: false,
          snoozedUntil: new Date(now + snoozeDays * 86_400_000).toISOString(),
        },
        `Reminders snoozed for ${snoozeDays} days.`,
      ),
    resume: () => save({ optedOut: false }, 'Check-in reminders are on.'),
    optOut: () =>
      save({ optedOut: true }, 'Check-in reminders are off. Turn them on again here any time.'),
  };
}
