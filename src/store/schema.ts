/**
 * The SharePoint list schema as code: every list, column, type and index the store uses. It is
 * the single source of truth for names; provisioning creates exactly this, the mapping reads and
 * writes exactly these columns.
 *
 * Rules the schema follows:
 * - every column filtered or ordered on is `indexed` (SharePoint's 5,000-item list-view threshold);
 * - cross-references are list item ids in indexed number columns;
 * - multi-line text cannot be indexed in SharePoint, so nothing filtered on is multi-line;
 * - single-line text holds at most 255 characters (SharePoint's limit).
 */
import {
  checkInSources,
  cycleStates,
  initiativeStatuses,
  keyResultKinds,
  objectiveCommitments,
  objectiveStates,
} from '../core/model';

export type ColumnType =
  | { readonly kind: 'text'; readonly maxLength: number }
  | { readonly kind: 'note' }
  | { readonly kind: 'number'; readonly decimalPlaces?: 'automatic' | 'none' }
  | { readonly kind: 'dateOnly' }
  | { readonly kind: 'dateTime' }
  | { readonly kind: 'choice'; readonly choices: readonly string[] };

export interface ColumnSchema {
  /** Internal name, as used in `fields/…` filters and in item `fields`. */
  readonly name: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  readonly indexed?: boolean;
  /** SharePoint requires `indexed` with this. */
  readonly enforceUniqueValues?: boolean;
  readonly description?: string;
}

export interface ListSchema {
  /** The list's display name on the site. */
  readonly displayName: string;
  readonly description: string;
  /** Columns beyond the built-in `Title` (single line of text, required). */
  readonly columns: readonly ColumnSchema[];
}

/** SharePoint's built-in column on every generic list. */
export const TITLE = 'Title';
/** SharePoint's limit for a single line of text. */
export const SINGLE_LINE_MAX = 255;

const text = (maxLength = SINGLE_LINE_MAX): ColumnType => ({ kind: 'text', maxLength });
const note: ColumnType = { kind: 'note' };
const integer: ColumnType = { kind: 'number', decimalPlaces: 'none' };
const decimal: ColumnType = { kind: 'number', decimalPlaces: 'automatic' };
const choice = (...choices: string[]): ColumnType => ({ kind: 'choice', choices });

/** An item id in another list: an indexed whole-number column. */
const reference = (name: string, required: boolean, description: string): ColumnSchema => ({
  name,
  type: integer,
  required,
  indexed: true,
  description,
});

const personColumns = (prefix: string, indexed: boolean): ColumnSchema[] => [
  { name: `${prefix}Id`, type: text(64), indexed, description: 'Entra ID object id' },
  { name: `${prefix}Name`, type: text() },
  { name: `${prefix}Email`, type: text() },
];

/** Where an imported item came from; a second import finds it here and updates it. */
const sourceId: ColumnSchema = {
  name: 'SourceId',
  type: text(),
  indexed: true,
  description: 'The id the item had where it was imported from (e.g. viva:1234).',
};

export const notificationKinds = ['checkInDue', 'coachDigest', 'checkInNudge'] as const;
export const deliveryStates = ['sending', 'sent', 'failed'] as const;

const definitions = {
  cycles: {
    displayName: 'OKR Cycles',
    description: 'OKR cycles (quarters): name in Title, dates and state.',
    columns: [
      { name: 'StartDate', type: { kind: 'dateOnly' }, required: true, indexed: true },
      { name: 'EndDate', type: { kind: 'dateOnly' }, required: true },
      {
        name: 'CycleState',
        type: choice(...cycleStates),
        required: true,
        indexed: true,
      },
      sourceId,
      {
        name: 'CoachingPlan',
        type: note,
        description: 'JSON of the coaching plan: the dated rituals of the cycle.',
      },
    ],
  },
  teams: {
    displayName: 'OKR Teams',
    description: 'Teams and the company itself (the team without a parent).',
    columns: [
      reference('ParentTeamId', false, 'The parent team; empty for the company.'),
      sourceId,
      {
        name: 'GroupId',
        type: text(64),
        indexed: true,
        description: 'The Microsoft 365 group (Teams team) the team works in.',
      },
      { name: 'TeamState', type: choice('active', 'archived'), indexed: true },
      { name: 'Owners', type: note, description: 'JSON array of the team owners (people).' },
    ],
  },
  objectives: {
    displayName: 'OKR Objectives',
    description: 'Objectives: one per item, title in Title.',
    columns: [
      reference('CycleId', true, 'OKR Cycles item id.'),
      reference('TeamId', true, 'OKR Teams item id.'),
      reference('ParentObjectiveId', false, 'The objective this one aligns to (any team).'),
      {
        name: 'Alignments',
        type: note,
        description: 'JSON of every objective it aligns to with weights, when more than one.',
      },
      { name: 'Description', type: note },
      ...personColumns('Owner', true),
      { name: 'Commitment', type: choice(...objectiveCommitments), required: true },
      {
        name: 'ObjectiveState',
        type: choice(...objectiveStates),
        required: true,
        indexed: true,
      },
      { name: 'StatusOverride', type: note, description: 'JSON of the status override.' },
      { name: 'Score', type: decimal, description: 'End-of-cycle score, rolled up from its KRs.' },
      { name: 'Learnings', type: note, description: 'Retrospective answers kept at close.' },
      sourceId,
    ],
  },
  keyResults: {
    displayName: 'OKR Key Results',
    description: 'Key results: title in Title, measured values and the latest check-in.',
    columns: [
      reference('ObjectiveId', true, 'OKR Objectives item id.'),
      reference('CycleId', true, 'The objective’s cycle, so a board loads KRs by cycle.'),
      ...personColumns('Owner', true),
      {
        name: 'KrKind',
        type: choice(...keyResultKinds),
        required: true,
      },
      { name: 'StartValue', type: decimal, required: true },
      { name: 'TargetValue', type: decimal, required: true },
      { name: 'CurrentValue', type: decimal, required: true },
      { name: 'Unit', type: text(64) },
      { name: 'Weight', type: decimal, required: true },
      { name: 'Confidence', type: decimal },
      { name: 'Milestones', type: note, description: 'JSON array of milestone names.' },
      {
        name: 'PhasedTargets',
        type: note,
        description: 'JSON array of dated targets ({date, value}) the pace runs through.',
      },
      { name: 'LastCheckInAt', type: { kind: 'dateTime' }, indexed: true },
      {
        name: 'LastCheckInClientId',
        type: text(64),
        description: 'Client id of the check-in that last moved this KR (recognises retries).',
      },
      { name: 'StatusOverride', type: note, description: 'JSON of the status override.' },
      { name: 'Score', type: decimal, description: 'End-of-cycle score on the model’s scale.' },
      { name: 'ScoreReason', type: note, description: 'Why the score differs from progress.' },
      sourceId,
    ],
  },
  initiatives: {
    displayName: 'OKR Initiatives',
    description: 'The work under a key result: title in Title. Never counts towards progress.',
    columns: [
      reference('KeyResultId', true, 'OKR Key Results item id.'),
      reference('CycleId', true, 'The KR’s cycle, so a board loads initiatives by cycle.'),
      ...personColumns('Owner', true),
      {
        name: 'InitiativeStatus',
        type: choice(...initiativeStatuses),
        required: true,
      },
      { name: 'DueDate', type: { kind: 'dateOnly' } },
      { name: 'Link', type: text(), description: 'A web link to where the work is tracked.' },
      sourceId,
    ],
  },
  checkIns: {
    displayName: 'OKR Check-ins',
    description:
      'Check-ins: one per KR update; corrected or withdrawn only with a reason (version history keeps every earlier state).',
    columns: [
      {
        name: 'ClientId',
        type: text(64),
        required: true,
        indexed: true,
        enforceUniqueValues: true,
        description: 'Generated by the client; a retried write cannot create a duplicate.',
      },
      reference('KeyResultId', true, 'OKR Key Results item id.'),
      reference('CycleId', true, 'The KR’s cycle, for a cycle’s history in one query.'),
      { name: 'Value', type: decimal, required: true },
      { name: 'Confidence', type: decimal },
      { name: 'Note', type: note },
      ...personColumns('CheckInBy', false),
      { name: 'CheckedInAt', type: { kind: 'dateTime' }, required: true, indexed: true },
      { name: 'Source', type: choice(...checkInSources), required: true },
      { name: 'MeetingId', type: text(), indexed: true },
      {
        name: 'CorrectionReason',
        type: text(),
        description: 'Why the owner or a coach corrected or withdrew this check-in.',
      },
      ...personColumns('CorrectedBy', false),
      { name: 'CorrectedAt', type: { kind: 'dateTime' } },
      {
        name: 'WithdrawnAt',
        type: { kind: 'dateTime' },
        description:
          'Set when the check-in was withdrawn: it stays, with its reason and version history, but no longer counts.',
      },
    ],
  },
  settings: {
    displayName: 'OKR Settings',
    description: 'Organisation settings: key in Title, JSON in Value.',
    columns: [
      {
        name: 'SettingKey',
        type: text(64),
        required: true,
        indexed: true,
        enforceUniqueValues: true,
      },
      { name: 'Value', type: note, description: 'JSON text.' },
    ],
  },
  meetingSessions: {
    displayName: 'OKR Meeting Sessions',
    description: 'Check-in rounds run in Teams meetings: round id in Title, outcome as JSON.',
    columns: [
      {
        name: 'RoundId',
        type: text(64),
        required: true,
        indexed: true,
        enforceUniqueValues: true,
        description:
          'Generated when the round is shared; a retried write updates, never duplicates.',
      },
      { name: 'MeetingId', type: text(), required: true, indexed: true },
      reference('CycleId', true, 'The cycle whose KRs the round reviewed.'),
      { name: 'TeamIds', type: text(), description: 'The board’s team item ids, e.g. ";12;14;".' },
      ...personColumns('Facilitator', false),
      { name: 'KeyResultIds', type: note, description: 'JSON array of KR item ids.' },
      {
        name: 'SessionState',
        type: choice('open', 'voting', 'revealed', 'closed'),
        required: true,
        indexed: true,
      },
      { name: 'StartedAt', type: { kind: 'dateTime' }, required: true, indexed: true },
      { name: 'EndedAt', type: { kind: 'dateTime' } },
      { name: 'Outcome', type: note, description: 'JSON: the saved outcomes and skipped KRs.' },
      { name: 'Summary', type: note, description: 'The summary shared in the meeting chat.' },
    ],
  },
  notifications: {
    displayName: 'OKR Notifications',
    description:
      'Activity feed notifications (check-in reminders, coach digests, nudges): each claimed here before it is sent, then marked sent.',
    columns: [
      {
        name: 'NotificationKey',
        type: text(),
        required: true,
        indexed: true,
        enforceUniqueValues: true,
        description: 'Names the notification once: kind, recipient, cycle and day.',
      },
      { name: 'NotificationKind', type: choice(...notificationKinds), required: true },
      { name: 'RecipientId', type: text(64), required: true, indexed: true },
      { name: 'DeliveryState', type: choice(...deliveryStates), required: true, indexed: true },
      { name: 'Attempts', type: integer, required: true },
      { name: 'ClaimedAt', type: { kind: 'dateTime' }, required: true },
      { name: 'SentAt', type: { kind: 'dateTime' } },
      { name: 'LastError', type: text(), description: 'Why the last send failed.' },
    ],
  },
  reminderPreferences: {
    displayName: 'OKR Reminder Preferences',
    description: 'Each person’s say over reminders: opted out, or snoozed until a time.',
    columns: [
      {
        name: 'PersonId',
        type: text(64),
        required: true,
        indexed: true,
        enforceUniqueValues: true,
        description: 'Entra ID object id',
      },
      { name: 'Reminders', type: choice('on', 'optedOut'), required: true },
      { name: 'SnoozedUntil', type: { kind: 'dateTime' } },
    ],
  },
} satisfies Record<string, ListSchema>;

export type ListKey = keyof typeof definitions;

export const lists: Readonly<Record<ListKey, ListSchema>> = definitions;

export const listKeys = Object.keys(lists) as ListKey[];

/** The Settings item key under which the operating model is kept. */
export const OPERATING_MODEL_SETTING = 'operatingModel';

/** Graph permissions, named in errors and docs. */
export const permissions = {
  /** Creating lists and columns (admin-run provisioning). */
  manageLists: 'Sites.Manage.All',
  /** Reading and writing items. `Sites.Selected` grants this on the OKR site only. */
  readWriteItems: 'Sites.ReadWrite.All',
  leastPrivilege: 'Sites.Selected',
} as const;
