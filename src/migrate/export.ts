/**
 * Leaving as easily as arriving: the organisation (or one cycle) as a Viva Goals organisation
 * export (a ZIP of the same JSON files the importer reads) and as our template CSV. Ids are the
 * store's, prefixed by kind (Viva Goals numbers every item in one sequence; our lists each have
 * their own). A few fields Viva Goals has no place for travel as extra fields the importer
 * reads back (`OKR Coach Kind`, `OKR Coach Weight`, `OKR Coach State`, `Milestones`, `Link`,
 * `Confidence`, `OKR Coach Score Reason`), so the
 * round trip export → import into an empty site reproduces the data. Each item and check-in also
 * names the store it was exported from (`OKR Coach Exported From`, the template's `Exported
 * from`): imported back into that store, its id is the store's own, and the import updates the
 * item instead of making a second (`matchSite`), unless the store's item changed after the export
 * (its version then is not the one written beside it: `OKR Coach Version`, `Exported version`).
 */
import JSZip from 'jszip';
import { rfc4180Dialect, toCsv, type CsvDialect } from '../core/csv';
import { isIsoDate, isIsoDateTime } from '../core/dates';
import type {
  CheckIn,
  CheckInStatus,
  Cycle,
  Initiative,
  IsoDate,
  IsoDateTime,
  KeyResult,
  Objective,
  Person,
  Status,
  Team,
} from '../core/model';
import type { OperatingModel } from '../core/operating-model';
import { keyResultStatus, objectiveStatus } from '../core/pace';
import { rollUpProgress } from '../core/roll-up';
import type { OkrRepository, RequestOptions } from '../store/repository';
import { exportedId, versionAsWritten } from './exported-ids';
import { templateColumns, type TemplateColumn, type TemplateRow } from './template';
import { writeXlsx, type XlsxCell } from './xlsx';

export interface OrganisationData {
  readonly name: string;
  readonly cycles: readonly Cycle[];
  readonly teams: readonly Team[];
  readonly objectives: readonly Objective[];
  readonly keyResults: readonly KeyResult[];
  readonly initiatives: readonly Initiative[];
  readonly checkIns: readonly CheckIn[];
  /** The store the data is read from (`OkrRepository.storeIdentity`). */
  readonly exportedFrom?: string;
}

/** Reads everything to export: a `$batch` per cycle for its board and one for its history. */
export async function readOrganisation(
  repository: Pick<
    OkrRepository,
    'listCycles' | 'listTeams' | 'loadBoard' | 'cycleCheckInHistory' | 'storeIdentity'
  >,
  options: RequestOptions & { readonly cycleId?: string; readonly name?: string } = {},
): Promise<OrganisationData> {
  const request = options.signal ? { signal: options.signal } : {};
  const [allCycles, teams, exportedFrom] = await Promise.all([
    repository.listCycles(request),
    repository.listTeams(request),
    repository.storeIdentity(request),
  ]);
  const cycles = options.cycleId ? allCycles.filter((c) => c.id === options.cycleId) : allCycles;
  const boards = await Promise.all(
    cycles.map(async (cycle) => ({
      board: await repository.loadBoard({ cycleId: cycle.id }, request),
      history: await repository.cycleCheckInHistory(cycle.id, request),
    })),
  );
  return {
    name: options.name ?? 'Organisation',
    cycles,
    teams,
    objectives: boards.flatMap(({ board }) => board.objectives),
    keyResults: boards.flatMap(({ board }) => board.keyResults),
    initiatives: boards.flatMap(({ board }) => board.initiatives),
    checkIns: boards.flatMap(({ history }) => [...history.values()].flat()),
    exportedFrom,
  };
}

const ids = {
  team: (id: string) => exportedId('team', id),
  period: (id: string) => exportedId('period', id),
  objective: (id: string) => exportedId('objective', id),
  keyResult: (id: string) => exportedId('keyResult', id),
  initiative: (id: string) => exportedId('initiative', id),
  checkIn: (id: string) => exportedId('checkIn', id),
};

const vivaPerson = (who: Person | undefined) =>
  who ? { ID: who.id, Name: who.displayName, Email: who.email ?? null } : null;

/** `2026-01-12T09:00:00Z` as the export writes it: `2026-01-12 09:00:00`. */
const vivaDateTime = (at: string) => at.replace('T', ' ').replace(/(\.\d+)?Z$/, '');

/**
 * A weight as Viva Goals writes it, a share of the parent as a percentage with one decimal
 * (`60.0%`), and a second where the share has one (`33.33%`), so the importer reads it back whole.
 */
function percent(share: number): string {
  const value = Math.round(share * 10000) / 100;
  return `${value.toFixed(Number.isInteger(value * 10) ? 1 : 2)}%`;
}

function metricUnit(unit: string): string {
  if (unit === '$') return 'Dollar';
  if (unit === '%') return 'Percentage';
  return 'Number';
}

function targetType(kr: KeyResult): string {
  if (kr.kind === 'stayAbove') return 'Stay Above';
  if (kr.kind === 'stayBelow') return 'Stay Below';
  return 'Increase From';
}

/** An objective that is not running, as Viva Goals' Status says it (and the importer reads it). */
const objectiveStateStatus: Record<Exclude<Objective['state'], 'active'>, string> = {
  draft: 'Draft',
  closed: 'Closed',
  abandoned: 'Postponed',
};

/**
 * The board's status in the words of Viva Goals' Status, as the product's own status words map
 * to them (`goal-words.ts`). Viva Goals has no "achieved": an OKR that reached its target is on
 * track until it is closed, and "Closed" would close a running objective on import.
 */
const vivaStatus: Record<Status, string> = {
  notStarted: 'Not Started',
  onTrack: 'On Track',
  atRisk: 'At Risk',
  offTrack: 'Behind',
  achieved: 'On Track',
};

/** A check-in's status in the words Viva Goals' export uses. */
const checkInStatus: Record<CheckInStatus, string> = {
  notStarted: 'Not Started',
  onTrack: 'On Track',
  behind: 'Behind',
  atRisk: 'At Risk',
  closed: 'Closed',
  postponed: 'Postponed',
};

const initiativeStatus: Record<Initiative['status'], string> = {
  notStarted: 'Not Started',
  inProgress: 'On Track',
  done: 'Closed',
  dropped: 'Postponed',
};

/** What the JSON export works each OKR's status out with, as the board does. */
export interface VivaExportOptions {
  /** The day the statuses are of (the pace expected by then). */
  readonly today: IsoDate;
  readonly rules: Pick<OperatingModel, 'pace' | 'checkIn' | 'scoring'>;
}

/**
 * Each objective's and key result's progress (0–1) and status as the board shows them today:
 * rolled up over its cycle's OKRs, as each board rolls up over its own.
 */
function boardNumbers(data: OrganisationData, { today, rules }: VivaExportOptions) {
  const progress = new Map<string, number>();
  const status = new Map<string, Status>();
  const keyResultsOf = new Map<string, KeyResult[]>();
  for (const kr of data.keyResults) {
    const list = keyResultsOf.get(kr.objectiveId) ?? [];
    list.push(kr);
    keyResultsOf.set(kr.objectiveId, list);
  }
  for (const cycle of data.cycles) {
    const objectives = data.objectives.filter((objective) => objective.cycleId === cycle.id);
    const keyResults = objectives.flatMap((objective) => keyResultsOf.get(objective.id) ?? []);
    const rollUp = rollUpProgress(objectives, keyResults);
    for (const kr of keyResults) {
      const reached = rollUp.keyResult(kr);
      progress.set(`keyResult:${kr.id}`, reached);
      status.set(`keyResult:${kr.id}`, keyResultStatus(kr, cycle, today, rules, reached));
    }
    for (const objective of objectives) {
      const reached = rollUp.objective(objective.id);
      const own = keyResultsOf.get(objective.id) ?? [];
      progress.set(`objective:${objective.id}`, reached);
      status.set(
        `objective:${objective.id}`,
        objectiveStatus(objective, own, cycle, today, rules, reached),
      );
    }
  }
  return (kind: 'objective' | 'keyResult', id: string) => {
    const reached = progress.get(`${kind}:${id}`);
    const now = status.get(`${kind}:${id}`);
    return {
      // A percentage, rounded as the board shows it.
      Progress: reached !== undefined ? Math.round(reached * 100) : null,
      Status: now ? vivaStatus[now] : null,
    };
  };
}

/**
 * The records of each file. Scores are written as Viva Goals writes them, a share of the top of
 * the scale (the organisation's), so an import on any scale reads them back.
 */
export function vivaRecordsOf(
  data: OrganisationData,
  options: VivaExportOptions,
): Record<string, unknown[]> {
  const scoringMax = options.rules.scoring.max;
  const numbers = boardNumbers(data, options);
  const scored = (score: number | undefined) =>
    score !== undefined ? { Score: score / scoringMax } : {};
  const exportedFrom = data.exportedFrom ? { 'OKR Coach Exported From': data.exportedFrom } : {};
  const exportedAt = (version: string | undefined) =>
    data.exportedFrom && version
      ? { ...exportedFrom, 'OKR Coach Version': versionAsWritten(version) }
      : exportedFrom;
  const cycles = new Map(data.cycles.map((cycle) => [cycle.id, cycle]));
  const teams = new Map(data.teams.map((team) => [team.id, team]));
  const objectives = new Map(data.objectives.map((objective) => [objective.id, objective]));
  const keyResults = new Map(data.keyResults.map((kr) => [kr.id, kr]));
  const period = (cycleId: string) => {
    const cycle = cycles.get(cycleId);
    return cycle ? { ID: ids.period(cycle.id), Name: cycle.name } : null;
  };
  const common = (cycleId: string) => {
    const cycle = cycles.get(cycleId);
    return {
      'Time Period': period(cycleId),
      'Start Date': cycle?.start ?? null,
      'End Date': cycle?.end ?? null,
    };
  };
  // What rolls up into a KR aligns to it, as in Viva Goals.
  const feeds = new Map<string, { ID: string; Title: string | null; Weight: string }[]>();
  for (const kr of data.keyResults) {
    for (const contributor of kr.rolledUpFrom ?? []) {
      const key = `${contributor.kind}:${contributor.id}`;
      feeds.set(key, [
        ...(feeds.get(key) ?? []),
        { ID: ids.keyResult(kr.id), Title: kr.title, Weight: percent(contributor.weight) },
      ]);
    }
  }
  const fromChildren = (rollsUp: boolean | undefined) =>
    rollsUp
      ? {
          'Progress and Status Configuration': {
            Progress: 'Update from Children',
            Status: null,
            'Data Source': null,
          },
        }
      : {};
  const objectiveRecords = data.objectives.map((objective) => {
    const team = teams.get(objective.teamId);
    const alignments =
      objective.alignments ??
      (objective.parentId ? [{ objectiveId: objective.parentId, weight: 1 }] : []);
    const alignedTo = [
      ...alignments.map((a) => ({
        ID: ids.objective(a.objectiveId),
        Title: objectives.get(a.objectiveId)?.title ?? null,
        Weight: percent(a.weight),
      })),
      ...(feeds.get(`objective:${objective.id}`) ?? []),
    ];
    return {
      ID: ids.objective(objective.id),
      Title: objective.title,
      Type: 'Big rock',
      Owner: objective.owner ? [vivaPerson(objective.owner)] : null,
      Teams: team ? [{ ID: ids.team(team.id), Name: team.name }] : null,
      ...common(objective.cycleId),
      Alignment: alignedTo.length ? alignedTo : null,
      ...fromChildren(objective.rollsUpAligned),
      Description: objective.description || null,
      ...numbers('objective', objective.id),
      ...(objective.state !== 'active' ? { Status: objectiveStateStatus[objective.state] } : {}),
      'Goal Type': objective.commitment === 'aspirational' ? 'Aspirational' : 'Committed',
      ...scored(objective.score),
      ...exportedAt(objective.version),
    };
  });
  const cycleOfObjective = (objectiveId: string) => objectives.get(objectiveId)?.cycleId ?? '';
  const weightsOf = new Map<string, number>();
  for (const kr of data.keyResults)
    weightsOf.set(kr.objectiveId, (weightsOf.get(kr.objectiveId) ?? 0) + kr.weight);
  const keyResultRecords = data.keyResults.map((kr) => {
    const objective = objectives.get(kr.objectiveId);
    const team = objective ? teams.get(objective.teamId) : undefined;
    return {
      ID: ids.keyResult(kr.id),
      Title: kr.title,
      Type: 'Kpi',
      Owner: kr.owner ? [vivaPerson(kr.owner)] : null,
      Teams: team ? [{ ID: ids.team(team.id), Name: team.name }] : null,
      ...common(cycleOfObjective(kr.objectiveId)),
      Alignment: [
        {
          ID: ids.objective(kr.objectiveId),
          Title: objective?.title ?? null,
          Weight: percent(kr.weight / weightsOf.get(kr.objectiveId)!),
        },
        ...(feeds.get(`keyResult:${kr.id}`) ?? []),
      ],
      ...fromChildren(kr.rolledUpFrom !== undefined && kr.rolledUpFrom.length > 0),
      Outcome: {
        'Outcome Type': 'Metric',
        'Metric Name': kr.unit || null,
        'Metric Unit': metricUnit(kr.unit),
        Start: kr.start,
        Target: kr.target,
        'Target Type': targetType(kr),
      },
      'Phased Targets': kr.targets?.length
        ? {
            Interval: 'Custom',
            'Phased Targets': kr.targets.map((t) => ({
              'Target Value': t.value,
              'Target Date': t.date,
            })),
          }
        : 'Disabled',
      ...numbers('keyResult', kr.id),
      'OKR Coach Kind': kr.kind,
      // Its share alone would lose the scale of the weight set on the site (1 of 1 + 1 is 50%).
      'OKR Coach Weight': kr.weight,
      ...(kr.description ? { Description: kr.description } : {}),
      ...(kr.milestones ? { Milestones: kr.milestones } : {}),
      ...(kr.confidence !== undefined ? { Confidence: kr.confidence } : {}),
      ...scored(kr.score),
      ...(kr.scoreReason ? { 'OKR Coach Score Reason': kr.scoreReason } : {}),
      ...exportedAt(kr.version),
    };
  });
  const initiativeRecords = data.initiatives.map((initiative) => {
    const kr = keyResults.get(initiative.keyResultId);
    const cycleId = kr ? cycleOfObjective(kr.objectiveId) : '';
    return {
      ID: ids.initiative(initiative.id),
      Title: initiative.title,
      Type: 'Project',
      Owner: initiative.owner ? [vivaPerson(initiative.owner)] : null,
      Teams: null,
      'Time Period': period(cycleId),
      'Start Date': cycles.get(cycleId)?.start ?? null,
      'End Date': initiative.dueDate ?? null,
      Alignment: [
        { ID: ids.keyResult(initiative.keyResultId), Title: kr?.title ?? null, Weight: null },
      ],
      Status: initiativeStatus[initiative.status],
      ...(initiative.link ? { Link: initiative.link } : {}),
      ...exportedAt(initiative.version),
    };
  });
  return {
    TimePeriods: data.cycles.map((cycle) => ({
      ID: ids.period(cycle.id),
      'Time Period Name': cycle.name,
      'Start Date': cycle.start,
      'End Date': cycle.end,
      'OKR Coach State': cycle.state,
      ...exportedFrom,
    })),
    Teams: data.teams.map((team) => ({
      ID: ids.team(team.id),
      'Team Name': team.name,
      'Parent Team': team.parentTeamId ? { ID: ids.team(team.parentTeamId) } : null,
      'Team Owners': team.owners?.length ? team.owners.map(vivaPerson) : null,
      'Microsoft 365 Group': team.groupId ? { ID: team.groupId } : null,
      ...exportedFrom,
    })),
    objectives: [...objectiveRecords, ...keyResultRecords, ...initiativeRecords],
    checkins: data.checkIns.map((checkIn) => ({
      ID: ids.checkIn(checkIn.id ?? checkIn.clientId),
      'OKR ID': ids.keyResult(checkIn.keyResultId),
      'CheckIn Date': vivaDateTime(checkIn.at),
      'Check In Owner': vivaPerson(checkIn.author),
      'Check In Note': { 'Check In Note': checkIn.note, 'Check In Note HTML': null },
      'Current Value': checkIn.value,
      Status: checkIn.status ? checkInStatus[checkIn.status] : null,
      ...(checkIn.confidence !== undefined ? { Confidence: checkIn.confidence } : {}),
      ...exportedFrom,
    })),
    comments: [],
  };
}

/**
 * The organisation as a Viva Goals organisation export ZIP, statuses as of `options.today`, its
 * files named as Viva Goals names them, with the time of the export (`20260219T093000`, UTC).
 */
export async function exportVivaZip(
  data: OrganisationData,
  options: VivaExportOptions & { readonly exportedAt: IsoDateTime },
): Promise<Uint8Array> {
  const zip = new JSZip();
  const stamp = options.exportedAt.replace(/[-:]/g, '').slice(0, 15);
  const org = data.name.replace(/[^A-Za-z0-9]+/g, '_') || 'Organisation';
  for (const [kind, records] of Object.entries(vivaRecordsOf(data, options))) {
    zip.file(
      `${kind}_export_file_${org}_1_Organization_${org}_${stamp}.json`,
      JSON.stringify(records, null, 2),
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * The organisation as rows of our template (the same layout the importer reads), scores as shares
 * of `scoringMax`, as in the JSON export.
 */
export function templateRowsOf(data: OrganisationData, scoringMax = 1): TemplateRow[] {
  const cycles = new Map(data.cycles.map((cycle) => [cycle.id, cycle]));
  const teams = new Map(data.teams.map((team) => [team.id, team]));
  const owner = (who: Person | undefined): TemplateRow =>
    who ? { Owner: who.displayName, ...(who.email ? { 'Owner email': who.email } : {}) } : {};
  const exportedFrom: TemplateRow = data.exportedFrom ? { 'Exported from': data.exportedFrom } : {};
  const exportedAt = (version: string | undefined): TemplateRow =>
    data.exportedFrom && version
      ? { ...exportedFrom, 'Exported version': versionAsWritten(version) }
      : exportedFrom;
  return [
    ...data.objectives.map((objective): TemplateRow => {
      const cycle = cycles.get(objective.cycleId);
      const team = teams.get(objective.teamId);
      const parent = team?.parentTeamId ? teams.get(team.parentTeamId) : undefined;
      const alignments = objective.alignments
        ?.map((a) => `${ids.objective(a.objectiveId)} (${(a.weight * 100).toFixed(2)}%)`)
        .join('; ');
      return {
        Type: 'Objective',
        Id: ids.objective(objective.id),
        Parent: alignments ?? (objective.parentId ? ids.objective(objective.parentId) : ''),
        Title: objective.title,
        Description: objective.description,
        Team: team?.name ?? '',
        'Parent team': parent?.name ?? '',
        Cycle: cycle?.name ?? '',
        'Cycle start': cycle?.start ?? '',
        'Cycle end': cycle?.end ?? '',
        ...owner(objective.owner),
        Commitment: objective.commitment,
        Status: objective.state,
        ...(objective.rollsUpAligned ? { 'Rolls up from': 'aligned objectives' } : {}),
        ...(objective.score !== undefined
          ? { 'Objective score': objective.score / scoringMax }
          : {}),
        ...exportedAt(objective.version),
      };
    }),
    ...data.keyResults.map((kr): TemplateRow => ({
      Type: 'Key result',
      Id: ids.keyResult(kr.id),
      Parent: ids.objective(kr.objectiveId),
      Title: kr.title,
      ...(kr.description ? { Description: kr.description } : {}),
      ...owner(kr.owner),
      Kind: kr.kind,
      Start: kr.start,
      Target: kr.target,
      Unit: kr.unit,
      Weight: kr.weight,
      ...(kr.confidence !== undefined ? { Confidence: kr.confidence } : {}),
      ...(kr.rolledUpFrom?.length
        ? {
            'Rolls up from': kr.rolledUpFrom
              .map((c) => `${ids[c.kind](c.id)} (${(c.weight * 100).toFixed(2)}%)`)
              .join('; '),
          }
        : {}),
      ...(kr.targets?.length
        ? { 'Phased targets': kr.targets.map((t) => `${t.date}: ${t.value}`).join('; ') }
        : {}),
      ...(kr.score !== undefined ? { Score: kr.score / scoringMax } : {}),
      ...(kr.score !== undefined && kr.scoreReason ? { 'Score reason': kr.scoreReason } : {}),
      ...exportedAt(kr.version),
    })),
    ...data.initiatives.map((initiative): TemplateRow => ({
      Type: 'Initiative',
      Id: ids.initiative(initiative.id),
      Parent: ids.keyResult(initiative.keyResultId),
      Title: initiative.title,
      ...owner(initiative.owner),
      Status: initiative.status,
      Date: initiative.dueDate ?? '',
      Link: initiative.link ?? '',
      ...exportedAt(initiative.version),
    })),
    ...data.checkIns.map((checkIn): TemplateRow => ({
      Type: 'Check-in',
      Id: ids.checkIn(checkIn.id ?? checkIn.clientId),
      Parent: ids.keyResult(checkIn.keyResultId),
      ...owner(checkIn.author),
      Date: checkIn.at,
      Value: checkIn.value,
      ...(checkIn.confidence !== undefined ? { Confidence: checkIn.confidence } : {}),
      ...(checkIn.status ? { Status: checkIn.status } : {}),
      Note: checkIn.note,
      ...exportedFrom,
    })),
  ];
}

/**
 * Template rows as formula-safe CSV (the core's `toCsv`), in `dialect`: the reader's
 * (`csvDialectFor`) for a download, RFC 4180's where none is given.
 */
export function templateCsv(
  rows: readonly TemplateRow[],
  dialect: CsvDialect = rfc4180Dialect,
): string {
  return toCsv(
    [[...templateColumns], ...rows.map((row) => templateColumns.map((column) => row[column]))],
    dialect,
  );
}

/** The organisation as the template's CSV, scores out of `scoringMax`, in `dialect`. */
export function exportTemplateCsv(
  data: OrganisationData,
  scoringMax = 1,
  dialect: CsvDialect = rfc4180Dialect,
): string {
  return templateCsv(templateRowsOf(data, scoringMax), dialect);
}

/** The template's columns of dates: a cycle's days, an initiative's due day, a check-in's time. */
const dateColumns: ReadonlySet<TemplateColumn> = new Set(['Cycle start', 'Cycle end', 'Date']);

/** A template cell for Excel: a day or an instant in a date column is a date cell. */
function xlsxCell(column: TemplateColumn, value: string | number | undefined): XlsxCell {
  return dateColumns.has(column) &&
    typeof value === 'string' &&
    (isIsoDate(value) || isIsoDateTime(value))
    ? { date: value }
    : value;
}

/**
 * The template rows as a one-sheet Excel workbook: cells are text, numbers or dates (which Excel
 * sorts and filters as dates, and the import reads back as the days and times they were), never
 * formulas.
 */
export function exportTemplateXlsx(data: OrganisationData, scoringMax = 1): Promise<Uint8Array> {
  return writeXlsx('OKRs', [
    [...templateColumns],
    ...templateRowsOf(data, scoringMax).map((row) =>
      templateColumns.map((column) => xlsxCell(column, row[column])),
    ),
  ]);
}
