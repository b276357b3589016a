import type { Person } from '../model';
import type { RoundControl, RoundOutcome, SkippedKeyResult } from './round';
import { roundSummary, summaryText, type SummaryNames } from './summary';

/** A check-in round as the Meeting Sessions list keeps it: what was reviewed and how it ended. */
export interface MeetingSession {
  readonly id?: string;
  readonly roundId: string;
  readonly meetingId: string;
  readonly cycleId: string;
  /** The teams whose board the round reviewed. */
  readonly teamIds: readonly string[];
  readonly facilitator: Person;
  readonly keyResultIds: readonly string[];
  readonly outcomes: readonly RoundOutcome[];
  readonly skipped: readonly SkippedKeyResult[];
  /** The KRs neither saved nor skipped: not reached, as when the round was ended early. */
  readonly notReviewed: readonly string[];
  /** The summary the facilitator shared, as plain text. */
  readonly summary: string;
  readonly startedAt: string;
  readonly endedAt: string;
}

/**
 * The record of a finished round. Its start, end and facilitator are the round's own, shared with
 * every client (`startedAt`, `finished`), whoever writes it; those passed in stand only for a round
 * that holds none (one run by an older version of the app). The core has no clock.
 */
export function meetingSessionOf(
  control: RoundControl,
  details: {
    readonly meetingId: string;
    readonly cycleId: string;
    readonly teamIds: readonly string[];
    readonly facilitator: Person;
    readonly startedAt: string;
    readonly endedAt: string;
  } & SummaryNames,
): MeetingSession {
  const summary = roundSummary(control);
  const { titleOf, valueOf, ...rest } = details;
  return {
    ...rest,
    facilitator: control.finished?.by ?? details.facilitator,
    startedAt: control.startedAt ?? details.startedAt,
    endedAt: control.finished?.at ?? details.endedAt,
    roundId: control.roundId,
    keyResultIds: control.keyResultIds,
    outcomes: summary.saved,
    skipped: summary.skipped,
    notReviewed: summary.notReviewed,
    summary: summaryText(summary, { titleOf, valueOf }),
  };
}
