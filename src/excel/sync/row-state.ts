/**
 * Where each row stands with the store, kept IN the workbook (the hidden "Sync state" cell) so
 * pending edits survive closing the task pane or the workbook. A row is edited when its
 * check-in cells differ from `base`, or its definition cells (title, kind, start, target, unit)
 * from `defined`, the values the store last had; that is worked out from the cells every time,
 * so edits made while the add-in was closed are found too.
 */
import { keyResultKindFromLabel } from '../../core/kind-words';
import { binaryValueOf } from '../../core/kind-words';
import type { Contributor } from '../../core/model';
import { dayIn } from '../../core/day-of';
import { parseInUnit, parseKeyResultValue } from '../../core/plausibility';
import { parseNumber, type TypedNumber } from '../../core/parse';
import { progressAt } from '../../core/progress';
import { fnv1a } from '../../core/text-hash';
import { formatForTyping } from '../../core/format-for-typing';
import { isRolledUp } from '../../core/roll-up';
import { paneWordsFor } from '../pane-words';
import { statusNamed } from '../../core/status-words';
import { unknownStatus } from './sheet-words';
import type { CellValue, OkrRow, RowUpdate } from '../workbook/types';
import { isMoneyForm } from '../workbook/typed-numbers';
import { measureKeys } from './layout';
import { headerOf } from './headers';
import { rowStateKinds, stateOf } from './state-cell';

export { stateOf };

export interface CheckInCells {
  readonly current: CellValue;
  readonly confidence: CellValue;
  readonly note: CellValue;
}

/** The cells that define a KR (as opposed to a check-in on it), edited in the sheet too. */
export const definitionKeys = [
  'keyResult',
  'description',
  'owner',
  'kind',
  'start',
  'target',
  'unit',
  'weight',
] as const;
export type DefinitionKey = (typeof definitionKeys)[number];
export type DefinitionCells = Readonly<Record<DefinitionKey, CellValue>>;

/** A conflict over the definition: both sides, the store's version, the fields both changed. */
export interface DefinitionConflict {
  readonly mine: DefinitionCells;
  readonly theirs: DefinitionCells;
  readonly version: string;
  readonly fields: readonly DefinitionKey[];
}

export type RowStateKind = (typeof rowStateKinds)[number];

export interface TheirValues {
  readonly current: number;
  readonly confidence?: number;
  readonly version?: string;
}

export interface RowState {
  readonly kind: RowStateKind;
  /** The check-in cells as the store last had them. */
  readonly base: CheckInCells;
  /** Why the row was not sent: a validation message or the store's reason. */
  readonly message?: string;
  /**
   * The message is the add-in's own check of the cells as typed, not the store's reason: it
   * goes once the cells read right (see `editUpdates`).
   */
  readonly fromCheck?: boolean;
  /**
   * A row the store (or the directory) refused: its cells as they were sent (`sentCellsKey`).
   * It is not sent again until one of them changes; `message` is the store's reason.
   */
  readonly refused?: string;
  /** A store's refusal in full, for the pane (the Sync cell says `message`, short). */
  readonly detail?: string;
  /** In a conflict: the store's values now. */
  readonly theirs?: TheirValues;
  /** The definition cells as the store last had them (absent in rows of older add-ins). */
  readonly defined?: DefinitionCells;
  /** In a conflict over the definition: both sides. */
  readonly definitionConflict?: DefinitionConflict;
  readonly sentAt?: string;
  /** The day a sent check-in was for, when not the day it was sent (its Check-in date). */
  readonly sentFor?: string;
  /**
   * A row whose KR the store no longer has (`gone`): when a send or a Load found it, and whether
   * it is only off this board (deleted, or moved to another team or cycle) rather than not found.
   * It is never sent again; Load removes it.
   */
  readonly goneAt?: string;
  readonly notOnBoard?: true;
  /**
   * Where the KR's progress rolls up from, when it does: it then takes no check-in of its own
   * (the sheet has no column for it, so the row remembers).
   */
  readonly rolledUpFrom?: readonly Contributor[];
  /** The read-only cells as the add-in last wrote them (absent in rows of older add-ins). */
  readonly shown?: Partial<ShownCells>;
}

/**
 * Cells the add-in writes and never sends: the objective's title (changed in Teams), the status
 * and the last check-in's date (worked out from check-ins), and Progress (the sheet's formula).
 * What a user types over them is kept, with why it is not sent, until they type it back or Load
 * (which asks first) puts the store's values back.
 */
export const shownKeys = ['objective', 'status', 'lastCheckIn'] as const;
export type ShownKey = (typeof shownKeys)[number];
export type ShownCells = Readonly<Record<ShownKey, CellValue>>;
/**
 * A rolled-up KR takes no check-in of its own (core `rolledUpCheckInIssue`): its check-in cells
 * are read-only too, compared with what the store has (`base`).
 */
const checkInKeys = ['current', 'confidence', 'note'] as const;
type CheckInKey = (typeof checkInKeys)[number];
/**
 * A rolled-up KR's Check-in date is no check-in's day either: what is typed there is kept and
 * said unused, as its typed-over check-in cells are.
 */
export type ReadOnlyKey = ShownKey | 'progress' | CheckInKey | 'checkInDate';

/** A definition or check-in field's name in the user's language (conflicts, reasons). */
export function fieldLabel(key: DefinitionKey | CheckInKey, locale: string): string {
  return paneWordsFor(locale).say(`field.${key}`);
}

export function shownCellsOf(row: { readonly cells: Pick<OkrRow['cells'], ShownKey> }): ShownCells {
  return {
    objective: row.cells.objective,
    status: row.cells.status,
    lastCheckIn: row.cells.lastCheckIn,
  };
}

/**
 * Whether a read-only cell still holds what the add-in wrote there; a status word in another of
 * the sheet's languages names the same status (the sheet was written in the other language).
 */
function sameShown(key: ShownKey, cell: CellValue, written: CellValue): boolean {
  const [now, then] = [String(cell).trim(), String(written).trim()];
  if (now === then) return true;
  return (
    key === 'status' && statusNamed(now) !== undefined && statusNamed(now) === statusNamed(then)
  );
}

/**
 * The KR a row is, as the pane names it: its Key result cell, or the title the store had when
 * that cell was emptied (a row the pane lists is never named by nothing).
 */
export function titleOfRow(row: OkrRow, state: RowState = stateOf(row)): string {
  return String(row.cells.keyResult).trim() || String(state.defined?.keyResult ?? '');
}

/**
 * The read-only cells the user typed over: a written cell that differs from what the add-in
 * wrote, a Progress cell that holds a typed value instead of its formula, or a check-in cell of
 * a rolled-up KR that no longer holds what the store has (`holdsLoaded`: read in the pane's
 * language, so "50,0" typed again in German over 50 is no typing over).
 */
export function readOnlyEdits(
  row: OkrRow,
  locale: string,
  state: RowState = stateOf(row),
): ReadOnlyKey[] {
  const shown = state.shown ?? {};
  const typed: ReadOnlyKey[] = shownKeys.filter(
    (key) => shown[key] !== undefined && !sameShown(key, row.cells[key], shown[key]),
  );
  const progress = String(row.cells.progress);
  if (progress !== '' && !progress.startsWith('=')) typed.push('progress');
  if (isRolledUp(state)) {
    typed.push(...checkInKeys.filter((key) => !holdsLoaded(key, row, state.base[key], locale)));
    if (hasCheckInDate(row)) typed.push('checkInDate');
  }
  return typed;
}

/**
 * Why the read-only cells the user typed over are not sent, and what the store has, in the
 * user's language ('' if none).
 */
export function readOnlyNote(row: OkrRow, locale: string, state: RowState = stateOf(row)): string {
  const keys = readOnlyEdits(row, locale, state);
  if (keys.length === 0) return '';
  const words = paneWordsFor(locale);
  const reasons = keys.map((key) => {
    if (key === 'progress') return words.say('sync.readOnly.progress');
    if (key === 'checkInDate') {
      const [column, typed] = [headerOf(key, locale), String(row.cells.checkInDate).trim()];
      return words.say('sync.readOnly.checkInDate', { column, typed });
    }
    const [reason, value] =
      key === 'current' || key === 'confidence' || key === 'note'
        ? [
            words.say('sync.readOnly.rolledUp', { column: fieldLabel(key, locale) }),
            state.base[key],
          ]
        : [readOnlyReason(key, String(row.cells[key]), locale), state.shown?.[key] ?? ''];
    return words.say('sync.storeHas', { reason, value: typedBack(value, locale) });
  });
  // Only a day typed: there is no store's value to type back.
  const note = keys.every((key) => key === 'checkInDate')
    ? 'sync.readOnlyDayNote'
    : 'sync.readOnlyNote';
  return words.say(note, { reasons: reasons.join('; ') });
}

/** Why a shown cell is not sent; for a word that is no status, that first. */
function readOnlyReason(key: ShownKey, typed: string, locale: string): string {
  const reason = paneWordsFor(locale).say(`sync.readOnly.${key}`);
  const unknown = key === 'status' ? unknownStatus(typed, locale) : '';
  return unknown ? `${unknown}. ${reason}` : reason;
}

/**
 * A Start or Target cell, read as a check-in's value is (`parseInUnit`): a number as it is, text
 * in the row's unit as the board writes it ("€2.5M" or "2,35 Mio. €" on a KR in €M), an amount
 * without its size word by the row's numbers.
 */
export function measureIn(
  cell: CellValue,
  field: 'start' | 'target',
  row: Pick<OkrRow['cells'], 'unit' | 'keyResult' | 'start' | 'target'> & {
    readonly current?: CellValue;
  },
  locale: string,
): TypedNumber {
  if (typeof cell === 'number') return { ok: true, value: cell };
  const measured = { title: String(row.keyResult), unit: String(row.unit) };
  const near = [row.start, row.target, row.current].filter((value) => typeof value === 'number');
  return parseInUnit(String(cell), measured, locale, field, near);
}

type MeasureCells = Pick<
  OkrRow['cells'],
  'keyResult' | 'kind' | 'start' | 'target' | 'current' | 'unit'
>;
type Measure = Parameters<typeof progressAt>[0];

/**
 * A row's Current as the pane reads it (`parseKeyResultValue` against the row's Kind, Start and
 * Target): text in the KR's unit or money as the board writes it ("€2.5M", "11,5 Monate"), a
 * percentage Excel shows ("56%") as the percentage; undefined while the Kind, Start or Target
 * reads as none, which the value is judged against.
 */
function currentIn(
  cells: MeasureCells,
  locale: string,
): { readonly measure: Measure; readonly read: TypedNumber } | undefined {
  const kind = keyResultKindFromLabel(String(cells.kind));
  const start = measureIn(cells.start, 'start', cells, locale);
  const target = measureIn(cells.target, 'target', cells, locale);
  if (!kind || !start.ok || !target.ok) return undefined;
  const measure = { kind, start: start.value, target: target.value };
  const read =
    typeof cells.current === 'number'
      ? { ok: true as const, value: cells.current }
      : parseKeyResultValue(
          String(cells.current),
          { ...measure, title: String(cells.keyResult), unit: String(cells.unit) },
          locale,
        );
  return { measure, read };
}

/**
 * A row's progress worked out from its cells as the pane reads them (the core's `progressAt`
 * over `currentIn`); undefined for cells that read as no value or a kind nobody knows.
 */
export function progressOfCells(cells: MeasureCells, locale: string): number | undefined {
  const current = currentIn(cells, locale);
  return current?.read.ok ? progressAt(current.measure, current.read.value) : undefined;
}

/**
 * Whether the Progress formula reads the cells' values as the pane does: numbers, and a done / not
 * done KR's words. Text the pane reads ("€2.5M") is none to it, nor is the 0.56 under a
 * percentage format the pane reads as the 56% Excel shows (the row's cell holds "56%").
 */
function formulaReads(cells: MeasureCells): boolean {
  const { start, target, current } = cells;
  const word = typeof current === 'string' && binaryValueOf(current) !== undefined;
  return (
    typeof start === 'number' && typeof target === 'number' && (typeof current === 'number' || word)
  );
}

/**
 * A row's progress as its Progress formula works it out from the cells' values (`progressFormula`),
 * where no formula engine is: undefined for cells it reads as none (`formulaReads`).
 */
export function formulaProgressOf(cells: MeasureCells): number | undefined {
  return formulaReads(cells) ? progressOfCells(cells, 'en') : undefined;
}

/**
 * The row's hidden "Saved progress" cell, which its Progress formula shows when it holds a number.
 * While the row holds typed values the add-in does not take (a value to fix, a row the store
 * refused as it reads, a rolled-up KR's check-in typed over): the progress of what the store has
 * (the values its state records), never one worked out from values nobody saved. While it holds
 * values the pane reads but the formula cannot (`formulaReads`), or a money cell in a currency
 * format on a KR in thousands or millions (`isMoneyForm`: the amount in full there is no number in
 * the KR's scale): the progress of the values the pane read, as it sends them. '' otherwise,
 * Progress following the cells.
 */
export function savedProgressCell(
  row: OkrRow,
  locale: string,
  state: RowState = stateOf(row),
): CellValue {
  const notTaken =
    state.fromCheck === true ||
    refusedAsSent(row, locale, state) ||
    (isRolledUp(state) &&
      readOnlyEdits(row, locale, state).some((key) =>
        (checkInKeys as readonly string[]).includes(key),
      ));
  if (notTaken) {
    const saved = state.defined ?? row.cells;
    return progressOfCells({ ...saved, current: state.base.current }, locale) ?? '';
  }
  const money = measureKeys.some((key) => isMoneyForm(row.shownAs?.[key]));
  if (formulaReads(row.cells) && !money) return '';
  return progressOfCells(row.cells, locale) ?? '';
}

/** The visible "Sync" cell of a row: its state in words, and what in it will not be sent. */
export function syncCellOf(row: OkrRow, locale: string, state: RowState = stateOf(row)): string {
  const text = syncText(state, locale, checkInCellsOf(row));
  const reason = readOnlyNote(row, locale, state);
  const note = reason && paneWordsFor(locale).say('sync.notSentFromExcel', { note: reason });
  if (!note || !text) return note || text;
  return `${text}${text.endsWith('.') ? '' : '.'} ${note}`;
}

/**
 * The add-in's planned updates, made to keep what the user typed over read-only cells: a new
 * value for such a cell is recorded as what the store has instead of replacing the user's text,
 * every value written there is remembered, and every Sync cell says what will not be sent
 * (rows the updates do not touch too: the user may just have typed into one), as every Saved
 * progress cell what Progress shows of a row whose typed values are not taken.
 */
export function keepReadOnlyEdits(
  rows: readonly OkrRow[],
  updates: readonly RowUpdate[],
  locale: string,
): RowUpdate[] {
  const byId = new Map(
    updates.flatMap((update) =>
      update.at === undefined && !update.removed ? [[update.keyResultId, update] as const] : [],
    ),
  );
  const kept = rows.flatMap((row): RowUpdate[] => {
    const keyResultId = String(row.cells.keyResultId);
    const update = byId.get(keyResultId);
    byId.delete(keyResultId);
    const before = stateOf(row);
    const typedOver = new Set(readOnlyEdits(row, locale, before));
    const cells: Record<string, CellValue> = { ...update?.cells };
    let shown = before.shown;
    for (const key of shownKeys) {
      if (cells[key] === undefined) continue;
      shown = { ...shown, [key]: cells[key] };
      if (typedOver.has(key)) delete cells[key];
    }
    const next: RowState = {
      ...(cells.state === undefined
        ? before
        : stateOf({ cells: { ...row.cells, state: cells.state } })),
      ...(shown ? { shown } : {}),
    };
    const after: OkrRow = {
      ...row,
      cells: { ...row.cells, ...cells, state: JSON.stringify(next) },
    };
    const sync = syncCellOf(after, locale, next);
    const savedProgress = savedProgressCell(after, locale, next);
    const progressKept = String(savedProgress) === String(row.cells.savedProgress);
    if (!update && shown === before.shown && sync === String(row.cells.sync) && progressKept) {
      return [];
    }
    return [
      {
        ...update,
        keyResultId,
        cells: {
          ...cells,
          state: JSON.stringify(next),
          sync,
          ...(progressKept ? {} : { savedProgress }),
        },
      },
    ];
  });
  // Updates for rows not read (added rows taking a KR, removed KRs) pass as they are.
  const untouched = updates.filter(
    (update) => update.at !== undefined || update.removed || byId.has(update.keyResultId),
  );
  return [...kept, ...untouched];
}

export function definitionCellsOf(row: OkrRow): DefinitionCells {
  return Object.fromEntries(definitionKeys.map((key) => [key, row.cells[key]])) as DefinitionCells;
}

/** A Confidence or Weight cell's number: a number as it is, text as the pane reads a number. */
export function numberIn(cell: CellValue, field: string, locale: string) {
  if (typeof cell === 'number') return { ok: true as const, value: cell };
  return parseNumber(String(cell), { locale, field });
}

/** The cells that hold a number, whose text is read as the value it is. */
type ValueKey = 'current' | 'confidence' | 'start' | 'target' | 'weight';
const valueKeys: ReadonlySet<string> = new Set<ValueKey>([
  'current',
  'confidence',
  'start',
  'target',
  'weight',
]);
const isValueKey = (key: string): key is ValueKey => valueKeys.has(key);

/** A value cell as the pane reads it to send it (undefined: it reads as no value). */
function valueIn(key: ValueKey, cells: OkrRow['cells'], locale: string): number | undefined {
  const cell = cells[key];
  const read =
    key === 'current'
      ? currentIn(cells, locale)?.read
      : key === 'start' || key === 'target'
        ? measureIn(cell, key, cells, locale)
        : numberIn(cell, key, locale);
  return read?.ok ? read.value : undefined;
}

/**
 * Whether a check-in or definition cell holds what the store last had (`loaded`): the same
 * entry, or text that reads as the same value. Excel keeps an entry as text when it is typed
 * with an apostrophe ('42), in a cell formatted as Text, with its unit ("42 %" on a KR in %,
 * "10 customers") or, in a German workbook, in the pane's way ("0,5"): the value typed again is
 * no edit. Text that reads as no value is an edit, which the row's check says how to fix.
 */
export function holdsLoaded(
  key: CheckInKey | DefinitionKey,
  row: OkrRow,
  loaded: CellValue,
  locale: string,
): boolean {
  const cell = row.cells[key];
  if (String(cell).trim() === String(loaded).trim()) return true;
  if (!isValueKey(key) || typeof cell === 'boolean' || String(cell).trim() === '') return false;
  // Both read against the row's other cells (its Kind, Start, Target and unit), as a send does.
  const now = valueIn(key, row.cells, locale);
  const then = valueIn(key, { ...row.cells, [key]: loaded }, locale);
  return now !== undefined && now === then;
}

/**
 * The definition fields the user changed in the sheet (none when nothing is recorded; a field
 * an older add-in did not record, such as the owner, counts as unchanged until the next load).
 */
export function changedDefinition(
  row: OkrRow,
  locale: string,
  state: RowState = stateOf(row),
): DefinitionKey[] {
  const defined: Partial<DefinitionCells> | undefined = state.defined;
  if (!defined) return [];
  return definitionKeys.filter(
    (key) => defined[key] !== undefined && !holdsLoaded(key, row, defined[key], locale),
  );
}

/** Whether the check-in cells hold a check-in to send (never on a rolled-up KR's row). */
export function isCheckInEdited(
  row: OkrRow,
  locale: string,
  state: RowState = stateOf(row),
): boolean {
  return (
    !isRolledUp(state) &&
    (checkInKeys.some((key) => !holdsLoaded(key, row, state.base[key], locale)) ||
      hasCheckInDate(row))
  );
}

/**
 * Whether the row's Check-in date cell holds a day (or text) for its check-in: a check-in to
 * send for that day, even with the values the store has (the value it had then). A table of an
 * earlier version has no such cell (`cellsOf` reads it empty).
 */
function hasCheckInDate(row: OkrRow): boolean {
  return String(row.cells.checkInDate).trim() !== '';
}

export function checkInCellsOf(row: OkrRow): CheckInCells {
  return { current: row.cells.current, confidence: row.cells.confidence, note: row.cells.note };
}

export function isEdited(row: OkrRow, locale: string, state: RowState = stateOf(row)): boolean {
  return isCheckInEdited(row, locale, state) || changedDefinition(row, locale, state).length > 0;
}

/**
 * What a send takes from a row (its check-in and definition cells as they read), as one key: a
 * value cell by the value the pane reads from it (as `holdsLoaded` compares), so 50 typed again
 * as "50.0", or as "50,0" in German, is the same row, and "1.5" typed as text in German over the
 * 1.5 sent is not; other cells, and text that reads as no value, by their text.
 */
function sentCellsKey(row: OkrRow, locale: string): string {
  const cells = [...checkInKeys, ...definitionKeys].map((key) => {
    const text = String(row.cells[key]).trim();
    const reads = isValueKey(key) && typeof row.cells[key] !== 'boolean' && text !== '';
    return (reads ? valueIn(key, row.cells, locale) : undefined) ?? text;
  });
  // A check-in's day, when one is typed: rows refused before the column was there keep their key.
  const day = String(row.cells.checkInDate).trim();
  return fnv1a(JSON.stringify(day ? [...cells, day] : cells)).toString(36);
}

/** A row the store refused whose cells still read as they were sent: sending it again would fail. */
export function refusedAsSent(
  row: OkrRow,
  locale: string,
  state: RowState = stateOf(row),
): boolean {
  return state.kind === 'refused' && state.refused === sentCellsKey(row, locale);
}

/**
 * Rows a send picks up: edited, not waiting for a conflict choice, and not refused by the store
 * as they read now (edited since, they are sent again).
 */
export function isPending(row: OkrRow, locale: string): boolean {
  const state = stateOf(row);
  return (
    isEdited(row, locale, state) &&
    state.kind !== 'conflict' &&
    state.kind !== 'gone' &&
    !refusedAsSent(row, locale, state)
  );
}

/**
 * A value a Sync cell quotes, as it is typed back in the pane's language: 1.5 is “1,5” in German,
 * which reads as the store's value again (`holdsLoaded`), where “1.5” is 1,5 or 15 to a German reader.
 */
function typedBack(value: CellValue | undefined, locale: string): string {
  if (value === undefined) return '–';
  return typeof value === 'number' ? formatForTyping(value, locale) : String(value);
}

/**
 * A time a Sync cell shows, `2026-06-15 12:00 UTC+2`: the state records it in UTC, and a person
 * reading the sheet reads it in their own time zone (the pane's: `timeZone` when given), labelled
 * with its offset from UTC, since the workbook may be shared across zones. The date is written
 * year first in every language, so nobody reads 06/07 the wrong way round. A date alone stays so.
 */
export function shownTime(at: string | undefined, timeZone?: string): string {
  if (!at) return '';
  const instant = new Date(at);
  if (at.length <= 10 || Number.isNaN(instant.getTime())) return at;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      ...(timeZone ? { timeZone } : {}),
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  // "GMT+05:30" → "+5:30", "GMT-04:00" → "-4", "GMT" or "GMT+00:00" → "".
  const offset = (parts.timeZoneName ?? '')
    .replace(/^GMT/, '')
    .replace('\u2212', '-')
    .replace(/^([+-])0?(\d+)(?::00)?/, '$1$2')
    .replace(/^[+-]0$/, '');
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} UTC${offset}`;
}

/**
 * The day of a time as the reader lives it (the Last check-in column): in their own time zone,
 * as `shownTime` reads it, year first; a check-in at 09:00 in Sydney is that day's, not the UTC
 * day before.
 */
export function shownDay(at: string | undefined, timeZone?: string): string {
  if (!at) return '';
  // A day imported without its time reads as the day it names, as on the board (`dayIn`).
  return dayIn((instant) => shownTime(instant, timeZone).slice(0, 10), at);
}

/** The visible "Sync" cell: what happened to the row, in the user's words. */
export function syncText(state: RowState, locale: string, mine?: CheckInCells): string {
  const words = paneWordsFor(locale);
  switch (state.kind) {
    case 'loaded':
      return isRolledUp(state) ? words.say('sync.rolledUp') : '';
    case 'pending':
      return state.message
        ? words.say('sync.pendingBecause', { message: state.message })
        : words.say('sync.pending');
    case 'sent':
      return state.sentFor
        ? words.say('sync.sentFor', { at: shownTime(state.sentAt), day: state.sentFor })
        : words.say('sync.sent', { at: shownTime(state.sentAt) }).trim();
    case 'failed':
      return words.say('sync.failed', {
        message: state.message ?? words.say('sync.unknownError'),
      });
    case 'refused':
      return words.say('sync.refused', {
        message: state.message ?? words.say('sync.unknownError'),
      });
    case 'gone':
      return words.say(state.notOnBoard ? 'sync.notOnBoard' : 'sync.deleted', {
        at: shownTime(state.goneAt),
      });
    case 'conflict': {
      const definition = state.definitionConflict;
      if (definition) {
        const fields = definition.fields.map((key) =>
          words.say('sync.conflictField', {
            field: fieldLabel(key, locale),
            mine: typedBack(definition.mine[key], locale),
            theirs: typedBack(definition.theirs[key], locale),
          }),
        );
        return words.say('sync.conflictDefinition', { fields: fields.join('; ') });
      }
      const theirs = state.theirs;
      const withConfidence = (value: string, confidence: string) =>
        words.say('sync.withConfidence', { value, confidence: confidence || '–' });
      const said = words.say('sync.conflictValues', {
        mine: mine
          ? withConfidence(typedBack(mine.current, locale), typedBack(mine.confidence, locale))
          : '',
        theirs: withConfidence(
          typedBack(theirs?.current, locale),
          typedBack(theirs?.confidence, locale),
        ),
      });
      // What became of the row's KR change, which the store took before the conflict.
      return state.message ? `${said} ${state.message}` : said;
    }
  }
}

/** The two cells that record a state: the hidden JSON and the visible words. */
export function stateCells(
  state: RowState,
  locale: string,
  mine?: CheckInCells,
): { readonly state: string; readonly sync: string } {
  return { state: JSON.stringify(state), sync: syncText(state, locale, mine) };
}

/**
 * A row not sent, and why: `fromCheck` when the reason is the add-in's check of the cells (it
 * then goes with the bad value), else the store's or the network's reason, kept until a send.
 */
export function notSent(
  state: RowState,
  kind: 'pending' | 'failed',
  message: string,
  fromCheck = false,
): RowState {
  return { ...withoutReason(state), kind, message, ...(fromCheck ? { fromCheck } : {}) };
}

/**
 * A row whose KR the store no longer has (not found, or `notOnBoard`), found at `at`: never sent
 * again; its edits stay in the sheet until the user deletes the row or Load removes it.
 */
export function goneFrom(state: RowState, at: string, notOnBoard = false): RowState {
  return {
    ...withoutReason(state),
    kind: 'gone',
    goneAt: at,
    ...(notOnBoard ? { notOnBoard } : {}),
  };
}

/**
 * A row the store (or the directory) refused, with its reason: it is not sent again until the
 * user edits one of the cells `sent` holds (the row as it was sent).
 */
export function refusedBy(
  state: RowState,
  message: string,
  sent: OkrRow,
  locale: string,
  detail?: string,
): RowState {
  return {
    ...withoutReason(state),
    kind: 'refused',
    message,
    refused: sentCellsKey(sent, locale),
    ...(detail && detail !== message ? { detail } : {}),
  };
}

/**
 * After the user edited the sheet: rows that became edited turn pending; rows edited back to
 * what the store has lose their pending mark. Conflicts wait for the user's choice. An edited
 * row with a value to fix (`toFix`: why, as the pane says it) says why in its Sync cell; once
 * its cells read right, that reason goes (a reason the store gave stays until the next send).
 */
export function editUpdates(
  rows: readonly OkrRow[],
  locale: string,
  toFix: (row: OkrRow) => string | undefined = () => undefined,
): RowUpdate[] {
  return rows.flatMap((row) => {
    const state = stateOf(row);
    if (state.kind === 'conflict') return [];
    const next = nextAfterEdit(row, state, locale, toFix);
    if (!next || JSON.stringify(next) === JSON.stringify(state)) return [];
    return [
      {
        keyResultId: String(row.cells.keyResultId),
        cells: stateCells(next, locale, checkInCellsOf(row)),
      },
    ];
  });
}

function nextAfterEdit(
  row: OkrRow,
  state: RowState,
  locale: string,
  toFix: (row: OkrRow) => string | undefined,
): RowState | undefined {
  // Its KR is gone from the store: whatever is typed, it stays so until Load removes it.
  if (state.kind === 'gone') return undefined;
  const settled = state.kind === 'loaded' || state.kind === 'sent';
  if (!isEdited(row, locale, state)) {
    return settled
      ? undefined
      : {
          kind: 'loaded',
          base: state.base,
          ...(state.rolledUpFrom ? { rolledUpFrom: state.rolledUpFrom } : {}),
        };
  }
  // Refused as it reads: it waits for the user's edit, saying the store's reason.
  if (refusedAsSent(row, locale, state)) return undefined;
  const fix = toFix(row);
  if (fix) return notSent(state, 'pending', fix, true);
  if (settled) return { ...state, kind: 'pending' };
  // Refused, then edited: sent again, the store's reason shown until then.
  if (state.kind === 'refused') return { ...state, kind: 'pending', refused: undefined };
  return state.kind === 'pending' && state.fromCheck ? withoutReason(state) : undefined;
}

/** The state without its reason (the state cell is JSON, which leaves the undefined out). */
export function withoutReason(state: RowState): RowState {
  return {
    ...state,
    message: undefined,
    detail: undefined,
    fromCheck: undefined,
    refused: undefined,
  };
}
