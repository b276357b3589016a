import type { Board } from '../../../store/repository';

export interface AlignmentTreeProps {
  /** The whole cycle across teams: every objective and the teams they belong to. */
  readonly board: Board;
}
