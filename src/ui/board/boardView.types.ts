import type { FinalScore } from '../../core/closing';
import type { RolledUpSource } from '../../core/value-sentences';
import type {
  Cycle,
  Initiative,
  IsoDate,
  KeyResult,
  Objective,
  Status,
  Team,
} from '../../core/model';
import type { TrendDirection } from '../components/ConfidenceTrend/ConfidenceTrend';

/** A KR with what the core computes about it, ready to show. */
export interface KeyResultView {
  readonly keyResult: KeyResult;
  readonly progress: number;
  readonly status: Status;
  /** Not done, and no check-in within the check-in cadence. */
  readonly needsCheckIn: boolean;
  /** The day check-ins open, while its cycle's first day is ahead: Check in waits until then. */
  readonly checkInsOpenOn?: IsoDate;
  /** The work under the KR; never counted towards its progress. */
  readonly initiatives: readonly Initiative[];
  /** The ids of its initiatives past their due day and still open, when any is. */
  readonly overdueInitiatives?: ReadonlySet<string>;
  /** In a closed cycle: its final score, shown in place of its status. */
  readonly final?: FinalScore;
  /** Where its progress comes from, when it rolls up from the OKRs aligned to it. */
  readonly rolledUpFrom?: {
    readonly sources: readonly RolledUpSource[];
    /** Its sources on other boards (not loaded here). */
    readonly elsewhere: number;
  };
}

export interface ObjectiveView {
  readonly objective: Objective;
  readonly progress: number;
  readonly status: Status;
  readonly keyResults: readonly KeyResultView[];
  /**
   * The objective this one aligns to: on the board, or another team's or cycle's once read
   * (`withParentsElsewhere`).
   */
  readonly parent?: Objective;
  /** The cycle of `parent` when it is another one (the year a quarter's objective aligns to). */
  readonly parentCycle?: Cycle;
  /** In a closed cycle: its final score, shown in place of its status. */
  readonly final?: FinalScore;
}

/** An objective of another board, read to say where one of this board's aligns. */
export interface ElsewhereObjective {
  readonly objective: Objective;
  /** Its cycle, when it is not the board's own (a year's, a quarter's). */
  readonly cycle?: Cycle;
}

export interface TeamView {
  readonly team: Team;
  readonly objectives: readonly ObjectiveView[];
}

/** Each KR's confidence trend, by its id; a KR with none has none to show (yet). */
export type KeyResultTrends = ReadonlyMap<string, TrendDirection>;
