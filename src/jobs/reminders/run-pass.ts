import { dayNumber } from '../../core/dates';
import { buildTeamsDeepLink, type DeepLinkTarget } from '../../core/deep-links';
import type { Cycle, IsoDateTime } from '../../core/model';
import {
  chainIdOf,
  planReminders,
  previewTextOf,
  type CycleBoard,
  type PlannedNotification,
  type SkipReason,
  type SkippedReminder,
} from '../../core/rhythm';
import { localizedReminderMessages } from '../../core/rhythm/reminder-translations';
import type {
  ActivityNotification,
  NotificationRecord,
  NotificationSettlement,
  OkrRepository,
  RhythmRepository,
} from '../../store';

/**
 * One pass of the reminders job: read the active cycles' boards, plan who needs a reminder or a
 * digest now, and send each planned notification exactly once.
 *
 * Exactly once: a notification is claimed in the Notifications list (its key is unique there)
 * before it is sent and marked sent after. A second pass finds the claim and sends nothing. A
 * send that failed is marked failed and retried by the next pass. A pass that died between the
 * claim and the mark leaves the claim "sending": after `unconfirmedAfterMinutes` the next pass
 * sends it again with the same Teams `chainId`, which replaces the first notification in the feed
 * if it did arrive, so the person never sees two.
 */
export interface ReminderJobConfig {
  /** The Teams app id (the manifest's `id`), for the links into My OKRs. */
  readonly teamsAppId: string;
  /** The personal tab's entity id (`myOkrs`). */
  readonly personalTabEntityId: string;
  /** The organisation's time zone, for people whose own cannot be read. */
  readonly defaultTimeZone: string;
  /**
   * The organisation's language (en, de, fr or es; default en) for the notifications' preview
   * text and topic, which Teams shows as sent; the title line follows each reader's Teams language.
   */
  readonly language?: string;
  /** How long a claim may stay "sending" before a pass treats it as lost. Default 10. */
  readonly unconfirmedAfterMinutes?: number;
}

export interface ReminderJobLog {
  info(message: string): void;
  warn(message: string): void;
  /** Each skipped reminder, for tracing one pass; the pass's summary says how many and why. */
  debug(message: string): void;
}

export interface ReminderPassReport {
  readonly planned: number;
  readonly sent: readonly string[];
  readonly alreadyHandled: number;
  readonly failed: readonly { readonly key: string; readonly reason: string }[];
  readonly skipped: number;
  /** Why, counted: "1 key result without an owner, 2 people opted out" ('' when none). */
  readonly skippedWhy: string;
  /** Why no check-in reminder can be due: no active cycle is running now ('' when one is). */
  readonly idleWhy: string;
}

export interface ReminderPassOptions {
  readonly repository: OkrRepository & RhythmRepository;
  readonly config: ReminderJobConfig;
  readonly now: IsoDateTime;
  readonly log: ReminderJobLog;
  readonly signal?: AbortSignal;
}

const skipWords: Readonly<Record<SkipReason, readonly [one: string, many: string]>> = {
  noOwner: ['key result without an owner', 'key results without an owner'],
  optedOut: ['person opted out', 'people opted out'],
  snoozed: ['person snoozed', 'people snoozed'],
};

/** The skipped reminders counted by reason, in a phrase an admin can act on. */
export function skippedWhy(skipped: readonly SkippedReminder[]): string {
  return (Object.keys(skipWords) as SkipReason[])
    .flatMap((reason) => {
      const count = skipped.filter((skip) => skip.reason === reason).length;
      return count > 0 ? [`${count} ${skipWords[reason][count === 1 ? 0 : 1]}`] : [];
    })
    .join(', ');
}

/**
 * Why no check-in reminder can be due now, in words an admin can act on: they go for the active
 * cycles only, and only between their start and end (coaches' digests go on while one is active). A quarter that ended without the next one
 * made active stops them without a word otherwise. A day's leeway either side: people's time
 * zones run up to 14 hours ahead of or 12 behind UTC.
 */
export function idleWhy(cycles: readonly Cycle[], now: IsoDateTime): string {
  const active = cycles.filter((cycle) => cycle.state === 'active');
  if (active.length === 0) {
    return 'no cycle is active: reminders start once a cycle is made active in the Programme';
  }
  const today = dayNumber(now.slice(0, 10));
  const named = (each: readonly Cycle[], date: (cycle: Cycle) => string) =>
    each.map((cycle) => `${cycle.name} on ${date(cycle)}`).join(', ');
  if (active.every((cycle) => dayNumber(cycle.end) < today - 1)) {
    return `the active cycle ended (${named(active, (cycle) => cycle.end)}): close it and make the next one active in the Programme`;
  }
  if (active.every((cycle) => dayNumber(cycle.start) > today + 1)) {
    return `the active cycle has not started yet (${named(active, (cycle) => cycle.start)})`;
  }
  return '';
}

export async function runReminderPass(options: ReminderPassOptions): Promise<ReminderPassReport> {
  const { repository, config, now, log, signal } = options;
  const request = signal ? { signal } : {};
  const [model, cycles, preferences] = await Promise.all([
    repository.loadOperatingModel(request),
    repository.listCycles(request),
    repository.listReminderPreferences(request),
  ]);
  const boards = await Promise.all(
    cycles.filter((cycle) => cycle.state === 'active').map((cycle) => boardOf(cycle)),
  );
  async function boardOf(cycle: Cycle): Promise<CycleBoard> {
    const [board, history] = await Promise.all([
      repository.loadBoard({ cycleId: cycle.id }, request),
      repository.cycleCheckInHistory(cycle.id, request),
    ]);
    return { ...board, history };
  }

  const coaches = (model.roles?.coaches ?? []).map((id) => ({ id, displayName: id }));
  const people = new Set<string>(coaches.map((coach) => coach.id));
  for (const board of boards)
    for (const keyResult of board.keyResults) if (keyResult.owner) people.add(keyResult.owner.id);
  const zones = await repository.mailboxTimeZones([...people], request).catch((error: unknown) => {
    log.warn(
      `Time zones unreadable, using ${config.defaultTimeZone} for everyone: ${describe(error)}`,
    );
    return new Map<string, string>();
  });

  const plan = planReminders({
    now,
    model,
    boards,
    coaches,
    timeZoneOf: (id) => zones.get(id) ?? config.defaultTimeZone,
    preferences,
  });
  for (const skip of plan.skipped)
    log.debug(`Skipped (${skip.reason}): ${skip.personId ?? `key result ${skip.keyResultId}`}`);

  const byKey = new Map(plan.notifications.map((n) => [n.key, n]));
  const outcomes = await repository.claimNotifications(
    plan.notifications.map((n) => ({ key: n.key, kind: n.kind, recipientId: n.recipient.id })),
    now,
    request,
  );
  const claimed = outcomes.filter((outcome) => outcome.claimed).map((outcome) => outcome.record);
  const retries = outcomes
    .filter((outcome) => !outcome.claimed)
    .map((outcome) => outcome.record)
    .filter((record) => mayRetry(record, now, config.unconfirmedAfterMinutes ?? 10));
  const reclaimed = await repository.reclaimNotifications(retries, now, request);
  const toSend: NotificationRecord[] = [...claimed, ...reclaimed];
  const alreadyHandled = outcomes.length - toSend.length;

  const errors = await repository.sendActivityNotifications(
    toSend.map((record) => activityOf(byKey.get(record.key)!, config)),
    request,
  );
  const sent: string[] = [];
  const failed: { key: string; reason: string }[] = [];
  const settlements = toSend.map((record, index): NotificationSettlement => {
    const error = errors[index];
    if (!error) {
      sent.push(record.key);
      log.info(`Sent ${record.key}`);
      return { record, outcome: { sentAt: now } };
    }
    const reason = describe(error);
    failed.push({ key: record.key, reason });
    log.warn(`Not sent, retried next pass: ${record.key}: ${reason}`);
    return { record, outcome: { error: reason } };
  });
  await repository.settleNotifications(settlements, request);
  return {
    planned: plan.notifications.length,
    sent,
    alreadyHandled,
    failed,
    skipped: plan.skipped.length,
    skippedWhy: skippedWhy(plan.skipped),
    idleWhy: idleWhy(cycles, now),
  };
}

/** A failed send, or a claim left unconfirmed longer than a pass can take, is sent again. */
function mayRetry(record: NotificationRecord, now: IsoDateTime, unconfirmedAfterMinutes: number) {
  if (record.state === 'failed') return true;
  if (record.state !== 'sending') return false;
  return Date.parse(now) - Date.parse(record.claimedAt) >= unconfirmedAfterMinutes * 60_000;
}

/** Errors are logged by their message: an `OkrError` never carries a token. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function activityOf(
  notification: PlannedNotification,
  config: Pick<ReminderJobConfig, 'teamsAppId' | 'personalTabEntityId' | 'language'>,
): ActivityNotification {
  const link = (target: DeepLinkTarget, label: string) =>
    buildTeamsDeepLink({
      appId: config.teamsAppId,
      entityId: config.personalTabEntityId,
      target,
      label,
    });
  const base = {
    recipientId: notification.recipient.id,
    activityType: notification.kind,
    previewText: previewTextOf(notification, config.language, localizedReminderMessages),
    chainId: chainIdOf(notification.key),
  };
  if (notification.kind === 'checkInDue') {
    const [first] = notification.keyResults;
    return {
      ...base,
      topic: {
        value: first!.title,
        webUrl: link({ type: 'checkIn', id: first!.id }, 'My OKRs'),
      },
      templateParameters: {
        keyResultCount: String(notification.keyResults.length),
        cycleName: notification.cycle.name,
      },
    };
  }
  const [firstStale] = notification.staleKeyResults;
  return {
    ...base,
    topic: {
      value: localizedReminderMessages.format('coachDigest.topic', {}, config.language),
      webUrl: firstStale
        ? link({ type: 'keyResult', id: firstStale.id }, 'My OKRs')
        : `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/${encodeURIComponent(config.personalTabEntityId)}`,
    },
    templateParameters: { weekOf: notification.window.day },
  };
}
