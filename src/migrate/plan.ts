/**
 * From what a file says to what the store will hold: the source organisation mapped to domain
 * drafts, each with its source id, with everything that cannot be mapped named per item and why.
 * Pure: the same source and day give the same plan. References between drafts (a KR's
 * objective, an objective's cycle and team) hold *source ids*; the run swaps in store ids as it
 * writes each kind.
 */
import {
  validateCheckIn,
  validateInitiative,
  validateKeyResult,
  validateObjective,
  type ValidationIssue,
} from '../core/validation';
import {
  checkInStatuses,
  type Contributor,
  type CycleState,
  type InitiativeStatus,
  type IsoDate,
  type KeyResult,
  type KeyResultKind,
  type ObjectiveState,
  type Person,
  type Team,
  UNIT_MAX_LENGTH,
} from '../core/model';
import { confidenceBands, confidenceOfBand } from '../core/board-filter';
import { closeObjective, proposedScore, roundScore } from '../core/closing';
import type { OperatingModel } from '../core/operating-model';
import { formatCheckInStatus, parseCheckInStatus } from '../core/check-in-status-words';
import { formatDay } from '../core/i18n';
import { messageLanguageOf } from '../core/message-languages';
import { fnv1a } from '../core/text-hash';
import type {
  CheckInDraft,
  CycleDraft,
  ImportedItem,
  InitiativeDraft,
  KeyResultDraft,
  ObjectiveDraft,
} from '../store/repository';
import { SINGLE_LINE_MAX } from '../store/schema';
import { withinColumnLimits } from './column-limits';
import type { ImportPrefix } from './imported-from';
import { storeIdIn, type ExportedKind } from './exported-ids';
import type {
  ImportProblem,
  SourceFormat,
  SourceAlignment,
  SourceCheckIn,
  SourceItem,
  SourceOrganisation,
  SourceOutcome,
  SourcePerson,
  SourcePlace,
} from './source';
import { initiativeStatusOfText, unitOfNamed } from './goal-words';
import { reportReader, saidAs, type ReportReader, type Said } from './report-words';
import { headerKey } from './sheet';
import { templateColumns, type TemplateColumn } from './template';
import { progressNotKept } from './written-progress';

export interface Planned<D> {
  readonly sourceId: string;
  /** Source ids an earlier import may have written it under: found by these, it is updated. */
  readonly aliases?: readonly string[];
  /** A Jira epic without its issue number (`SourceItem.numberUnknown`). */
  readonly numberUnknown?: boolean;
  /**
   * Named by our export of the store `from` by its id there (`exportedFrom` of the file's item,
   * check-in, team or time period), with the item's version when it was exported.
   */
  readonly exported?: { readonly from: string; readonly id: string; readonly version?: string };
  /**
   * The item of this store it is (`matchSite`: the file was exported from here and the store
   * still has it): updated, or a check-in left as it is, not made again.
   */
  readonly onSite?: ImportedItem;
  /**
   * The store's item changed after the file was exported, and the file differs from it: left as
   * it is, not overwritten.
   */
  readonly changedSinceExport?: boolean;
  /** The store's item already holds what the file says of it: nothing is written. */
  readonly asInFile?: boolean;
  /**
   * An earlier import of this file wrote it and the site still holds it as the file says
   * (`unchangedSinceImport`): with `onSite` and `asInFile`, already imported, unchanged.
   */
  readonly importedBefore?: boolean;
  readonly draft: D;
  readonly at: SourcePlace;
}

export type TeamDraft = {
  readonly name: string;
  readonly parentTeamId?: string;
  readonly owners?: readonly Person[];
  readonly groupId?: string;
  readonly sourceId: string;
};
export type PlannedKeyResultDraft = KeyResultDraft & { readonly lastCheckInAt?: string };

export const importKinds = [
  'teams',
  'cycles',
  'objectives',
  'keyResults',
  'initiatives',
  'checkIns',
] as const;
export type ImportKind = (typeof importKinds)[number];

export interface ImportPlan {
  readonly format: SourceFormat;
  readonly teams: readonly Planned<TeamDraft>[];
  readonly cycles: readonly Planned<CycleDraft>[];
  readonly objectives: readonly Planned<ObjectiveDraft>[];
  readonly keyResults: readonly Planned<PlannedKeyResultDraft>[];
  readonly initiatives: readonly Planned<InitiativeDraft>[];
  readonly checkIns: readonly Planned<CheckInDraft>[];
  /** Everyone the file names, keyed as in the drafts' `Person.id` until matched to the directory. */
  readonly people: ReadonlyMap<string, Person>;
  readonly problems: readonly ImportProblem[];
  /** The reader's locale (`PlanOptions.locale`), in which later findings name days too. */
  readonly locale?: string;
  /**
   * The day the plan was made (`PlanOptions.today`): a current value edited in our own board's
   * export is checked in on it.
   */
  readonly today?: IsoDate;
  /**
   * Teams and cycles the site already has under the file's names (`matchSite`), by source id:
   * their store ids, used as they are and not written.
   */
  readonly onSite?: ReadonlyMap<string, string>;
  /**
   * Teams already on the site (`matchSite`) given what the file says of them and the site does
   * not: owners for a team without any, the Microsoft 365 group for a team linked to none.
   */
  readonly siteTeams?: readonly SiteTeamUpdate[];
}

export interface SiteTeamUpdate {
  readonly sourceId: string;
  readonly at: SourcePlace;
  /** The team as the site has it. */
  readonly team: Team;
  /** The file's owners, for a team the site gives none. */
  readonly owners?: readonly Person[];
  /** The file's Microsoft 365 group, for a team the site links to none. */
  readonly groupId?: string;
}

export type ImportCounts = Readonly<Record<ImportKind, number>>;

/**
 * What the plan writes of each kind: not what a file from this site finds here to leave as it is
 * (its check-ins already here, items already as in the file, items changed here since the export).
 */
export function planCounts(plan: ImportPlan): ImportCounts {
  const written = (kind: ImportKind, planned: Planned<unknown>) =>
    !planned.changedSinceExport && !planned.asInFile && !(kind === 'checkIns' && planned.onSite);
  return Object.fromEntries(
    importKinds.map((kind) => [
      kind,
      (plan[kind] as readonly Planned<unknown>[]).filter((planned) => written(kind, planned))
        .length,
    ]),
  ) as ImportCounts;
}

/**
 * The prefix a format's ids get, so two sources never collide and Viva's two formats agree; a
 * check-in's says where it came from (`importedFrom`).
 */
function prefixOf(format: SourceFormat): ImportPrefix {
  return format.startsWith('viva') ? 'viva' : 'sheet';
}

/**
 * The client id an imported item is created with, from its source id (`viva:…`, `sheet:…`), so a
 * re-run creates nothing twice through the same unique column the app's own creates use. Client
 * ids live in a 64-character column: longer source ids are shortened by a stable hash.
 */
export function importClientId(sourceId: string): string {
  if (sourceId.length <= 64) return sourceId;
  return `${sourceId.slice(0, 55)}~${fnv1a(sourceId).toString(16).padStart(8, '0')}`;
}

/** What the SourceId column holds: a single line of text (`schema.ts`). */
const SOURCE_ID_MAX = SINGLE_LINE_MAX;

/**
 * A source id that fits its column. A longer one (a sheet's item is named by its team, cycle and
 * title, and a title can be long) keeps its readable start and ends in a 64-bit hash of the
 * whole: the same on every run, so a re-run finds what the first wrote, and two long ids that
 * start alike stay apart. Ids that fit are kept as they are, as earlier imports wrote them.
 */
export function fittedSourceId(id: string): string {
  if (id.length <= SOURCE_ID_MAX) return id;
  const hash = [0x811c9dc5, 0x050c5d1f]
    .map((basis) => fnv1a(id, basis).toString(16).padStart(8, '0'))
    .join('');
  let end = SOURCE_ID_MAX - hash.length - 1;
  // Not between the two halves of a character written as a surrogate pair.
  if (/[\ud800-\udbff]/.test(id[end - 1]!)) end -= 1;
  return `${id.slice(0, end)}~${hash}`;
}

/**
 * Viva Goals' Metric Unit (Number, Euro, Percentage, …), Lattice's amount type (Percent, Dollar,
 * Digit) or a unit written out: a count is named by its metric ("customers").
 */
function unitOf(outcome: SourceOutcome | undefined): string {
  const named = unitOfNamed(outcome?.unit ?? '');
  if (named === undefined) return outcome?.unit ?? '';
  return named || (outcome?.metricName ?? '');
}

const objectiveStateOf = (status: string | undefined): ObjectiveState => {
  const text = status?.toLowerCase() ?? '';
  if (text === 'closed') return 'closed';
  if (text === 'postponed' || text === 'abandoned') return 'abandoned';
  if (text === 'draft') return 'draft';
  return 'active';
};

const initiativeStatusOf = (
  item: Pick<SourceItem, 'status' | 'initiativeStatus'>,
): InitiativeStatus => {
  if (item.initiativeStatus) return item.initiativeStatus;
  return initiativeStatusOfText(item.status ?? '');
};

function cycleStateOn(start: IsoDate, end: IsoDate, today: IsoDate): CycleState {
  if (end < today) return 'closed';
  if (start > today) return 'planning';
  return 'active';
}

export interface PlanOptions {
  /** The day the import runs (`YYYY-MM-DD`): cycles before it are closed, after it planning. */
  readonly today: IsoDate;
  /** The organisation's rules: limits and scales the drafts are validated against. */
  readonly rules: OperatingModel;
  /** The reader's locale (`en-GB`), in which findings and carried-over notes name days. */
  readonly locale?: string;
}

/**
 * The file's items with loose references made exact: a team or time period named instead of
 * referenced by ID points at its ID (names matched without case), and an item that appears more
 * than once (a kind split over numbered files that overlap) is kept once, the first time.
 */
function tidyItems(source: SourceOrganisation, problems: ImportProblem[]): SourceItem[] {
  const idOf = (list: readonly { id: string; name: string }[]) => {
    const ids = new Set(list.map((entry) => entry.id));
    const byName = new Map(list.map((entry) => [entry.name.toLowerCase(), entry.id]));
    return (reference: string) =>
      ids.has(reference) ? reference : (byName.get(reference.toLowerCase()) ?? reference);
  };
  const teamId = idOf(source.teams);
  const periodId = idOf(source.periods);
  const seen = new Map<string, SourceItem>();
  // A sheet that logs a key result week by week repeats it on every row: each row's check-in is
  // kept in its history, so only the repeated columns are dropped.
  const checkedInAt = new Set(
    source.checkIns.map((checkIn) => placeKey(checkIn.itemId, checkIn.where)),
  );
  for (const item of source.items) {
    const first = seen.get(item.id);
    if (first) {
      const firstPlace = {
        file: first.at.file,
        ...(first.at.row ? { row: String(first.at.row) } : {}),
      };
      problems.push(
        checkedInAt.has(placeKey(item.id, item.at))
          ? {
              ...item.at,
              item: item.id,
              ...saidAs([
                {
                  text: first.at.row
                    ? "It appears more than once (first in {file}, row {row}): this row's check-in is kept in its history, and the rest of the row is the first's."
                    : "It appears more than once (first in {file}): this row's check-in is kept in its history, and the rest of the row is the first's.",
                  params: firstPlace,
                },
              ]),
              severity: 'note',
            }
          : {
              ...item.at,
              item: item.id,
              ...saidAs([
                {
                  text: first.at.row
                    ? 'It appears more than once (first in {file}, row {row}); the first is kept.'
                    : 'It appears more than once (first in {file}); the first is kept.',
                  params: firstPlace,
                },
              ]),
              severity: 'skipped',
            },
      );
      continue;
    }
    seen.set(item.id, {
      ...item,
      teamIds: item.teamIds.map(teamId),
      ...(item.periodId !== undefined ? { periodId: periodId(item.periodId) } : {}),
    });
  }
  return [...seen.values()];
}

function placeKey(itemId: string, place: SourcePlace): string {
  return `${itemId}\n${place.file}\n${place.row ?? ''}`;
}

/**
 * A check-in dated after the day of the import is left out, named with its place and date: a
 * check-in says what was measured. A key result shows its latest check-in and takes its value
 * from it, so one dated in the future would stay its latest and every check-in made later would
 * seem not to move it. A check-in is compared by the day written for it (the UTC day of a time
 * written with its zone) with the day of the import: the user's own day on the import page, the
 * UTC day in the CLI.
 */
function checkInsUpTo(
  source: SourceOrganisation,
  today: IsoDate,
  english: ReportReader,
  problems: ImportProblem[],
): Pick<SourceOrganisation, 'checkIns'> {
  const field = fieldIn(source.format, 'CheckIn Date');
  return {
    checkIns: source.checkIns.filter((checkIn) => {
      const day = checkIn.at.slice(0, 10);
      if (day <= today) return true;
      problems.push({
        ...checkIn.where,
        ...(field ? { field } : {}),
        ...(namesItemsOf(source.format) ? { item: checkIn.itemId } : {}),
        ...saidAs(
          [
            {
              text: 'A check-in dated {date:day}, after today, is left out: a check-in says what was measured. Correct its date in the file and import it again.',
              params: { date: day },
            },
          ],
          english,
        ),
        severity: 'skipped',
      });
      return false;
    }),
  };
}

/**
 * A confidence outside the organisation's scale is left out on its own, named with its place:
 * the key result and its check-in are imported without it, as with a confidence that cannot be
 * read at all (the store refuses the confidence, which would otherwise leave the key result out).
 * One written High, Medium or Low is the middle of that third of the scale, the third the board's
 * Confidence filter calls so, and the dry run says once what each word became.
 */
function confidencesOnScale(
  source: SourceOrganisation,
  scale: OperatingModel['confidenceScale'],
  problems: ImportProblem[],
): Pick<SourceOrganisation, 'items' | 'checkIns'> {
  const field = fieldIn(source.format, 'Confidence');
  const onScale = <T extends { readonly confidence?: number }>(
    entry: T,
    at: SourcePlace,
    item: string,
    checkIn: boolean,
  ): T => {
    const { confidence } = entry;
    if (confidence === undefined || (confidence >= scale.min && confidence <= scale.max)) {
      return entry;
    }
    problems.push({
      ...at,
      ...(field ? { field } : {}),
      ...(namesItemsOf(source.format) ? { item } : {}),
      ...saidAs([
        {
          text: checkIn
            ? 'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result and its check-in are imported.'
            : 'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result is imported.',
          params: { confidence, min: scale.min, max: scale.max },
        },
      ]),
      severity: 'skipped',
    });
    return { ...entry, confidence: undefined };
  };
  // Only a key result's confidence is kept; an objective's check-ins become notes without it.
  const keyResults = new Set(
    source.items.filter((item) => item.type === 'keyResult').map((item) => item.id),
  );
  const worded =
    source.checkIns.find((checkIn) => checkIn.confidenceBand && keyResults.has(checkIn.itemId))
      ?.where ?? source.items.find((item) => item.confidenceBand && keyResults.has(item.id))?.at;
  if (worded) {
    const placed = confidenceBands
      .map((band) => `${band[0]!.toUpperCase()}${band.slice(1)} ${confidenceOfBand(band, scale)}`)
      .join(', ');
    problems.push({
      ...worded,
      ...saidAs([
        {
          text: "Confidences written as words are put on your scale of {min} to {max} at the middle of the third each names, the third the board's Confidence filter calls so: {placed}.",
          params: { min: scale.min, max: scale.max, placed },
        },
      ]),
      severity: 'note',
    });
  }
  const placed = <T extends SourceItem | SourceCheckIn>(entry: T): T =>
    entry.confidenceBand
      ? {
          ...entry,
          confidenceBand: undefined,
          confidence: confidenceOfBand(entry.confidenceBand, scale),
        }
      : entry;
  return {
    items: source.items.map((item) =>
      keyResults.has(item.id) ? onScale(placed(item), item.at, item.id, false) : item,
    ),
    checkIns: source.checkIns.map((checkIn) =>
      keyResults.has(checkIn.itemId)
        ? onScale(placed(checkIn), checkIn.where, checkIn.itemId, true)
        : checkIn,
    ),
  };
}

/** Your own sheet's and a goal tree's item ids are made up by the import; their row names them. */
function namesItemsOf(format: SourceFormat): boolean {
  return !['ownSheet', 'wideSheet', 'goalTree', 'jira'].includes(format);
}

/** Viva Goals' field names the plan speaks of, as the template's columns name them. */
const templateColumnOf: Readonly<Record<string, TemplateColumn>> = {
  'Time Period': 'Cycle',
  'End Date': 'Cycle end',
  Alignment: 'Parent',
  'OKR ID': 'Parent',
  Teams: 'Team',
  'Parent Team': 'Parent team',
  Outcome: 'Target',
  'Current Value': 'Value',
  'Check In Note': 'Note',
  'CheckIn Date': 'Date',
};

/**
 * A field the plan names (Viva Goals' names, or the domain's: `target`) as the file names it:
 * an export's as is; the template's column; none for your own sheet or a goal tree, whose
 * columns are named their own way (the row is named).
 */
function fieldIn(format: SourceFormat, field: string | undefined): string | undefined {
  if (field === undefined || format.startsWith('viva')) return field;
  if (format !== 'template') return undefined;
  return (
    templateColumnOf[field] ??
    templateColumns.find((column) => headerKey(column) === headerKey(field))
  );
}

/** Two names of one team: case, and spaces or `_` (a file name's), aside. */
/**
 * A name or title is one line, as the editors' and the Programme's fields hold it: a cell's line
 * breaks (Alt+Enter in Excel) and tabs read as spaces. Kept, the board showed "Grow fast" while
 * the editor's field dropped the break, and a save there wrote back "Growfast".
 */
const oneLine = (written: string) =>
  written.replace(/\s*[\t\n\v\f\r\u2028\u2029]\s*/gu, ' ').trim();

const sameTeamName = (a: string, b: string) =>
  a
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase() ===
  b
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The objective the import makes, in a cycle and team, for key results that have no parent. It is
 * written to the site, so it is in the language of the person importing.
 */
function objectiveForOrphans(locale: string | undefined): { title: string; description: string } {
  switch (messageLanguageOf(locale ?? 'en')) {
    case 'de':
      return {
        title: 'Key Results ohne Objective',
        description:
          'Vom Import angelegt für Key Results, die kein übergeordnetes Objective hatten.',
      };
    case 'fr':
      return {
        title: 'Résultats clés sans objectif',
        description:
          'Créé par l’import pour les résultats clés qui n’avaient pas d’objectif parent.',
      };
    case 'es':
      return {
        title: 'Resultados clave sin objetivo',
        description:
          'Creado por la importación para los resultados clave que no tenían objetivo primario.',
      };
    default:
      return {
        title: 'Key results without an objective',
        description: 'Made by the import for key results that had no parent objective.',
      };
  }
}

export function planImport(file: SourceOrganisation, options: PlanOptions): ImportPlan {
  const { today, rules, locale } = options;
  const day = (date: IsoDate) => formatDay(date, locale);
  // Said in English as the file's locale writes its numbers and dates, and in the reader's words.
  const english = reportReader(undefined, locale ?? 'en');
  const tidyProblems: ImportProblem[] = [];
  const measured = {
    ...file,
    items: tidyItems(file, tidyProblems),
    ...checkInsUpTo(file, today, english, tidyProblems),
  };
  const source = {
    ...measured,
    ...confidencesOnScale(measured, rules.confidenceScale, tidyProblems),
  };
  const prefix = prefixOf(source.format);
  const problems: ImportProblem[] = [...source.problems, ...tidyProblems];
  const exportedAs = (
    kind: ExportedKind,
    {
      id,
      exportedFrom,
      exportedId = id,
      exportedVersion,
    }: {
      readonly id: string;
      readonly exportedFrom?: string;
      readonly exportedId?: string;
      readonly exportedVersion?: string;
    },
  ) => {
    const storeId = exportedFrom ? storeIdIn(kind, exportedId) : undefined;
    return storeId
      ? {
          exported: {
            from: exportedFrom!,
            id: storeId,
            ...(exportedVersion ? { version: exportedVersion } : {}),
          },
        }
      : {};
  };
  const people = new Map<string, Person>();
  const namesItems = namesItemsOf(source.format);
  const problem =
    (severity: 'note' | 'skipped') =>
    (at: SourcePlace, item: string | undefined, said: readonly Said[], field?: string) =>
      problems.push({
        ...at,
        ...(fieldIn(source.format, field) ? { field: fieldIn(source.format, field) } : {}),
        ...(item && namesItems ? { item } : {}),
        ...saidAs(said, english),
        severity,
      });
  const note = problem('note');
  const skip = problem('skipped');
  /** Why a draft is refused, as the core's validation says it: in English, and by its codes for a reader's language. */
  const refuse = (at: SourcePlace, item: string | undefined, issues: readonly ValidationIssue[]) =>
    problems.push({
      ...at,
      ...(fieldIn(source.format, issues[0]?.field)
        ? { field: fieldIn(source.format, issues[0]?.field) }
        : {}),
      ...(item && namesItems ? { item } : {}),
      message: issues.map((issue) => issue.message).join(' '),
      issues,
      severity: 'skipped',
    });

  // A sheet often gives an owner's email on some rows only: a name written without one is the
  // person the file gives that name and one email elsewhere (two emails for a name decide nothing).
  /** Each name's emails in the file, by their lower case, as first written. */
  const emailsOfName = new Map<string, Map<string, string>>();
  const named = [
    ...source.teams.flatMap((team) => team.owners ?? []),
    ...source.items.flatMap((item) => [item.owner, ...item.tasks.map((task) => task.owner)]),
    ...source.checkIns.map((checkIn) => checkIn.author),
    ...source.comments.map((comment) => comment.author),
  ];
  for (const who of named) {
    if (!who?.name || !who.email) continue;
    const key = who.name.trim().toLowerCase();
    const emails = emailsOfName.get(key) ?? new Map<string, string>();
    if (!emails.has(who.email.toLowerCase())) emails.set(who.email.toLowerCase(), who.email);
    emailsOfName.set(key, emails);
  }
  const emailOf = (who: SourcePerson) => {
    if (who.email || !who.name) return who.email;
    const emails = emailsOfName.get(who.name.trim().toLowerCase());
    return emails?.size === 1 ? [...emails.values()][0] : undefined;
  };
  const person = (written: SourcePerson | undefined): Person | undefined => {
    if (!written || (!written.email && !written.name)) return undefined;
    const email = emailOf(written);
    const who = { ...written, ...(email ? { email } : {}) };
    const key = `external:${(who.email ?? who.name!).toLowerCase()}`.slice(0, 64);
    const known = people.get(key);
    if (known) return known;
    const found = {
      id: key,
      displayName: who.name ?? who.email!,
      ...(who.email ? { email: who.email } : {}),
    };
    people.set(key, found);
    return found;
  };

  // --- teams ---
  const teamSource = (id: string) => fittedSourceId(`${prefix}:team:${id}`);
  const teamsById = new Map(source.teams.map((team) => [team.id, team]));
  const teamsByName = new Map(source.teams.map((team) => [team.name.toLowerCase(), team]));
  const teams: Planned<TeamDraft>[] = [];
  // Objectives of no team are the organisation's: they go in the file's own team of the
  // organisation's name where it has one (Viva Goals' top team, "Contoso Ltd", of the export
  // named Contoso_Ltd), its top-level one first; only a file without one makes a team for them,
  // which no team of the file is called. Two teams of one name could not be told apart.
  const organisationName = source.name ?? 'Organisation';
  const namesakes = source.teams.filter((team) => sameTeamName(team.name, organisationName));
  const organisationNamesake = namesakes.find((team) => !team.parentId) ?? namesakes[0];
  const organisationTeam = organisationNamesake
    ? teamSource(organisationNamesake.id)
    : `${prefix}:team:organisation`;
  const needsOrganisation = source.items.some(
    (item) => item.type === 'objective' && !item.teamIds.some((id) => teamsById.has(id)),
  );
  if (needsOrganisation && !organisationNamesake) {
    teams.push({
      sourceId: organisationTeam,
      draft: { name: organisationName, sourceId: organisationTeam },
      at: { file: source.teams[0]?.at.file ?? source.items[0]?.at.file ?? '' },
    });
  }
  const parentOfTeam = new Map<string, string>();
  for (const team of source.teams) {
    if (!team.parentId) continue;
    const parent = teamsById.get(team.parentId) ?? teamsByName.get(team.parentId.toLowerCase());
    if (!parent)
      note(
        team.at,
        team.id,
        [
          {
            text: 'Its parent team "{parent}" is not in the file; it is kept at the top level.',
            params: { parent: team.parentId },
          },
        ],
        'Parent Team',
      );
    else parentOfTeam.set(team.id, parent.id);
  }
  // A team made its own ancestor: the link that closes the loop goes.
  for (const team of source.teams) {
    const seen = new Set<string>([team.id]);
    let current = parentOfTeam.get(team.id);
    while (current !== undefined) {
      if (seen.has(current)) {
        note(
          team.at,
          team.id,
          [
            {
              text: 'Its parent teams form a loop; "{team}" is kept at the top level.',
              params: { team: team.name },
            },
          ],
          'Parent Team',
        );
        parentOfTeam.delete(team.id);
        break;
      }
      seen.add(current);
      current = parentOfTeam.get(current);
    }
  }
  for (const team of source.teams) {
    const parent = parentOfTeam.get(team.id);
    const owners = (team.owners ?? []).flatMap((owner) => person(owner) ?? []);
    teams.push({
      sourceId: teamSource(team.id),
      ...exportedAs('team', team),
      draft: {
        name: oneLine(team.name),
        sourceId: teamSource(team.id),
        ...(parent ? { parentTeamId: teamSource(parent) } : {}),
        ...(owners.length ? { owners: [...new Map(owners.map((o) => [o.id, o])).values()] } : {}),
        ...(team.groupId ? { groupId: team.groupId } : {}),
      },
      at: team.at,
    });
  }

  // --- cycles ---
  const cycleSource = (id: string) => fittedSourceId(`${prefix}:period:${id}`);
  const periods = new Map(source.periods.map((period) => [period.id, period]));
  const cycles: Planned<CycleDraft>[] = [];
  for (const period of source.periods) {
    if (period.end <= period.start) {
      skip(
        period.at,
        period.id,
        [
          {
            text: 'The time period "{period}" ends ({end:day}) before it starts ({start:day}).',
            params: { period: period.name, end: period.end, start: period.start },
          },
        ],
        'End Date',
      );
      periods.delete(period.id);
      continue;
    }
    const sourceId = cycleSource(period.id);
    cycles.push({
      sourceId,
      ...exportedAs('period', period),
      draft: {
        name: oneLine(period.name).slice(0, rules.limits.titleMaxLength),
        start: period.start,
        end: period.end,
        state: period.state ?? cycleStateOn(period.start, period.end, today),
        sourceId,
        clientId: importClientId(sourceId),
      },
      at: period.at,
    });
  }

  // --- objectives ---
  const itemSource = (id: string) => fittedSourceId(`${prefix}:${id}`);
  const items = new Map(source.items.map((item) => [item.id, item]));
  const fit = (item: SourceItem, written: string, field = 'Title') => {
    const text = oneLine(written);
    const max = rules.limits.titleMaxLength;
    if (text.length <= max) return text;
    note(
      item.at,
      item.id,
      [
        {
          text: 'The title is longer than {max} characters; it is shortened (the full title is kept in the report).',
          params: { max: String(max) },
        },
      ],
      field,
    );
    return `${text.slice(0, max - 1)}…`;
  };
  const objectiveDrafts = new Map<string, Planned<ObjectiveDraft>>();
  const objectiveItems = source.items.filter((item) => item.type === 'objective');
  const teamOf = (item: SourceItem): string => {
    const known = item.teamIds.filter((id) => teamsById.has(id));
    if (known.length > 1)
      note(
        item.at,
        item.id,
        [
          {
            text: 'It belongs to {count} teams; it is kept in the first, "{team}".',
            params: { count: known.length, team: teamsById.get(known[0]!)!.name },
          },
        ],
        'Teams',
      );
    return known[0] ? teamSource(known[0]) : organisationTeam;
  };
  /**
   * The objective a KR sits under in the file: its own, or up a chain of parent KRs (a sub-KR's),
   * the first found depth first. Walked with a stack of its own, so a chain of any length cannot
   * overflow the call stack; each KR's answer is kept, so a chain is walked once.
   */
  const objectiveAboveOf = new Map<string, string | undefined>();
  const objectiveAbove = (kr: SourceItem): string | undefined => {
    if (objectiveAboveOf.has(kr.id)) return objectiveAboveOf.get(kr.id);
    const seen = new Set<string>();
    const stack = [kr];
    let found: string | undefined;
    while (stack.length > 0 && found === undefined) {
      const current = stack.pop()!;
      if (seen.has(current.id)) continue;
      seen.add(current.id);
      if (current !== kr && objectiveAboveOf.has(current.id)) {
        found = objectiveAboveOf.get(current.id);
        continue;
      }
      found = current.alignments.find((a) => items.get(a.parentId)?.type === 'objective')?.parentId;
      // Pushed last to first, so the first parent is walked first.
      for (let index = current.alignments.length - 1; index >= 0; index--) {
        const parent = items.get(current.alignments[index]!.parentId);
        if (parent?.type === 'keyResult') stack.push(parent);
      }
    }
    objectiveAboveOf.set(kr.id, found);
    return found;
  };
  const notesOf = new Map<string, string[]>();
  for (const item of objectiveItems) {
    const period = item.periodId ? periods.get(item.periodId) : undefined;
    if (!period) {
      skip(
        item.at,
        item.id,
        item.periodId
          ? [
              {
                text: 'Its time period "{period}" is not in the file.',
                params: { period: item.periodId },
              },
            ]
          : [{ text: 'It has no time period.' }],
        'Time Period',
      );
      continue;
    }
    const owner = person(item.owner);
    // An objective aligned to a KR hangs under that KR's objective (and feeds the KR if it rolls up).
    const parents = item.alignments.flatMap((alignment) => {
      const parent = items.get(alignment.parentId);
      const parentId =
        parent?.type === 'keyResult'
          ? objectiveAbove(parent)
          : parent?.type === 'objective'
            ? parent.id
            : undefined;
      if (parentId === undefined) return [];
      // Through a KR, the weight is the KR's share, not its objective's.
      return [parent?.type === 'keyResult' ? { parentId } : { ...alignment, parentId }];
    });
    const uniqueParents = parents.filter(
      (alignment, index) => parents.findIndex((p) => p.parentId === alignment.parentId) === index,
    );
    for (const alignment of item.alignments) {
      if (!items.has(alignment.parentId))
        note(
          item.at,
          item.id,
          [
            {
              text: 'It aligns to "{parent}", which is not in the file; that alignment is left out.',
              params: { parent: alignment.parentId },
            },
          ],
          'Alignment',
        );
    }
    const alignments = uniqueParents.map((p) => ({
      objectiveId: itemSource(p.parentId),
      weight: p.weight ?? 1 / uniqueParents.length,
    }));
    const sourceId = itemSource(item.id);
    objectiveDrafts.set(item.id, {
      sourceId,
      ...exportedAs('objective', item),
      ...(item.aliases?.length ? { aliases: item.aliases.map(itemSource) } : {}),
      ...(item.numberUnknown ? { numberUnknown: true } : {}),
      draft: {
        cycleId: cycleSource(period.id),
        teamId: teamOf(item),
        title: fit(item, item.title),
        description: item.description,
        ...(owner ? { owner } : {}),
        commitment:
          item.commitment === 'aspirational' && rules.allowAspirational
            ? 'aspirational'
            : 'committed',
        ...(alignments[0] ? { parentId: alignments[0].objectiveId } : {}),
        ...(alignments.length > 1 || (alignments[0]?.weight ?? 1) < 1 ? { alignments } : {}),
        ...(item.rollsUp ? { rollsUpAligned: true } : {}),
        state: objectiveStateOf(item.status),
        // A score the file gives the objective is its own grade, on the model's scale.
        ...(item.score !== undefined ? { score: roundScore(item.score * rules.scoring.max) } : {}),
        sourceId,
        clientId: importClientId(sourceId),
      },
      at: item.at,
    });
  }
  // Alignments to objectives that are left out go; so does each alignment (through any of an
  // objective's parents) that closes a loop, named in the report.
  const itemOfSource = new Map([...objectiveDrafts].map(([itemId, p]) => [p.sourceId, itemId]));
  const parentsOf = (draft: ObjectiveDraft): string[] =>
    draft.alignments?.map((a) => a.objectiveId) ?? (draft.parentId ? [draft.parentId] : []);
  const dropped = new Map<string, Set<string>>();
  const drop = (sourceId: string, parentId: string) =>
    dropped.set(sourceId, (dropped.get(sourceId) ?? new Set()).add(parentId));
  // Walked with a stack of its own, so a chain of alignments of any length cannot overflow.
  const state = new Map<string, 'open' | 'done'>();
  for (const start of objectiveDrafts.values()) {
    if (state.has(start.sourceId)) continue;
    state.set(start.sourceId, 'open');
    const path = [{ sourceId: start.sourceId, parents: parentsOf(start.draft), next: 0 }];
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      if (top.next === top.parents.length) {
        path.pop();
        state.set(top.sourceId, 'done');
        continue;
      }
      const parentId = top.parents[top.next++]!;
      const planned = objectiveDrafts.get(itemOfSource.get(top.sourceId)!)!;
      if (!itemOfSource.has(parentId)) {
        drop(top.sourceId, parentId);
        note(
          planned.at,
          itemOfSource.get(top.sourceId),
          [
            {
              text: 'The objective it aligns to, "{parent}", is left out (see that row); so is this alignment.',
              params: { parent: parentId },
            },
          ],
          'Alignment',
        );
      } else if (state.get(parentId) === 'open') {
        drop(top.sourceId, parentId);
        const loop = path
          .slice(path.findIndex((step) => step.sourceId === parentId))
          .map((step) => step.sourceId);
        note(
          planned.at,
          itemOfSource.get(top.sourceId),
          [
            {
              text: 'Its alignments form a loop ({loop}); its alignment to "{parent}" is left out.',
              params: { loop: loop.join(' → '), parent: parentId },
            },
          ],
          'Alignment',
        );
      } else if (!state.has(parentId)) {
        state.set(parentId, 'open');
        const parent = objectiveDrafts.get(itemOfSource.get(parentId)!)!;
        path.push({ sourceId: parentId, parents: parentsOf(parent.draft), next: 0 });
      }
    }
  }
  for (const [sourceId, parents] of dropped) {
    const itemId = itemOfSource.get(sourceId)!;
    const planned = objectiveDrafts.get(itemId)!;
    const { parentId, alignments, ...rest } = planned.draft;
    const kept = (alignments ?? [{ objectiveId: parentId!, weight: 1 }]).filter(
      (a) => !parents.has(a.objectiveId),
    );
    objectiveDrafts.set(itemId, {
      ...planned,
      draft: {
        ...rest,
        ...(kept[0] ? { parentId: kept[0].objectiveId } : {}),
        ...(kept.length > 1 || (kept[0]?.weight ?? 1) < 1 ? { alignments: kept } : {}),
      },
    });
  }

  // --- key results ---
  const keyResults: Planned<PlannedKeyResultDraft>[] = [];
  const keyResultItems = source.items.filter((item) => item.type === 'keyResult');
  const checkInsOf = new Map<string, (typeof source.checkIns)[number][]>();
  for (const checkIn of source.checkIns) {
    const list = checkInsOf.get(checkIn.itemId) ?? [];
    list.push(checkIn);
    checkInsOf.set(checkIn.itemId, list);
  }
  for (const list of checkInsOf.values()) list.sort((a, b) => a.at.localeCompare(b.at));
  const orphanObjectives = new Map<string, Planned<ObjectiveDraft>>();
  const objectiveOfKr = new Map<string, string>();
  /** Key results with a due date of their own, by file and the end of their cycle. */
  const ownDueDates = new Map<string, { at: SourcePlace; end: IsoDate }[]>();
  for (const item of keyResultItems) {
    const parentAlignment =
      item.alignments.find((a) => objectiveDrafts.has(a.parentId)) ??
      item.alignments.find((a) => items.get(a.parentId)?.type === 'keyResult');
    const objectiveAboveKr = parentAlignment ? objectiveAbove(item) : undefined;
    let objectiveSourceId: string;
    let weight =
      parentAlignment?.weight !== undefined ? Math.round(parentAlignment.weight * 10000) / 100 : 1;
    if (objectiveAboveKr !== undefined && objectiveDrafts.has(objectiveAboveKr)) {
      objectiveSourceId = itemSource(objectiveAboveKr);
      const parent = items.get(parentAlignment!.parentId)!;
      if (parent.type === 'keyResult') {
        note(
          item.at,
          item.id,
          [
            {
              text: parent.rollsUp
                ? 'It is a sub-key result of "{parent}"; it is placed beside it, under the same objective, and rolls up into it.'
                : 'It is a sub-key result of "{parent}", whose progress was updated by hand; it is placed beside it, under the same objective, and counts towards that objective.',
              params: { parent: parent.title },
            },
          ],
          'Alignment',
        );
      }
    } else {
      const period = item.periodId ? periods.get(item.periodId) : undefined;
      if (!period) {
        const missing = item.alignments.filter((alignment) => !items.has(alignment.parentId));
        skip(
          item.at,
          item.id,
          missing.length > 0
            ? [
                {
                  text: 'Its parent "{parents}" is not in the file, and it has no time period of its own to be placed under "{objective}".',
                  params: {
                    parents: missing.map((alignment) => alignment.parentId).join('", "'),
                    objective: objectiveForOrphans(locale).title,
                  },
                },
              ]
            : [{ text: 'It has no parent objective and no time period to place one in.' }],
          missing.length > 0 ? 'Alignment' : 'Time Period',
        );
        continue;
      }
      const team = teamOf(item);
      const key = `${period.id}|${team}`;
      let orphan = orphanObjectives.get(key);
      if (!orphan) {
        const sourceId = fittedSourceId(`${prefix}:orphans:${period.id}:${team}`);
        orphan = {
          sourceId,
          draft: {
            cycleId: cycleSource(period.id),
            teamId: team,
            ...objectiveForOrphans(locale),
            commitment: 'committed',
            state: 'active',
            sourceId,
            clientId: importClientId(sourceId),
          },
          at: item.at,
        };
        orphanObjectives.set(key, orphan);
      }
      objectiveSourceId = orphan.sourceId;
      weight = 1;
      note(
        item.at,
        item.id,
        [
          {
            text: 'It had no parent objective; it is placed under a new objective "{objective}".',
            params: { objective: objectiveForOrphans(locale).title },
          },
        ],
        'Alignment',
      );
    }
    const history = (checkInsOf.get(item.id) ?? []).filter(
      (checkIn) => checkIn.value !== undefined,
    );
    const latest = history[history.length - 1];
    const outcome = item.outcome;
    let kind: KeyResultKind;
    let start: number;
    let target: number;
    let unit = '';
    if (item.keyResultKind) {
      kind = item.keyResultKind;
      start = outcome?.start ?? 0;
      target = outcome?.target ?? (kind === 'binary' ? 1 : NaN);
      unit = unitOf(outcome);
    } else if (!outcome || outcome.kind === 'percentage' || outcome.target === undefined) {
      if (!outcome || outcome.target === undefined) {
        note(
          item.at,
          item.id,
          [{ text: 'It has no metric target; it is measured as a percentage from 0 to 100 %.' }],
          'Outcome',
        );
      }
      kind = 'increase';
      start = outcome?.kind === 'percentage' ? (outcome.start ?? 0) : 0;
      target = outcome?.kind === 'percentage' ? (outcome.target ?? 100) : 100;
      unit = '%';
    } else {
      start = outcome.start ?? 0;
      target = outcome.target;
      kind =
        outcome.targetType === 'stayAbove'
          ? 'stayAbove'
          : outcome.targetType === 'stayBelow'
            ? 'stayBelow'
            : target >= start
              ? 'increase'
              : 'decrease';
      unit = unitOf(outcome);
    }
    // A key result is due when its cycle ends: a date of its own (a sheet's Due date, an
    // export's End Date) that differs is said, not dropped unseen.
    const objectiveItem = objectiveAboveKr !== undefined ? items.get(objectiveAboveKr) : item;
    const cycleEnd = periods.get(objectiveItem?.periodId ?? item.periodId ?? '')?.end;
    if (item.end && cycleEnd && item.end !== cycleEnd) {
      const key = `${item.at.file}|${cycleEnd}`;
      ownDueDates.set(key, [...(ownDueDates.get(key) ?? []), { at: item.at, end: cycleEnd }]);
    }
    // Said, not cut unseen: a unit longer than the store's column is shortened with a note.
    if (unit.length > UNIT_MAX_LENGTH) {
      note(
        item.at,
        item.id,
        [
          {
            text: 'The unit is longer than {max} characters; it is shortened to “{unit}”.',
            params: { max: String(UNIT_MAX_LENGTH), unit: unit.slice(0, UNIT_MAX_LENGTH) },
          },
        ],
        'Unit',
      );
    }
    const owner = person(item.owner);
    const sourceId = itemSource(item.id);
    const confidence = latest?.confidence ?? item.confidence;
    const measured: PlannedKeyResultDraft = {
      objectiveId: objectiveSourceId,
      title: fit(item, item.title),
      ...(item.description ? { description: item.description } : {}),
      ...(owner ? { owner } : {}),
      kind,
      start,
      target,
      current: latest?.value ?? start,
      unit: unit.slice(0, UNIT_MAX_LENGTH),
      weight: weight > 0 ? weight : 1,
      ...(confidence !== undefined ? { confidence } : {}),
      ...(item.milestones ? { milestones: item.milestones } : {}),
      ...(item.phasedTargets.length > 0 ? { targets: item.phasedTargets } : {}),
      ...(latest ? { lastCheckInAt: latest.at } : {}),
      sourceId,
      clientId: importClientId(sourceId),
    };
    // A grade the file gives is the closing score on the model's scale; one that differs from
    // what progress earns carries the reason Close a cycle asks for.
    const score = item.score === undefined ? undefined : roundScore(item.score * rules.scoring.max);
    const draft: PlannedKeyResultDraft =
      score === undefined
        ? measured
        : {
            ...measured,
            score,
            ...(score !== proposedScore({ ...measured, id: sourceId }, rules)
              ? {
                  scoreReason:
                    item.scoreReason ??
                    (prefix === 'viva'
                      ? `Scored ${score} in Viva Goals.`
                      : `Graded ${score} in ${item.at.file}.`),
                }
              : {}),
          };
    const result = validateKeyResult({ ...draft, id: sourceId }, rules);
    if (!result.ok) {
      refuse(item.at, item.id, result.issues);
      continue;
    }
    keyResults.push({ sourceId, ...exportedAs('keyResult', item), draft, at: item.at });
    objectiveOfKr.set(item.id, objectiveSourceId);
  }
  for (const dated of ownDueDates.values()) {
    const rows = dated.flatMap(({ at }) => (at.row !== undefined ? [at.row] : []));
    const shown = rows.slice(0, 5).join(', ') + (rows.length > 5 ? ', …' : '');
    note(
      { file: dated[0]!.at.file, ...(rows[0] !== undefined ? { row: rows[0] } : {}) },
      undefined,
      [
        {
          text:
            rows.length === 0
              ? dated.length > 1
                ? 'The due dates of {count} key results are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.'
                : 'The due date of 1 key result is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.'
              : dated.length > 1
                ? 'The due dates of {count} key results ({rowCount|row|rows} {rows}) are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.'
                : 'The due date of 1 key result (row {rows}) is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.',
          params: { count: dated.length, rowCount: rows.length, rows: shown, end: dated[0]!.end },
        },
      ],
    );
  }
  const objectives = [...orphanObjectives.values(), ...objectiveDrafts.values()].filter(
    (planned) => {
      const result = validateObjective({ ...planned.draft, id: planned.sourceId }, rules);
      if (!result.ok) refuse(planned.at, planned.sourceId, result.issues);
      return result.ok;
    },
  );
  // Where the objectives of no team go is said: the file's team of the organisation's name, or
  // the team the import makes for them.
  const withoutTeam = [...objectiveDrafts.values()].filter(
    (planned) =>
      !items
        .get(itemOfSource.get(planned.sourceId) ?? '')
        ?.teamIds.some((id) => teamsById.has(id)) &&
      planned.draft.teamId === organisationTeam &&
      objectives.includes(planned),
  );
  if (withoutTeam.length > 0) {
    const rows = withoutTeam.flatMap(({ at }) => (at.row !== undefined ? [at.row] : []));
    const shown = rows.slice(0, 5).join(', ') + (rows.length > 5 ? ', …' : '');
    const counted = { count: withoutTeam.length, rowCount: rows.length, rows: shown };
    const said: Said = organisationNamesake
      ? {
          text:
            organisationNamesake.at.row === undefined
              ? rows.length === 0
                ? '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.'
                : '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.'
              : rows.length === 0
                ? '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.'
                : '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.',
          params: {
            ...counted,
            team: organisationNamesake.name,
            file: organisationNamesake.at.file,
            row: String(organisationNamesake.at.row),
          },
        }
      : source.name === undefined
        ? {
            text:
              rows.length === 0
                ? '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.'
                : '{count} {count|objective|objectives} ({count|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.',
            params: { ...counted, team: organisationName },
          }
        : {
            text:
              rows.length === 0
                ? '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.'
                : '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.',
            params: { ...counted, team: organisationName },
          };
    note(withoutTeam[0]!.at, undefined, [said]);
  }

  // --- roll-ups: what each "Update from Children" KR is measured by ---
  // Its children are the objectives and KRs aligned to it, each for its alignment's weight (an
  // equal share when the file states none; a 0% weight counted for nothing in Viva Goals).
  const plannedObjectiveIds = new Set(objectives.map((planned) => planned.sourceId));
  const plannedKeyResultIds = new Set(keyResults.map((planned) => planned.sourceId));
  const childrenOf = new Map<
    string,
    { kind: Contributor['kind']; id: string; weight?: number }[]
  >();
  for (const child of source.items) {
    if (child.type === 'initiative') continue;
    const id = itemSource(child.id);
    if (!(child.type === 'objective' ? plannedObjectiveIds : plannedKeyResultIds).has(id)) continue;
    for (const alignment of child.alignments) {
      if (items.get(alignment.parentId)?.type !== 'keyResult' || alignment.weight === 0) continue;
      const siblings = childrenOf.get(alignment.parentId) ?? [];
      if (siblings.some((sibling) => sibling.id === id)) continue;
      siblings.push({
        kind: child.type,
        id,
        ...(alignment.weight !== undefined ? { weight: alignment.weight } : {}),
      });
      childrenOf.set(alignment.parentId, siblings);
    }
  }
  /** The objectives and KRs a row names outright as what it rolls up from (the template's). */
  const statedChildren = (item: SourceItem, stated: readonly SourceAlignment[]) =>
    stated.flatMap((source) => {
      const child = items.get(source.parentId);
      const id = child ? itemSource(child.id) : '';
      const planned =
        child?.type === 'objective'
          ? plannedObjectiveIds.has(id)
          : child?.type === 'keyResult' && child.id !== item.id && plannedKeyResultIds.has(id);
      if (!child || !planned || child.type === 'initiative') {
        note(
          item.at,
          item.id,
          [
            {
              text: 'It rolls up from "{source}", which is not an objective or another key result imported from the file; that source is left out.',
              params: { source: source.parentId },
            },
          ],
          'Rolls up from',
        );
        return [];
      }
      return [
        {
          kind: child.type,
          id,
          ...(source.weight !== undefined ? { weight: source.weight } : {}),
        },
      ];
    });
  keyResultItems.forEach((item) => {
    if (!item.rollsUp && !item.rollsUpFrom) return;
    const index = keyResults.findIndex((planned) => planned.sourceId === itemSource(item.id));
    const planned = keyResults[index];
    if (!planned) return;
    const children = item.rollsUpFrom
      ? statedChildren(item, item.rollsUpFrom)
      : (childrenOf.get(item.id) ?? []);
    if (children.length === 0) {
      note(
        item.at,
        item.id,
        [
          {
            text: item.rollsUpFrom
              ? 'None of what it rolls up from is imported; it moves with its own check-ins.'
              : 'Its progress came from its children in Viva Goals, and none of them is in the file; here it moves with its own check-ins (their history is imported).',
          },
        ],
        item.rollsUpFrom ? 'Rolls up from' : 'Progress and Status Configuration',
      );
      return;
    }
    const rolledUpFrom = children.map((child) => ({
      kind: child.kind,
      id: child.id,
      weight: child.weight ?? 1 / children.length,
    }));
    keyResults[index] = { ...planned, draft: { ...planned.draft, rolledUpFrom } };
  });

  // --- initiatives: projects, deliverables and tasks ---
  const plannedKrs = new Set(keyResults.map((kr) => kr.sourceId));
  const firstKrOf = new Map<string, string>();
  for (const kr of keyResults)
    if (!firstKrOf.has(kr.draft.objectiveId)) firstKrOf.set(kr.draft.objectiveId, kr.sourceId);
  const initiatives: Planned<InitiativeDraft>[] = [];
  const keyResultFor = (item: SourceItem): string | undefined => {
    for (const alignment of item.alignments) {
      const parent = items.get(alignment.parentId);
      if (parent?.type === 'keyResult' && plannedKrs.has(itemSource(parent.id)))
        return itemSource(parent.id);
      if (parent?.type === 'objective') {
        const first = firstKrOf.get(itemSource(parent.id));
        if (first) {
          note(
            item.at,
            item.id,
            [
              {
                text: "It sat under an objective; it is kept under that objective's first key result.",
              },
            ],
            'Alignment',
          );
          return first;
        }
      }
    }
    return undefined;
  };
  const addInitiative = (planned: Planned<InitiativeDraft>, item: SourceItem) => {
    const result = validateInitiative({ ...planned.draft, id: planned.sourceId }, rules);
    if (result.ok) initiatives.push(planned);
    else refuse(item.at, item.id, result.issues);
  };
  for (const item of source.items) {
    if (item.type === 'initiative') {
      const keyResultId = keyResultFor(item);
      if (!keyResultId) {
        skip(
          item.at,
          item.id,
          [
            {
              text: 'An initiative belongs under a key result, and it has none (nor an objective with one).',
            },
          ],
          'Alignment',
        );
        continue;
      }
      const owner = person(item.owner);
      const sourceId = itemSource(item.id);
      addInitiative(
        {
          sourceId,
          ...exportedAs('initiative', item),
          draft: {
            keyResultId,
            title: fit(item, item.title),
            ...(owner ? { owner } : {}),
            status: initiativeStatusOf(item),
            ...(item.end ? { dueDate: item.end } : {}),
            ...(item.link ? { link: item.link } : {}),
            sourceId,
          },
          at: item.at,
        },
        item,
      );
    }
    if (item.tasks.length === 0) continue;
    const keyResultId = item.type === 'keyResult' ? itemSource(item.id) : keyResultFor(item);
    if (!keyResultId || !plannedKrs.has(keyResultId)) {
      skip(
        item.at,
        item.id,
        [
          {
            text:
              item.tasks.length === 1
                ? 'Its task belongs under a key result, and it has none.'
                : 'Its {count} tasks belong under a key result, and it has none.',
            params: { count: item.tasks.length },
          },
        ],
        'Children',
      );
      continue;
    }
    for (const task of item.tasks) {
      const owner = person(task.owner);
      const sourceId = fittedSourceId(`${prefix}:task:${task.id}`);
      addInitiative(
        {
          sourceId,
          draft: {
            keyResultId,
            title: fit(item, task.name, 'Task Name'),
            ...(owner ? { owner } : {}),
            status: initiativeStatusOf({ status: task.status }),
            ...(task.date ? { dueDate: task.date } : {}),
            sourceId,
          },
          at: item.at,
        },
        item,
      );
    }
  }

  // --- check-ins, and notes on objectives ---
  const objectiveOfKeyResult = new Map(keyResults.map((kr) => [kr.sourceId, kr.draft.objectiveId]));
  const keyResultOfInitiative = new Map(initiatives.map((i) => [i.sourceId, i.draft.keyResultId]));
  /** The objective (its item id in the file) whose notes keep what was said on an item. */
  const objectiveItemOf = (item: SourceItem): string | undefined => {
    if (item.type === 'objective') return objectiveDrafts.has(item.id) ? item.id : undefined;
    const keyResultId =
      item.type === 'keyResult'
        ? itemSource(item.id)
        : keyResultOfInitiative.get(itemSource(item.id));
    const objectiveId = keyResultId ? objectiveOfKeyResult.get(keyResultId) : undefined;
    return objectiveId ? itemOfSource.get(objectiveId) : undefined;
  };
  const checkIns: Planned<CheckInDraft>[] = [];
  const fallbackAuthor: Person = { id: 'external:import', displayName: 'Imported' };
  for (const checkIn of source.checkIns) {
    const item = items.get(checkIn.itemId);
    if (!item) {
      skip(
        checkIn.where,
        checkIn.itemId,
        [
          {
            text: 'A check-in for "{item}", which is not in the file.',
            params: { item: checkIn.itemId },
          },
        ],
        'OKR ID',
      );
      continue;
    }
    if (item.type !== 'keyResult') {
      // On an objective or a project: a progress note on the objective (above the project's KR).
      const objectiveItemId = objectiveItemOf(item);
      if (!objectiveItemId) {
        skip(
          checkIn.where,
          item.id,
          [
            {
              text: 'Its objective or project is left out (see that row), so its check-in is too.',
            },
          ],
          'OKR ID',
        );
        continue;
      }
      const by = checkIn.author?.name ?? checkIn.author?.email ?? '';
      const lines = notesOf.get(objectiveItemId) ?? [];
      lines.push(
        `${day(checkIn.at.slice(0, 10))}${by ? ` ${by}` : ''}${item.type === 'initiative' ? ` on “${item.title}”` : ''}${checkIn.value !== undefined ? ` · ${checkIn.value}` : ''}${checkIn.status ? ` · ${checkIn.status}` : ''}${checkIn.note ? `: ${checkIn.note}` : ''}`,
      );
      notesOf.set(objectiveItemId, lines);
      continue;
    }
    const keyResultId = itemSource(item.id);
    if (!plannedKrs.has(keyResultId)) {
      skip(
        checkIn.where,
        item.id,
        [{ text: 'Its key result is left out (see that row), so its check-in is too.' }],
        'OKR ID',
      );
      continue;
    }
    if (checkIn.value === undefined) {
      skip(
        checkIn.where,
        item.id,
        [{ text: 'A check-in on a key result needs its Current Value.' }],
        'Current Value',
      );
      continue;
    }
    let noteText = checkIn.note;
    if (noteText.length > rules.limits.noteMaxLength) {
      note(
        checkIn.where,
        item.id,
        [
          {
            text: 'A check-in note is longer than {max} characters; it is shortened.',
            params: { max: String(rules.limits.noteMaxLength) },
          },
        ],
        'Check In Note',
      );
      noteText = `${noteText.slice(0, rules.limits.noteMaxLength - 1)}…`;
    }
    const status = checkIn.status ? parseCheckInStatus(checkIn.status) : undefined;
    if (checkIn.status && !status) {
      note(
        checkIn.where,
        item.id,
        [
          {
            text: 'A check-in\'s status "{status}" is not one of {statuses}; the check-in is kept without a status.',
            params: {
              status: checkIn.status,
              statuses: checkInStatuses.map((known) => formatCheckInStatus(known)).join(', '),
            },
          },
        ],
        'Status',
      );
    }
    const sourceId = importClientId(`${prefix}:c:${checkIn.id}`);
    const draft: CheckInDraft = {
      clientId: sourceId,
      keyResultId,
      value: checkIn.value,
      ...(checkIn.confidence !== undefined ? { confidence: checkIn.confidence } : {}),
      note: noteText,
      ...(status ? { status } : {}),
      author: person(checkIn.author) ?? fallbackAuthor,
      at: checkIn.at,
      source: 'teams',
    };
    const result = validateCheckIn(draft, rules);
    if (!result.ok) {
      refuse(checkIn.where, item.id, result.issues);
      continue;
    }
    checkIns.push({ sourceId, ...exportedAs('checkIn', checkIn), draft, at: checkIn.where });
  }
  for (const comment of source.comments) {
    const item = items.get(comment.itemId);
    const objectiveItemId = item ? objectiveItemOf(item) : undefined;
    if (!item || !objectiveItemId) {
      skip(
        comment.where,
        comment.itemId,
        item
          ? [{ text: 'The item it is on is left out (see that row), so the comment is too.' }]
          : [
              {
                text: 'A comment on "{item}", which is not in the file.',
                params: { item: comment.itemId },
              },
            ],
        'OKR ID',
      );
      continue;
    }
    const by = comment.author?.name ?? comment.author?.email ?? '';
    const lines = notesOf.get(objectiveItemId) ?? [];
    lines.push(
      `${comment.at?.slice(0, 10) ?? ''}${by ? ` ${by}` : ''}${item.type === 'objective' ? '' : ` on “${item.title}”`}: ${comment.text}`.trim(),
    );
    notesOf.set(objectiveItemId, lines);
  }
  const withNotes = objectives.map((planned) => {
    const itemId = itemOfSource.get(planned.sourceId);
    const lines = itemId ? notesOf.get(itemId) : undefined;
    if (!lines || lines.length === 0) return planned;
    const max = rules.limits.descriptionMaxLength;
    let description = [planned.draft.description, 'Notes from Viva Goals:', ...lines]
      .filter(Boolean)
      .join('\n');
    if (description.length > max) {
      note(
        planned.at,
        itemId,
        [
          {
            text: 'Its description with the check-in notes and comments is longer than {max} characters; the oldest notes are cut.',
            params: { max: String(max) },
          },
        ],
        'Description',
      );
      description = description.slice(0, max);
    }
    return { ...planned, draft: { ...planned.draft, description } };
  });

  // An objective of a cycle that has ended, whose key results the file grades and which it does
  // not grade itself, is scored as closing the cycle would score it: by its key results'
  // weights, each ungraded one by progress.
  const ended = new Set(
    cycles.filter((cycle) => cycle.draft.state === 'closed').map((cycle) => cycle.sourceId),
  );
  const keyResultsOf = new Map<string, KeyResult[]>();
  const grades = new Map<string, number>();
  for (const { sourceId, draft } of keyResults) {
    const list = keyResultsOf.get(draft.objectiveId) ?? [];
    list.push({ ...draft, id: sourceId });
    keyResultsOf.set(draft.objectiveId, list);
    if (draft.score !== undefined) grades.set(sourceId, draft.score);
  }
  const scored = withNotes.map((planned) => {
    const own = keyResultsOf.get(planned.sourceId) ?? [];
    if (
      planned.draft.score !== undefined ||
      !ended.has(planned.draft.cycleId) ||
      !own.some((kr) => grades.has(kr.id))
    )
      return planned;
    const { score } = closeObjective(
      { ...planned.draft, id: planned.sourceId },
      own,
      grades,
      rules,
    );
    return { ...planned, draft: { ...planned.draft, score } };
  });

  problems.push(
    ...progressNotKept(source.items, itemSource, scored, keyResults, initiatives, namesItems),
  );
  return withinColumnLimits({
    format: source.format,
    teams,
    cycles,
    objectives: scored,
    keyResults,
    initiatives,
    checkIns,
    people,
    problems,
    ...(locale ? { locale } : {}),
    today,
  });
}
