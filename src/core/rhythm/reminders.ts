import { confidenceTrend } from '../confidence';
import { addDays, daysBetween, weekday } from '../dates';
import { dayIn, type DayOf } from '../day-of';
import { createCatalogue, type Catalogue } from '../i18n';
import type { CheckIn, Cycle, IsoDateTime, KeyResult, Objective, Person, Team } from '../model';
import type { OperatingModel } from '../operating-model';
import { keyResultProgress, reachedTarget } from '../progress';
import { checkInWindowAt, defaultReminderTime, type CheckInWindow } from './schedule';
import { localDateOf, zonedInstant } from './zoned-time';

/**
 * The rhythm that keeps itself: who is reminded to check in, and what each coach's weekly
 * digest says. Pure: the caller brings the boards, people's time zones and preferences, and
 * the current instant; the plan says what to send, each notification with a key that names it
 * once and for all (a person, a cycle, a check-in day), so a second run can recognise it.
 */

/** A person's own say over reminders, kept in the OKR site. */
export interface ReminderPreferences {
  readonly personId: string;
  readonly optedOut: boolean;
  /** No reminder or digest before this instant. */
  readonly snoozedUntil?: IsoDateTime;
  readonly version?: string;
}

/** How long a snooze lasts, as the Programme's "snooze for a week" offers it. */
export const snoozeDays = 7;

/**
 * A check-in made this close before the window opens counts for the window: people who have just
 * checked in are not reminded (Viva Goals skipped them too).
 */
export const justCheckedInHours = 24;

/** An active cycle's board as the planner needs it. */
export interface CycleBoard {
  readonly cycle: Cycle;
  readonly teams: readonly Team[];
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
  /** Check-ins per KR, for the confidence trends of the digest. */
  readonly history: ReadonlyMap<string, readonly Pick<CheckIn, 'confidence' | 'at'>[]>;
}

export interface CheckInReminder {
  readonly kind: 'checkInDue';
  readonly key: string;
  readonly recipient: Person;
  readonly cycle: Cycle;
  readonly window: CheckInWindow;
  /** The recipient's KRs that need a check-in, in board order. */
  readonly keyResults: readonly KeyResult[];
}

export interface CoachDigest {
  readonly kind: 'coachDigest';
  readonly key: string;
  readonly recipient: Person;
  readonly window: CheckInWindow;
  readonly staleKeyResults: readonly KeyResult[];
  readonly fallingConfidence: readonly KeyResult[];
  /** Teams with KRs, none of which was checked in within one cadence. */
  readonly quietTeams: readonly Team[];
}

export type PlannedNotification = CheckInReminder | CoachDigest;

export type SkipReason = 'optedOut' | 'snoozed' | 'noOwner';

export interface SkippedReminder {
  readonly reason: SkipReason;
  readonly personId?: string;
  readonly keyResultId?: string;
}

export interface ReminderPlanInput {
  readonly now: IsoDateTime;
  readonly model: OperatingModel;
  /** The active cycles' boards. */
  readonly boards: readonly CycleBoard[];
  /** Coaches, who get the weekly digest. */
  readonly coaches: readonly Person[];
  /** A person's IANA time zone (the organisation's when their own is not known). */
  readonly timeZoneOf: (personId: string) => string;
  readonly preferences: ReadonlyMap<string, ReminderPreferences>;
  readonly reminderTime?: string;
}

export interface ReminderPlan {
  readonly notifications: readonly PlannedNotification[];
  readonly skipped: readonly SkippedReminder[];
}

export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const notifications: PlannedNotification[] = [];
  const skipped: SkippedReminder[] = [];
  const reminderTime = input.reminderTime ?? defaultReminderTime;
  const quiet = (personId: string): SkipReason | undefined => {
    const preferences = input.preferences.get(personId);
    if (preferences?.optedOut) return 'optedOut';
    if (preferences?.snoozedUntil && Date.parse(preferences.snoozedUntil) > Date.parse(input.now))
      return 'snoozed';
    return undefined;
  };

  for (const board of input.boards) {
    const activeObjectives = new Set(
      board.objectives.filter((o) => o.state === 'active').map((o) => o.id),
    );
    const byOwner = new Map<string, { owner: Person; keyResults: KeyResult[] }>();
    for (const keyResult of board.keyResults) {
      if (!activeObjectives.has(keyResult.objectiveId)) continue;
      // A KR rolled up from the OKRs aligned to it moves with their check-ins, not its own.
      if (keyResult.rolledUpFrom?.length) continue;
      if (!keyResult.owner) {
        skipped.push({ reason: 'noOwner', keyResultId: keyResult.id });
        continue;
      }
      const entry = byOwner.get(keyResult.owner.id) ?? { owner: keyResult.owner, keyResults: [] };
      entry.keyResults.push(keyResult);
      byOwner.set(keyResult.owner.id, entry);
    }
    for (const { owner, keyResults } of byOwner.values()) {
      const window = checkInWindowAt(
        input.now,
        input.timeZoneOf(owner.id),
        input.model.checkIn,
        board.cycle,
        reminderTime,
      );
      if (!window) continue;
      const due = keyResults.filter((keyResult) => needsCheckIn(keyResult, window));
      if (due.length === 0) continue;
      const reason = quiet(owner.id);
      if (reason) {
        skipped.push({ reason, personId: owner.id });
        continue;
      }
      notifications.push({
        kind: 'checkInDue',
        key: `checkInDue:${owner.id}:${board.cycle.id}:${window.day}`,
        recipient: owner,
        cycle: board.cycle,
        window,
        keyResults: due,
      });
    }
  }

  if (input.boards.length > 0) {
    for (const coach of input.coaches) {
      const timeZone = input.timeZoneOf(coach.id);
      const window = weeklyWindowAt(input.now, timeZone, input.model.checkIn.day, reminderTime);
      const reason = quiet(coach.id);
      if (reason) {
        skipped.push({ reason, personId: coach.id });
        continue;
      }
      notifications.push({
        kind: 'coachDigest',
        key: `coachDigest:${coach.id}:${window.day}`,
        recipient: coach,
        window,
        ...digestOf(
          input.boards,
          input.model,
          localDateOf(input.now, timeZone),
          // The coach's day, and each check-in's day on the coach's calendar too.
          (at) => dayIn((instant) => localDateOf(instant, timeZone), at),
        ),
      });
    }
  }
  return { notifications, skipped };
}

function needsCheckIn(keyResult: KeyResult, window: CheckInWindow): boolean {
  if (reachedTarget(keyResult.kind, keyResultProgress(keyResult))) return false;
  if (!keyResult.lastCheckInAt) return true;
  const countsFrom = Date.parse(window.opensAt) - justCheckedInHours * 3_600_000;
  return Date.parse(keyResult.lastCheckInAt) < countsFrom;
}

/** The week that `now` falls in, opening on the weekday at the reminder time in the zone. */
function weeklyWindowAt(
  now: IsoDateTime,
  timeZone: string,
  day: number,
  reminderTime: string,
): CheckInWindow {
  const today = localDateOf(now, timeZone);
  let opening = addDays(today, -((weekday(today) - day + 7) % 7));
  if (Date.parse(zonedInstant(opening, reminderTime, timeZone)) > Date.parse(now))
    opening = addDays(opening, -7);
  return {
    day: opening,
    opensAt: zonedInstant(opening, reminderTime, timeZone),
    closesAt: zonedInstant(addDays(opening, 7), reminderTime, timeZone),
  };
}

function digestOf(
  boards: readonly CycleBoard[],
  model: OperatingModel,
  today: string,
  dayOf: DayOf,
): Pick<CoachDigest, 'staleKeyResults' | 'fallingConfidence' | 'quietTeams'> {
  const staleKeyResults: KeyResult[] = [];
  const fallingConfidence: KeyResult[] = [];
  const quietTeams: Team[] = [];
  for (const board of boards) {
    for (const keyResult of board.keyResults) {
      // A rolled-up KR is never checked in itself: it is as fresh as its sources.
      if (keyResult.rolledUpFrom?.length) continue;
      const trend = confidenceTrend(
        board.history.get(keyResult.id) ?? [],
        today,
        model,
        dayOf,
      ).trend;
      if (trend === 'stale') staleKeyResults.push(keyResult);
      else if (trend === 'falling') fallingConfidence.push(keyResult);
    }
    const teamOf = new Map(board.objectives.map((o) => [o.id, o.teamId]));
    const recent = (keyResult: KeyResult) =>
      keyResult.lastCheckInAt !== undefined &&
      daysBetween(dayOf(keyResult.lastCheckInAt), today) <= model.checkIn.cadenceDays;
    for (const team of board.teams) {
      const own = board.keyResults.filter((kr) => teamOf.get(kr.objectiveId) === team.id);
      if (own.length > 0 && !own.some(recent) && !quietTeams.some((t) => t.id === team.id))
        quietTeams.push(team);
    }
  }
  return { staleKeyResults, fallingConfidence, quietTeams };
}

/**
 * A notification's Teams `chainId`: the same key always gives the same id, so sending a
 * notification again (after a crash left it unconfirmed) replaces it in the feed instead of
 * adding a second one. 53-bit FNV-1a, a safe integer for JSON's Int64.
 * https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification ("chainId")
 */
export function chainIdOf(key: string): number {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(key)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return Number(hash & 0x1fffffffffffffn) || 1;
}

/**
 * The activity feed's texts in English. The reminders job says them in the organisation's
 * language with `localizedReminderMessages` (its own module, so the app's bundles that only nudge
 * do not carry every language).
 */
export const reminderTemplates = {
  'checkInDue.preview.one': 'Time to check in on “{title}”.',
  'checkInDue.preview.many': 'Time to check in on {count} key results, starting with “{title}”.',
  'coachDigest.preview':
    '{stale} stale {stale|key result|key results}, {falling} with falling confidence, {quiet} {quiet|team|teams} did not check in.',
  'coachDigest.allClear': 'Every team checked in and no confidence is falling.',
  'nudge.preview': '{coach} asks for a check-in on “{title}”.',
  'coachDigest.topic': 'OKR health',
} as const;

export type ReminderMessageKey = keyof typeof reminderTemplates;

export const reminderMessages: Catalogue<ReminderMessageKey> = createCatalogue(reminderTemplates);

/** The activity feed's preview line, cut to what Teams shows (150 characters). */
export function previewTextOf(
  notification: PlannedNotification,
  locale = 'en',
  messages: Catalogue<ReminderMessageKey> = reminderMessages,
): string {
  const text =
    notification.kind === 'checkInDue'
      ? notification.keyResults.length === 1
        ? messages.format(
            'checkInDue.preview.one',
            { title: notification.keyResults[0]!.title },
            locale,
          )
        : messages.format(
            'checkInDue.preview.many',
            { count: notification.keyResults.length, title: notification.keyResults[0]!.title },
            locale,
          )
      : notification.staleKeyResults.length +
            notification.fallingConfidence.length +
            notification.quietTeams.length ===
          0
        ? messages.format('coachDigest.allClear', {}, locale)
        : messages.format(
            'coachDigest.preview',
            {
              stale: notification.staleKeyResults.length,
              falling: notification.fallingConfidence.length,
              quiet: notification.quietTeams.length,
            },
            locale,
          );
  return truncatePreview(text);
}

export const previewMaxLength = 150;

export function truncatePreview(text: string): string {
  return text.length <= previewMaxLength ? text : `${text.slice(0, previewMaxLength - 1)}…`;
}
