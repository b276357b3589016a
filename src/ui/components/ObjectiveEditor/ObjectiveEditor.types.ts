import type { EditorState } from '../EditorDialog/EditorDialog';
import type { AlignmentGroup } from './alignmentChoices';
import type { Objective, ObjectiveCommitment, Person, Team } from '../../../core/model';
import type { Board } from '../../../store/repository';
import type { Say } from '../../board/say';

export interface ObjectiveEditorProps {
  /** The board the objective belongs to: its cycle, teams and the objectives to align to. */
  readonly board: Board;
  /** Edit this objective; create a new one when omitted. */
  readonly objective?: Objective;
  /** The team a new objective belongs to unless changed: the tab's own team. */
  readonly defaultTeamId?: string;
  readonly onDismiss: () => void;
  /** Offers "Delete" when editing an existing item; the board confirms and deletes. */
  readonly onDelete?: () => void;
  readonly onSaved: (objective: Objective) => void;
}

export type ObjectiveField = 'title' | 'description' | 'teamId' | 'commitment' | 'parentId';

export interface ObjectiveEditorState extends EditorState<Objective> {
  /** The editor's words in the reader's language. */
  readonly say: Say;
  readonly setTitle: (title: string) => void;
  readonly description: string;
  readonly setDescription: (description: string) => void;
  readonly teamId: string;
  readonly setTeamId: (teamId: string) => void;
  readonly teams: readonly Team[];
  readonly commitment: ObjectiveCommitment;
  readonly setCommitment: (commitment: ObjectiveCommitment) => void;
  readonly allowAspirational: boolean;
  readonly parentId: string;
  readonly setParentId: (parentId: string) => void;
  /**
   * Every objective it may align to: its cycle's by team, the company's first, then those of the
   * cycles around its own (its year's), by cycle.
   */
  readonly parentGroups: readonly AlignmentGroup[];
  /** An objective aligned to several others: what they are, and what choosing another parent does. */
  readonly alignmentNote: string | undefined;
  readonly owner: Person | undefined;
  readonly setOwner: (people: readonly Person[]) => void;
  readonly errors: Readonly<Partial<Record<ObjectiveField, string>>>;
  /** The person left the title field: read it now. */
  readonly settleCoaching: () => void;
}
