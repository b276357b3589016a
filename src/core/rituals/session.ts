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
  /** The summary the facilitator shared, as plain text. */
  readonly summary: string;
  readonly startedAt: string;
  readonly endedAt: string;
}

/** The record of a finished round; `startedAt`/`endedAt` are passed in (the core has no clock). */
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
    roundId: control.roundId,
    keyResultIds: control.keyResultIds,
    outcomes: summary.saved,
    skipped: summary.skipped,
    summary: summaryText(summary, { titleOf, valueOf }),
  };
}
