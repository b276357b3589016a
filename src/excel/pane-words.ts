import { createCatalogue, localeFallbacks, type MessageParams } from '../core/i18n';
import { reloadable } from '../reloadable';
import { partNotLoaded } from '../ui/errors/describeError';
import type { BrokenLink, CellLink, WorkbookProblem } from './workbook/types';

/**
 * The task pane's own words in Office's display language (English, German, French or Spanish;
 * English for any other), on the core's catalogue machinery like the sheet's kind words
 * (`core/kind-words.ts`). A count has a `.one` and a `.many` form.
 *
 * English and every language's column headers are here: a table is read whatever language wrote
 * its headers. The other words of each language are a chunk of their own (`words/pane-de.ts`),
 * loaded before the pane shows in that language (`loadPaneWords`).
 */
const english = {
  'pane.title': 'Excel task pane · OKR Coach',
  'pane.signedIn': 'Signed in as {name}',
  'pane.teamAndCycle': 'Team and cycle',
  'pane.team': 'Team',
  'pane.cycle': 'Cycle',
  'pane.load': 'Load KRs into this workbook',
  'pane.loading': 'Loading',
  'pane.autoSend': 'Send automatically',
  'pane.autoSendHint':
    'Edited rows and changed linked cells are then sent without asking, with or without the table loaded.',
  'pane.pickFirst': 'Pick a team and a cycle first.',
  'pane.notLoaded.title': partNotLoaded.title,
  'pane.notLoaded.message': partNotLoaded.message,
  'common.cancel': 'Cancel',
  'sheet.region': 'Check-ins',
  'sheet.empty': 'This workbook has no OKR table yet. Load your team’s KRs to start.',
  'sheet.reading': 'Reading the sheet…',
  'sheet.pending': 'pending',
  'sheet.notSentUntilFixed': 'Not sent until fixed:',
  'sheet.row': 'Row {row}',
  'sheet.typedOver': 'Typed over, not sent:',
  'sheet.notDeleted': 'Not deleted (Load brings their rows back):',
  'sheet.notSent': 'Not sent (the edits stay in the sheet):',
  'sheet.refused': 'Refused, not sent again until you edit the row:',
  'sheet.deletedAt': 'deleted, found {at}',
  'sheet.notOnBoardAt': 'no longer on this board (deleted or moved), found {at}',
  'sheet.gone': 'Deleted in OKR Coach, no longer sent (delete the rows, or Load removes them):',
  'sheet.missingColumns':
    'Columns missing from the OKR table (renamed or deleted?): {columns}. Nothing typed under another name is sent: rename them back, or Load adds them again.',
  'saved.changed': '{fields} changed',
  'saved.created': 'created',
  'saved.deleted': 'deleted',
  'saved.forDay': '{what}, for {day}',
  'saved.stillAt':
    '{what}, for {day}: its check-in of {later} is later and stays the latest, so it is still at {value}',
  'sheet.progress': '{done} of {total} sent',
  'sheet.checking': 'Checking…',
  'sheet.noKeyResultIds':
    'This workbook’s OKR table has no “{column}” column, so OKR Coach cannot tell which row is which key result, and it changed nothing. The column may be headed {accepted}: rename it back, or delete the table and load again.',
  'sheet.unknownHeaders': 'Headers OKR Coach does not know: {unknown}.',
  'sheet.quoted': '“{name}”',
  'conflict.fields': '{label}: yours “{mine}” · theirs “{theirs}”',
  'conflict.useMine': 'Use mine',
  'conflict.keepTheirs': 'Keep theirs',
  'loadReview.title': 'Load over what you typed?',
  'loadReview.intro': 'Load puts the store’s values back in the read-only cells you typed over:',
  'loadReview.note': 'Cancel keeps what you typed. Your pending edits stay either way.',
  'loadReview.load': 'Load',
  'review.title': 'Before sending',
  'review.creates': 'New rows in the sheet become key results:',
  'review.under': 'under {objective}',
  'review.deletes': 'Rows deleted from the sheet delete their key results:',
  'review.deleteNote':
    'Cancel keeps the key results: their rows come back the next time you load the KRs.',
  'review.create': 'Create {creates}, then send',
  'review.delete': 'Delete {deletes}, then send',
  'review.createAndDelete': 'Create {creates} and delete {deletes}, then send',
  'count.kr.one': '{n} KR',
  'count.kr.many': '{n} KRs',
  'links.heading': 'Linked cells',
  'links.hint':
    'Select a cell in any sheet, then link it: when its value changes, a check-in is proposed.',
  'links.selected': 'Selected cell: {cell}',
  'links.picker': 'Key result for the selected cell',
  'links.link': 'Link to a key result',
  'links.none': 'No cells are linked in this workbook yet.',
  'links.broken': 'Broken link: {reason}',
  'links.value': 'Cell value: {value}',
  'links.proposal': 'The cell changed: check in {value}?',
  'links.cannot': 'The cell’s value {value} cannot be sent: {problems}',
  'links.send': 'Send',
  'links.remove': 'Remove',
  'links.removeLabel': 'Remove the link to {title}',
  'links.linked': 'Linked {place} to {title}.',
  'links.removed': 'Removed the link from {title}.',
  'links.sent': 'Check-in sent for {title}: {value}.',
  'links.moved': 'The cell linked to {title} is now {place}.',
  'links.needKeyResults': 'Load a team with key results first.',
  'links.sheetDeleted': 'The sheet “{sheet}” was deleted.',
  'links.cellDeleted':
    'The cell {sheet}!{address} was deleted (its row, its column or the cell itself). Link the cell that now holds the number, or remove this link.',
  'links.source': 'from Excel: {place}',
  'problem.notLoaded': 'Load the KRs into this workbook first.',
  'problem.noSuchSheet': 'There is no sheet named “{sheet}” in this workbook.',
  'problem.noCellSelected': 'Select one cell of your own sheets to link.',
  'problem.notOneCell': 'Select one cell to link (the selection is {selection}).',
  'problem.notCellAddress': '“{entry}” is not a single cell address; use one like B5 or $C$12.',
  'coach.heading': 'Coach',
  'coach.run': 'Coach this sheet',
  'coach.label': 'Coaching on the sheet’s OKRs',
  'coach.none': 'No weak wording found in this sheet.',
  'coach.week': 'For this week’s check-in',
  'coach.source': 'Source: {source}',
  'send.nothing': 'Nothing to send',
  'send.changes.one': 'Send {n} change',
  'send.changes.many': 'Send {n} changes',
  'status.and': 'and',
  'status.checkIns.one': '{n} check-in',
  'status.checkIns.many': '{n} check-ins',
  'status.krChanges.one': '{n} KR change',
  'status.krChanges.many': '{n} KR changes',
  'status.sent': '{list} sent',
  'status.created.one': '{n} KR created',
  'status.created.many': '{n} KRs created',
  'status.deleted.one': '{n} KR deleted',
  'status.deleted.many': '{n} KRs deleted',
  'status.allSent': 'Everything in the sheet is sent.',
  'status.notSent.one': '{n} row not sent yet',
  'status.notSent.many': '{n} rows not sent yet',
  'status.fixing.one': '{n} needs fixing first (see below)',
  'status.fixing.many': '{n} need fixing first (see below)',
  'status.failed.one': '{n} could not be sent (see below)',
  'status.failed.many': '{n} could not be sent (see below)',
  'status.refused.one': '{n} refused (see below)',
  'status.refused.many': '{n} refused (see below)',
  'status.gone.one': '{n} row’s KR deleted in OKR Coach (see below)',
  'status.gone.many': '{n} rows’ KRs deleted in OKR Coach (see below)',
  'status.missingColumns.one': '{n} column missing (see below)',
  'status.missingColumns.many': '{n} columns missing (see below)',
  'status.conflicts.one': '{n} conflict to choose below',
  'status.conflicts.many': '{n} conflicts to choose below',
  'status.deletedRows.one': '{n} deleted row to confirm (Load brings it back)',
  'status.deletedRows.many': '{n} deleted rows to confirm (Load brings them back)',
  'status.typedOver.one': '{n} row has read-only cells typed over, not sent (see below)',
  'status.typedOver.many': '{n} rows have read-only cells typed over, not sent (see below)',
  'sheet.rows.one': '{n} KR in the sheet',
  'sheet.rows.many': '{n} KRs in the sheet',
  'sheet.rowsOf.one': '{n} KR of {teams} for {cycle} in the sheet',
  'sheet.rowsOf.many': '{n} KRs of {teams} for {cycle} in the sheet',
  'sync.pending': 'Pending',
  'sync.pendingBecause': 'Pending: {message}',
  'sync.newRow': 'Pending (a new KR: created when you send and confirm)',
  'sync.sent': 'Sent {at}',
  'sync.sentFor': 'Sent {at}, for {day}',
  'sync.checkInDay.toToday':
    '{column}: “{typed}” is not a day from {start} to today ({today}). Type one of those days, or leave the cell empty for today.',
  'sync.checkInDay.toEnd':
    '{column}: “{typed}” is not a day from {start} to {end}, the days of the cycle. Type one of those days.',
  'sync.failed': 'Not sent: {message}',
  'sync.refused': 'Refused: {message} Edit the row to send it again.',
  'sync.unknownError': 'unknown error',
  'sync.rolledUp': 'Rolled up: check in on its sources',
  'sync.conflictField': '{field} yours “{mine}”, theirs “{theirs}”',
  'sync.conflictDefinition': 'Conflict: {fields}. Choose in the task pane.',
  'sync.conflictValues': 'Conflict: yours {mine}, theirs {theirs}. Choose in the task pane.',
  'sync.withConfidence': '{value} (confidence {confidence})',
  'sync.notSentFromExcel': 'Not sent from Excel: {note}',
  'sync.readOnlyNote': "{reasons}. Type it back, or Load puts the store's values back.",
  'sync.storeHas': '{reason} (the store has “{value}”)',
  'sync.readOnly.objective': 'Objective is changed in Teams',
  'sync.readOnly.status': 'Status follows the check-ins',
  'sync.readOnly.lastCheckIn': 'Last check-in is the date of the latest check-in',
  'sync.readOnly.progress': "Progress is worked out by the sheet's formula",
  'sync.readOnly.rolledUp': '{column} rolls up from the OKRs aligned to this KR: check in on them',
  'sync.readOnly.checkInDate':
    '{column} “{typed}” was not used: this KR rolls up from the OKRs aligned to it and takes no check-in of its own; check in on them',
  'sync.readOnlyDayNote': '{reasons}. Empty the cell, or Load empties it.',
  'sync.deleted':
    'Deleted in OKR Coach (found {at}): this row is no longer sent. Delete the row, or Load removes it.',
  'sync.notOnBoard':
    'No longer on this board in OKR Coach (deleted, or moved to another team or cycle; found {at}): this row is no longer sent. Delete the row, or Load removes it.',
  'sync.putBack':
    'The store took your change to {fields} before it refused the check-in: the change was put back, so nothing of this row is saved.',
  'sync.notPutBack':
    'Your change to {fields} stays saved in OKR Coach, without the check-in: it could not be put back ({reason}).',
  'sync.putBackConflict':
    'The store took your change to {fields}, then someone else changed this KR before the check-in was saved: your change was put back, so nothing of this row is saved.',
  'field.keyResult': 'Title',
  'field.description': 'Description',
  'field.owner': 'Owner',
  'field.kind': 'Kind',
  'field.start': 'Start',
  'field.target': 'Target',
  'field.unit': 'Unit',
  'field.weight': 'Weight',
  'field.current': 'Current',
  'field.confidence': 'Confidence',
  'field.note': 'Note',
  'column.objective': 'Objective',
  'column.keyResult': 'Key result',
  'column.description': 'Description',
  'column.owner': 'Owner',
  'column.kind': 'Kind',
  'column.start': 'Start',
  'column.target': 'Target',
  'column.current': 'Current',
  'column.unit': 'Unit',
  'column.weight': 'Weight',
  'column.progress': 'Progress',
  'column.confidence': 'Confidence',
  'column.status': 'Status',
  'column.note': 'Note',
  'column.checkInDate': 'Check-in date',
  'column.lastCheckIn': 'Last check-in',
  'column.sync': 'Sync',
  'column.keyResultId': 'KR id',
  'column.objectiveId': 'Objective id',
  'column.version': 'KR eTag',
  'column.state': 'Sync state',
  'column.coach': 'Coach flags',
  'column.savedProgress': 'Saved progress',
};

export type PaneWordKey = keyof typeof english;
type ColumnKey = Extract<PaneWordKey, `column.${string}`>;

/** A language's words but its columns'; one it lacks reads in English. */
export type PaneTranslation = Partial<Readonly<Record<Exclude<PaneWordKey, ColumnKey>, string>>>;

const columns = {
  de: {
    'column.objective': 'Objective',
    'column.keyResult': 'Key Result',
    'column.description': 'Beschreibung',
    'column.owner': 'Verantwortlich',
    'column.kind': 'Art',
    'column.start': 'Start',
    'column.target': 'Zielwert',
    'column.current': 'Aktuell',
    'column.unit': 'Einheit',
    'column.weight': 'Gewichtung',
    'column.progress': 'Fortschritt',
    'column.confidence': 'Zuversicht',
    'column.status': 'Status',
    'column.note': 'Notiz',
    'column.checkInDate': 'Check-in-Datum',
    'column.lastCheckIn': 'Letzter Check-in',
    'column.sync': 'Synchronisierung',
    'column.keyResultId': 'KR-ID',
    'column.objectiveId': 'Objective-ID',
    'column.version': 'KR-ETag',
    'column.state': 'Sync-Status',
    'column.coach': 'Coach-Markierungen',
    'column.savedProgress': 'Gespeicherter Fortschritt',
  },
  fr: {
    'column.objective': 'Objectif',
    'column.keyResult': 'Résultat clé',
    'column.description': 'Description',
    'column.owner': 'Responsable',
    'column.kind': 'Type',
    'column.start': 'Départ',
    'column.target': 'Cible',
    'column.current': 'Actuel',
    'column.unit': 'Unité',
    'column.weight': 'Poids',
    'column.progress': 'Progression',
    'column.confidence': 'Confiance',
    'column.status': 'Statut',
    'column.note': 'Note',
    'column.checkInDate': 'Date du point',
    'column.lastCheckIn': 'Dernier point',
    'column.sync': 'Synchronisation',
    'column.keyResultId': 'ID du KR',
    'column.objectiveId': 'ID de l’objectif',
    'column.version': 'ETag du KR',
    'column.state': 'État de synchro',
    'column.coach': 'Marques du coach',
    'column.savedProgress': 'Progression enregistrée',
  },
  es: {
    'column.objective': 'Objetivo',
    'column.keyResult': 'Resultado clave',
    'column.description': 'Descripción',
    'column.owner': 'Responsable',
    'column.kind': 'Tipo',
    'column.start': 'Inicio',
    'column.target': 'Meta',
    'column.current': 'Actual',
    'column.unit': 'Unidad',
    'column.weight': 'Peso',
    'column.progress': 'Progreso',
    'column.confidence': 'Confianza',
    'column.status': 'Estado',
    'column.note': 'Nota',
    'column.checkInDate': 'Fecha del registro',
    'column.lastCheckIn': 'Último registro',
    'column.sync': 'Sincronización',
    'column.keyResultId': 'ID del KR',
    'column.objectiveId': 'ID del objetivo',
    'column.version': 'ETag del KR',
    'column.state': 'Estado de sincronización',
    'column.coach': 'Marcas del coach',
    'column.savedProgress': 'Progreso guardado',
  },
};

type PaneLanguage = keyof typeof columns;

// Each language is a chunk of its own: an English pane loads none, a German pane only German.
const chunks: Readonly<Record<PaneLanguage, () => Promise<{ readonly words: PaneTranslation }>>> = {
  de: reloadable(() => import('./words/pane-de')),
  fr: reloadable(() => import('./words/pane-fr')),
  es: reloadable(() => import('./words/pane-es')),
};

const loaded: Partial<Record<PaneLanguage, PaneTranslation>> = {};
let paneWords = createCatalogue<PaneWordKey>(english, columns);

/** The pane's language that a locale reads (`de-AT` → `de`), if it is one besides English. */
const languageOf = (locale: string) =>
  localeFallbacks(locale).find((tag): tag is PaneLanguage => Object.hasOwn(chunks, tag));

/** Whether `paneWordsFor(locale)` speaks the locale's language yet (English always does). */
export function hasPaneWords(locale: string): boolean {
  const language = languageOf(locale);
  return language === undefined || loaded[language] !== undefined;
}

/** The pane's words for `locale`, once its language's chunk is in. */
export async function loadPaneWords(locale: string): Promise<PaneWords> {
  const language = languageOf(locale);
  if (language && !loaded[language]) {
    loaded[language] = (await chunks[language]()).words;
    const translations = Object.fromEntries(
      Object.entries(columns).map(([tag, headers]) => [
        tag,
        { ...headers, ...loaded[tag as PaneLanguage] },
      ]),
    );
    paneWords = createCatalogue<PaneWordKey>(english, translations);
  }
  return paneWordsFor(locale);
}

type CountedKey = PaneWordKey extends infer K
  ? K extends `${infer Base}.one`
    ? Base
    : never
  : never;

/** The pane's words for one locale: `say` a message, `count` one with a number in it. */
export interface PaneWords {
  readonly locale: string;
  say(key: PaneWordKey, params?: MessageParams): string;
  count(key: CountedKey, n: number, params?: MessageParams): string;
  /** What the workbook could not do, from the reason it gave. */
  problem(problem: WorkbookProblem): string;
  /** Why a linked cell can no longer be read. */
  broken(reason: BrokenLink, link: Pick<CellLink, 'sheet' | 'address'>): string;
  /** A part of the pane that could not be loaded (a dropped connection): what to do. */
  notLoaded(): string;
}

/**
 * The pane's words for `locale`: in its language once `loadPaneWords` brought them, the column
 * headers always; until then its other words read in English.
 */
export function paneWordsFor(locale: string): PaneWords {
  const say = (key: PaneWordKey, params?: MessageParams) => paneWords.format(key, params, locale);
  return {
    locale,
    say,
    count: (key, n, params) =>
      paneWords.format(
        `${key}.${n === 1 ? 'one' : 'many'}` as PaneWordKey,
        { ...params, n },
        locale,
      ),
    problem: (problem) => say(`problem.${problem.code}`, problem),
    broken: (reason, { sheet, address }) => say(`links.${reason}`, { sheet, address }),
    notLoaded: () => `${say('pane.notLoaded.title')}. ${say('pane.notLoaded.message')}`,
  };
}

/** A column's header in every language the pane speaks, once each (English first). */
export function inEveryPaneLanguage(key: ColumnKey): readonly string[] {
  const english = paneWords.template(key, 'en');
  return [...new Set([english, ...paneWords.locales.map((l) => paneWords.template(key, l))])];
}

/** Every locale the pane has words for, and the keys each lacks (none, once complete). */
export async function missingPaneWords(): Promise<Readonly<Record<string, readonly string[]>>> {
  await Promise.all(paneWords.locales.map(loadPaneWords));
  return Object.fromEntries(
    paneWords.locales
      .filter((locale) => locale !== 'en')
      .map((locale) => [
        locale,
        paneWords.keys.filter(
          (key) =>
            paneWords.template(key, locale) === paneWords.template(key, 'en') &&
            !sameInEveryLanguage.has(key),
        ),
      ]),
  );
}

/** Words that are the same in these languages (loanwords), so their English is no gap. */
const sameInEveryLanguage = new Set<string>([
  'pane.team',
  'pane.cycle',
  'sheet.region',
  'count.kr.one',
  'count.kr.many',
  'coach.heading',
  'status.checkIns.one',
  'status.checkIns.many',
  'field.description',
  'field.start',
  'field.note',
  'column.objective',
  'column.description',
  'column.start',
  'column.status',
  'column.note',
]);
