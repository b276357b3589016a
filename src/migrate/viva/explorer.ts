/**
 * The Viva Goals explorer export (an explorer view saved as CSV or XLSX; the same layout is what
 * Graph's goalsExportJob downloads: https://learn.microsoft.com/en-us/graph/api/resources/goalsexportjob).
 * One row per item; the whole check-in history follows in the `Checkins` column and the unnamed
 * columns after it, one check-in per cell:
 * `Checkin Date: …; User: …; Note: …; Metric Name: …; Status: …; Current Value: 25%; Activity Date: … UTC;`.
 *
 * An explorer view is the user's own choice of columns, so only Title and Object Type are
 * required: exports seen in the field come without `Id` (the parents' ids are still in "Aligned
 * To"), with `Tag`, `OKR type` or `Type name` columns, several parents joined by " / ", and the
 * Object Type in the organisation's own words, since admins could rename Objective, Key Result
 * and Initiative (https://learn.microsoft.com/en-us/viva/goals/customize-terminology).
 */
import type { CsvRow } from '../csv';
import type {
  ImportProblem,
  SourceAlignment,
  SourceCheckIn,
  SourceItem,
  SourceItemType,
  SourceOrganisation,
  SourcePeriod,
  SourceTeam,
} from '../source';
import { fileError, fileRefused, sheetOrganisation } from '../source';
import { saidAs, sayReason, type Said } from '../report-words';
import {
  acceptedNumbers,
  columnsNamed,
  columnsOf,
  headerKey,
  ignoredColumns,
  SheetValues,
} from '../sheet';
import {
  gradeOrSay,
  htmlToText,
  isCurrencyUnit,
  parseDateTime,
  parseSourceNumber,
} from '../values';

const required = ['Title', 'Object Type'] as const;
const known = [
  'Id',
  'Title',
  'Team',
  'Creator',
  'Owner',
  'Period',
  'Start Date',
  'End Date',
  'Description',
  'Aligned To (weight, Objective ID)',
  'Metric Name',
  'Unit',
  'Target',
  'Object Type',
  'Goal Type',
  'Start',
  'Created At',
  'Last Check-in',
  'Progress %',
  'Actual Progress',
  'Status',
  'Last Check-in Note',
  'Score',
  'Checkins',
];

/**
 * Object Type in Viva Goals' default words and in every term its custom terminology offered:
 * Objective → Goal, Outcome, Theme, Big Rock; Key Result → Metric, Outcome, Result; Initiative →
 * Project, To Do, Deliverable, Milestone, Action. "Outcome" (offered for both) is read as a key
 * result, the more common choice.
 */
const objectTypes: Record<string, SourceItemType> = {
  objective: 'objective',
  goal: 'objective',
  theme: 'objective',
  'big rock': 'objective',
  'key result': 'keyResult',
  kpi: 'keyResult',
  metric: 'keyResult',
  outcome: 'keyResult',
  result: 'keyResult',
  initiative: 'initiative',
  deliverable: 'initiative',
  project: 'initiative',
  'to do': 'initiative',
  milestone: 'initiative',
  action: 'initiative',
};

/** How many of a header row's columns an explorer export has; 0 without Title and Object Type. */
export function explorerFit(header: readonly string[]): number {
  const names = new Set(header.map(headerKey));
  if (!names.has('object type') || !names.has('title')) return 0;
  const columns = new Set(known.map(headerKey));
  return [...names].filter((name) => columns.has(name)).length;
}

/** The explorer columns read as numbers. */
export function explorerNumberColumns(header: readonly string[]): number[] {
  return columnsNamed(header, ['Target', 'Start', 'Score']);
}

/** An Id cell: the id, or the one at the end of a link to the item. */
function idOf(text: string): string {
  const link = /^https?:\/\/\S*?(\d+)\/?(?:[?#]\S*)?$/.exec(text);
  return link ? link[1]! : text;
}

const checkInKeys = [
  'Checkin Date',
  'User',
  'Note',
  'Metric Name',
  'Status',
  'Current Value',
  'Activity Date',
] as const;
type CheckInKey = (typeof checkInKeys)[number];

/**
 * One check-in cell. The note may hold semicolons and even text like "Status:", so the keys
 * before the note are found from the start and the keys after it from the end.
 */
export function parseCheckInCell(cell: string): Partial<Record<CheckInKey, string>> {
  const found: Partial<Record<CheckInKey, string>> = {};
  const noteIndex = checkInKeys.indexOf('Note');
  const positions: { key: CheckInKey; start: number; valueStart: number }[] = [];
  let from = 0;
  for (const key of checkInKeys.slice(0, noteIndex + 1)) {
    const start = cell.indexOf(`${key}:`, from);
    if (start < 0) continue;
    positions.push({ key, start, valueStart: start + key.length + 1 });
    from = start + key.length + 1;
  }
  const afterNote: typeof positions = [];
  let to = cell.length;
  for (const key of [...checkInKeys.slice(noteIndex + 1)].reverse()) {
    const start = cell.lastIndexOf(`; ${key}:`, to);
    if (start < from) continue;
    afterNote.unshift({ key, start: start + 2, valueStart: start + key.length + 3 });
    to = start;
  }
  const all = [...positions, ...afterNote];
  all.forEach((position, index) => {
    const end = index + 1 < all.length ? all[index + 1]!.start : cell.length;
    found[position.key] = cell.slice(position.valueStart, end).replace(/;\s*$/, '').trim();
  });
  return found;
}

/** A provisional id for a row of an export without an Id column, until its real one is known. */
const withoutId = 'title:';

/** `Parent title(weight: 14.29%, Id: 2295776)`, the weight possibly left empty; several joined by " / ". */
const alignedPattern = /\(\s*(?:weight:\s*([\d.]*)\s*%?\s*,\s*)?Id:\s*([^)\s,]+)\s*\)/gi;

export function parseExplorer(
  file: string,
  rows: Iterable<CsvRow>,
  values: SheetValues = new SheetValues(),
): SourceOrganisation {
  const problems: ImportProblem[] = [];
  const teams = new Map<string, SourceTeam>();
  const periods = new Map<string, SourcePeriod>();
  const items: SourceItem[] = [];
  const checkIns: SourceCheckIn[] = [];
  let columns: Map<string, number> | undefined;
  let checkInsFrom = -1;
  let saidScores = false;
  let saidInitiativeScores = false;
  /** Titles and ids of the parents named in "Aligned To", to give id-less rows their ids. */
  const alignedTitles: { title: string; id: string }[] = [];
  const skip = (
    row: number,
    field: string | undefined,
    why: { readonly error: string; readonly said?: Said } | Said,
    item?: string,
  ) =>
    problems.push({
      file,
      row,
      ...(field ? { field } : {}),
      ...(item ? { item } : {}),
      ...('text' in why
        ? saidAs([why])
        : { message: why.error, ...(why.said ? { said: [why.said] } : {}) }),
      severity: 'skipped',
    });

  for (const { fields, line } of rows) {
    if (fields.every((field) => field.trim() === '')) continue;
    if (!columns) {
      columns = columnsOf(fields);
      const read = new Set(known.map((name) => name.toLowerCase()));
      const named = columns.get('checkins') ?? fields.length;
      problems.push(
        ...ignoredColumns(
          file,
          line,
          fields,
          (key, index) => (read.has(key) && columns!.get(key) === index) || index > named,
        ),
      );
      const missing = required.filter((name) => !columns!.has(name.toLowerCase()));
      if (missing.length > 0) {
        fileError(
          file,
          [
            {
              text: 'is missing the {count|column|columns} {missing}. An explorer export has the columns {columns}.',
              params: {
                count: missing.length,
                missing: missing.map((m) => `"${m}"`).join(', '),
                columns: known.join(', '),
              },
            },
          ],
          line,
          missing[0],
        );
      }
      checkInsFrom = columns.get('checkins') ?? fields.length;
      if (!columns.has('id')) {
        problems.push({
          file,
          row: line,
          field: 'Id',
          ...saidAs([
            {
              text: 'The export has no Id column (add it to the explorer view to keep every item apart): items are known by the id their children name in "Aligned To", or else by title and period.',
            },
          ]),
          severity: 'note',
        });
      }
      continue;
    }
    const cell = (name: string) => (fields[columns!.get(name.toLowerCase()) ?? -1] ?? '').trim();
    const title = cell('Title');
    const id = idOf(cell('Id')) || (title ? `${withoutId}${title}|${cell('Period')}` : '');
    if (!id || !title) {
      skip(line, id ? 'Title' : 'Id', { text: 'A row needs an Id and a Title.' }, id || undefined);
      continue;
    }
    const typeText = cell('Object Type');
    const type = objectTypes[typeText.toLowerCase()];
    if (!type) {
      skip(
        line,
        'Object Type',
        {
          text: '"{type}" is not Objective, Key result or Deliverable (nor a term Viva Goals offered instead: Goal, Theme, Big Rock, Metric, Outcome, Result, Project, To Do, Milestone, Action).',
          params: { type: typeText },
        },
        id,
      );
      continue;
    }
    const date = (field: string) => {
      const reading = values.date(cell(field), columns!.get(field.toLowerCase()) ?? -1, field);
      if (reading && 'error' in reading) skip(line, field, reading, id);
      return reading && 'value' in reading ? reading.value : undefined;
    };
    // Viva Goals' Metric Unit (`Dollar`) says whether `3.5m` is a million.
    const number = (field: string) => {
      const reading = values.number(cell(field), isCurrencyUnit(cell('Unit')));
      if (reading && 'error' in reading) skip(line, field, reading, id);
      return reading && 'value' in reading ? reading.value.amount : undefined;
    };
    const start = date('Start Date');
    const end = date('End Date');
    const periodName = cell('Period');
    if (periodName && !periods.has(periodName)) {
      if (start && end) {
        periods.set(periodName, {
          id: periodName,
          name: periodName,
          start,
          end,
          at: { file, row: line },
        });
      }
    }
    const teamIds = cell('Team')
      .split(';')
      .map((name) => name.trim())
      .filter(Boolean);
    for (const name of teamIds) {
      if (!teams.has(name)) teams.set(name, { id: name, name, at: { file, row: line } });
    }
    const owner = cell('Owner').split(',')[0]?.trim() || cell('Creator').split(',')[0]?.trim();
    const aligned = cell('Aligned To (weight, Objective ID)');
    let previousEnd = 0;
    const alignments: SourceAlignment[] = [...aligned.matchAll(alignedPattern)].map((match) => {
      const parentTitle = aligned
        .slice(previousEnd, match.index)
        .replace(/^\s*\/\s*/, '')
        .trim();
      previousEnd = match.index + match[0].length;
      if (parentTitle) alignedTitles.push({ title: parentTitle, id: match[2]! });
      return {
        parentId: match[2]!,
        ...(match[1] ? { weight: Number(match[1]) / 100 } : {}),
      };
    });
    const unit = cell('Unit');
    const metricName = cell('Metric Name');
    const target = number('Target');
    const startValue = number('Start');
    if ((cell('Target') && target === undefined) || (cell('Start') && startValue === undefined)) {
      continue;
    }
    const goalType = cell('Goal Type').toLowerCase();
    const status = cell('Status');
    const progressField = ['Progress %', 'Actual Progress'].find((field) => cell(field));
    const progress = progressField ? number(progressField) : undefined;
    // Viva Goals scores an objective or key result when it is closed, 0.0 to 1.0
    // (https://learn.microsoft.com/en-us/viva/goals/viva-goals-healthy-okr-program/close-okrs-overview);
    // an initiative's score is only its last progress, which its status and check-ins keep.
    const scoreLeftOut: Said = {
      text:
        type === 'objective'
          ? 'The score is left out; the objective is imported.'
          : 'The score is left out; the key result is imported.',
    };
    const leaveOutScore = (error: string, said?: Said) =>
      problems.push({
        file,
        row: line,
        field: 'Score',
        item: id,
        message: `${error} ${sayReason([scoreLeftOut])}`,
        ...(said ? { said: [said, scoreLeftOut] } : {}),
        severity: 'skipped',
      });
    const scoreReading = type === 'initiative' ? undefined : values.number(cell('Score'));
    if (scoreReading && 'error' in scoreReading)
      leaveOutScore(scoreReading.error, scoreReading.said);
    const score = gradeOrSay(
      scoreReading && 'value' in scoreReading ? scoreReading.value : undefined,
      leaveOutScore,
      (note) =>
        problems.push({
          file,
          row: line,
          field: 'Score',
          item: id,
          ...saidAs(note),
          severity: 'note',
        }),
    );
    if (score !== undefined && !saidScores) {
      saidScores = true;
      problems.push({
        file,
        ...saidAs([
          {
            text: 'The scores (column "Score") are kept as the closing scores Viva Goals gave: a key result\'s is the one Close a cycle proposes (where its progress earns another, the reason says Viva Goals scored it), an objective\'s is its score, and Cycle review counts them.',
          },
        ]),
        severity: 'note',
      });
    }
    if (type === 'initiative' && cell('Score') && !saidInitiativeScores) {
      saidInitiativeScores = true;
      problems.push({
        file,
        row: line,
        field: 'Score',
        ...saidAs([
          {
            text: "The scores of initiatives are not kept: Viva Goals scores an initiative by its last progress, which its status keeps; objectives' and key results' scores are.",
          },
        ]),
        severity: 'note',
      });
    }
    items.push({
      id,
      type,
      title,
      description: htmlToText(cell('Description')),
      ...(owner ? { owner: { name: owner } } : {}),
      teamIds,
      ...(periodName ? { periodId: periodName } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      alignments,
      ...(goalType
        ? { commitment: goalType.startsWith('aspiration') ? 'aspirational' : 'committed' }
        : {}),
      ...(status ? { status } : {}),
      ...(score !== undefined ? { score } : {}),
      ...(progress !== undefined
        ? { writtenProgress: { value: progress, field: progressField! } }
        : {}),
      ...(type === 'keyResult' && (target !== undefined || unit)
        ? {
            outcome: {
              kind: unit.toLowerCase() === 'percentage' && !metricName ? 'percentage' : 'metric',
              ...(metricName ? { metricName } : {}),
              ...(unit ? { unit } : {}),
              ...(startValue !== undefined ? { start: startValue } : {}),
              ...(target !== undefined ? { target } : {}),
            },
          }
        : {}),
      phasedTargets: [],
      tasks: [],
      at: { file, row: line },
    });
    for (let index = checkInsFrom; index < fields.length; index++) {
      const text = fields[index]!.trim();
      if (!text) continue;
      const parts = parseCheckInCell(text);
      const at = parts['Checkin Date'] ? parseDateTime(parts['Checkin Date']) : undefined;
      if (!at) {
        skip(
          line,
          `Checkins (column ${index + 1})`,
          {
            text: 'A check-in needs a "Checkin Date: YYYY-MM-DD HH:MM:SS"; found "{found}".',
            params: { found: parts['Checkin Date'] ?? text.slice(0, 40) },
          },
          id,
        );
        continue;
      }
      const valueText = parts['Current Value'];
      const value = valueText ? parseSourceNumber(valueText) : undefined;
      if (valueText && value === undefined) {
        skip(
          line,
          `Checkins (column ${index + 1})`,
          {
            text: 'Current Value "{text}" is not a number (accepted: {accepted}).',
            params: { text: valueText, accepted: acceptedNumbers },
          },
          id,
        );
        continue;
      }
      checkIns.push({
        id: `${id}@${at}`,
        itemId: id,
        at,
        ...(parts.User ? { author: { name: parts.User } } : {}),
        note: htmlToText(parts.Note ?? ''),
        ...(value !== undefined ? { value } : {}),
        ...(parts.Status ? { status: parts.Status } : {}),
        where: { file, row: line },
      });
    }
  }
  if (!columns)
    fileRefused(file, { text: '{file} is empty: an explorer export starts with a header row.' });
  // Without an Id column, an item takes the id its children name with its title in "Aligned To".
  const idByTitle = new Map<string, string>();
  for (const title of alignedTitles) {
    if (idByTitle.has(title.title) && idByTitle.get(title.title) !== title.id)
      idByTitle.set(title.title, '');
    else idByTitle.set(title.title, title.id);
  }
  const ids = new Map(
    items
      .filter((item) => item.id.startsWith(withoutId))
      .map((item) => [item.id, idByTitle.get(item.title) || item.id.slice(withoutId.length)]),
  );
  const idFor = (id: string) => ids.get(id) ?? id;
  const identified = items.map((item) =>
    ids.has(item.id) ? { ...item, id: idFor(item.id) } : item,
  );
  return sheetOrganisation('vivaExplorer', {
    teams,
    periods,
    items: rollingUpAlignedObjectives(identified),
    checkIns: checkIns.map((checkIn) =>
      ids.has(checkIn.itemId)
        ? {
            ...checkIn,
            id: `${idFor(checkIn.itemId)}@${checkIn.at}`,
            itemId: idFor(checkIn.itemId),
          }
        : checkIn,
    ),
    problems,
  });
}

/**
 * Viva Goals rolls an objective's progress up from the OKRs aligned to it ("the progress roll-up
 * will cascade normally", https://learn.microsoft.com/en-us/viva/goals/multiple-alignment). The
 * explorer does not say how each objective's progress was set, so an objective that only
 * objectives are aligned to rolls them up, as it did there: from key results of its own, which it
 * has none of, it would read 0 %.
 */
function rollingUpAlignedObjectives(items: readonly SourceItem[]): SourceItem[] {
  const typesById = new Map(items.map((item) => [item.id, item.type]));
  const alignedTypes = new Map<string, Set<SourceItemType>>();
  for (const item of items)
    for (const { parentId } of item.alignments) {
      if (typesById.get(parentId) !== 'objective') continue;
      const types = alignedTypes.get(parentId) ?? new Set<SourceItemType>();
      alignedTypes.set(parentId, types.add(item.type));
    }
  return items.map((item) => {
    const aligned = alignedTypes.get(item.id);
    return item.type === 'objective' && aligned?.has('objective') && !aligned.has('keyResult')
      ? { ...item, rollsUp: true }
      : item;
  });
}
