import type { KeyboardEvent, RefObject } from 'react';
import type { AlignmentTree as Tree } from '../../../core/alignment';
import type { FinalScore } from '../../../core/closing';
import type { Cycle, Objective, Status } from '../../../core/model';
import type { Board } from '../../../store/repository';

export interface AlignmentTreeProps {
  /** The whole cycle across teams: every objective and the teams they belong to. */
  readonly board: Board;
}

export interface AlignmentTreeState {
  readonly tree: Tree<Objective>;
  readonly teamName: (teamId: string) => string;
  readonly titleOf: (objectiveId: string) => string | undefined;
  /** The cycle of an objective of another cycle (none for the board's own). */
  readonly cycleOf: (objectiveId: string) => Cycle | undefined;
  readonly progressOf: (objectiveId: string) => number;
  readonly statusOf: (objectiveId: string) => Status;
  /** In a closed cycle: an objective's final score, shown in place of its status. */
  readonly finalOf: (objectiveId: string) => FinalScore | undefined;
  /** The titles of the objectives in each loop of parents. */
  readonly loops: readonly (readonly string[])[];
  /** The search as typed. */
  readonly query: string;
  readonly search: (query: string) => void;
  /** Escape clears the search; Enter takes the focus to the first objective found. */
  readonly onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** The objectives the search found, to mark; none without a search. */
  readonly found: ReadonlySet<string>;
  readonly openItems: ReadonlySet<string>;
  readonly setOpenItems: (openItems: ReadonlySet<string>) => void;
  readonly treeRef: RefObject<HTMLDivElement>;
}
