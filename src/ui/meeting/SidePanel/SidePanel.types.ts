import type { RefObject } from 'react';
import type { RankedPrompt } from '../../../core/coaching';
import type { KeyResult, Objective, Person } from '../../../core/model';
import type { attendeesCannotShare } from '../../../core/rituals/roles';
import type { Board } from '../../../store/repository';
import type { BoardData } from '../../board/useBoardData';
import type { StandIns } from '../../hooks/useStandIns';
import type { MeetingSay } from '../meeting-words';
import type { RoundFilter, TeamChoice } from './roundFilter';

export type SidePanelMode = 'checkIn' | 'planning';

export type ShareStatus =
  | { readonly status: 'idle' }
  /** Share to stage was pressed: learning whether a round runs, to replace it only when asked. */
  | { readonly status: 'checking' }
  | { readonly status: 'sharing' }
  | { readonly status: 'shared'; readonly url: string }
  | { readonly status: 'failed'; readonly message: string };

export type PlanningModule = typeof import('../Planning/Planning');

export type ShareParts = typeof import('./ShareParts');

export type RoundOnStageModule = typeof import('./RoundOnStage');

export interface SidePanelState {
  /** The panel's messages in the reader's language. */
  readonly say: MeetingSay;
  readonly mode: SidePanelMode;
  /** Switching to planning loads Planning's module, or tries it again if that load failed. */
  readonly setMode: (mode: SidePanelMode) => void;
  /** Planning together, once its module is in. */
  readonly planning?: PlanningModule;
  /** Why Planning is not shown: its module could not be loaded. */
  readonly planningNotLoaded?: string;
  /** Loads Planning's module (again). */
  readonly openPlanning: () => void;
  /** Fluent's `TabList` for the mode, once loaded after the first paint (a stand-in until then). */
  readonly modeTabs: StandIns<typeof import('../../components/ViewTabs')>;
  readonly data: BoardData;
  readonly reload: () => void;
  readonly board: Board | undefined;
  readonly groups: readonly {
    readonly objective: Objective;
    readonly keyResults: readonly KeyResult[];
  }[];
  /** The groups the KR picker shows: those of the filter's team and owner matching the search. */
  readonly pickerGroups: SidePanelState['groups'];
  readonly search: string;
  readonly setSearch: (search: string) => void;
  /** The team and owner the round is narrowed to, kept for the meeting (`roundFilter.ts`). */
  readonly filter: RoundFilter;
  /**
   * The teams and owners to narrow to: those the board's objectives and key results have, the
   * teams as a tree.
   */
  readonly filterChoices: {
    readonly teams: readonly TeamChoice[];
    readonly owners: readonly Person[];
  };
  /** Narrows the round; the picks the new filter hides are dropped. */
  readonly changeFilter: (patch: RoundFilter) => void;
  /** In check-in, the filter leaves no key result to prompt about or review. */
  readonly filterLeavesNone: boolean;
  /** Lets every team and owner through again, the keyboard on the prompts that come back. */
  readonly clearFilter: () => void;
  /** The team and owner dropdowns, once loaded after the panel's first paint. */
  readonly roundFilters?: typeof import('./RoundFilters');
  readonly selected: ReadonlySet<string>;
  readonly toggle: (keyResultId: string) => void;
  /** Picks all of these KRs, or none when all are picked. */
  readonly toggleAll: (keyResultIds: readonly string[]) => void;
  /** Why this participant cannot share a round (an attendee); undefined when they can. */
  readonly shareRefusal: typeof attendeesCannotShare | undefined;
  /** A round runs, or may: sharing would replace it, and waits for a confirmation. */
  readonly confirmingReplace: boolean;
  /** What is asked about is an ended round's summary, not recorded yet, not a running round. */
  readonly replacingSummary: boolean;
  /** The round running in the meeting, named when replacing it is asked about. */
  readonly runningRound?: import('./RoundOnStage').RunningRound;
  /** Why whether a round runs could not be checked, said when replacing one is asked about. */
  readonly roundUnchecked?: string;
  /** Teams says the app is no longer on the stage: what was shared is not there any more. */
  readonly offStage: boolean;
  /**
   * The confirmation's dialog and the failure's message bar, loaded once the panel is painted (or
   * by Share to stage, if that load failed): the dialog is mounted closed once they are in.
   */
  readonly shareParts?: ShareParts;
  readonly confirmReplace: () => void;
  readonly cancelReplace: () => void;
  /** The check-in's prompts: about the key results picked, else all the filter lets through. */
  readonly prompts: readonly RankedPrompt[];
  readonly promptsHeading: RefObject<HTMLHeadingElement>;
  /** `getAppContentStageSharingCapabilities` allows sharing; undefined while asking. */
  readonly canShare: boolean | undefined;
  readonly share: ShareStatus;
  readonly shareToStage: () => void;
  /** Where the round opens without a stage to share to (a plain browser). */
  readonly stageUrl: string | undefined;
  /**
   * The round on the stage, as everyone's panel shows it: loaded (and joined over Live Share)
   * once the panel is painted, in a meeting.
   */
  readonly roundOnStage?: {
    readonly module: RoundOnStageModule;
    readonly props: import('./RoundOnStage').RoundOnStageProps;
  };
  /** A shared draft became an objective on the board. */
  readonly onObjectiveSaved: (objective: Objective) => void;
}
