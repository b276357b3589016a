import type { RankedPrompt } from '../../../core/coaching';
import type { MeasureWords } from '../../../core/format';
import type { KeyResult } from '../../../core/model';
import type {
  RevealedVote,
  RoundControl,
  RoundKeyResultStatus,
  RoundOutcome,
  RoundSummary,
  SkippedKeyResult,
  SummaryNames,
  VoteStatistics,
} from '../../../core/rituals';
import type { BoardData } from '../../board/useBoardData';
import type { MeetingSay } from '../meeting-words';
import type { EndRoundQuestion, RoundEnding } from '../round/EndRound';
import type { StageRound } from '../round/stage-url';
import type { OutcomeForm } from './useOutcomeForm';

export interface StageProps {
  readonly round: StageRound;
}

export type LiveStatus =
  | { readonly status: 'connecting' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready' };

export interface StageState extends OutcomeForm {
  /** The reader's locale, for the KR's numbers. */
  readonly locale: string;
  /** The stage's messages in the reader's language. */
  readonly say: MeetingSay;
  /** How a KR's values read in the reader's language. */
  readonly measure: MeasureWords;
  /** The agreed value is a big jump or past 100%: why it needs confirming (and a note) before it is saved. */
  readonly jumpToConfirm: string | undefined;
  readonly confirmedJump: boolean;
  readonly setConfirmedJump: (confirmed: boolean) => void;
  readonly live: LiveStatus;
  readonly board: BoardData;
  readonly retry: () => void;
  readonly control: RoundControl;
  /** 1-based position of the KR under review, and how many there are. */
  readonly position: number;
  readonly total: number;
  /** The KR under review, with the value and confidence saved in this round once saved. */
  readonly keyResult: KeyResult | undefined;
  readonly facilitator: boolean;
  readonly scale: { readonly min: number; readonly max: number };
  readonly participantCount: number;
  /** When the round started, for everyone: the first claim of a facilitator's stage, once known. */
  readonly startedAt: string | undefined;
  /** Who has voted on this KR, in one order for everyone (names only: votes are sealed). */
  readonly voters: readonly string[];
  readonly myVote: number | undefined;
  readonly vote: (value: number) => void;
  /** After the reveal: each sealed vote as this client verified it. */
  readonly votes: readonly RevealedVote[];
  /** Of the valid revealed votes. */
  readonly statistics: VoteStatistics | undefined;
  readonly prompt: RankedPrompt | undefined;
  /** What the stage shows after the votes; undefined until it has loaded (after first paint). */
  readonly steps: typeof import('./renderRoundSteps') | undefined;
  readonly outcome: RoundOutcome | undefined;
  readonly problem: string | undefined;
  readonly summary: RoundSummary | undefined;
  readonly summaryNames: SummaryNames;
  /** The summary as plain text for the meeting chat. */
  readonly summaryText: string | undefined;
  readonly copied: 'idle' | 'copied' | 'failed';
  /**
   * The finished round's record in Meeting Sessions: written by this stage (saving, failed),
   * recorded (by any stage), or waiting for the stage of the facilitator who finished it (`by`).
   */
  readonly recorded:
    | { readonly status: 'idle' | 'saving' | 'saved' | 'failed' }
    | { readonly status: 'waiting'; readonly by: string | undefined };
  /** Writes the finished round to Meeting Sessions again, after it failed. */
  readonly recordAgain: () => void;
  /** What ending the round now would leave (a facilitator's, while the round runs). */
  readonly ending: RoundEnding | undefined;
  /** The facilitator's "End the round" question. */
  readonly endRound: EndRoundQuestion;
  /** Ends the round for everyone, on the KR under review; the keyboard goes to its summary. */
  readonly endRoundNow: () => void;
  /** Takes the finished round back to the KR it ended on, for everyone (ended by mistake). */
  readonly reopen: () => void;
  readonly copySummary: () => void;
  readonly skipReason: string;
  /** Skip was pressed without a reason. */
  readonly skipUnexplained: boolean;
  readonly setSkipReason: (reason: string) => void;
  readonly reveal: () => void;
  readonly revote: () => void;
  /** Skips the KR under review with `skipReason`; without one, asks for it. */
  readonly skip: () => void;
  readonly next: () => void;
  /** The KRs of the round, in order, with where each stands (for going back and forth). */
  readonly roundKeyResults: readonly {
    readonly keyResultId: string;
    readonly title: string;
    readonly status: RoundKeyResultStatus;
    readonly current: boolean;
  }[];
  /** Back (or forward) to the KR at this 0-based position, for everyone. */
  readonly goTo: (position: number) => void;
  /** Reopens the saved outcome of the KR under review, to save a correction. */
  readonly correct: () => void;
  /** The KR under review was skipped earlier in the round (gone back to). */
  readonly skippedEarlier: SkippedKeyResult | undefined;
  /**
   * A step the facilitator asked for (Next, a KR of the round, Skip, Vote again) that would drop
   * revealed votes whose outcome is not saved: asked about before it is taken. Positions are
   * 1-based.
   */
  readonly leaving:
    | {
        /** What drops them: moving to another KR (or finishing), skipping the KR, voting again. */
        readonly step:
          | { readonly kind: 'move' }
          | { readonly kind: 'skip'; readonly reason: string }
          | { readonly kind: 'revote' };
        readonly from: { readonly position: number; readonly title: string };
        /** Where the round goes next; undefined when the step finishes the round (or stays). */
        readonly to: { readonly position: number; readonly title: string } | undefined;
        readonly votes: number;
        readonly median: number | undefined;
        /** The KR was saved earlier: what is not saved is its correction. */
        readonly correcting: boolean;
      }
    | undefined;
  /** The question's dialog, loaded once votes are revealed on a facilitator's stage. */
  readonly unsavedVotesDialog: typeof import('./UnsavedVotesDialog') | undefined;
  /** Stays, with the keyboard on the outcome's Save button. */
  readonly saveFirst: () => void;
  /** Takes the step asked about, dropping the votes. */
  readonly moveOnWithoutSaving: () => void;
  /** Stays, with the keyboard back where it was (Escape). */
  readonly stay: () => void;
}
