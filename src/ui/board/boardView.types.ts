import type { KeyResult, Objective, Status, Team } from '../../core/model';
import type { TrendDirection } from '../components/ConfidenceTrend/ConfidenceTrend';

/** A KR with what the core computes about it, ready to show. */
export interface KeyResultView {
  readonly keyResult: KeyResult;
  readonly progress: number;
  readonly status: Status;
  readonly trend?: TrendDirection;
  /** No check-in for longer than the operating model allows. */
  readonly stale: boolean;
}

export interface ObjectiveView {
  readonly objective: Objective;
  readonly progress: number;
  readonly status: Status;
  readonly keyResults: readonly KeyResultView[];
  /** The objective this one aligns to, when it is on the board. */
  readonly parent?: Objective;
}

export interface TeamView {
  readonly team: Team;
  readonly objectives: readonly ObjectiveView[];
}
