/**
 * The Viva Goals organisation export: a ZIP of JSON files, each a JSON array, named
 * `{Tags|Teams|TimePeriods|Users|checkins|comments|objectives}_export_file_<org>_<n>_Organization_<org>_<timestamp>.json`
 * (a kind may be split over several numbered files). Records follow the export's field names
 * ("Time Period", "Outcome", "Phased Targets", …); many fields are `null`.
 */
import { cycleStates, keyResultKinds } from '../../core/model';
import { isGroupId } from '../../core/teams';
import type {
  ImportProblem,
  SourceAlignment,
  SourceCheckIn,
  SourceComment,
  SourceItem,
  SourceItemType,
  SourceOrganisation,
  SourceOutcome,
  SourcePerson,
  SourcePeriod,
  SourcePlace,
  SourceTask,
  SourceTeam,
  TargetType,
} from '../source';
import { JsonRecordSplitter, JsonRecordsError } from '../json-records';
import { measureOfText } from '../goal-words';
import { saidAs, type ReasonText, type Said } from '../report-words';
import { acceptedNumbers } from '../sheet';
import { fileError, ImportFileError } from '../source';
import {
  gradeOf,
  htmlToText,
  parseDate,
  parseDateTime,
  parseSourceNumber,
  parseWeight,
  readNumber,
} from '../values';

const fileKinds = ['Tags', 'Teams', 'TimePeriods', 'Users', 'checkins', 'comments', 'objectives'];
const fileNamePattern = /^(?:.*\/)?([A-Za-z]+)_export_file_(.+?)_\d+_Organization_/;

type Json = Record<string, unknown>;

/** The kind of an export file from its name, and the organisation it came from. */
export function vivaFileKind(name: string): { kind: string; organisation: string } | undefined {
  const match = fileNamePattern.exec(name);
  if (!match) return undefined;
  const kind = fileKinds.find((known) => known.toLowerCase() === match[1]!.toLowerCase());
  return kind ? { kind, organisation: match[2]!.replace(/_/g, ' ') } : undefined;
}

export function isVivaOrganisationExport(fileNames: readonly string[]): boolean {
  return fileNames.some((name) => vivaFileKind(name)?.kind === 'objectives');
}

const typeOfItem: Record<string, SourceItemType> = {
  'big rock': 'objective',
  objective: 'objective',
  kpi: 'keyResult',
  'key result': 'keyResult',
  project: 'initiative',
  deliverable: 'initiative',
};

/** Outcome "Target Type"; "Decrease From"/"… To" are told from "Increase …" by the sign of target − start. */
const targetTypes: Record<string, TargetType> = {
  'increase from': 'increaseFrom',
  'increase to': 'increaseFrom',
  'decrease from': 'increaseFrom',
  'decrease to': 'increaseFrom',
  reach: 'reach',
  'stay above': 'stayAbove',
  'stay below': 'stayBelow',
};

/** `null`, an empty text or list, or an object of nothing but those: nothing was exported. */
function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

/** The fields each file's reader reads (our own export's `OKR Coach …` fields among them). */
const readFields: Readonly<Record<string, readonly string[]>> = {
  Teams: ['ID', 'Team Name', 'Name', 'Parent Team', 'Team Owners', 'OKR Coach Exported From'],
  TimePeriods: [
    'ID',
    'Time Period Name',
    'Name',
    'Start Date',
    'End Date',
    'OKR Coach State',
    'OKR Coach Exported From',
  ],
  objectives: [
    'ID',
    'Title',
    'Type',
    'Teams',
    'Time Period',
    'Description',
    'Owner',
    'Created By',
    'Goal Type',
    'Progress and Status Configuration',
    'Status',
    'Outcome',
    'Start Date',
    'End Date',
    'OKR Coach Kind',
    'OKR Coach Weight',
    'Milestones',
    'Link',
    'Confidence',
    'OKR Coach Score Reason',
    'OKR Coach Exported From',
    'OKR Coach Version',
    'Score',
    'Progress',
    'Alignment',
    'Parent IDs',
    'Phased Targets',
    'Children',
  ],
  checkins: [
    'ID',
    'OKR ID',
    'CheckIn Date',
    'Activity Date',
    'Check In Owner',
    'Current Value',
    'Confidence',
    'Status',
    'Check In Note',
    'OKR Coach Exported From',
  ],
  comments: ['ID', 'OKR ID', 'Comment', 'Created By', 'Created At'],
};

/** Why a field an export fills is not kept, where there is more to say than that it is not read. */
const notKept: Readonly<Record<string, ReasonText>> = {
  'last check-in': 'The check-ins themselves are imported from the checkins file.',
  'check-in owners':
    'OKR Coach has one owner per objective and key result, who checks in; the Owner field is imported.',
  tags: 'OKR Coach has no tags: name what a tag grouped by a team or a cycle.',
  'created at': 'An OKR is dated by its cycle and its check-ins.',
  'updated at': 'An OKR is dated by its cycle and its check-ins.',
};

/** Reads the records of one file with the problems found, keeping where each came from. */
class RecordReader {
  constructor(
    readonly file: string,
    readonly problems: ImportProblem[],
  ) {}

  place(row: number): SourcePlace {
    return { file: this.file, row };
  }

  problem(
    row: number,
    field: string | undefined,
    message: readonly Said[],
    item?: string,
    severity: 'skipped' | 'note' = 'skipped',
  ): void {
    this.problems.push({
      file: this.file,
      row,
      ...(field ? { field } : {}),
      ...(item ? { item } : {}),
      ...saidAs(message),
      severity,
    });
  }

  /** A value that cannot be read is left empty; the item decides whether it can do without. */
  unreadable(row: number, field: string, why: Said): void {
    this.problem(row, field, [why, { text: 'It is left empty.' }], undefined, 'note');
  }

  /** A field of a record; `null` (which exports put anywhere, also inside lists) holds none. */
  private field(record: unknown, field: string): unknown {
    return record && typeof record === 'object' && !Array.isArray(record)
      ? (record as Json)[field]
      : undefined;
  }

  text(record: unknown, field: string): string | undefined {
    const value = this.field(record, field);
    if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
    if (typeof value === 'number') return String(value);
    return undefined;
  }

  id(record: unknown, field: string): string | undefined {
    const value = this.field(record, field);
    if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) {
      return String(value).trim();
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return this.id(value as Json, 'ID');
    }
    return undefined;
  }

  number(record: unknown, field: string, row: number): number | undefined {
    const value = this.field(record, field);
    if (value === null || value === undefined || value === '') return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    const parsed = typeof value === 'string' ? parseSourceNumber(value) : undefined;
    if (parsed === undefined) {
      this.unreadable(row, field, {
        text: '"{text}" is not a number (accepted: {accepted}).',
        params: { text: String(value), accepted: acceptedNumbers },
      });
    }
    return parsed;
  }

  date(record: unknown, field: string, row: number): string | undefined {
    const text = this.text(record, field);
    if (text === undefined) return undefined;
    const date = parseDate(text);
    if (!date) {
      this.unreadable(row, field, {
        text: '"{text}" is not a date (expected YYYY-MM-DD).',
        params: { text },
      });
    }
    return date;
  }

  /**
   * A closing score, 0.0 to 1.0 as Viva Goals gives it (or a percentage); one that cannot be
   * read, or is outside the scale, is said and left out, the item kept (one over the top that
   * `gradeOf` keeps at the top is said).
   */
  grade(record: unknown, field: string, row: number, item: string): number | undefined {
    const value = this.field(record, field);
    if (value === null || value === undefined || value === '') return undefined;
    const reading =
      typeof value === 'number'
        ? { value, percent: false }
        : typeof value === 'string'
          ? readNumber(value, '.')
          : undefined;
    const leftOut: Said = { text: 'The score is left out; the item is imported.' };
    if (!reading || !('value' in reading)) {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      this.problem(
        row,
        field,
        [
          { text: '"{text}" is not a score: write a grade from 0.0 to 1.0.', params: { text } },
          leftOut,
        ],
        item,
      );
      return undefined;
    }
    const grade = gradeOf({ amount: reading.value, percent: reading.percent });
    if ('error' in grade) {
      this.problems.push({
        file: this.file,
        row,
        field,
        item,
        ...saidAs([grade.error, leftOut]),
        severity: 'skipped',
      });
      return undefined;
    }
    if (grade.capped) {
      this.problems.push({
        file: this.file,
        row,
        field,
        item,
        ...saidAs(grade.capped),
        severity: 'note',
      });
    }
    return grade.value;
  }

  /** Everyone a field names: a list of people, or one. */
  people(value: unknown): SourcePerson[] {
    return (Array.isArray(value) ? value : [value]).flatMap(
      (one: unknown) => this.person(one) ?? [],
    );
  }

  person(value: unknown): SourcePerson | undefined {
    const first = Array.isArray(value) ? value[0] : value;
    if (!first || typeof first !== 'object') {
      return typeof first === 'string' && first.trim() ? { name: first.trim() } : undefined;
    }
    const name = this.text(first, 'Name');
    const email = this.text(first, 'Email');
    return name || email ? { ...(name ? { name } : {}), ...(email ? { email } : {}) } : undefined;
  }

  private readonly said = new Set<string>();

  /** A note said once per file however many records it applies to (the first one's row named). */
  noteOnce(note: ReasonText, row?: number, field?: string): void {
    if (this.said.has(note)) return;
    this.said.add(note);
    this.problems.push({
      file: this.file,
      ...(row !== undefined ? { row } : {}),
      ...(field ? { field } : {}),
      ...saidAs([{ text: note }]),
      severity: 'note',
    });
  }

  /** Fields filled in a record that no reader reads, with how many records fill each. */
  private readonly unread = new Map<string, number>();

  /** Counts the record's filled fields that are not among those `known` to be read. */
  tally(record: Json, known: (field: string) => boolean): void {
    for (const [field, value] of Object.entries(record)) {
      if (known(field) || isBlank(value)) continue;
      this.unread.set(field, (this.unread.get(field) ?? 0) + 1);
    }
  }

  /** One note per field the file fills and the import does not read, with why where known. */
  noteUnread(): void {
    for (const [field, count] of this.unread) {
      const why = notKept[field.toLowerCase()] ?? 'The import does not read it.';
      this.problems.push({
        file: this.file,
        field,
        ...saidAs([
          {
            text: 'The field "{field}" (filled in {count} {count|record|records}) is not imported.',
            params: { field, count },
          },
          { text: why },
        ]),
        severity: 'skipped',
      });
    }
  }

  private readonly splitter = new JsonRecordSplitter();

  /** The records completed by the next chunk of the file's text (see `JsonRecordSplitter`). */
  records(text: string): Json[] {
    return this.reading(() =>
      this.splitter
        .push(text)
        .map((record) => (record && typeof record === 'object' ? record : {}) as Json),
    );
  }

  /** The file's text has ended: it must have closed its array. */
  end(): void {
    this.reading(() => this.splitter.end());
  }

  private reading<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof JsonRecordsError && error.message === 'not an array') {
        fileError(this.file, [{ text: 'should hold a JSON array of records.' }]);
      }
      const record = error instanceof JsonRecordsError ? error.record : undefined;
      return fileError(this.file, [
        record
          ? {
              text: 'is not valid JSON: record {record} is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})',
              params: { error: (error as Error).message, record: String(record) },
            }
          : {
              text: 'is not valid JSON: the file is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})',
              params: { error: (error as Error).message },
            },
      ]);
    }
  }
}

/** A team's members, by the fields an export names them with: not its owners. */
const memberFields = /^(?:team )?members?$/i;
/** The Microsoft 365 group a team is linked to ("Microsoft 365 Group", "Group ID", "Linked Group"). */
const groupFields =
  /^(?:(?:microsoft|office|m|o) ?365 )?(?:linked |connected |teams? )?group(?: ?(?:id|name))?$/i;

/**
 * The Microsoft 365 group a team record names: its id where the export gives one (a GUID, alone
 * or as a field of the group), and its name.
 */
function linkedGroup(
  reader: RecordReader,
  record: Json,
): { readonly id?: string; readonly name?: string } | undefined {
  const field = Object.keys(record).find((key) => groupFields.test(key.trim()));
  const value = field ? record[field] : undefined;
  const texts =
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.keys(value).flatMap((key) => reader.text(value, key) ?? [])
      : [reader.text(record, field ?? '')].flatMap((text) => text ?? []);
  const id = texts.find(isGroupId)?.toLowerCase();
  const name =
    value && typeof value === 'object'
      ? (reader.text(value, 'Name') ?? reader.text(value, 'Display Name'))
      : texts.find((text) => !isGroupId(text));
  return id || name ? { ...(id ? { id } : {}), ...(name ? { name } : {}) } : undefined;
}

/**
 * Who is in each team, as the export names them: the Teams file's member field and the teams the
 * Users file lists for each person. Members are not imported: OKR Coach keeps a team's owners,
 * and who is in a team is its Microsoft 365 group's membership. `notes` says so once per team,
 * with how many; a team the export links to its group by id is linked to it on import, and of
 * one it names the group of by name alone, that once the team is linked to it its members come
 * from there.
 */
class TeamMembers {
  /** Person keys by team reference (an ID, or a name in lower case). */
  private readonly byTeam = new Map<string, Set<string>>();
  private readonly groups = new Map<string, string>();
  private readonly fields = new Set<string>();

  add(team: string, person: SourcePerson, field: string): void {
    const key = (person.email ?? person.name ?? '').toLowerCase();
    if (!key) return;
    const members = this.byTeam.get(team) ?? new Set<string>();
    members.add(key);
    this.byTeam.set(team, members);
    this.fields.add(field);
  }

  readTeam(reader: RecordReader, record: Json, id: string, group: string | undefined): void {
    const field = Object.keys(record).find((key) => memberFields.test(key.trim()));
    if (field) for (const person of reader.people(record[field])) this.add(id, person, field);
    if (group) this.groups.set(id, group);
  }

  /** A Users file record: the teams it lists the person in. */
  readUser(reader: RecordReader, record: Json): void {
    const person = reader.person(record);
    const teams = record['Teams'];
    if (!person) return;
    for (const team of Array.isArray(teams) ? teams : [teams]) {
      const ref =
        typeof team === 'string' || typeof team === 'number'
          ? String(team).trim()
          : (reader.id(team, 'ID') ?? reader.text(team, 'Name'));
      if (ref) this.add(ref.toLowerCase(), person, 'Teams (Users file)');
    }
  }

  notes(teams: readonly SourceTeam[]): ImportProblem[] {
    return teams.flatMap((team): ImportProblem[] => {
      const members = new Set([
        ...(this.byTeam.get(team.id) ?? []),
        ...(this.byTeam.get(team.id.toLowerCase()) ?? []),
        ...(this.byTeam.get(team.name.toLowerCase()) ?? []),
      ]).size;
      const group = this.groups.get(team.id);
      const where = {
        file: team.at.file,
        ...(team.at.row !== undefined ? { row: team.at.row } : {}),
        item: team.id,
      };
      if (team.groupId) {
        // Our own export writes a team's group and no members: kept as it was, there is no news.
        if (team.exportedFrom && members === 0) return [];
        return [
          {
            ...where,
            ...saidAs([
              {
                text: members
                  ? 'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership, so its {count} {count|member|members} in the file {count|is|are} not imported one by one.'
                  : 'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership.',
                params: { team: team.name, group: team.groupId, count: members },
              },
            ]),
            severity: 'note',
          },
        ];
      }
      if (members === 0) {
        return group
          ? [
              {
                ...where,
                ...saidAs([
                  {
                    text: 'Team "{team}" was linked to the Microsoft 365 group "{group}" in Viva Goals; the export names the group but not its id: link the team to that group (Programme, Teams, "Microsoft 365 group id").',
                    params: { team: team.name, group },
                  },
                ]),
                severity: 'skipped' as const,
              },
            ]
          : [];
      }
      const join: Said = group
        ? {
            text: 'In Viva Goals it was linked to the Microsoft 365 group "{group}": link the team to that group (Programme, Teams, "Microsoft 365 group id") and its members come from there.',
            params: { group },
          }
        : {
            text: 'Link the team to its Microsoft 365 group (Programme, Teams, "Microsoft 365 group id") and its members come from there.',
          };
      return [
        {
          ...where,
          field: [...this.fields].join(', '),
          ...saidAs([
            {
              text: 'Team "{team}": its {count} {count|member|members} {count|is|are} not imported. OKR Coach keeps a team\'s owners (imported); who is in a team is its Microsoft 365 group\'s membership.',
              params: { team: team.name, count: members },
            },
            join,
          ]),
          severity: 'skipped' as const,
        },
      ];
    });
  }
}

function readTeam(
  reader: RecordReader,
  record: Json,
  index: number,
  members: TeamMembers,
): SourceTeam[] {
  const row = index + 1;
  const id = reader.id(record, 'ID');
  const name = reader.text(record, 'Team Name') ?? reader.text(record, 'Name');
  if (!id || !name) {
    reader.problem(row, id ? 'Team Name' : 'ID', [{ text: 'A team needs an ID and a Team Name.' }]);
    return [];
  }
  const parentId = reader.id(record, 'Parent Team');
  const owners = reader.people(record['Team Owners']);
  const group = linkedGroup(reader, record);
  members.readTeam(reader, record, id, group?.name ?? group?.id);
  const exportedFrom = reader.text(record, 'OKR Coach Exported From');
  return [
    {
      id,
      name,
      ...(parentId ? { parentId } : {}),
      ...(owners.length ? { owners } : {}),
      ...(group?.id ? { groupId: group.id } : {}),
      ...(exportedFrom ? { exportedFrom } : {}),
      at: reader.place(row),
    },
  ];
}

function readPeriod(reader: RecordReader, record: Json, index: number): SourcePeriod[] {
  const row = index + 1;
  const id = reader.id(record, 'ID');
  const name = reader.text(record, 'Time Period Name') ?? reader.text(record, 'Name');
  const start = reader.date(record, 'Start Date', row);
  const end = reader.date(record, 'End Date', row);
  if (!id || !name || !start || !end) {
    // An unreadable date is reported by `date` already.
    if (!id || !name || !reader.text(record, 'Start Date') || !reader.text(record, 'End Date')) {
      reader.problem(row, undefined, [
        { text: 'A time period needs an ID, a name, a Start Date and an End Date.' },
      ]);
    }
    return [];
  }
  const state = cycleStates.find((known) => known === reader.text(record, 'OKR Coach State'));
  const exportedFrom = reader.text(record, 'OKR Coach Exported From');
  return [
    {
      id,
      name,
      start,
      end,
      ...(state ? { state } : {}),
      ...(exportedFrom ? { exportedFrom } : {}),
      at: reader.place(row),
    },
  ];
}

/** The Outcome Types an export writes that the import reads as they are. */
const outcomeTypes = ['Metric', 'Percentage'] as const;

/**
 * A key result's Outcome: a Metric (from Start to Target, in its Metric Unit), a Percentage, or
 * done / not done (a type whose words say so: "Achieved/Not achieved", "Yes/No", read by the
 * table a sheet's type column is read by). A type of none of these is measured from its Start to
 * its Target as a metric, and named in the dry run (`unknownType`), not guessed at silently.
 */
function readOutcome(
  reader: RecordReader,
  value: unknown,
  row: number,
): (SourceOutcome & { readonly binary?: true; readonly unknownType?: string }) | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const outcome = value as Json;
  const typeText = reader.text(outcome, 'Outcome Type');
  const known = outcomeTypes.find((type) => type.toLowerCase() === typeText?.toLowerCase());
  const measure = typeText && !known ? measureOfText(typeText) : undefined;
  const binary = typeof measure === 'object' && measure.kind === 'binary';
  const targetType = targetTypes[reader.text(outcome, 'Target Type')?.toLowerCase() ?? ''];
  const metricName = reader.text(outcome, 'Metric Name');
  const unit = reader.text(outcome, 'Metric Unit');
  const start = reader.number(outcome, 'Start', row);
  const target = reader.number(outcome, 'Target', row);
  if (binary) return { kind: 'metric', start: 0, target: 1, binary: true };
  const percentage =
    known === 'Percentage' || (typeof measure === 'object' && measure.kind === 'percentage');
  return {
    kind: percentage ? 'percentage' : 'metric',
    ...(metricName ? { metricName } : {}),
    ...(unit ? { unit } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(targetType ? { targetType } : {}),
    ...(typeText &&
    !known &&
    !(measure === 'other' ? false : measure?.kind === 'metric' || percentage)
      ? { unknownType: typeText }
      : {}),
  };
}

function readPhasedTargets(reader: RecordReader, value: unknown, row: number) {
  if (!value || typeof value !== 'object') return [];
  const targets = (value as Json)['Phased Targets'];
  if (!Array.isArray(targets)) return [];
  return targets.flatMap((target: Json) => {
    const date = reader.date(target, 'Target Date', row);
    const number = reader.number(target, 'Target Value', row);
    return date && number !== undefined ? [{ date, value: number }] : [];
  });
}

function readAlignments(reader: RecordReader, record: Json, row: number): SourceAlignment[] {
  const alignments: SourceAlignment[] = [];
  const aligned = record['Alignment'];
  if (Array.isArray(aligned)) {
    for (const entry of aligned as Json[]) {
      const parentId = reader.id(entry, 'ID');
      if (!parentId) continue;
      const weightText = reader.text(entry, 'Weight');
      const weight = weightText ? parseWeight(weightText) : undefined;
      if (weightText && weight === undefined) {
        reader.problem(row, 'Alignment', [
          {
            text: 'Weight "{weight}" is not a percentage; weighted equally.',
            params: { weight: weightText },
          },
        ]);
      }
      alignments.push({ parentId, ...(weight !== undefined ? { weight } : {}) });
    }
  }
  const parentIds = record['Parent IDs'];
  if (Array.isArray(parentIds)) {
    for (const parent of parentIds) {
      const parentId =
        typeof parent === 'number' || typeof parent === 'string'
          ? String(parent).trim()
          : reader.id(parent, 'ID');
      if (parentId && !alignments.some((a) => a.parentId === parentId))
        alignments.push({ parentId });
    }
  }
  return alignments;
}

function readTasks(reader: RecordReader, record: Json, row: number): SourceTask[] {
  const children = record['Children'];
  if (!Array.isArray(children)) return [];
  return (children as Json[]).flatMap((child) => {
    const name = reader.text(child, 'Task Name');
    const id = reader.id(child, 'ID');
    if (!name || !id) return [];
    const status = reader.text(child, 'Task Status');
    const date = reader.date(child, 'Task Date', row);
    const owner = reader.person(child['Task Owner']);
    return [
      {
        id,
        name,
        ...(status ? { status } : {}),
        ...(date ? { date } : {}),
        ...(owner ? { owner } : {}),
      },
    ];
  });
}

function readItem(reader: RecordReader, record: Json, index: number): SourceItem[] {
  const row = index + 1;
  const id = reader.id(record, 'ID');
  const title = reader.text(record, 'Title');
  if (!id || !title) {
    reader.problem(row, id ? 'Title' : 'ID', [{ text: 'An item needs an ID and a Title.' }], id);
    return [];
  }
  const typeText = reader.text(record, 'Type') ?? '';
  const type = typeOfItem[typeText.toLowerCase()];
  if (!type) {
    reader.problem(
      row,
      'Type',
      [
        {
          text: 'Type "{type}" is not one the import knows (Big rock, Kpi, Project).',
          params: { type: typeText },
        },
      ],
      id,
    );
    return [];
  }
  // Teams and the time period by ID, or by name where an export gives only that.
  const teams = record['Teams'];
  const teamIds = (Array.isArray(teams) ? teams : [teams]).flatMap(
    (team: unknown) =>
      (typeof team === 'string' ? team.trim() : undefined) ||
      reader.id(team, 'ID') ||
      reader.text(team, 'Name') ||
      [],
  );
  const periodId = reader.id(record, 'Time Period') ?? reader.text(record['Time Period'], 'Name');
  const description = reader.text(record, 'Description');
  const owner = reader.person(record['Owner']) ?? reader.person(record['Created By']);
  const goalType = reader.text(record, 'Goal Type')?.toLowerCase();
  const configuration = record['Progress and Status Configuration'] as Json | null;
  const progressMode = configuration ? reader.text(configuration, 'Progress') : undefined;
  const status = reader.text(record, 'Status');
  const read = readOutcome(reader, record['Outcome'], row);
  const { binary, unknownType, ...outcome } = read ?? {};
  if (unknownType !== undefined)
    reader.problem(
      row,
      'Outcome',
      [
        {
          text: 'Its Outcome Type "{type}" is not one the import knows ({accepted}, or done / not done such as Achieved/Not achieved): it is measured from its Start to its Target as a metric. Check it on its board after the import.',
          params: { type: unknownType, accepted: outcomeTypes.join(', ') },
        },
      ],
      id,
      'note',
    );
  const start = reader.date(record, 'Start Date', row);
  const end = reader.date(record, 'End Date', row);
  // Fields only our own export writes, so a round trip keeps what Viva Goals has no place for.
  const kind =
    keyResultKinds.find((known) => known === reader.text(record, 'OKR Coach Kind')) ??
    (binary ? 'binary' : undefined);
  // A key result's weight in its objective (its first alignment) as the site had it: the share
  // Viva Goals writes loses its scale.
  const weight = type === 'keyResult' ? reader.number(record, 'OKR Coach Weight', row) : undefined;
  const alignments = readAlignments(reader, record, row);
  if (weight !== undefined && weight <= 0) {
    reader.problem(
      row,
      'OKR Coach Weight',
      [
        {
          text: "Weight {weight} is not above 0; the key result is weighted by its Alignment's share.",
          params: { weight },
        },
      ],
      id,
      'note',
    );
  }
  const milestones = record['Milestones'];
  const link = reader.text(record, 'Link');
  const confidence = reader.number(record, 'Confidence', row);
  const progress = reader.number(record, 'Progress', row);
  const scoreReason = reader.text(record, 'OKR Coach Score Reason');
  const exportedFrom = reader.text(record, 'OKR Coach Exported From');
  const exportedVersion = reader.text(record, 'OKR Coach Version');
  // Viva Goals scores an objective or key result when it is closed, 0.0 to 1.0
  // (https://learn.microsoft.com/en-us/viva/goals/viva-goals-healthy-okr-program/close-okrs-overview);
  // an initiative's score is only its last progress, which its status and check-ins keep.
  const score = type === 'initiative' ? undefined : reader.grade(record, 'Score', row, id);
  if (type === 'initiative' && !isBlank(record['Score'])) {
    reader.noteOnce(
      "The scores of initiatives are not kept: Viva Goals scores an initiative by its last progress, which its status keeps; objectives' and key results' scores are.",
      row,
      'Score',
    );
  }
  return [
    {
      id,
      type,
      title,
      description: description ? htmlToText(description) : '',
      ...(owner ? { owner } : {}),
      teamIds,
      ...(periodId ? { periodId } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      alignments:
        weight !== undefined && weight > 0
          ? alignments.map((a, i) => (i === 0 ? { ...a, weight: weight / 100 } : a))
          : alignments,
      ...(goalType
        ? { commitment: goalType.startsWith('aspiration') ? 'aspirational' : 'committed' }
        : {}),
      ...(progressMode?.toLowerCase() === 'update from children' ? { rollsUp: true } : {}),
      ...(status ? { status } : {}),
      ...(read ? { outcome: outcome as SourceOutcome } : {}),
      phasedTargets: readPhasedTargets(reader, record['Phased Targets'], row),
      tasks: readTasks(reader, record, row),
      ...(kind ? { keyResultKind: kind } : {}),
      ...(Array.isArray(milestones) ? { milestones: milestones.map(String) } : {}),
      ...(link ? { link } : {}),
      ...(confidence !== undefined ? { confidence } : {}),
      ...(score !== undefined ? { score } : {}),
      ...(score !== undefined && scoreReason ? { scoreReason } : {}),
      ...(progress !== undefined
        ? { writtenProgress: { value: progress, field: 'Progress' } }
        : {}),
      ...(exportedFrom ? { exportedFrom } : {}),
      ...(exportedVersion ? { exportedVersion } : {}),
      at: reader.place(row),
    },
  ];
}

function noteOf(reader: RecordReader, value: unknown): string {
  if (typeof value === 'string') return htmlToText(value);
  if (!value || typeof value !== 'object') return '';
  const html = reader.text(value as Json, 'Check In Note HTML');
  if (html) return htmlToText(html);
  return reader.text(value as Json, 'Check In Note') ?? '';
}

function readCheckIn(reader: RecordReader, record: Json, index: number): SourceCheckIn[] {
  const row = index + 1;
  const id = reader.id(record, 'ID');
  const itemId = reader.id(record, 'OKR ID');
  const dateText = reader.text(record, 'CheckIn Date') ?? reader.text(record, 'Activity Date');
  const at = dateText ? parseDateTime(dateText) : undefined;
  if (!id || !itemId) {
    reader.problem(row, id ? 'OKR ID' : 'ID', [
      { text: 'A check-in needs an ID and the OKR ID it belongs to.' },
    ]);
    return [];
  }
  if (!at) {
    reader.problem(
      row,
      'CheckIn Date',
      [
        dateText
          ? {
              text: '"{text}" is not a date and time (expected YYYY-MM-DD HH:MM:SS).',
              params: { text: dateText },
            }
          : { text: 'A check-in needs its CheckIn Date.' },
      ],
      itemId,
    );
    return [];
  }
  const author = reader.person(record['Check In Owner']);
  const value = reader.number(record, 'Current Value', row);
  const confidence = reader.number(record, 'Confidence', row);
  const status = reader.text(record, 'Status');
  const exportedFrom = reader.text(record, 'OKR Coach Exported From');
  return [
    {
      id,
      itemId,
      at,
      ...(author ? { author } : {}),
      note: noteOf(reader, record['Check In Note']),
      ...(value !== undefined ? { value } : {}),
      ...(confidence !== undefined ? { confidence } : {}),
      ...(status ? { status } : {}),
      ...(exportedFrom ? { exportedFrom } : {}),
      where: reader.place(row),
    },
  ];
}

function readComment(reader: RecordReader, record: Json, index: number): SourceComment[] {
  const row = index + 1;
  const id = reader.id(record, 'ID');
  const itemId = reader.id(record, 'OKR ID');
  const text = reader.text(record, 'Comment');
  if (!id || !itemId || !text) return [];
  const author = reader.person(record['Created By']);
  const atText = reader.text(record, 'Created At');
  const at = atText ? parseDateTime(atText) : undefined;
  return [
    {
      id,
      itemId,
      text: htmlToText(text),
      ...(author ? { author } : {}),
      ...(at ? { at } : {}),
      where: reader.place(row),
    },
  ];
}

/** One file of the export as its text streams in: `push` each chunk, then `end`. */
export interface ExportFileSink {
  push(text: string): void;
  end(): void;
}

/**
 * Reads an organisation export file by file, each file's records as its text streams in, so
 * what is held is what was read from the records, never a file's text.
 */
export class VivaOrganisationReader {
  private readonly problems: ImportProblem[] = [];
  private readonly teams: SourceTeam[] = [];
  private readonly periods: SourcePeriod[] = [];
  private readonly items: SourceItem[] = [];
  private readonly checkIns: SourceCheckIn[] = [];
  private readonly comments: SourceComment[] = [];
  private name: string | undefined;
  private readonly members = new TeamMembers();

  /**
   * Where a file's text goes, or nothing when the file need not be read (a file that is no part
   * of an export is noted as left out). Tags hold nothing the import keeps and Users only who is
   * in which team: each file says so once. Every other field no reader reads is named once.
   */
  open(fileName: string): ExportFileSink | undefined {
    // What macOS's Archive Utility adds to a ZIP it re-packs: resource forks, not files.
    if (/(^|\/)(__MACOSX\/|\._)/.test(fileName) || /(^|\/)\.DS_Store$/.test(fileName))
      return undefined;
    const kind = vivaFileKind(fileName);
    if (!kind) {
      this.problems.push({
        file: fileName,
        ...saidAs([
          {
            text: 'This file is not part of a Viva Goals organisation export (objectives, checkins, comments, Teams, TimePeriods, Users, Tags); it was left out.',
          },
        ]),
        severity: 'skipped',
      });
      return undefined;
    }
    this.name ??= kind.organisation;
    const read = this.recordReader(kind.kind);
    if (!read) return undefined;
    const reader = new RecordReader(fileName, this.problems);
    const fields = new Set((readFields[kind.kind] ?? []).map((field) => field.toLowerCase()));
    // A team's members and its group are said per team (`TeamMembers`).
    const known = (field: string) =>
      fields.has(field.toLowerCase()) ||
      (kind.kind === 'Teams' &&
        (memberFields.test(field.trim()) || groupFields.test(field.trim())));
    // Users and Tags are read for nothing the OKRs need: one that is not valid JSON is said, not fatal.
    const optional = kind.kind === 'Users' || kind.kind === 'Tags';
    let unreadable = false;
    const reading = (step: () => void) => {
      if (unreadable) return;
      try {
        step();
      } catch (error) {
        if (!optional || !(error instanceof ImportFileError)) throw error;
        unreadable = true;
        const { message, said, ...place } = error.problem;
        this.problems.push({
          ...place,
          ...(said
            ? saidAs([...said, { text: 'It is left out.' }])
            : { message: `${message} It is left out.` }),
          severity: 'skipped',
        });
      }
    };
    let index = 0;
    return {
      push: (text) =>
        reading(() => {
          for (const record of reader.records(text)) {
            // Users are read for their teams only and Tags not at all: each file's note says so.
            if (!optional) reader.tally(record, known);
            read(reader, record, index++);
          }
        }),
      end: () =>
        reading(() => {
          reader.end();
          reader.noteUnread();
        }),
    };
  }

  organisation(): SourceOrganisation {
    const done = this.doneOrNot();
    return {
      format: 'vivaOrganisation',
      ...(this.name ? { name: this.name } : {}),
      teams: this.teams,
      periods: this.periods,
      items: this.items,
      checkIns: done.checkIns,
      comments: this.comments,
      problems: [...this.problems, ...done.problems, ...this.members.notes(this.teams)],
    };
  }

  /**
   * The check-ins of a done / not done key result as done (1) or not (0): a value of its target
   * or more (100, as a percentage) is done; each not written 0 or 1 is said.
   */
  private doneOrNot(): { checkIns: SourceCheckIn[]; problems: ImportProblem[] } {
    const binary = new Set(
      this.items.filter((item) => item.keyResultKind === 'binary').map((item) => item.id),
    );
    const problems: ImportProblem[] = [];
    const checkIns = this.checkIns.map((checkIn) => {
      const { value } = checkIn;
      if (!binary.has(checkIn.itemId) || value === undefined || value === 0 || value === 1)
        return checkIn;
      const done = value >= 1 ? 1 : 0;
      problems.push({
        ...checkIn.where,
        field: 'Current Value',
        item: checkIn.itemId,
        ...saidAs([
          {
            text: done
              ? '{value} is read as done: its key result is done or not done (1 or 0), and a value of 1 or more is done.'
              : '{value} is read as not done: its key result is done or not done (1 or 0), and a value of 1 or more is done.',
            params: { value },
          },
        ]),
        severity: 'note',
      });
      return { ...checkIn, value: done };
    });
    return { checkIns, problems };
  }

  private recordReader(
    kind: string,
  ): ((reader: RecordReader, record: Json, index: number) => void) | undefined {
    const into =
      <T>(list: T[], read: (reader: RecordReader, record: Json, index: number) => T[]) =>
      (reader: RecordReader, record: Json, index: number) =>
        list.push(...read(reader, record, index));
    if (kind === 'Teams')
      return into(this.teams, (reader, record, index) =>
        readTeam(reader, record, index, this.members),
      );
    if (kind === 'Users')
      return (reader, record) => {
        reader.noteOnce(
          "The people in this file are not imported as such: everyone is in the organisation's directory (Microsoft Entra ID), and the owners and check-in authors the OKRs name are matched to it by email, then by name.",
        );
        this.members.readUser(reader, record);
      };
    if (kind === 'Tags')
      return (reader) => reader.noteOnce('Tags are not imported: OKR Coach has no tags.');
    if (kind === 'TimePeriods') return into(this.periods, readPeriod);
    if (kind === 'objectives') return into(this.items, readItem);
    if (kind === 'checkins') return into(this.checkIns, readCheckIn);
    if (kind === 'comments') return into(this.comments, readComment);
    return undefined;
  }
}
