import type { IsoDateTime } from '../core/model';
import type { ReminderPreferences } from '../core/rhythm';
import type { OkrError } from './errors';
import type { RequestOptions } from './repository';
import type { deliveryStates, notificationKinds } from './schema';

/**
 * The port the reminders job (and a coach's nudge) uses beside `OkrRepository`: who wants
 * reminders, which notifications were claimed and sent, people's time zones, and the Teams
 * activity feed.
 */
export type NotificationKind = (typeof notificationKinds)[number];
export type DeliveryState = (typeof deliveryStates)[number];

/**
 * A notification claimed in the site before it is sent. Its key is unique in the list, so two
 * runs (or a retry) can never both claim the same notification.
 */
export interface NotificationRecord {
  readonly id: string;
  readonly key: string;
  readonly kind: NotificationKind;
  readonly recipientId: string;
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly claimedAt: IsoDateTime;
  readonly sentAt?: IsoDateTime;
  readonly lastError?: string;
  readonly version?: string;
}

export interface NotificationClaim {
  readonly key: string;
  readonly kind: NotificationKind;
  readonly recipientId: string;
}

/** Claimed now, or already in the list (claimed by an earlier run, sent or failed). */
export type ClaimOutcome =
  | { readonly claimed: true; readonly record: NotificationRecord }
  | { readonly claimed: false; readonly record: NotificationRecord };

/**
 * A Teams activity feed notification, as `sendActivityNotification` takes it: a text topic with
 * a link into the app, one of the manifest's activity types, and its template's parameters.
 */
export interface ActivityNotification {
  readonly recipientId: string;
  readonly activityType: NotificationKind;
  readonly topic: { readonly value: string; readonly webUrl: string };
  readonly previewText: string;
  readonly templateParameters: Readonly<Record<string, string>>;
  /** The same chain id replaces an earlier notification in the recipient's feed. */
  readonly chainId: number;
}

/** How a claimed notification's send went: sent at a time, or failed with a reason. */
export interface NotificationSettlement {
  readonly record: NotificationRecord;
  readonly outcome: { readonly sentAt: IsoDateTime } | { readonly error: string };
}

export interface RhythmRepository {
  /** Everyone's preferences, by person id (people with none are absent). */
  listReminderPreferences(
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, ReminderPreferences>>;
  /** Claims each notification in `$batch`es of 20; a key already in the list is not claimed. */
  claimNotifications(
    claims: readonly NotificationClaim[],
    now: IsoDateTime,
    options?: RequestOptions,
  ): Promise<ClaimOutcome[]>;
  /**
   * Claims again, in `$batch`es, notifications earlier attempts left failed or unconfirmed, with
   * If-Match on the versions read: the records this run took (not those another run took first).
   */
  reclaimNotifications(
    records: readonly NotificationRecord[],
    now: IsoDateTime,
    options?: RequestOptions,
  ): Promise<NotificationRecord[]>;
  /**
   * Records how each send went, in `$batch`es of 20 (If-Match on the claimed version: a record
   * another run took over meanwhile is left to it).
   */
  settleNotifications(
    settlements: readonly NotificationSettlement[],
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Sends each notification to its recipient's Teams activity feed, in `$batch`es of 20. Each
   * outcome is undefined (sent) or the error that kept it from being sent.
   */
  sendActivityNotifications(
    notifications: readonly ActivityNotification[],
    options?: RequestOptions,
  ): Promise<(OkrError | undefined)[]>;
  /**
   * People's mailbox time zones as IANA names; people whose zone cannot be read (no permission,
   * not in the directory, a zone name not known) are absent.
   */
  mailboxTimeZones(
    personIds: readonly string[],
    options?: RequestOptions,
  ): Promise<ReadonlyMap<string, string>>;
}
