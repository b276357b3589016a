/**
 * Edited rows → check-in drafts (validated by the core, row by row), and the store's
 * `CheckInSaveReport` → what each row shows afterwards. No Excel here: rows in, updates out.
 */
import { sayIssue } from '../../core/issue-words';
import { checkInDays, isCheckInDay } from '../../core/check-in-day';
import { createCheckIn, type CheckInBasis } from '../../core/check-in';
import { keyResultKindFromLabel } from '../../core/kind-words';
import { kindWordsFor } from '../../core/kind-words';
import { validationIssue, type ValidationIssue } from '../../core/issues';
import type { Cycle, IsoDate, IsoDateTime, KeyResult, Person } from '../../core/model';
import type { OperatingModel } from '../../core/operating-model';
import type { TypedNumber } from '../../core/parse';
import { formatMeasure, moneyUnit } from '../../core/format';
import { asksForValueNote, parseInUnit, parseKeyResultValue } from '../../core/plausibility';
import { fnv1a } from '../../core/text-hash';
import { parseTypedDate } from '../../core/typed-dates';
import { InvalidError } from '../../store/errors';
import type { CheckInDraft, CheckInSaveReport } from '../../store/repository';
import type { CellValue, OkrRow, RowUpdate } from '../workbook/types';
import { isMoneyForm } from '../workbook/typed-numbers';
import {
  checkInCellsOf,
  fieldLabel,
  goneFrom,
  holdsLoaded,
  isCheckInEdited,
  isEdited,
  isPending,
  measureIn,
  notSent,
  refusedBy,
  shownDay,
  stateCells,
  stateOf,
  titleOfRow,
  type CheckInCells,
  type DefinitionKey,
  type RowState,
  withoutReason,
} from './row-state';
import { currentCell, type ColumnKey } from './layout';
import { headerOf } from './headers';
import { describeErrorIn } from '../../ui/errors/error-words';
import { dayOf } from '../../ui/app/day-of';
import { atTimeOfDayOn } from '../../ui/app/check-in-instant';
import { today as todayAt } from '../../ui/app/today';
import { paneWordsFor } from '../pane-words';
import { sayInSheet } from './sheet-words';
import { statusText, storeCells, type RowContext } from './rows';

export interface SendContext {
  readonly author: Person;
  readonly now: IsoDateTime;
  readonly cycle: Cycle;
  readonly model: OperatingModel;
}

export interface SendPlan {
  /** Valid check-ins, one per pending row. */
  readonly drafts: readonly CheckInDraft[];
  /** Rejected rows get their messages (and stay pending); written with the send's outcome. */
  readonly updates: readonly RowUpdate[];
  /** The check-in cells each draft sends, by KR id, to tell later whether the row moved on. */
  readonly sent: ReadonlyMap<string, CheckInCells>;
  /** The day of each draft sent from a Check-in date cell, by KR id, and the cell as it read. */
  readonly days: ReadonlyMap<string, SentDay>;
  readonly rejected: number;
}

/** The sheet column a core issue is about, by the issue's field (a check-in's value is Current). */
const columnOfField: Readonly<Record<string, DefinitionKey | 'current' | 'confidence' | 'note'>> = {
  value: 'current',
  current: 'current',
  confidence: 'confidence',
  note: 'note',
  start: 'start',
  target: 'target',
  kind: 'kind',
  weight: 'weight',
};

/**
 * Issues said as a row's Sync cell and the pane say them, each naming its column as its header
 * reads ("Current is empty", not the core's "Current value"): a message that names no field
 * ("“abc” is not a number") is led by the column's name ("Current: …").
 */
export function sayInColumns(issues: readonly ValidationIssue[], locale: string): string {
  return issues
    .map((issue) => {
      const key = columnOfField[issue.field];
      if (!key) return sayIssue(issue, locale);
      const column = fieldLabel(key, locale);
      // A field the core has no name for is said as given.
      const said = sayIssue({ ...issue, field: column }, locale);
      return said.toLocaleLowerCase(locale).includes(column.toLocaleLowerCase(locale))
        ? said
        : `${column}: ${said}`;
    })
    .join(' ');
}

/** A check-in sent for the day its Check-in date cell named (today too), and the cell as it read. */
export interface SentDay {
  readonly day: IsoDate;
  readonly cell: CellValue;
}

/**
 * The day a row's Check-in date cell names: empty is today (undefined). The workbook reads a
 * date Excel keeps as its serial as the day it shows (`dayAsShown`, in the workbook's date
 * system), and an entry Excel did not take for a date as text: a date typed year first or in the
 * pane language's order (`31.12.2026` in German, `12/31/2026` in US English), as the check-in
 * dialog reads one (`parseTypedDate`). Anything else is no day: `typed` says it as the cell shows it.
 */
function checkInDayOf(
  cell: CellValue,
  locale: string,
): { readonly day: IsoDate | undefined } | { readonly typed: string } {
  const typed = String(cell).trim();
  const read = parseTypedDate(typed, locale, 'checkInDate');
  return read.ok ? { day: read.value } : { typed };
}

/**
 * The day a row's check-in is for, and when it happened (`atTimeOfDayOn` for an earlier day, as
 * the check-in dialog records one), or why it cannot be: a day that is not one of the cycle's up
 * to today (`isCheckInDay`, the dialog's rule), named with the days that are, its column named
 * as its header reads in the pane's language.
 */
function checkInMoment(
  row: OkrRow,
  context: SendContext,
): { readonly at: IsoDateTime; readonly day?: SentDay } | { readonly refusal: string } {
  const { locale } = context.model;
  const cell = row.cells.checkInDate;
  const now = new Date(context.now);
  const today = todayAt(now);
  const read = checkInDayOf(cell, locale);
  if ('day' in read && read.day === undefined) return { at: context.now };
  if ('day' in read && read.day !== undefined && isCheckInDay(read.day, context.cycle, today)) {
    const at = read.day === today ? context.now : atTimeOfDayOn(read.day, now);
    return { at, day: { day: read.day, cell } };
  }
  const { first, last } = checkInDays(context.cycle, today);
  const params = {
    column: headerOf('checkInDate', locale),
    typed: 'day' in read ? String(read.day) : read.typed,
    start: first,
    today,
    end: last,
  };
  const words = paneWordsFor(locale);
  return {
    refusal: words.say(
      last === today ? 'sync.checkInDay.toToday' : 'sync.checkInDay.toEnd',
      params,
    ),
  };
}

/** The number cells whose format may make Excel show a number as a percentage or a date. */
type FormattedKey = 'current' | 'confidence' | 'start' | 'target' | 'weight';

/**
 * Why cells Excel shows through a percentage or date number format cannot be read as the row's
 * numbers, by column: what Excel shows, what the cell takes, and how to fix it (the format
 * stays with the cell, so typing the number again alone keeps it a percentage:
 * https://support.microsoft.com/office/format-numbers-as-percentages-de304ea9-c2d4-4fa0-9ca1-5d8b61fd50d4,
 * https://support.microsoft.com/office/available-number-formats-in-excel-0afe8f52-97db-41f1-b972-4b46e9f1e8d2).
 * A percentage is what Current, Start and Target take on a KR in %; a date never is.
 */
export function formattedCellsToFix(
  row: Pick<OkrRow, 'shownAs'> & { readonly cells: Readonly<Record<FormattedKey, CellValue>> },
  keys: readonly FormattedKey[],
  unit: string,
  model: Pick<OperatingModel, 'locale'> & Partial<Pick<OperatingModel, 'confidenceScale'>>,
): Map<ColumnKey, string> {
  const { locale } = model;
  const said = new Map<ColumnKey, string>();
  for (const key of keys) {
    const shown = row.shownAs?.[key];
    if (!shown || isMoneyForm(shown)) continue;
    const measure = key === 'current' || key === 'start' || key === 'target';
    if (shown === 'eitherScale') {
      said.set(key, eitherScaleToFix(key, String(row.cells[key]), unit.trim(), locale));
      continue;
    }
    if (shown === 'percent' && measure && unit.trim() === '%') continue;
    const takes =
      key === 'confidence' && model.confidenceScale
        ? sayInSheet('formatted.takesConfidence', locale, { ...model.confidenceScale })
        : key === 'weight'
          ? sayInSheet('formatted.takesWeight', locale)
          : unit.trim()
            ? sayInSheet('formatted.takesUnit', locale, { unit: unit.trim() })
            : sayInSheet('formatted.takesNumber', locale);
    said.set(
      key,
      sayInSheet(`formatted.${shown}`, locale, {
        column: fieldLabel(key, locale),
        shown: String(row.cells[key]),
        takes,
      }),
    );
  }
  return said;
}

/**
 * Why an amount in the KR's currency that may be in full or in the KR's thousands or millions
 * (`moneyAsRead`) is not read: both readings, and how to type either so it reads.
 */
function eitherScaleToFix(key: FormattedKey, shown: string, unit: string, locale: string): string {
  const { scale = 1 } = moneyUnit(unit) ?? {};
  const sign = unit.replace(/[^$€£]/g, '');
  const read = parseInUnit(shown, { title: '', unit: sign }, locale);
  const amount = read.ok ? read.value : 0;
  return sayInSheet('formatted.eitherScale', locale, {
    column: fieldLabel(key, locale),
    shown,
    unit,
    scaled: formatMeasure(amount, unit, locale),
    inFull: formatMeasure(amount / scale, unit, locale),
  });
}

/**
 * What the row's check-in is typed against: the KR's measure as the row shows it when sent, and
 * its value and confidence as the store had them when the row was last loaded or sent (`base`).
 */
function basisOf(row: OkrRow, keyResult: KeyResult): CheckInBasis {
  const { confidence } = stateOf(row).base;
  return {
    kind: keyResult.kind,
    start: keyResult.start,
    target: keyResult.target,
    unit: keyResult.unit,
    current: keyResult.current,
    ...(typeof confidence === 'number' ? { confidence } : {}),
  };
}

/**
 * The KR a row describes, rebuilt from its cells, and why it cannot be while its Kind, Start or
 * Target does not read: the KR then takes what the sheet loaded for those, so the row's check-in
 * cells are still read (`checkInOf`).
 */
function keyResultOf(
  row: OkrRow,
  model: OperatingModel,
): { readonly keyResult: KeyResult; readonly issues: readonly ValidationIssue[] } {
  const { cells } = row;
  const { base, rolledUpFrom, defined } = stateOf(row);
  const issues: ValidationIssue[] = [];
  const kind = keyResultKindFromLabel(String(cells.kind));
  if (!kind) {
    issues.push(
      validationIssue(
        'notOneOf',
        'kind',
        {
          text: String(cells.kind).trim(),
          allowed: Object.values(kindWordsFor(model.locale).kinds).join(', '),
        },
        model.locale,
      ),
    );
  }
  const read = (field: 'start' | 'target') => {
    const typed = measureIn(cells[field], field, cells, model.locale);
    if (typed.ok) return typed.value;
    issues.push(...typed.issues);
    const loaded = defined && measureIn(defined[field], field, defined, model.locale);
    return loaded?.ok ? loaded.value : 0;
  };
  const start = read('start');
  const target = read('target');
  const keyResult: KeyResult = {
    ...(rolledUpFrom?.length ? { rolledUpFrom } : {}),
    id: String(cells.keyResultId),
    objectiveId: String(cells.objectiveId),
    title: String(cells.keyResult),
    kind: kind ?? keyResultKindFromLabel(String(defined?.kind)) ?? 'increase',
    start,
    target,
    current: start,
    unit: String(cells.unit),
    weight: 1,
  };
  // The value the store last had, as the row sent it: a number, or text read as it was sent
  // ("€1.5M", a word for done / not done).
  const stored = checkInValue(base.current, keyResult, model.locale);
  return {
    keyResult: { ...keyResult, current: stored.ok ? stored.value : start },
    issues,
  };
}

/**
 * The value a check-in sends from the Current cell, read as every surface reads a typed value
 * (`parseKeyResultValue`): a number as it is; text in the KR's unit, money as the board shows it
 * ("€2.5M", "2,35 Mio. €"), and on a done / not done KR "Done" or "Not done" in any of the
 * languages (or 1 or 0). A done / not done KR's cell that reads as neither names the two words
 * its list offers.
 */
function checkInValue(cell: CellValue, keyResult: KeyResult, locale: string): TypedNumber {
  if (typeof cell === 'number') return { ok: true, value: cell };
  const read = parseKeyResultValue(String(cell), keyResult, locale);
  if (read.ok || keyResult.kind !== 'binary') return read;
  const words = kindWordsFor(locale);
  const params = { text: String(cell).trim(), allowed: `${words.done}, ${words.notDone}` };
  return { ok: false, issues: [validationIssue('notOneOf', 'value', params, locale)] };
}

/**
 * A client id derived from what is created (FNV-1a in four lanes, 128 bits), so a retry of the
 * same create gets the same id and the store saves it once, without the sheet having to record
 * the attempt first.
 */
export function derivedClientId(prefix: string, parts: readonly string[]): string {
  const text = JSON.stringify(parts);
  const lanes = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x5bd1e995].map((basis) =>
    fnv1a(text, basis).toString(16).padStart(8, '0'),
  );
  return `${prefix}-${lanes.join('')}`;
}

/**
 * A check-in's client id, derived from who sends which values onto which version of the KR.
 * A retry of the same edit (say after a lost answer) gets the same id; a new edit, a new author
 * or a KR that moved on gets a new id.
 */
export function checkInClientId(
  authorId: string,
  keyResultId: string,
  version: string,
  cells: CheckInCells,
  day?: IsoDate,
): string {
  return derivedClientId('excel', [
    authorId,
    keyResultId,
    version,
    String(cells.current),
    String(cells.confidence),
    String(cells.note),
    // The same values for another day are another check-in.
    ...(day ? [day] : []),
  ]);
}

/**
 * A row's check-in as its cells read now: a draft to send, or the issues to fix first. With
 * `measureSaid`, a Kind, Start or Target that does not read is left to the row's definition
 * edit to say (`definitionToFix`), so it is said once.
 */
function checkInOf(
  row: OkrRow,
  context: SendContext,
  measureSaid = false,
): { ok: true; draft: CheckInDraft; day?: SentDay } | { ok: false; message: string } {
  const keyResultId = String(row.cells.keyResultId);
  const cells = checkInCellsOf(row);
  const measure = keyResultOf(row, context.model);
  const { keyResult } = measure;
  const version = String(row.cells.version);
  const moment = checkInMoment(row, context);
  const day = 'day' in moment ? moment.day : undefined;
  const clientId = checkInClientId(context.author.id, keyResultId, version, cells, day?.day);
  // A note goes with one check-in: left in its cell after it was sent, it is neither sent again
  // with the next one nor that one's confirmation of a big jump.
  const note =
    String(cells.note).trim() === String(stateOf(row).base.note).trim() ? '' : String(cells.note);
  const value = checkInValue(cells.current, keyResult, context.model.locale);
  const result = createCheckIn(
    {
      // A value that does not read is read again by the core, which then checks the other cells.
      value: value.ok ? value.value : String(cells.current),
      confidence:
        typeof cells.confidence === 'boolean' ? String(cells.confidence) : cells.confidence,
      note,
      // The sheet has no dialog to confirm in: a note written on the row is the
      // confirmation the core's big-jump rule asks for (its message says to add one).
      confirmedJump: note.trim() !== '',
    },
    {
      keyResult,
      author: context.author,
      at: 'at' in moment ? moment.at : context.now,
      clientId,
      source: 'excel',
      cycle: context.cycle,
      dayOf,
    },
    context.model,
  );
  // Every cell's issue at once, each once. A Current that does not read is said as read above;
  // one that reads is judged against the KR's measure (a big jump, below zero) only once the
  // Kind, Start and Target read: until then that would follow from them.
  const checked = result.ok ? [] : result.issues;
  const judged = measure.issues.length === 0 && value.ok;
  const issues = [
    ...(measureSaid ? [] : measure.issues),
    ...(value.ok ? [] : value.issues),
    ...(judged
      ? checked
      : checked.filter((issue) => issue.field !== 'value' && !asksForValueNote(issue))),
  ];
  // A cell Excel shows as a percentage or a date is said as such, instead of the core's reading.
  const formatted = formattedCellsToFix(
    row,
    ['current', 'confidence'],
    String(row.cells.unit),
    context.model,
  );
  const said = issues.filter((issue) => !formatted.has(columnOfField[issue.field] ?? 'note'));
  const refusal = 'refusal' in moment ? [moment.refusal] : [];
  if (
    !result.ok ||
    measure.issues.length > 0 ||
    issues.length > 0 ||
    formatted.size > 0 ||
    refusal.length > 0
  ) {
    const words = said.length > 0 ? [sayInColumns(said, context.model.locale)] : [];
    return { ok: false, message: [...formatted.values(), ...words, ...refusal].join(' ') };
  }
  return {
    ok: true,
    draft: {
      ...result.value,
      ...(version ? { keyResultVersion: version } : {}),
      ...(version ? { keyResultBasis: basisOf(row, keyResult) } : {}),
    },
    ...(day ? { day } : {}),
  };
}

/**
 * Why a pending row's check-in cannot be sent as its cells read now (a bad value to fix first),
 * or undefined when a send would take it; with `measureSaid`, leaving out a Kind, Start or
 * Target that does not read, which the row's definition edit says.
 */
export function checkInToFix(
  row: OkrRow,
  context: SendContext,
  measureSaid = false,
): string | undefined {
  if (!isCheckInEdited(row, context.model.locale)) return undefined;
  const checkIn = checkInOf(row, context, measureSaid);
  return checkIn.ok ? undefined : checkIn.message || undefined;
}

/**
 * Validates every pending row (all of them, or only `only`'s KR ids) and drafts a check-in for
 * each valid one. Nothing is drafted for a row with a bad cell; its message says why.
 */
export function planSend(
  rows: readonly OkrRow[],
  context: SendContext,
  only?: ReadonlySet<string>,
): SendPlan {
  const drafts: CheckInDraft[] = [];
  const updates: RowUpdate[] = [];
  const sent = new Map<string, CheckInCells>();
  const days = new Map<string, SentDay>();
  let rejected = 0;
  for (const row of rows) {
    const keyResultId = String(row.cells.keyResultId);
    if (!isPending(row, context.model.locale) || (only && !only.has(keyResultId))) continue;
    const state = stateOf(row);
    // A row whose only edit is its definition sends no check-in (see definitions.ts).
    if (!isCheckInEdited(row, context.model.locale, state)) continue;
    const cells = checkInCellsOf(row);
    const checkIn = checkInOf(row, context);
    if (!checkIn.ok) {
      rejected += 1;
      const next = notSent(state, 'pending', checkIn.message, true);
      updates.push({ keyResultId, cells: stateCells(next, context.model.locale, cells) });
      continue;
    }
    drafts.push(checkIn.draft);
    sent.set(keyResultId, cells);
    if (checkIn.day) days.set(keyResultId, checkIn.day);
  }
  return { drafts, updates, sent, days, rejected };
}

/**
 * Why a row was not sent, in the words every surface uses (`describeError`) in the sheet's
 * language, with details.
 */
export function reasonOf(error: unknown, locale: string): string {
  const { title, message, details = [] } = describeErrorIn(error, locale);
  const said = `${title}. ${message}`;
  return [said, ...details.filter((detail) => !said.includes(detail))].join(' ');
}

/** A store's refusal said two ways (`refusalOf`). */
export interface Refusal {
  /** For a row's Sync cell: each broken rule, naming its column and what it takes. */
  readonly message: string;
  /** For the pane: the refusal in full, as every surface says it (`reasonOf`). */
  readonly detail: string;
}

/**
 * A store's refusal, short for a row's Sync cell (what was refused and what is accepted, in the
 * sheet's language, without "That was not saved. Some values break the rules…") and in full for
 * the pane.
 */
export function refusalOf(error: unknown, locale: string): Refusal {
  const detail = reasonOf(error, locale);
  if (!(error instanceof InvalidError)) return { message: detail, detail };
  const message =
    error.details.length > 0
      ? sayInColumns(error.details, locale)
      : error.message.replace(/^.*? was not saved: /, '');
  return { message, detail };
}

/**
 * What each sent row shows after the store answered: saved rows take the new eTag and status
 * (and stay pending if the user edited them meanwhile); conflicts keep both values for the
 * user's choice; failures keep the edit pending with the reason, and a check-in the store's
 * rules refused is not sent again until its row is edited.
 */
export function applySaveReport(
  rows: readonly OkrRow[],
  report: CheckInSaveReport,
  sent: ReadonlyMap<string, CheckInCells>,
  context: RowContext & { readonly now: IsoDateTime },
  /**
   * What a row's refusal or conflict says besides the store's reason: its KR change put back, or
   * kept, and why.
   */
  notes: ReadonlyMap<string, string> = new Map(),
  /** The days check-ins were sent for from their Check-in date cells (`SendPlan.days`). */
  days: ReadonlyMap<string, SentDay> = new Map(),
): RowUpdate[] {
  const rowById = new Map(rows.map((row) => [String(row.cells.keyResultId), row]));
  const updates: RowUpdate[] = [];
  const update = (
    keyResultId: string,
    make: (row: OkrRow, state: RowState) => RowUpdate['cells'],
  ) => {
    const row = rowById.get(keyResultId);
    if (row) updates.push({ keyResultId, cells: make(row, stateOf(row)) });
  };

  for (const { checkIn, keyResult } of report.saved) {
    update(keyResult.id, (row, state) => {
      const { locale } = context.model;
      const sentCells = sent.get(keyResult.id) ?? checkInCellsOf(row);
      const sentDay = days.get(keyResult.id);
      const earlier = sentDay && sentDay.day !== context.today ? sentDay.day : undefined;
      // A sent day leaves its cell: kept, it would date the row's next check-in too (empty is
      // today). The pane and the Sync cell name it instead. A day typed since stays, as any edit.
      const dayCleared =
        sentDay !== undefined && String(row.cells.checkInDate) === String(sentDay.cell);
      // A check-in for an earlier day that is not the KR's latest leaves the KR at its later
      // value, which the row then shows, unless its cells were typed over since.
      const later =
        keyResult.lastCheckInAt !== undefined &&
        Date.parse(keyResult.lastCheckInAt) > Date.parse(checkIn.at);
      const base = later ? { ...storeCells(keyResult, locale), note: sentCells.note } : sentCells;
      const untouched = (['current', 'confidence'] as const).every(
        (key) => String(row.cells[key]) === String(sentCells[key]),
      );
      const written = {
        ...(dayCleared ? { checkInDate: '' } : {}),
        ...(later && untouched ? { current: base.current, confidence: base.confidence } : {}),
      };
      const after: OkrRow = { ...row, cells: { ...row.cells, ...written } };
      const settled = {
        kind: 'sent' as const,
        base,
        sentAt: earlier ? context.now : checkIn.at,
        ...(earlier ? { sentFor: earlier } : {}),
      };
      const next: RowState = {
        ...settled,
        ...(state.defined ? { defined: state.defined } : {}),
        kind: isEdited(after, locale, { ...state, ...settled }) ? 'pending' : 'sent',
      };
      return {
        ...written,
        version: keyResult.version ?? '',
        lastCheckIn: shownDay(keyResult.lastCheckInAt ?? checkIn.at, context.timeZone),
        status: statusText(keyResult, context),
        ...stateCells(next, locale, checkInCellsOf(after)),
      };
    });
  }
  for (const { draft, error } of report.conflicts) {
    update(draft.keyResultId, (row, state) => {
      const mine = checkInCellsOf(row);
      const theirs = error.theirs;
      const note = notes.get(draft.keyResultId);
      const next: RowState = theirs
        ? {
            ...withoutReason(state),
            kind: 'conflict',
            ...(note ? { message: note } : {}),
            theirs: {
              current: theirs.current,
              ...(theirs.confidence === undefined ? {} : { confidence: theirs.confidence }),
              ...(theirs.version === undefined ? {} : { version: theirs.version }),
            },
          }
        : goneFrom(state, context.now);
      return stateCells(next, context.model.locale, mine);
    });
  }
  for (const { draft, error } of report.failed) {
    // The store's rules refused the check-in: it waits for the user's edit, not the next send.
    update(draft.keyResultId, (row, state) => {
      const mine = checkInCellsOf(row);
      const note = notes.get(draft.keyResultId);
      const refusal = refusalOf(error, context.model.locale);
      const noted = (text: string) => (note ? `${text} ${note}` : text);
      const next =
        error.kind === 'notFound'
          ? goneFrom(state, context.now)
          : error.kind === 'invalid'
            ? refusedBy(
                state,
                noted(refusal.message),
                { cells: { ...row.cells, ...(sent.get(draft.keyResultId) ?? mine) } },
                context.model.locale,
                noted(refusal.detail),
              )
            : notSent(state, 'failed', reasonOf(error, context.model.locale));
      return stateCells(next, context.model.locale, mine);
    });
  }
  return updates;
}

export type ConflictChoice = 'mine' | 'theirs';

/**
 * "Keep theirs" takes the store's values into the row and clears the edit. "Use mine" keeps what
 * the user changed and takes theirs where the user changed nothing (a confidence left as it was
 * loaded is theirs, not the stale one), and adopts their eTag so the next send overwrites
 * knowingly; the caller then sends that row.
 */
export function resolveConflict(
  row: OkrRow,
  choice: ConflictChoice,
  locale: string,
): RowUpdate | undefined {
  const state = stateOf(row);
  if (state.kind !== 'conflict') return undefined;
  if (state.definitionConflict) return resolveDefinitionConflict(row, state, choice, locale);
  const theirs = state.theirs;
  if (!theirs) return undefined;
  const keyResultId = String(row.cells.keyResultId);
  const version = theirs.version ?? String(row.cells.version);
  const kind = keyResultKindFromLabel(String(row.cells.kind)) ?? 'increase';
  const theirCells: CheckInCells = {
    current: currentCell({ kind }, theirs.current, locale),
    confidence: theirs.confidence ?? '',
    note: '',
  };
  const defined = state.defined ? { defined: state.defined } : {};
  if (choice === 'theirs') {
    // A KR change put back after the conflict still waits in the row's cells.
    const settled: RowState = { kind: 'loaded', base: theirCells, ...defined };
    const after: OkrRow = {
      cells: { ...row.cells, ...theirCells, ...stateCells(settled, locale) },
    };
    const next: RowState = isEdited(after, locale) ? { ...settled, kind: 'pending' } : settled;
    return {
      keyResultId,
      cells: { ...theirCells, version, ...stateCells(next, locale, theirCells) },
    };
  }
  const mine = checkInCellsOf(row);
  const unchanged = (key: 'current' | 'confidence') =>
    holdsLoaded(key, row, state.base[key], locale);
  const kept: CheckInCells = {
    current: unchanged('current') ? theirCells.current : mine.current,
    confidence: unchanged('confidence') ? theirCells.confidence : mine.confidence,
    note: mine.note,
  };
  const next: RowState = { kind: 'pending', base: state.base, ...defined };
  return { keyResultId, cells: { ...kept, version, ...stateCells(next, locale, kept) } };
}

/**
 * A definition conflict: "keep theirs" writes the store's definition over the fields both
 * changed (the user's other edits stay pending); "use mine" adopts the store's definition and
 * eTag as the new base, so the user's fields are sent over it.
 */
function resolveDefinitionConflict(
  row: OkrRow,
  state: RowState,
  choice: ConflictChoice,
  locale: string,
): RowUpdate {
  const conflict = state.definitionConflict!;
  const keyResultId = String(row.cells.keyResultId);
  const taken =
    choice === 'theirs'
      ? Object.fromEntries(conflict.fields.map((key) => [key, conflict.theirs[key]]))
      : {};
  const settled: RowState = { kind: 'loaded', base: state.base, defined: conflict.theirs };
  const after: OkrRow = { cells: { ...row.cells, ...taken } };
  const next: RowState = isEdited(
    { cells: { ...after.cells, ...stateCells(settled, locale) } },
    locale,
  )
    ? { ...settled, kind: 'pending' }
    : settled;
  return {
    keyResultId,
    cells: {
      ...taken,
      version: conflict.version,
      ...stateCells(next, locale, checkInCellsOf(after)),
    },
  };
}

export interface ConflictField {
  readonly label: string;
  readonly mine: CellValue;
  readonly theirs: CellValue;
}

/** Rows waiting for a conflict choice, with both sides field by field, for the task pane. */
export function conflictsOf(rows: readonly OkrRow[], locale: string) {
  return rows.flatMap((row) => {
    const state = stateOf(row);
    if (state.kind !== 'conflict') return [];
    const definition = state.definitionConflict;
    const mine = checkInCellsOf(row);
    const fields: ConflictField[] = definition
      ? definition.fields.map((key) => ({
          label: fieldLabel(key, locale),
          mine: definition.mine[key],
          theirs: definition.theirs[key],
        }))
      : state.theirs
        ? [
            {
              label: fieldLabel('current', locale),
              mine: mine.current,
              theirs: state.theirs.current,
            },
            {
              label: fieldLabel('confidence', locale),
              mine: mine.confidence,
              theirs: state.theirs.confidence ?? '',
            },
          ]
        : [];
    return fields.length > 0
      ? [
          {
            keyResultId: String(row.cells.keyResultId),
            title: titleOfRow(row),
            fields,
            ...(state.message ? { note: state.message } : {}),
          },
        ]
      : [];
  });
}
