/**
 * The OKR domain model. Every surface, the store and the coaching engine speak these types.
 * Ids are the store's (SharePoint list item ids as strings); `version` is the store's
 * concurrency token (an eTag), opaque to the domain.
 */

import type { CoachingPlan } from './coaching-plan';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant, ISO 8601 in UTC, e.g. `2026-11-24T09:30:00Z`. */
export type IsoDateTime = string;

export interface Person {
  /** Entra ID object id (or the emulator's user id). */
  readonly id: string;
  readonly displayName: string;
  readonly email?: string;
}

export const cycleStates = ['planning', 'active', 'closed'] as const;
export type CycleState = (typeof cycleStates)[number];

export interface Cycle {
  readonly id: string;
  /** Where an imported item came from (e.g. `viva:1234`); a second import updates it. */
  readonly sourceId?: string;
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly state: CycleState;
  /** The dated rituals of the cycle (planning week, check-ins, review, close, retrospective). */
  readonly coachingPlan?: CoachingPlan;
  /**
   * What coaches chose not to carry into this cycle, by the id of the cycle it stays in: each
   * coach's next-cycle screen leaves it unticked, also after a reload.
   */
  readonly leftOut?: Readonly<Record<string, LeftOutOfCycle>>;
  readonly version?: string;
}

/** Objectives and key results of one cycle, by id, left out of the one that follows it. */
export interface LeftOutOfCycle {
  readonly objectiveIds: readonly string[];
  readonly keyResultIds: readonly string[];
}

/** A team, or the company itself (the root, with no parent). */
export interface Team {
  readonly id: string;
  readonly sourceId?: string;
  readonly name: string;
  readonly parentTeamId?: string;
  /** The Microsoft 365 group (Teams team) this team works in, so its channels offer it first. */
  readonly groupId?: string;
  /** Archived teams keep their history but get no new OKRs and leave the pickers. */
  readonly archived?: boolean;
  readonly owners?: readonly Person[];
  readonly version?: string;
}

/** Committed OKRs are expected to be met in full; aspirational ones stretch (0.6–0.7 is success). */
export const objectiveCommitments = ['committed', 'aspirational'] as const;
export type ObjectiveCommitment = (typeof objectiveCommitments)[number];
export const objectiveStates = ['draft', 'active', 'closed', 'abandoned'] as const;
export type ObjectiveState = (typeof objectiveStates)[number];

export const statuses = ['notStarted', 'onTrack', 'atRisk', 'offTrack', 'achieved'] as const;
export type Status = (typeof statuses)[number];

/** A person's judgement that replaces the computed status until removed. */
export interface StatusOverride {
  readonly status: Status;
  readonly reason: string;
  readonly by: Person;
  readonly at: IsoDateTime;
}

/** One objective this one contributes to, and the share of the parent it counts for (0–1). */
export interface ObjectiveAlignment {
  readonly objectiveId: string;
  readonly weight: number;
}

export interface Objective {
  readonly id: string;
  readonly sourceId?: string;
  readonly cycleId: string;
  readonly teamId: string;
  readonly title: string;
  readonly description: string;
  readonly owner?: Person;
  readonly commitment: ObjectiveCommitment;
  /** The objective this one aligns to, possibly in another team. */
  readonly parentId?: string;
  /**
   * When it aligns to several objectives (Viva Goals allowed that), or to one for a stated share:
   * each with its weight, the first being `parentId`. Absent for the usual single parent.
   */
  readonly alignments?: readonly ObjectiveAlignment[];
  /**
   * Its progress rolls up the objectives aligned to it too, each for its alignment's share, beside
   * its own key results (Viva Goals' "Update from Children"); otherwise its KRs alone count.
   */
  readonly rollsUpAligned?: boolean;
  readonly state: ObjectiveState;
  readonly statusOverride?: StatusOverride;
  /** The end-of-cycle score on the model's scale, rolled up from its KRs' scores by weight. */
  readonly score?: number;
  /** What the team learnt, from the retrospective prompts answered when the cycle closed. */
  readonly learnings?: string;
  readonly version?: string;
}

/**
 * How a KR is measured.
 * - increase / decrease: move from `start` towards `target`.
 * - stayAbove / stayBelow: keep the value on the right side of `target` (`start` is the baseline).
 * - milestone: `current` counts completed steps (or percent) from `start` to `target`.
 * - binary: done (1) or not done (0).
 */
export const keyResultKinds = [
  'increase',
  'decrease',
  'stayAbove',
  'stayBelow',
  'milestone',
  'binary',
] as const;
export type KeyResultKind = (typeof keyResultKinds)[number];

/** An objective or key result aligned below a key result, whose progress rolls up into it. */
export interface Contributor {
  readonly kind: 'objective' | 'keyResult';
  readonly id: string;
  /** Its share of the key result's progress (0–1); shares are taken relative to their sum. */
  readonly weight: number;
}

/** A value the KR should have reached by a date (a phased target); the pace runs through them. */
export interface DatedTarget {
  readonly date: IsoDate;
  readonly value: number;
}

/**
 * The longest unit a KR may have ("customers", "%", "days"): the store keeps it in a 64-character
 * line of text. One limit for the store's column, the forms and the import.
 */
export const UNIT_MAX_LENGTH = 64;

/**
 * The longest title any OKR, cycle or team may have: the store keeps titles in SharePoint's
 * Title column, a single line of text of at most 255 characters. The operating model's own
 * limit may be shorter, never longer.
 */
export const TITLE_MAX_LENGTH = 255;

export interface KeyResult {
  readonly id: string;
  readonly sourceId?: string;
  readonly objectiveId: string;
  readonly title: string;
  /** What the KR means and how it is measured, when the title does not say it all. */
  readonly description?: string;
  readonly owner?: Person;
  readonly kind: KeyResultKind;
  readonly start: number;
  readonly target: number;
  readonly current: number;
  /** At most `UNIT_MAX_LENGTH` characters. */
  readonly unit: string;
  /** Relative weight in the objective's roll-up; positive. */
  readonly weight: number;
  /** The owner's latest confidence on the organisation's scale (default 1–10). */
  readonly confidence?: number;
  /** Named steps of a milestone KR; `target` equals their count when present. */
  readonly milestones?: readonly string[];
  /** Phased targets, oldest first: the expected pace passes through each. */
  readonly targets?: readonly DatedTarget[];
  /**
   * When its progress rolls up from the OKRs aligned to it (Viva Goals' "Update from Children",
   * such as a company KR fed by team objectives or sub-KRs): those, by weight, instead of its own
   * value, which stays the last one checked in.
   */
  readonly rolledUpFrom?: readonly Contributor[];
  readonly lastCheckInAt?: IsoDateTime;
  readonly statusOverride?: StatusOverride;
  /** The end-of-cycle score on the model's scale: computed from progress, or set with a reason. */
  readonly score?: number;
  /** Why the score differs from the one computed from progress. */
  readonly scoreReason?: string;
  /** The workbook cell that feeds this KR, when one is linked from Excel. */
  readonly excelLink?: ExcelCellLink;
  readonly version?: string;
}

/** A cell of a user's workbook bound to a KR: its value changes propose check-ins. */
export interface ExcelCellLink {
  /** The workbook's file name, e.g. `Finance.xlsx`. */
  readonly workbook: string;
  readonly sheet: string;
  /** One cell in A1 style, e.g. `B5`. */
  readonly address: string;
  /** The Excel binding that watches the cell, inside that workbook. */
  readonly bindingId: string;
}

export const initiativeStatuses = ['notStarted', 'inProgress', 'done', 'dropped'] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

/**
 * The work under a key result: what the team does to move it. Initiatives never count towards
 * progress; the KR's measure does.
 */
export interface Initiative {
  readonly id: string;
  readonly keyResultId: string;
  readonly title: string;
  readonly owner?: Person;
  readonly status: InitiativeStatus;
  readonly dueDate?: IsoDate;
  /** A web link to where the work is tracked (a plan, a board, a document); http or https. */
  readonly link?: string;
  readonly sourceId?: string;
  readonly version?: string;
}

export const checkInSources = ['teams', 'excel', 'meeting'] as const;
export type CheckInSource = (typeof checkInSources)[number];

/**
 * How the owner judged the KR when checking in: Viva Goals' check-in Status (On Track, Behind,
 * At Risk, Not Started, Closed, Postponed), kept as said so nothing of the history is lost. It is
 * the owner's word at that check-in, not the computed status (`Status`).
 */
export const checkInStatuses = [
  'notStarted',
  'onTrack',
  'behind',
  'atRisk',
  'closed',
  'postponed',
] as const;
export type CheckInStatus = (typeof checkInStatuses)[number];

export interface CheckIn {
  readonly id?: string;
  /** Generated by the client before the first attempt, so a retried write is recognised. */
  readonly clientId: string;
  readonly keyResultId: string;
  readonly value: number;
  readonly confidence?: number;
  readonly note: string;
  /** The status the owner gave with the check-in, where they gave one (imported from Viva Goals). */
  readonly status?: CheckInStatus;
  readonly author: Person;
  readonly at: IsoDateTime;
  readonly source: CheckInSource;
  /** The Teams meeting the check-in was made in, when `source` is `meeting`. */
  readonly meetingId?: string;
  /**
   * The store's concurrency token: correcting or withdrawing a check-in changed since this version
   * was read is refused as a conflict.
   */
  readonly version?: string;
  /** The latest correction of this check-in; SharePoint's version history keeps the earlier ones. */
  readonly correction?: CheckInCorrection;
}

/** Why a check-in was corrected (or withdrawn), by whom and when: the audit a reader sees. */
export interface CheckInCorrection {
  readonly reason: string;
  readonly by: Person;
  readonly at: IsoDateTime;
}

/** An object built a property at a time, before it is handed out as the read-only type. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
