import type { RefObject } from 'react';
import type { Say } from '../../board/say';
import type { StoryBlock } from './storyBlocks';

export interface StoryPanelProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /**
   * The button that opens it: closed (Escape, Close), the drawer hands the focus back to it. It
   * fell to the page's body, and the next Tab started from the top of the page.
   */
  readonly openedBy?: RefObject<HTMLElement | null>;
}

export interface StoryPanelState {
  /** The drawer's words, in the reader's language. */
  readonly say: Say;
  readonly open: boolean;
  readonly close: () => void;
  readonly blocks: readonly StoryBlock[];
  readonly canEdit: boolean;
  readonly editing: boolean;
  readonly startEditing: () => void;
  readonly cancelEditing: () => void;
  readonly draft: string;
  readonly setDraft: (draft: string) => void;
  /** Why the draft cannot be saved (empty, too long), shown on the field as it is typed. */
  readonly problem: string | undefined;
  readonly save: () => void;
  readonly saving: boolean;
  /** The last save went through (until the next edit). */
  readonly saved: boolean;
  readonly error: unknown;
  readonly editButton: RefObject<HTMLButtonElement>;
  readonly editor: RefObject<HTMLTextAreaElement>;
  readonly maxLength: number;
}
