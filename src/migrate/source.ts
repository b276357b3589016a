/**
 * What an import reads, whatever the file: the organisation as the source described it, with
 * the source's own ids and where each thing was found (file, row), before it is mapped to the
 * domain. Parsers produce this; `plan.ts` maps it.
 */
import type { ConfidenceBand } from '../core/board-filter';
import type { ValidationIssue } from '../core/issues';
import { sayReason, type AcceptedKind, type ReasonText, type Said } from './report-words';
import type {
  CycleState,
  InitiativeStatus,
  IsoDate,
  IsoDateTime,
  KeyResultKind,
} from '../core/model';

/** Where something was read: the file (or the file inside a ZIP) and its row, 1-based. */
export interface SourcePlace {
  readonly file: string;
  readonly row?: number;
  /** The column that tells the item apart where its row holds several (a key result's title). */
  readonly field?: string;
}

export interface SourcePerson {
  readonly name?: string;
  readonly email?: string;
}

export interface SourceTeam {
  readonly id: string;
  readonly name: string;
  readonly parentId?: string;
  /** Who owns the team (Viva Goals' team owners). */
  readonly owners?: readonly SourcePerson[];
  /** The id of the Microsoft 365 group the team works in, where the file gives one. */
  readonly groupId?: string;
  /**
   * The store our own export named it from (`OkrRepository.storeIdentity`): imported into that
   * store, its id is the store's own.
   */
  readonly exportedFrom?: string;
  readonly at: SourcePlace;
}

export interface SourcePeriod {
  readonly id: string;
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Our own export says it; otherwise it follows from the dates. */
  readonly state?: CycleState;
  /**
   * The store our own export named it from (`OkrRepository.storeIdentity`): imported into that
   * store, its id is the store's own.
   */
  readonly exportedFrom?: string;
  readonly at: SourcePlace;
}

export const sourceItemTypes = ['objective', 'keyResult', 'initiative'] as const;
export type SourceItemType = (typeof sourceItemTypes)[number];

export type TargetType = 'increaseFrom' | 'reach' | 'stayAbove' | 'stayBelow';

export interface SourceOutcome {
  readonly kind: 'metric' | 'percentage';
  readonly metricName?: string;
  /** `Number`, `Dollar`, `Percentage`, or a unit written out. */
  readonly unit?: string;
  readonly start?: number;
  readonly target?: number;
  readonly targetType?: TargetType;
}

export interface SourceAlignment {
  readonly parentId: string;
  /** Share of the parent, 0–1, when the source gave one. */
  readonly weight?: number;
}

/** A task in a Viva Goals item's children: becomes an initiative. */
export interface SourceTask {
  readonly id: string;
  readonly name: string;
  readonly status?: string;
  readonly date?: IsoDate;
  readonly owner?: SourcePerson;
}

export interface SourceItem {
  readonly id: string;
  /**
   * Other ids an earlier import may have written it under: a Jira epic's issue number, where an
   * import without the epic made its objective from its issues' Parent summary.
   */
  readonly aliases?: readonly string[];
  /**
   * A Jira epic the file gives no issue number (exported without "Issue id", no issue under it
   * naming it): the objective an earlier import made from its issues' Parent summary is found by
   * its title, cycle and team instead, when only one fits (`matchSite`).
   */
  readonly numberUnknown?: boolean;
  readonly type: SourceItemType;
  readonly title: string;
  readonly description: string;
  readonly owner?: SourcePerson;
  readonly teamIds: readonly string[];
  readonly periodId?: string;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  readonly alignments: readonly SourceAlignment[];
  readonly commitment?: 'committed' | 'aspirational';
  /** Progress comes from the item's children (Viva Goals "Update from Children"). */
  readonly rollsUp?: boolean;
  /**
   * A KR's progress comes from these objectives and KRs, named outright (our template's
   * "Rolls up from"), each with its share when given; instead of what aligns to it.
   */
  readonly rollsUpFrom?: readonly SourceAlignment[];
  readonly status?: string;
  readonly outcome?: SourceOutcome;
  readonly phasedTargets: readonly { readonly date: IsoDate; readonly value: number }[];
  readonly tasks: readonly SourceTask[];
  /** Our own template says these outright. */
  readonly keyResultKind?: KeyResultKind;
  readonly milestones?: readonly string[];
  readonly initiativeStatus?: InitiativeStatus;
  readonly link?: string;
  readonly confidence?: number;
  /** A confidence written as a word (High, Medium, Low): placed on the organisation's scale when planned. */
  readonly confidenceBand?: ConfidenceBand;
  /** An objective's or key result's closing score (its grade), as a share of the top of the scale, 0–1. */
  readonly score?: number;
  /** Why a key result's score differs from what its progress earns, where our own export says. */
  readonly scoreReason?: string;
  /**
   * The progress the file writes on it (Viva Goals' "Progress"), as a percentage or a share of
   * one, and the field it is in: not stored, as progress is worked out from the values imported.
   */
  readonly writtenProgress?: { readonly value: number; readonly field: string };
  /**
   * The store our own export named it from (`OkrRepository.storeIdentity`): imported into that
   * store, its id is the store's own.
   */
  readonly exportedFrom?: string;
  /**
   * The id our export gave it (`exportedId`), where the file's rows name it otherwise: the board's
   * export, read as your own sheet, names its items by title and carries their ids beside.
   */
  readonly exportedId?: string;
  /** The store's version of the item when it was exported: one it has changed since differs. */
  readonly exportedVersion?: string;
  readonly at: SourcePlace;
}

export interface SourceCheckIn {
  readonly id: string;
  readonly itemId: string;
  readonly at: IsoDateTime;
  readonly author?: SourcePerson;
  /** Plain text; HTML notes are converted before they get here. */
  readonly note: string;
  readonly value?: number;
  readonly confidence?: number;
  /** A confidence written as a word (High, Medium, Low): placed on the organisation's scale when planned. */
  readonly confidenceBand?: ConfidenceBand;
  readonly status?: string;
  /**
   * The store our own export named it from (`OkrRepository.storeIdentity`): imported into that
   * store, its id is the store's own.
   */
  readonly exportedFrom?: string;
  readonly where: SourcePlace;
}

export interface SourceComment {
  readonly id: string;
  readonly itemId: string;
  readonly text: string;
  readonly author?: SourcePerson;
  readonly at?: IsoDateTime;
  readonly where: SourcePlace;
}

export const sourceFormats = [
  'vivaOrganisation',
  'vivaExplorer',
  'template',
  'ownSheet',
  'wideSheet',
  'goalTree',
  /** Jira's CSV export of issues: a goal tree by its issue types, labelled as what it is. */
  'jira',
] as const;
export type SourceFormat = (typeof sourceFormats)[number];

/** Something in the file that could not be read or mapped, named with where it was. */
export interface ImportProblem {
  readonly file: string;
  readonly row?: number;
  readonly field?: string;
  /** The source id of the item concerned. */
  readonly item?: string;
  readonly message: string;
  /** The message as sentences to say in the reader's language, where its reader gave them. */
  readonly said?: readonly Said[];
  /** Why the core's validation refused it, to say in the reader's language (its words are the core's). */
  readonly issues?: readonly ValidationIssue[];
  /** `error`: nothing can be imported; `skipped`: this thing is left out; `note`: kept, changed. */
  readonly severity: 'error' | 'skipped' | 'note';
  /**
   * Says what the import does with the whole file (one exported from this site), not with one
   * thing in it: shown with what the import writes.
   */
  readonly summary?: boolean;
}

export interface SourceOrganisation {
  readonly format: SourceFormat;
  /** The organisation's name when the file tells it (the export's file names do). */
  readonly name?: string;
  readonly teams: readonly SourceTeam[];
  readonly periods: readonly SourcePeriod[];
  readonly items: readonly SourceItem[];
  readonly checkIns: readonly SourceCheckIn[];
  readonly comments: readonly SourceComment[];
  readonly problems: readonly ImportProblem[];
}

/** What a sheet's parser collected, as the organisation it read: teams and cycles as first named. */
export function sheetOrganisation(
  format: SourceFormat,
  found: {
    readonly teams: ReadonlyMap<string, SourceTeam>;
    readonly periods: ReadonlyMap<string, SourcePeriod>;
    readonly items: readonly SourceItem[];
    readonly checkIns: readonly SourceCheckIn[];
    readonly problems: readonly ImportProblem[];
  },
): SourceOrganisation {
  return {
    format,
    teams: [...found.teams.values()],
    periods: [...found.periods.values()],
    items: found.items,
    checkIns: found.checkIns,
    comments: [],
    problems: found.problems,
  };
}

/** Thrown for a file that cannot be read at all: nothing is planned from it. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly problem: ImportProblem,
    /**
     * For a file of no kind the import knows: what was wrong on its own (`file: has the headers
     * …`), and each kind of file the import reads with what it needs, for a page to list them.
     */
    readonly unknown?: UnknownFile,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** A file of no kind the import knows: what was wrong, and each kind of file the import reads. */
export interface UnknownFile {
  readonly wrong: string;
  /** What was wrong, to say in the reader's language, where the reader said it so. */
  readonly said?: Said;
  readonly accepted: readonly AcceptedKind[];
}

/**
 * Each kind of file the import reads and what it needs, one a line: the same as
 * `layoutsAccepted` and the readers' `accepted`, for a page that lists them (a narrow panel
 * cannot show them as one paragraph).
 */
export const kindsAccepted: readonly AcceptedKind[] = [
  'A Viva Goals organisation export: the .zip of JSON files as Viva Goals gave it.',
  'A Viva Goals explorer export (.csv or .xlsx): "Title" and "Object Type" columns.',
  'The OKR Coach template (.csv or .xlsx): "Type" and "Title" columns ("Download the template" has every column the import reads).',
  'Your own sheet, one row per key result: an "Objective" and a "Key result" (or "KR") column.',
  'Your own sheet, one row per objective: an "Objective" column and numbered key result columns ("KR1", "KR2", …).',
  'Jira issues (CSV): Jira\'s "Export CSV (all fields)" as it is (Summary, Issue key, Issue Type, Parent).',
  'A goal list from another tool (Lattice, Asana, …), one row per goal: a goal column ("Goal name", "Summary") and a parent column ("Parent goal", "Parent ID"), an outline number ("Order": 1, 1.1), a level ("Level": 1, 2) or a type on each row (Objective, Key result); or a JSON file of such goal records, as a tool\'s API gives them.',
  'An outline of goals in one column (.txt, .csv or .xlsx), a header row or none: each objective on a line of its own, its key results indented under it.',
];

/** What each sheet layout needs in its header row, for a file that no layout reads. */
export const layoutsAccepted =
  'A Viva Goals explorer export needs "Title" and "Object Type" columns, the template "Type" and "Title" (Type, Id, Parent, Title, …), your own sheet an objective column ("Objective") and a key result column ("Key result" or "KR") or numbered key result columns ("KR1", "KR2", …), a goal tree a goal column ("Goal name") and a parent column ("Parent goal" or "Parent ID"), an outline column ("Order": 1, 1.1, 1.2), a level column ("Level": 1, 2) or a type column saying Objective or Key result on each row; the template ("Download the template" on the import page) has every column the import reads.';

export function fileError(
  file: string,
  /** What is wrong: in English, or as sentences to say in the reader's language too. */
  reason: string | readonly Said[],
  row?: number,
  field?: string,
  /** For a file of no kind the import knows: the message's part that says what was wrong. */
  wrong?: string,
  /** The same, to say in the reader's language. */
  said?: Said,
): never {
  const message = typeof reason === 'string' ? reason : sayReason(reason);
  const place = [file, row !== undefined ? `row ${row}` : '', field ? `field "${field}"` : '']
    .filter(Boolean)
    .join(', ');
  throw new ImportFileError(
    `${place}: ${message}`,
    {
      file,
      ...(row !== undefined ? { row } : {}),
      ...(field ? { field } : {}),
      message,
      ...(typeof reason === 'string' ? {} : { said: reason }),
      severity: 'error',
    },
    // Said on the page as a sentence: the file's name, what is wrong with it.
    wrong === undefined
      ? undefined
      : { wrong: `${file} ${wrong}`, ...(said ? { said } : {}), accepted: kindsAccepted },
  );
}

/**
 * Refuses a whole file for what it is or lacks, in the reader's language too: `said` says so,
 * its English starting with the file's name; a page lists each kind of file the import reads
 * under it. `then` ends the English message (what the import reads, in a sentence).
 */
export function fileRefused(
  file: string,
  said: Omit<Said, 'text'> & { readonly text: Extract<ReasonText, `{file} ${string}`> },
  then?: string,
  row?: number,
): never {
  const named: Said = { ...said, params: { ...said.params, file } };
  const wrong = sayReason([named]).slice(file.length + 1);
  return fileError(file, then ? `${wrong} ${then}` : wrong, row, undefined, wrong, named);
}
