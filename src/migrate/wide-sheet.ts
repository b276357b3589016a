/**
 * "Your own sheet", one row per objective: its key results side by side in numbered groups of
 * columns (`Objective | KR1 | KR1 Target | KR1 Current | KR2 | …`, `Key result 1`, `KR 2 Owner`,
 * `Target (KR3)`), or in groups that repeat the same headers after each numbered title
 * (`KR1 | Target | Actual | KR2 | Target | Actual`). Each group with something in it is a key
 * result of its row's objective, read as your own sheet reads a row (`readKeyResultEntries`);
 * the columns outside the groups (objective, owner, team, quarter, date) are the row's.
 */
import type { CsvRow } from './csv';
import {
  listedNames,
  ownSheetFieldOf,
  readKeyResultEntries,
  type KeyResultEntry,
  type OwnSheetContext,
  type OwnSheetField,
} from './own-sheet';
import { headerKey, ignoredColumns, isEmpty, readUnderHeader, type SheetValues } from './sheet';
import { saidAs, type ReasonText, type Said } from './report-words';
import { fileError, fileRefused, type ImportProblem, type SourceOrganisation } from './source';

/** The fields a row (its objective) has once, whatever its key results. */
const rowFields: ReadonlySet<OwnSheetField> = new Set<OwnSheetField>([
  'objective',
  'objectiveOwner',
  'owner',
  'ownerEmail',
  'team',
  'cycle',
  'cycleStart',
  'cycleEnd',
  'description',
  'date',
  'due',
  'objectiveScore',
]);

/** A key result's values, which written once beside the objective are the objective's own. */
const measuredFields: ReadonlySet<OwnSheetField> = new Set<OwnSheetField>([
  'start',
  'target',
  'current',
  'progress',
]);

/** The fields a numbered group gives its key result. */
const groupFields: ReadonlySet<OwnSheetField> = new Set<OwnSheetField>([
  'keyResult',
  'owner',
  'ownerEmail',
  'start',
  'target',
  'current',
  'progress',
  'unit',
  'confidence',
  'status',
  'measure',
  'due',
  'date',
  'notes',
  'score',
]);

/**
 * `KR1`, `KR 1`, `KR #1`, `KR-1`, `Key result 1`, `Key results 1`, `KPI 1` (Elevo's indicators
 * of an objective: `KPI 1 - Title`, `KPI 1 - Target value`,
 * https://docs.elevo.fr/hc/en-us/articles/4404721646737-Import-objectives-to-Elevo-launch), each
 * maybe with a field after.
 */
const numberedFirst =
  /^(?:key ?results?|krs?|kpis?)\s*[#.\-:]?\s*(\d{1,2})(?!\d)\s*[:.\-–—]?\s*(.*)$/;
/** `Target KR1`, `Owner (KR 2)`, `Current - Key result 3`. */
const numberedLast =
  /^(.+?)\s*[-–—:]?\s*[([]?\s*(?:key ?results?|krs?|kpis?)\s*#?\s*(\d{1,2})\s*[)\]]?$/;

/**
 * A field named after (or before) a group's number, as its key, maybe in brackets (`KR1
 * (target)`); nothing, `title` or `name` is the title.
 */
function groupFieldOf(written: string): OwnSheetField | undefined {
  const rest = written.replace(/^\((.*)\)$/, '$1').trim();
  if (['', 'title', 'name'].includes(rest)) return 'keyResult';
  const field = ownSheetFieldOf(rest);
  return field && groupFields.has(field) ? field : undefined;
}

/** A header cell that names a numbered group: its number, and its field when the import reads it. */
function numbered(key: string): { group: number; field: OwnSheetField | undefined } | undefined {
  const first = numberedFirst.exec(key);
  if (first) return { group: Number(first[1]), field: groupFieldOf(first[2]!.trim()) };
  const last = numberedLast.exec(key);
  if (last) return { group: Number(last[2]), field: groupFieldOf(last[1]!.trim()) };
  return undefined;
}

/**
 * Headers that name a goal, the objective of the key results numbered beside it, as the
 * Culture Amp goals template writes it (`name`, `key_result_1_title`, …:
 * https://support.cultureamp.com/en/articles/7048435-guide-to-populating-individual-goals-import-template).
 */
const objectiveByName: ReadonlySet<string> = new Set(['name', 'title', 'goal name', 'goal title']);

/** How a key result's field is called in a message: "target", "title". */
const fieldWords: Partial<Record<OwnSheetField, ReasonText>> = {
  keyResult: 'title',
  owner: 'owner',
  ownerEmail: 'owner email',
  start: 'start',
  target: 'target',
  current: 'current',
  progress: 'progress',
  unit: 'unit',
  confidence: 'confidence',
  status: 'status',
  measure: 'type',
  due: 'due',
  date: 'date',
  notes: 'notes',
  score: 'score',
};

/** A header row read as one row per objective. */
interface WideHeader {
  /** The row's own fields, each with its column. */
  readonly row: ReadonlyMap<OwnSheetField, number>;
  /** Each group's fields by its number, in the header's order. */
  readonly groups: ReadonlyMap<number, ReadonlyMap<OwnSheetField, number>>;
  /**
   * A key result's field written without a number after the titles, where the groups do not
   * repeat their headers: which key result it is for cannot be told (the one before, `group`?).
   */
  readonly unplaced: readonly { readonly index: number; readonly group: number }[];
  /** A header that numbers its groups so that they cannot be told apart. */
  readonly wrong?: { readonly column: string; readonly said: Said };
}

/**
 * Reads a header row as one row per objective: the columns that name a numbered group, then the
 * fields written without a number, each the row's when it names the row's field once, or else,
 * when the same name stands after several group titles, the group's whose title it follows.
 */
function wideHeaderOf(header: readonly string[]): WideHeader {
  const row = new Map<OwnSheetField, number>();
  const groups = new Map<number, Map<OwnSheetField, number>>();
  let wrong: WideHeader['wrong'];
  const place = (group: number, field: OwnSheetField, index: number) => {
    const fields = groups.get(group) ?? new Map<OwnSheetField, number>();
    const taken = fields.get(field);
    if (taken !== undefined) {
      wrong ??= {
        column: header[index]!.trim(),
        said: {
          text: 'The columns "{first}" and "{second}" both give key result {group}\'s {field}: keep one, or number them as the key results they belong to.',
          params: {
            first: header[taken]!.trim(),
            second: header[index]!.trim(),
            group: String(group),
          },
          joined: { field: { parts: [{ text: fieldWords[field]! }], by: '' } },
        },
      };
      return;
    }
    fields.set(field, index);
    groups.set(group, fields);
  };
  const unnumbered: { index: number; field: OwnSheetField }[] = [];
  let named: number | undefined;
  header.forEach((name, index) => {
    const key = headerKey(name);
    if (!key) return;
    const found = numbered(key);
    if (found?.field) place(found.group, found.field, index);
    else if (!found) {
      const field = ownSheetFieldOf(key);
      if (field) unnumbered.push({ index, field });
      else if (objectiveByName.has(key)) named ??= index;
    }
  });
  // Beside numbered key results, a goal's name is the objective's (Culture Amp's `name`).
  if (named !== undefined && !unnumbered.some(({ field }) => field === 'objective'))
    unnumbered.push({ index: named, field: 'objective' });
  /** Each title column's group, in the header's order. */
  const titles = [...groups]
    .flatMap(([group, fields]) =>
      fields.has('keyResult') ? [{ at: fields.get('keyResult')!, group }] : [],
    )
    .sort((a, b) => a.at - b.at);
  const groupBefore = (index: number) => titles.filter(({ at }) => at < index).pop()?.group;
  const times = new Map<OwnSheetField, number>();
  for (const { field } of unnumbered) times.set(field, (times.get(field) ?? 0) + 1);
  const keyResultOnly = (field: OwnSheetField) => groupFields.has(field) && !rowFields.has(field);
  // Titles each followed by the same headers: a key result's field repeats after the titles.
  const repeating = unnumbered.some(
    ({ index, field }) =>
      keyResultOnly(field) && times.get(field)! > 1 && groupBefore(index) !== undefined,
  );
  const unplaced: { index: number; group: number }[] = [];
  const firstGroup = titles[0]?.group;
  const lastGroup = titles[titles.length - 1]?.group;
  /** After the last title, with every field the first group repeats already given. */
  const pastTheGroups = (group: number | undefined) =>
    group === lastGroup &&
    [...(groups.get(firstGroup!)?.keys() ?? [])].every((field) => groups.get(group!)?.has(field));
  for (const { index, field } of unnumbered) {
    const group = groupBefore(index);
    // A score written once, outside the groups, is the objective's: a key result's is numbered
    // (`KR1 Score`) or repeats after each title.
    if (
      field === 'score' &&
      times.get(field) === 1 &&
      (group === undefined || !repeating || pastTheGroups(group))
    ) {
      if (!row.has('objectiveScore')) row.set('objectiveScore', index);
      continue;
    }
    // A field a row has too (owner, date) is the groups' only when it repeats after them.
    const ofGroup = rowFields.has(field) ? times.get(field)! > 1 : repeating;
    if (group !== undefined && groupFields.has(field) && ofGroup) place(group, field, index);
    else if (rowFields.has(field)) {
      if (!row.has(field)) row.set(field, index);
    } else if (group !== undefined && keyResultOnly(field)) unplaced.push({ index, group });
  }
  for (const [group, fields] of groups) {
    if (fields.has('keyResult')) continue;
    const first = Math.min(...fields.values());
    wrong ??= {
      column: header[first]!.trim(),
      said: {
        text: 'The column "{column}" is for key result {group}, and no column holds key result {group}\'s title: add a "KR{group}" column with the titles, or number the column as the key result it belongs to.',
        params: { column: header[first]!.trim(), group: String(group) },
      },
    };
  }
  return {
    row,
    groups: new Map([...groups].sort(([a], [b]) => a - b)),
    unplaced,
    ...(wrong ? { wrong } : {}),
  };
}

/** Every column the layout reads, keyed by field and group (`target 2`). */
function columnsRead(header: readonly string[]): Map<string, number> {
  const { row, groups } = wideHeaderOf(header);
  return new Map([
    ...[...row].map(([field, index]) => [field, index] as const),
    ...[...groups].flatMap(([group, fields]) =>
      [...fields].map(([field, index]) => [`${field} ${group}`, index] as const),
    ),
  ]);
}

/**
 * How many of a header row's columns the layout reads; 0 without an objective column and a
 * numbered key result column (a header that numbers them badly is read, to be named).
 */
export function wideSheetFit(header: readonly string[]): number {
  const { row, groups } = wideHeaderOf(header);
  return row.has('objective') && groups.size > 0 ? columnsRead(header).size : 0;
}

/** What a header row with numbered key result columns lacks to be read: an objective column. */
export function wideSheetNeeds(header: readonly string[]): Said | undefined {
  const { row, groups } = wideHeaderOf(header);
  if (groups.size === 0 || row.has('objective')) return undefined;
  return {
    text: 'for one row per objective with its key results in columns it also needs an objective column (named one of {names})',
    params: { names: listedNames('objective') },
  };
}

/** The columns read as numbers. */
export function wideSheetNumberColumns(header: readonly string[]): number[] {
  const { row, groups } = wideHeaderOf(header);
  return [
    ...(row.has('objectiveScore') ? [row.get('objectiveScore')!] : []),
    ...[...groups.values()].flatMap((fields) =>
      (['start', 'target', 'current', 'progress', 'confidence', 'score'] as const).flatMap(
        (field) => (fields.has(field) ? [fields.get(field)!] : []),
      ),
    ),
  ];
}

/** The header as messages name its columns: a name that repeats, with its key result's title column. */
function shownHeader(header: readonly string[], groups: WideHeader['groups']): readonly string[] {
  const keys = header.map(headerKey);
  const shown = header.map((name) => name.trim());
  for (const fields of groups.values()) {
    const title = shown[fields.get('keyResult')!]!;
    for (const index of fields.values()) {
      if (keys.filter((key) => key === keys[index]).length > 1) {
        shown[index] = `${shown[index]} (${title})`;
      }
    }
  }
  return shown;
}

export function parseWideSheet(
  file: string,
  rows: Iterable<CsvRow>,
  values: SheetValues,
  context: OwnSheetContext = {},
): SourceOrganisation {
  const sheet = readUnderHeader(file, rows, columnsRead);
  if (!sheet)
    return fileRefused(file, {
      text: '{file} is empty: it starts with a header row (Objective, KR1, …).',
    });
  const { row: rowColumns, groups, unplaced, wrong } = wideHeaderOf(sheet.header);
  if (wrong) fileError(file, [wrong.said], sheet.line, wrong.column);
  const read = new Set(columnsRead(sheet.header).values());
  const unnumbered = new Set(unplaced.map(({ index }) => index));
  // A value written before any key result's columns is the objective's own (Culture Amp's
  // `completion`, for a goal without key results): said as not imported, with why.
  const objectiveValues = sheet.header.flatMap((name, index) => {
    const field = ownSheetFieldOf(headerKey(name));
    return !read.has(index) && !unnumbered.has(index) && field && measuredFields.has(field)
      ? [index]
      : [];
  });
  const problems: ImportProblem[] = [
    ...ignoredColumns(
      file,
      sheet.line,
      sheet.header,
      (_, index) => read.has(index) || unnumbered.has(index) || objectiveValues.includes(index),
    ),
    ...objectiveValues.flatMap((index) => {
      const lines = sheet.rows.filter((r) => !isEmpty(r.fields[index] ?? '')).map((r) => r.line);
      const name = sheet.header[index]!.trim();
      return lines.length === 0
        ? []
        : [
            {
              file,
              row: lines[0]!,
              field: name,
              ...saidAs([
                {
                  text: '"{name}" gives objectives a value of their own ({count|row|rows} {rows}), which is not imported: an objective\'s progress follows from its key results. To keep it, give each a key result measured by it.',
                  params: { name, count: lines.length },
                  rows: { rows: lines },
                },
              ]),
              severity: 'note' as const,
            },
          ];
    }),
    ...unplaced.map(({ index, group }) => {
      const name = sheet.header[index]!.trim();
      return {
        file,
        row: sheet.line,
        field: name,
        ...saidAs([
          {
            text: 'The column "{column}" has no key result number, so which key result it is for cannot be told and it is not read: name it as the key result\'s ("KR{group} {column}").',
            params: { column: name, group: String(group) },
          },
        ]),
        severity: 'note' as const,
      };
    }),
  ];
  const shown = shownHeader(sheet.header, groups);
  // The row's owner owns its objective, and each key result that names none of its own.
  const forObjective = new Map(rowColumns);
  if (!forObjective.has('objectiveOwner') && rowColumns.has('owner')) {
    forObjective.set('objectiveOwner', rowColumns.get('owner')!);
  }
  const entries: KeyResultEntry[] = [];
  for (const { fields: cells, line } of sheet.rows) {
    // A cell that says there is no value yet (`-`, `n/a`) does not fill a group.
    const filled = (index: number) => !isEmpty(cells[index] ?? '');
    let any = false;
    for (const [group, fields] of groups) {
      if (![...fields.values()].some(filled)) continue;
      const title = fields.get('keyResult')!;
      if (!filled(title)) {
        const given = [...fields.values()].filter(filled).map((index) => shown[index]!);
        problems.push({
          file,
          row: line,
          field: shown[title]!,
          ...saidAs([
            {
              text: 'Key result {group} has no title, though {given} {count|is|are} filled in; it is left out.',
              params: { group: String(group), count: given.length },
              joined: {
                given: {
                  parts: given.map((name) => ({ text: '"{name}"', params: { name } })),
                  by: ', ',
                },
              },
            },
          ]),
          severity: 'skipped',
        });
        continue;
      }
      any = true;
      // The group's owner (name or email) or date where its cells say one, else the row's.
      const own = [...fields].filter(([field, index]) => !rowFields.has(field) || filled(index));
      const ownOwner = own.some(([field]) => field === 'owner' || field === 'ownerEmail');
      const fromRow = [...forObjective].filter(
        ([field]) => !ownOwner || (field !== 'owner' && field !== 'ownerEmail'),
      );
      entries.push({ cells, line, columns: new Map([...fromRow, ...own]) });
    }
    // An objective whose key results are all still to be written is imported on its own.
    if (!any) entries.push({ cells, line, columns: forObjective });
  }
  return readKeyResultEntries(
    file,
    'wideSheet',
    sheet.header,
    entries,
    problems,
    values,
    context,
    shown,
  );
}
