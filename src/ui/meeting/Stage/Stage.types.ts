import type { RankedPrompt } from '../../../core/coaching';
import type { KeyResult } from '../../../core/model';
import type { BoardData } from '../../board/useBoardData';
import type { RoundControl, RoundOutcome, Vote } from '../round/types';
import type { StageRound } from '../round/stage-url';
import type { VoteSpreadStats } from '../round/spread';

export interface StageProps {
  readonly round: StageRound;
}

export type LiveStatus =
  | { readonly status: 'connecting' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready' };

export interface StageState {
  /** The reader's locale, for the KR's numbers. */
  readonly locale: string;
  /** The agreed value is a big jump: why it needs confirming (and a note) before it is saved. */
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
  readonly keyResult: KeyResult | undefined;
  readonly keyResultTitles: Readonly<Record<string, string>>;
  readonly facilitator: boolean;
  readonly scale: { readonly min: number; readonly max: number };
  readonly participantCount: number;
  /** Who has voted on this KR (names only while voting). */
  readonly voters: readonly string[];
  readonly myVote: number | undefined;
  readonly vote: (value: number) => void;
  readonly revealed: readonly Vote[];
  readonly spread: VoteSpreadStats | undefined;
  readonly prompt: RankedPrompt | undefined;
  readonly outcome: RoundOutcome | undefined;
  readonly agreedValue: string;
  readonly setAgreedValue: (value: string) => void;
  readonly agreedConfidence: string;
  readonly setAgreedConfidence: (value: string) => void;
  readonly note: string;
  readonly setNote: (note: string) => void;
  readonly saving: boolean;
  readonly problem: string | undefined;
  readonly reveal: () => void;
  readonly revote: () => void;
  readonly save: () => void;
  readonly next: () => void;
}
