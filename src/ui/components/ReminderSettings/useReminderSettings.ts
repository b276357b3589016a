import { useCallback, useState } from 'react';
import { snoozeDays, type ReminderPreferences } from '../../../core/rhythm';
import { useAppServices } from '../../app/AppServices';
import { useSay } from '../../board/say';
import { useDescribeError } from '../../errors/useDescribeError';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import type { ReminderSettingsState } from './ReminderSettings.types';

/**
 * The signed-in person's say over check-in reminders: read once, changed through the store with
 * If-Match, each change confirmed (or its failure explained) in the state's `notice`.
 */
export function useReminderSettings(): ReminderSettingsState {
  const { repository, me, firstScreenShown } = useAppServices();
  const say = useSay();
  const describeError = useDescribeError();
  const load = useCallback(
    async (signal: AbortSignal) => {
      // Read once the first screen is shown, as the site roles are: never a request before a
      // board painted from the cache (the header's button says "Reminders…" until then).
      await firstScreenShown;
      return { preferences: await repository.reminderPreferencesOf(me.id, { signal }) };
    },
    [repository, me.id, firstScreenShown],
  );
  const { data, update } = useAsyncResource(load);
  const preferences = data.status === 'ready' ? data.preferences : undefined;
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<ReminderSettingsState['notice']>();
  const status: ReminderSettingsState['status'] = saving
    ? 'saving'
    : data.status === 'error'
      ? 'failed'
      : data.status;

  const save = useCallback(
    (next: Omit<ReminderPreferences, 'personId' | 'version'>, confirmation: string) => {
      setSaving(true);
      repository
        .saveReminderPreferences({
          personId: me.id,
          ...next,
          ...(preferences?.version ? { version: preferences.version } : {}),
        })
        .then(
          (saved) => {
            update(() => ({ preferences: saved }));
            setSaving(false);
            setNotice({ intent: 'success', text: confirmation });
          },
          (error: unknown) => {
            setSaving(false);
            setNotice({
              intent: 'error',
              text: say('Your reminder settings were not saved. {why}', {
                why: describeError(error).message,
              }),
            });
          },
        );
    },
    [repository, me.id, preferences?.version, update, say, describeError],
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
    ...(notice
      ? { notice }
      : data.status === 'error'
        ? { notice: { intent: 'error', text: describeError(data.error).message } }
        : {}),
    dismissNotice: useCallback(() => setNotice(undefined), []),
    snoozeForAWeek: () =>
      save(
        {
          optedOut: false,
          snoozedUntil: new Date(now + snoozeDays * 86_400_000).toISOString(),
        },
        say('Reminders snoozed for {count} {count|day|days}.', { count: snoozeDays }),
      ),
    resume: () => save({ optedOut: false }, say('Check-in reminders are on.')),
    optOut: () =>
      save(
        { optedOut: true },
        say('Check-in reminders are off. Turn them on again here any time.'),
      ),
  };
}
