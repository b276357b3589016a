/**
 * The reminders' part of the Graph adapter: preferences and notification claims in their lists,
 * the Teams activity feed, and mailbox time zones.
 */
import {
  chainIdOf,
  isKnownTimeZone,
  reminderMessages,
  truncatePreview,
  type ReminderPreferences,
} from '../../core/rhythm';
import { ConflictError, InvalidError, type OkrError } from '../errors';
import {
  notificationClaimToFields,
  notificationFromItem,
  reminderPreferencesFromItem,
  reminderPreferencesToFields,
  type GraphListItem,
} from '../mapping';
import type { CheckInNudge, NudgeOutcome, RequestOptions } from '../repository';
import type {
  ActivityNotification,
  ClaimOutcome,
  NotificationClaim,
  NotificationRecord,
  NotificationSettlement,
} from '../rhythm';
import type { StoreCollaborators } from './collaborators';
import { queryAll } from './paging';
import { chunk, IDS_PER_FILTER, textEquals } from './queries';
import { reloadable } from '../../reloadable';

const sendPermission = 'TeamsActivity.Send';
const mailboxPermission = 'MailboxSettings.Read';

export async function listReminderPreferences(
  store: StoreCollaborators,
  options?: RequestOptions,
): Promise<ReadonlyMap<string, ReminderPreferences>> {
  const [items] = await queryAll<GraphListItem>(
    store.batch,
    store.connection,
    [store.paths.query('reminderPreferences')],
    { signal: options?.signal, action: 'Reading reminder preferences' },
  );
  const preferences = items!.map(reminderPreferencesFromItem);
  return new Map(preferences.map((p) => [p.personId, p]));
}

export async function reminderPreferencesOf(
  store: StoreCollaborators,
  personId: string,
  options?: RequestOptions,
): Promise<ReminderPreferences | undefined> {
  const [items] = await queryAll<GraphListItem>(
    store.batch,
    store.connection,
    [store.paths.query('reminderPreferences', textEquals('PersonId', personId))],
    { signal: options?.signal, action: 'Reading your reminder settings' },
  );
  const item = items![0];
  return item ? reminderPreferencesFromItem(item) : undefined;
}

export async function saveReminderPreferences(
  store: StoreCollaborators,
  preferences: ReminderPreferences,
  options?: RequestOptions,
): Promise<ReminderPreferences> {
  const fields = reminderPreferencesToFields(preferences);
  const context = { signal: options?.signal, action: 'Saving your reminder settings' };
  if (preferences.version) {
    const [existing] = await queryAll<GraphListItem>(
      store.batch,
      store.connection,
      [store.paths.query('reminderPreferences', textEquals('PersonId', preferences.personId))],
      context,
    );
    const item = existing![0];
    if (!item)
      throw new ConflictError(
        'Your reminder settings were removed meanwhile.',
        preferences,
        undefined,
      );
    await store.connection.send(
      {
        method: 'PATCH',
        path: `${store.paths.item('reminderPreferences', item.id)}/fields`,
        headers: { 'If-Match': preferences.version },
        body: fields,
      },
      context,
    );
    const [saved] = await queryAll<GraphListItem>(
      store.batch,
      store.connection,
      [store.paths.get('reminderPreferences', item.id)],
      context,
    );
    return reminderPreferencesFromItem(saved![0]!);
  }
  const created = await store.connection.send<GraphListItem>(
    { method: 'POST', path: store.paths.items('reminderPreferences'), body: { fields } },
    context,
  );
  return reminderPreferencesFromItem(created);
}

export async function claimNotifications(
  store: StoreCollaborators,
  claims: readonly NotificationClaim[],
  now: string,
  options?: RequestOptions,
): Promise<ClaimOutcome[]> {
  const context = { signal: options?.signal, action: 'Recording notifications before sending' };
  const outcomes = await store.batch.run(
    claims.map((claim) => ({
      method: 'POST' as const,
      url: store.paths.items('notifications'),
      body: { fields: notificationClaimToFields(claim, now) },
    })),
    // A create is guarded by the unique key: resending it can never make a second claim.
    { ...context, idempotent: true },
  );
  const refused = claims.filter((_, index) => !outcomes[index]!.ok);
  const existing = await notificationsByKey(
    store,
    refused.map((claim) => claim.key),
    context,
  );
  return claims.map((claim, index): ClaimOutcome => {
    const outcome = outcomes[index]!;
    if (outcome.ok)
      return { claimed: true, record: notificationFromItem(outcome.body as GraphListItem) };
    const record = existing.get(claim.key);
    // Not a duplicate key: the create failed for another reason, which is the caller's to see.
    if (!record) throw outcome.error;
    return { claimed: false, record };
  });
}

async function notificationsByKey(
  store: StoreCollaborators,
  keys: readonly string[],
  context: { signal?: AbortSignal; action: string },
): Promise<Map<string, NotificationRecord>> {
  if (keys.length === 0) return new Map();
  const pages = await queryAll<GraphListItem>(
    store.batch,
    store.connection,
    chunk(keys, IDS_PER_FILTER).map((group) =>
      store.paths.query(
        'notifications',
        group.map((key) => textEquals('NotificationKey', key)).join(' or '),
      ),
    ),
    context,
  );
  const records = pages.flat().map(notificationFromItem);
  return new Map(records.map((record) => [record.key, record]));
}

// CLDR's Windows-to-IANA table (70 kB) loads only when a mailbox reports a Windows name.
const loadWindowsIana = reloadable(() => import('windows-iana'));

// The preview texts in de, fr and es load only when a nudge is said in one of them.
const loadReminderTranslations = reloadable(
  () => import('../../core/rhythm/reminder-translations'),
);

async function reminderMessagesIn(locale: string) {
  return /^en\b/i.test(locale)
    ? reminderMessages
    : (await loadReminderTranslations()).localizedReminderMessages;
}

/**
 * Claims again, in `$batch`es, notifications earlier attempts left failed or unconfirmed: If-Match
 * on the version read, so a record another pass took first is left to it (and not returned).
 */
export async function reclaimNotifications(
  store: StoreCollaborators,
  records: readonly NotificationRecord[],
  now: string,
  options?: RequestOptions,
): Promise<NotificationRecord[]> {
  if (records.length === 0) return [];
  const context = { signal: options?.signal, action: 'Claiming notifications again' };
  const outcomes = await store.batch.run(
    records.map((record) => ({
      method: 'PATCH' as const,
      url: `${store.paths.item('notifications', record.id)}/fields`,
      headers: { 'If-Match': record.version ?? '*' },
      body: { DeliveryState: 'sending', Attempts: record.attempts + 1, ClaimedAt: now },
    })),
    { ...context, idempotent: true },
  );
  const failure = outcomes.find(
    (outcome) => !outcome.ok && !(outcome.error instanceof ConflictError),
  );
  if (failure && !failure.ok) throw failure.error;
  const taken = records.filter((_, index) => outcomes[index]!.ok);
  const pages = await queryAll<GraphListItem>(
    store.batch,
    store.connection,
    taken.map((record) => store.paths.get('notifications', record.id)),
    context,
  );
  return pages.map((items) => notificationFromItem(items[0]!));
}

/**
 * Records how each send went, in `$batch`es: sent at a time, or failed with a reason (never a
 * token). If-Match on the claimed version: a record another pass took over meanwhile is left to
 * that pass.
 */
export async function settleNotifications(
  store: StoreCollaborators,
  settlements: readonly NotificationSettlement[],
  options?: RequestOptions,
): Promise<void> {
  const outcomes = await store.batch.run(
    settlements.map(({ record, outcome }) => ({
      method: 'PATCH' as const,
      url: `${store.paths.item('notifications', record.id)}/fields`,
      headers: { 'If-Match': record.version ?? '*' },
      body:
        'sentAt' in outcome
          ? { DeliveryState: 'sent', SentAt: outcome.sentAt, LastError: null }
          : { DeliveryState: 'failed', LastError: outcome.error.slice(0, 255) },
    })),
    { signal: options?.signal, action: 'Recording sent notifications', idempotent: true },
  );
  const failure = outcomes.find(
    (outcome) => !outcome.ok && !(outcome.error instanceof ConflictError),
  );
  if (failure && !failure.ok) throw failure.error;
}

/**
 * `POST /users/{id}/teamwork/sendActivityNotification` for each notification, in `$batch`es of
 * 20: a text topic that links into the app; 204 on success. Each outcome is undefined (sent) or
 * the error that kept it from being sent.
 * https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification
 */
export async function sendActivityNotifications(
  store: StoreCollaborators,
  notifications: readonly ActivityNotification[],
  options?: RequestOptions,
): Promise<(OkrError | undefined)[]> {
  const outcomes = await store.batch.run(
    notifications.map((notification) => ({
      method: 'POST' as const,
      url: `/users/${encodeURIComponent(notification.recipientId)}/teamwork/sendActivityNotification`,
      body: {
        topic: {
          source: 'text',
          value: notification.topic.value,
          webUrl: notification.topic.webUrl,
        },
        activityType: notification.activityType,
        chainId: notification.chainId,
        previewText: { content: notification.previewText },
        templateParameters: Object.entries(notification.templateParameters).map(
          ([name, value]) => ({ name, value }),
        ),
      },
    })),
    // Resending is safe: the same chainId replaces the notification instead of adding one.
    {
      signal: options?.signal,
      permission: sendPermission,
      action: 'Sending a Teams notification',
      idempotent: true,
    },
  );
  return outcomes.map((outcome) => (outcome.ok ? undefined : (outcome.error as OkrError)));
}

/**
 * Each person's `mailboxSettings/timeZone`, in `$batch`es, as IANA names (a Windows name such as
 * "W. Europe Standard Time" is mapped with CLDR's table). Anyone whose zone cannot be read is
 * left out, so the caller falls back to the organisation's.
 * https://learn.microsoft.com/graph/api/user-get-mailboxsettings
 */
export async function mailboxTimeZones(
  store: StoreCollaborators,
  personIds: readonly string[],
  options?: RequestOptions,
): Promise<ReadonlyMap<string, string>> {
  const outcomes = await store.batch.run(
    personIds.map((id) => ({
      method: 'GET' as const,
      url: `/users/${encodeURIComponent(id)}/mailboxSettings/timeZone`,
    })),
    {
      signal: options?.signal,
      permission: mailboxPermission,
      action: 'Reading time zones',
      idempotent: true,
    },
  );
  const names = outcomes.map((outcome) =>
    outcome.ok ? (outcome.body as { value?: unknown }).value : undefined,
  );
  const needsTable = names.some((name) => typeof name === 'string' && !isKnownTimeZone(name));
  const findIana = needsTable ? (await loadWindowsIana()).findIana : undefined;
  const zones = new Map<string, string>();
  names.forEach((name, index) => {
    if (typeof name !== 'string' || !name) return;
    const zone = isKnownTimeZone(name) ? name : findIana?.(name).find(isKnownTimeZone);
    if (zone) zones.set(personIds[index]!, zone);
  });
  return zones;
}

/**
 * A coach's nudge: claimed as `checkInNudge:<KR>:<day>` (so a second nudge that day finds the
 * first), then sent with the signed-in person's own `TeamsActivity.Send`.
 */
export async function nudgeOwner(
  store: StoreCollaborators,
  nudge: CheckInNudge,
  options?: RequestOptions,
): Promise<NudgeOutcome> {
  const owner = nudge.keyResult.owner;
  if (!owner)
    throw new InvalidError(
      `“${nudge.keyResult.title}” has no owner to nudge. Give it an owner first.`,
      ['owner'],
    );
  if (owner.id === nudge.from.id)
    throw new InvalidError(`You own “${nudge.keyResult.title}”: check in on it yourself.`, [
      'owner',
    ]);
  // Said before the claim: a language that did not load leaves no claim behind. The preview is one
  // text, shown as sent (Graph's previewText; only the manifest's templateText follows each
  // reader's Teams language: https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification),
  // and the coach's app does not know the owner's language: it is the coach's.
  const locale = nudge.locale ?? 'en';
  const previewText = truncatePreview(
    (await reminderMessagesIn(locale)).format(
      'nudge.preview',
      { coach: nudge.from.displayName, title: nudge.keyResult.title },
      locale,
    ),
  );
  const [claim] = await claimNotifications(
    store,
    [
      {
        key: `checkInNudge:${nudge.keyResult.id}:${nudge.day}`,
        kind: 'checkInNudge',
        recipientId: owner.id,
      },
    ],
    nudge.now,
    options,
  );
  let record = claim!.record;
  if (!claim!.claimed) {
    const [retake] =
      record.state === 'failed'
        ? await reclaimNotifications(store, [record], nudge.now, options)
        : [];
    if (!retake) return { sent: false, at: record.claimedAt };
    record = retake;
  }
  const context = { permission: sendPermission, action: `Nudging ${owner.displayName}` };
  try {
    await store.connection.send(
      {
        method: 'POST',
        path: `/users/${encodeURIComponent(owner.id)}/teamwork/sendActivityNotification`,
        scopes: [sendPermission],
        body: {
          topic: { source: 'text', value: nudge.keyResult.title, webUrl: nudge.webUrl },
          activityType: 'checkInNudge',
          chainId: chainIdOf(record.key),
          previewText: { content: previewText },
          templateParameters: [{ name: 'keyResultTitle', value: nudge.keyResult.title }],
        },
      },
      { ...context, ...(options?.signal ? { signal: options.signal } : {}) },
    );
  } catch (failure) {
    await settleNotifications(store, [{ record, outcome: { error: describe(failure) } }], options);
    throw failure;
  }
  await settleNotifications(store, [{ record, outcome: { sentAt: nudge.now } }], options);
  return { sent: true };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
