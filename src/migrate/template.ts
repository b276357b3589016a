/**
 * Our own spreadsheet layout (CSV or XLSX): one row per objective, key result, initiative or
 * check-in, so anyone can fill it by hand and the export writes it back the same way. The
 * README documents it; `templateExample()` is the downloadable example.
 */
import {
  initiativeStatuses,
  keyResultKinds,
  type InitiativeStatus,
  type KeyResultKind,
} from '../core/model';
import type { CsvRow } from './csv';
import type {
  ImportProblem,
  SourceAlignment,
  SourceCheckIn,
  SourceItem,
  SourceItemType,
  SourceOrganisation,
  SourcePeriod,
  SourceTeam,
} from './source';
import { fileError, fileRefused, sheetOrganisation } from './source';
import { columnsNamed, columnsOf, headerKey, ignoredColumns, SheetValues } from './sheet';
import { confidenceBandOfWord } from './goal-words';
import { gradeOrSay, parseDate, parseSourceNumber } from './values';
import { saidAs, type ReasonText, type Said } from './report-words';

export const templateColumns = [
  'Type',
  'Id',
  'Parent',
  'Title',
  'Description',
  'Team',
  'Parent team',
  'Cycle',
  'Cycle start',
  'Cycle end',
  'Owner',
  'Owner email',
  'Commitment',
  'Kind',
  'Start',
  'Target',
  'Unit',
  'Weight',
  'Status',
  'Date',
  'Value',
  'Confidence',
  'Note',
  'Link',
  'Rolls up from',
  'Phased targets',
  'Score',
  'Score reason',
  'Objective score',
  'Exported from',
  'Exported version',
] as const;
export type TemplateColumn = (typeof templateColumns)[number];
export type TemplateRow = Partial<Record<TemplateColumn, string | number>>;

const requiredColumns: readonly TemplateColumn[] = ['Type', 'Id', 'Parent', 'Title'];

/** Row types, compared without case, spaces or hyphens ("Key Result", "KR", "Check in"). */
const rowTypes: Record<string, SourceItemType | 'checkIn'> = {
  objective: 'objective',
  keyresult: 'keyResult',
  kr: 'keyResult',
  initiative: 'initiative',
  checkin: 'checkIn',
};

type RowType = SourceItemType | 'checkIn';

const rowLabels: Record<RowType, string> = {
  objective: 'Objective',
  keyResult: 'Key result',
  initiative: 'Initiative',
  checkIn: 'Check-in',
};

/** What every row reads: its type, its id, its parent (or the item it is a check-in of), its owner. */
const readOnEveryRow: readonly TemplateColumn[] = [
  'Type',
  'Id',
  'Parent',
  'Owner',
  'Owner email',
  'Exported from',
  'Exported version',
];
const placed: readonly TemplateColumn[] = [
  'Team',
  'Parent team',
  'Cycle',
  'Cycle start',
  'Cycle end',
];

/** The columns each type of row reads besides those; a cell filled in any other is named. */
const readOn: Record<RowType, readonly TemplateColumn[]> = {
  objective: [
    'Title',
    'Description',
    ...placed,
    'Commitment',
    'Status',
    'Rolls up from',
    'Phased targets',
    'Score',
    'Objective score',
  ],
  keyResult: [
    'Title',
    'Description',
    ...placed,
    'Kind',
    'Start',
    'Target',
    'Unit',
    'Weight',
    'Confidence',
    'Rolls up from',
    'Phased targets',
    'Score',
    'Score reason',
  ],
  initiative: ['Title', ...placed, 'Status', 'Date', 'Link', 'Rolls up from', 'Phased targets'],
  checkIn: ['Date', 'Value', 'Confidence', 'Note', 'Status'],
};

/** Why a column is not read on a type of row, where more can be said than where it is read. */
const notReadBecause: Partial<Record<`${RowType}:${TemplateColumn}`, ReasonText>> = {
  'initiative:Score':
    'an initiative has no closing score (its Status keeps how it ended); only objectives and key results are scored',
  'initiative:Objective score':
    'an initiative has no closing score (its Status keeps how it ended)',
  'checkIn:Score':
    "a check-in has no score: a key result is scored when its cycle closes, by its own row's Score",
  'checkIn:Objective score':
    "a check-in has no score: an objective's is its own row's Objective score",
  'checkIn:Title': 'a check-in is told by its Parent and Date; write what it says in Note',
  'keyResult:Value':
    "a key result's current value comes from its Check-in rows (Type Check-in, Parent the key result's Id, Date, Value)",
  'keyResult:Note': 'a note belongs on a Check-in row',
  'keyResult:Date': "a key result's dates are its cycle's",
  'objective:Value': "an objective's progress comes from its key results",
  'initiative:Description': 'an initiative keeps a title, owner, status, date and link',
  'initiative:Value': "an initiative's progress is its Status",
};

/**
 * One note per column and type of row for cells filled where that type does not read them (a
 * Score on an Initiative row, a Value on a Key result row): the rows, why, and where it is read.
 */
function notReadNotes(file: string, unread: ReadonlyMap<string, number[]>): ImportProblem[] {
  return [...unread].map(([key, rows]) => {
    const [type, column] = key.split('\u0000') as [RowType, TemplateColumn];
    const readBy = (Object.keys(readOn) as RowType[]).filter((other) =>
      readOn[other].includes(column),
    );
    const why = notReadBecause[`${type}:${column}`];
    const shown = rows.slice(0, 5).join(', ') + (rows.length > 5 ? ', …' : '');
    const params = { column, count: rows.length, type: rowLabels[type], rows: shown };
    const lists = { readBy: readBy.map((other) => rowLabels[other]) };
    return {
      file,
      row: rows[0]!,
      field: column,
      ...saidAs([
        why
          ? {
              text: '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there: {why}. "{column}" is read on {readBy} rows.',
              params,
              lists,
              joined: { why: { parts: [{ text: why }], by: '' } },
            }
          : {
              text: '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there. "{column}" is read on {readBy} rows.',
              params,
              lists,
            },
      ]),
      severity: 'skipped',
    };
  });
}

/** The template's columns read as numbers. */
export function templateNumberColumns(header: readonly string[]): number[] {
  return columnsNamed(header, [
    'Start',
    'Target',
    'Weight',
    'Value',
    'Confidence',
    'Score',
    'Objective score',
  ]);
}

/** How many of a header row's columns the template reads; 0 without its Type and Title. */
export function templateFit(header: readonly string[]): number {
  const names = new Set(header.map(headerKey));
  if (!names.has('type') || !names.has('title')) return 0;
  // Without an Id and a Parent nothing places a row: a goal list, placed by its rows.
  if (!names.has('id') && !names.has('parent')) return 0;
  const known = new Set(templateColumns.map(headerKey));
  return [...names].filter((name) => known.has(name)).length;
}

/** What an objective's "Rolls up from" says to roll up the objectives aligned to it. */
const alignedObjectives = 'aligned objectives';

/**
 * `2026-01-31: 40; 2026-02-28: 55`: a KR's phased targets, or the first part that is not a
 * date and a number.
 */
export function parsePhasedTargets(
  text: string,
): { readonly date: string; readonly value: number }[] | { readonly wrong: string } {
  const targets: { date: string; value: number }[] = [];
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(\S+)\s*:\s*(.+)$/.exec(part);
    const date = match ? parseDate(match[1]!) : undefined;
    const value = match ? parseSourceNumber(match[2]!) : undefined;
    if (!date || value === undefined) return { wrong: part };
    targets.push({ date, value });
  }
  return targets.sort((a, b) => a.date.localeCompare(b.date));
}

/** `O1; O2 (40%)`: the objectives aligned to, with optional weights. */
function parseParents(text: string): SourceAlignment[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)\s*\(\s*([\d.]+)\s*%\s*\)$/.exec(part);
      return match ? { parentId: match[1]!, weight: Number(match[2]) / 100 } : { parentId: part };
    });
}

export function parseTemplate(
  file: string,
  rows: Iterable<CsvRow>,
  values: SheetValues = new SheetValues(),
): SourceOrganisation {
  const problems: ImportProblem[] = [];
  const teams = new Map<string, SourceTeam>();
  const periods = new Map<string, SourcePeriod>();
  const items: SourceItem[] = [];
  const checkIns: SourceCheckIn[] = [];
  /** The rows of each type and column that fill a cell their type does not read. */
  const unread = new Map<string, number[]>();
  let columns: Map<string, number> | undefined;
  for (const { fields, line } of rows) {
    if (fields.every((field) => field.trim() === '')) continue;
    if (!columns) {
      columns = columnsOf(fields);
      const known = new Set(templateColumns.map((name) => name.toLowerCase()));
      problems.push(
        ...ignoredColumns(
          file,
          line,
          fields,
          (key, index) => known.has(key) && columns!.get(key) === index,
        ),
      );
      const missing = requiredColumns.filter((name) => !columns!.has(name.toLowerCase()));
      if (missing.length > 0) {
        fileError(
          file,
          [
            {
              text: 'The file is missing the {count|column|columns} {missing}. The template has the columns {columns}.',
              params: { count: missing.length, columns: templateColumns.join(', ') },
              joined: {
                missing: {
                  parts: missing.map((name) => ({ text: '"{name}"', params: { name } })),
                  by: ', ',
                },
              },
            },
          ],
          line,
          missing[0],
        );
      }
      continue;
    }
    const cell = (name: TemplateColumn) =>
      (fields[columns!.get(name.toLowerCase()) ?? -1] ?? '').trim();
    const skip = (field: TemplateColumn | undefined, said: readonly Said[]) =>
      problems.push({
        file,
        row: line,
        ...(field ? { field } : {}),
        ...(cell('Id') ? { item: cell('Id') } : {}),
        ...saidAs(said),
        severity: 'skipped',
      });
    const number = (field: TemplateColumn): number | undefined | null => {
      const reading = values.number(cell(field));
      if (!reading) return undefined;
      if ('error' in reading) {
        skip(field, [reading.said]);
        return null;
      }
      return reading.value.amount;
    };
    const index = (field: TemplateColumn) => columns!.get(field.toLowerCase()) ?? -1;
    const type =
      rowTypes[
        cell('Type')
          .replace(/[\s_-]+/g, '')
          .toLowerCase()
      ];
    if (!type) {
      skip('Type', [
        {
          text: '"{type}" is not Objective, Key result, Initiative or Check-in.',
          params: { type: cell('Type') },
        },
      ]);
      continue;
    }
    for (const column of templateColumns) {
      if (readOnEveryRow.includes(column) || readOn[type].includes(column) || !cell(column))
        continue;
      const key = `${type}\u0000${column}`;
      unread.set(key, [...(unread.get(key) ?? []), line]);
    }
    const bothScores = cell('Objective score') && cell('Score');
    if (type === 'objective' && bothScores && cell('Objective score') !== cell('Score')) {
      skip('Score', [
        {
          text: "An objective's row has both a Score and an Objective score: its Objective score ({score}) is its score; the Score is not read.",
          params: { score: cell('Objective score') },
        },
      ]);
    }
    const owner =
      cell('Owner') || cell('Owner email')
        ? {
            ...(cell('Owner') ? { name: cell('Owner') } : {}),
            ...(cell('Owner email') ? { email: cell('Owner email') } : {}),
          }
        : undefined;
    if (type === 'checkIn') {
      const reading = values.dateTime(cell('Date'), index('Date'), 'Date');
      const value = number('Value');
      const confidenceBand = confidenceBandOfWord(cell('Confidence'));
      const confidence = confidenceBand ? undefined : number('Confidence');
      if (!reading || 'error' in reading) {
        skip('Date', [reading ? reading.said : { text: 'A check-in needs its date.' }]);
        continue;
      }
      const at = reading.value;
      if (value === undefined || value === null || confidence === null) {
        if (value === undefined) skip('Value', [{ text: 'A check-in needs a value.' }]);
        continue;
      }
      checkIns.push({
        id: cell('Id') || `${cell('Parent')}@${at}`,
        itemId: cell('Parent'),
        at,
        ...(owner ? { author: owner } : {}),
        note: cell('Note'),
        value,
        ...(confidence !== undefined ? { confidence } : {}),
        ...(confidenceBand ? { confidenceBand } : {}),
        ...(cell('Status') ? { status: cell('Status') } : {}),
        ...(cell('Exported from') ? { exportedFrom: cell('Exported from') } : {}),
        where: { file, row: line },
      });
      continue;
    }
    const id = cell('Id');
    const title = cell('Title');
    if (!id || !title) {
      skip(id ? 'Title' : 'Id', [
        { text: 'A {type} row needs an Id and a Title.', params: { type: cell('Type') } },
      ]);
      continue;
    }
    const teamName = cell('Team');
    if (teamName) {
      const parentName = cell('Parent team');
      const known = teams.get(teamName);
      if (!known || (!known.parentId && parentName)) {
        teams.set(teamName, {
          id: teamName,
          name: teamName,
          ...(parentName ? { parentId: parentName } : {}),
          at: { file, row: line },
        });
      }
      if (parentName && !teams.has(parentName)) {
        teams.set(parentName, { id: parentName, name: parentName, at: { file, row: line } });
      }
    }
    const cycle = cell('Cycle');
    if (cycle && !periods.has(cycle)) {
      const start = values.date(cell('Cycle start'), index('Cycle start'), 'Cycle start');
      const end = values.date(cell('Cycle end'), index('Cycle end'), 'Cycle end');
      if (start && end && 'value' in start && 'value' in end) {
        periods.set(cycle, {
          id: cycle,
          name: cycle,
          start: start.value,
          end: end.value,
          at: { file, row: line },
        });
      } else if (start || end) {
        const field = !start || 'error' in start ? 'Cycle start' : 'Cycle end';
        const reading = field === 'Cycle start' ? start : end;
        skip(field, [
          reading && 'error' in reading
            ? reading.said
            : { text: 'A cycle needs a start and an end date (YYYY-MM-DD).' },
        ]);
      }
    }
    const kindText = cell('Kind');
    const kind = keyResultKinds.find((known) => known.toLowerCase() === kindText.toLowerCase());
    if (type === 'keyResult' && kindText && !kind) {
      skip('Kind', [
        {
          text: '"{kind}" is not one of {kinds}.',
          params: { kind: kindText, kinds: keyResultKinds.join(', ') },
        },
      ]);
      continue;
    }
    const statusText = cell('Status');
    const initiativeStatus = initiativeStatuses.find(
      (known) => known.toLowerCase() === statusText.replace(/\s+/g, '').toLowerCase(),
    );
    const start = number('Start');
    const target = number('Target');
    const weight = number('Weight');
    const confidenceBand = confidenceBandOfWord(cell('Confidence'));
    const confidence = confidenceBand ? undefined : number('Confidence');
    if ([start, target, weight, confidence].includes(null)) continue;
    const dateReading = values.date(cell('Date'), index('Date'), 'Date');
    if (dateReading && 'error' in dateReading) {
      skip('Date', [dateReading.said]);
      continue;
    }
    const date = dateReading?.value;
    const rollsUpText = cell('Rolls up from');
    const rollsUpAligned = rollsUpText.toLowerCase() === alignedObjectives;
    if (rollsUpText && type === 'objective' && !rollsUpAligned) {
      skip('Rolls up from', [
        {
          text: '"{text}" is not accepted for an objective: write "{aligned}" to roll up the objectives aligned to it beside its key results, or leave it empty.',
          params: { text: rollsUpText, aligned: alignedObjectives },
        },
      ]);
      continue;
    }
    if (rollsUpText && type === 'initiative') {
      skip('Rolls up from', [
        {
          text: 'An initiative does not roll up: leave "Rolls up from" empty (only objectives and key results roll up).',
        },
      ]);
      continue;
    }
    const phasedText = cell('Phased targets');
    const phased = phasedText ? parsePhasedTargets(phasedText) : [];
    if (phasedText && type !== 'keyResult') {
      skip('Phased targets', [
        { text: 'Only a key result has phased targets: leave it empty on this row.' },
      ]);
      continue;
    }
    if ('wrong' in phased) {
      skip('Phased targets', [
        {
          text: '"{text}" is not a dated target: write each as YYYY-MM-DD: value, separated by ";" (e.g. 2026-01-31: 40; 2026-02-28: 55).',
          params: { text: phased.wrong },
        },
      ]);
      continue;
    }
    // A closing score, as a share of the top of the scale: a key result's `Score` (with the reason
    // it differs from what progress earns), an objective's `Objective score` (or `Score` on its row).
    const scoreColumn: TemplateColumn | undefined =
      type === 'keyResult'
        ? 'Score'
        : type === 'objective'
          ? cell('Objective score')
            ? 'Objective score'
            : 'Score'
          : undefined;
    const scoreLeftOut = (_error: string, said: Said) =>
      skip(scoreColumn, [said, { text: 'The score is left out; the row is imported.' }]);
    const scoreReading = scoreColumn ? values.number(cell(scoreColumn)) : undefined;
    if (scoreReading && 'error' in scoreReading)
      scoreLeftOut(scoreReading.error, scoreReading.said);
    const score =
      scoreReading && 'value' in scoreReading
        ? gradeOrSay(scoreReading.value, scoreLeftOut, (note) =>
            problems.push({
              file,
              row: line,
              ...(scoreColumn ? { field: scoreColumn } : {}),
              ...(cell('Id') ? { item: cell('Id') } : {}),
              ...saidAs(note),
              severity: 'note',
            }),
          )
        : undefined;
    const commitment = cell('Commitment').toLowerCase();
    items.push({
      id,
      type,
      title,
      description: cell('Description'),
      ...(owner ? { owner } : {}),
      teamIds: teamName ? [teamName] : [],
      ...(cycle ? { periodId: cycle } : {}),
      ...(type === 'initiative' && date ? { end: date } : {}),
      alignments: parseParents(cell('Parent')).map((alignment) =>
        // A KR's Weight is its weight in its objective; the plan reads alignment weights as shares.
        type === 'keyResult' && weight != null ? { ...alignment, weight: weight / 100 } : alignment,
      ),
      ...(commitment === 'aspirational' || commitment === 'committed' ? { commitment } : {}),
      ...(statusText ? { status: statusText } : {}),
      ...(type === 'keyResult'
        ? {
            outcome: {
              kind: 'metric' as const,
              ...(cell('Unit') ? { unit: cell('Unit') } : {}),
              ...(start != null ? { start } : {}),
              ...(target != null ? { target } : {}),
            },
          }
        : {}),
      ...(kind ? { keyResultKind: kind as KeyResultKind } : {}),
      ...(initiativeStatus ? { initiativeStatus: initiativeStatus as InitiativeStatus } : {}),
      ...(cell('Link') ? { link: cell('Link') } : {}),
      ...(cell('Exported from') ? { exportedFrom: cell('Exported from') } : {}),
      ...(cell('Exported version') ? { exportedVersion: cell('Exported version') } : {}),
      ...(confidence != null ? { confidence } : {}),
      ...(confidenceBand ? { confidenceBand } : {}),
      ...(rollsUpAligned ? { rollsUp: true } : {}),
      ...(rollsUpText && type === 'keyResult' ? { rollsUpFrom: parseParents(rollsUpText) } : {}),
      phasedTargets: phased,
      ...(score !== undefined ? { score } : {}),
      ...(score !== undefined && type === 'keyResult' && cell('Score reason')
        ? { scoreReason: cell('Score reason') }
        : {}),
      tasks: [],
      at: { file, row: line },
    });
  }
  if (!columns)
    fileRefused(file, {
      text: '{file} is empty: the template starts with a header row ({columns}).',
      params: { columns: templateColumns.join(', ') },
    });
  problems.push(...notReadNotes(file, unread));
  return sheetOrganisation('template', { teams, periods, items, checkIns, problems });
}

/** The downloadable example: a small organisation that shows every kind of row. */
export function templateExample(): TemplateRow[] {
  const cycle = { Cycle: 'Q1 2026', 'Cycle start': '2026-01-01', 'Cycle end': '2026-03-31' };
  return [
    {
      Type: 'Objective',
      Id: 'O1',
      Title: 'Customers succeed with OKRs in their first quarter',
      Description: 'New customers who see results early stay, grow and tell others.',
      Team: 'Contoso',
      ...cycle,
      Owner: 'Megan Bowen',
      'Owner email': 'MeganB@contoso.com',
      Commitment: 'committed',
      'Rolls up from': alignedObjectives,
    },
    {
      Type: 'Objective',
      Id: 'O2',
      Parent: 'O1 (60%)',
      Title: 'Make the weekly check-in effortless',
      Team: 'Product',
      'Parent team': 'Contoso',
      ...cycle,
      Commitment: 'aspirational',
    },
    {
      Type: 'Key result',
      Id: 'K1',
      Parent: 'O2',
      Title: 'Teams with a check-in in their first week from 35% to 70%',
      Kind: 'increase',
      Start: 35,
      Target: 70,
      Unit: '%',
      Weight: 1,
      Owner: 'Isaiah Langer',
      'Owner email': 'IsaiahL@contoso.com',
      'Phased targets': '2026-01-31: 45; 2026-02-28: 58',
    },
    {
      Type: 'Key result',
      Id: 'K2',
      Parent: 'O2',
      Title: 'Median days to a first check-in from 9 to 3',
      Kind: 'decrease',
      Start: 9,
      Target: 3,
      Unit: 'days',
      Weight: 1,
    },
    {
      Type: 'Key result',
      Id: 'K3',
      Parent: 'O1',
      Title: 'Customers who see progress in their first quarter from 40% to 75%',
      Kind: 'increase',
      Start: 40,
      Target: 75,
      Unit: '%',
      Weight: 1,
      'Rolls up from': 'K1 (60%); K2 (40%)',
    },
    {
      Type: 'Initiative',
      Id: 'I1',
      Parent: 'K1',
      Title: 'Guided first check-in in the onboarding email',
      Status: 'inProgress',
      Date: '2026-02-15',
      Link: 'https://contoso.sharepoint.com/sites/okr/plan',
    },
    {
      Type: 'Check-in',
      Parent: 'K1',
      Date: '2026-01-12',
      Value: 38,
      Confidence: 6,
      Note: 'A slow start, as expected.',
    },
    {
      Type: 'Check-in',
      Parent: 'K1',
      Date: '2026-01-26',
      Value: 45,
      Confidence: 7,
      Note: 'The onboarding email works; "first week" is now measured per team, not per user.',
    },
    { Type: 'Check-in', Parent: 'K2', Date: '2026-01-26', Value: 7, Confidence: 5, Note: '' },
  ];
}
