import { inEveryLanguage, kindWordsFor } from '../../core/kind-words';
import type { KeyResult, Status } from '../../core/model';
import { statusWord } from '../../core/status-words';
import type { CellValue } from '../workbook/types';

/**
 * The OKR table's layout as data: one source of truth for its columns (their headers, in the
 * pane's languages, are in `headers.ts`), which cells hold text or numbers, which are hidden, which a check-in reads, and how the sheet is formatted.
 * Both workbook implementations (office.js and the browser simulator) and the sync logic read it.
 */

export type ColumnKey =
  | 'objective'
  | 'keyResult'
  | 'description'
  | 'owner'
  | 'kind'
  | 'start'
  | 'target'
  | 'current'
  | 'unit'
  | 'weight'
  | 'progress'
  | 'confidence'
  | 'status'
  | 'note'
  | 'lastCheckIn'
  | 'checkInDate'
  | 'sync'
  | 'keyResultId'
  | 'objectiveId'
  | 'version'
  | 'state'
  | 'coach'
  | 'savedProgress';

/**
 * - `text`: always stored as text (number format `@`), so a title starting with `=` never runs;
 * - `number`: any decimal; `whole`: a whole number (confidence);
 * - `formula`: a live formula the workbook keeps on every row (progress);
 * - `date`: a day as Excel keeps a typed date, its serial (read as the day it names, in the
 *   workbook's date system), or text it did not take for a date.
 */
export type ColumnType = 'text' | 'number' | 'whole' | 'formula' | 'date';

/**
 * The cells that hold a KR's values in its measure (its Kind and Unit): their rule follows the
 * row's KR, and a currency format on them shows an amount of money.
 */
export const measureKeys = ['start', 'target', 'current'] as const;
export type MeasureKey = (typeof measureKeys)[number];

export interface OkrColumn {
  readonly key: ColumnKey;
  readonly type: ColumnType;
  /** Hidden from the user: ids, eTags and the add-in's own bookkeeping. */
  readonly hidden?: boolean;
  /**
   * The width the pane gives the column, in points (office.js `RangeFormat.columnWidth`), its
   * text wrapped within it; other columns keep Excel's. The user's own width stays once set.
   */
  readonly width?: number;
}

export const okrColumns: readonly OkrColumn[] = [
  { key: 'objective', type: 'text' },
  { key: 'keyResult', type: 'text' },
  { key: 'description', type: 'text' },
  { key: 'owner', type: 'text' },
  { key: 'kind', type: 'text' },
  { key: 'start', type: 'number' },
  { key: 'target', type: 'number' },
  { key: 'current', type: 'number' },
  { key: 'unit', type: 'text' },
  { key: 'weight', type: 'number' },
  { key: 'progress', type: 'formula' },
  { key: 'confidence', type: 'whole' },
  { key: 'status', type: 'text' },
  { key: 'note', type: 'text' },
  { key: 'lastCheckIn', type: 'text' },
  // The day a check-in is for, when not today: empty once it is sent. After Last check-in, which
  // an import of this sheet reads as its check-ins' day by the first header naming one.
  { key: 'checkInDate', type: 'date' },
  // Why a row is not sent, or was: read in full, a sentence or two wrapped in about 50 characters.
  { key: 'sync', type: 'text', width: 280 },
  { key: 'keyResultId', type: 'text', hidden: true },
  { key: 'objectiveId', type: 'text', hidden: true },
  { key: 'version', type: 'text', hidden: true },
  { key: 'state', type: 'text', hidden: true },
  { key: 'coach', type: 'text', hidden: true },
  // The progress the store has, for a row whose typed values are not taken: Progress shows it.
  { key: 'savedProgress', type: 'number', hidden: true },
];

export const okrTableName = 'OkrKeyResults';
export const okrSheetName = 'OKRs';

/**
 * The OKR sheet's tab name once loaded, so the sheet tells what it holds: `OKRs · Sales · Q4
 * 2026`. Within Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ],
 * no apostrophe at the end (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 * Undefined without a team's name.
 */
export function okrSheetTitle(teamNames: readonly string[], cycleName: string): string | undefined {
  const clean = (text: string) =>
    text
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const teams = clean(teamNames.join(', '));
  if (!teams) return undefined;
  const title = [okrSheetName, teams, clean(cycleName)]
    .filter(Boolean)
    .join(' · ')
    .replace(/[\s']+$/, '');
  return title.length <= 31 ? title : `${title.slice(0, 30).trimEnd()}…`;
}

/** Whether a sheet's name is one the add-in gave it (the user's own name for it stays). */
export function isOkrSheetTitle(name: string): boolean {
  return name === okrSheetName || name.startsWith(`${okrSheetName} · `);
}

export function columnOf(key: ColumnKey): OkrColumn {
  const column = okrColumns.find((c) => c.key === key);
  if (!column) throw new Error(`No OKR column "${key}".`);
  return column;
}

/**
 * The Current cell of a KR: its value, or for a done / not done KR the word for it in the
 * user's language (a Done / Not done list in the cell).
 */
export function currentCell(
  keyResult: Pick<KeyResult, 'kind'>,
  value: number,
  locale: string,
): CellValue {
  if (keyResult.kind !== 'binary') return value;
  const words = kindWordsFor(locale);
  return value >= 1 ? words.done : words.notDone;
}

/** The status words in English (`core/status-words.ts`): =OKR.STATUS returns them. */
export const statusLabels: Readonly<Record<Status, string>> = {
  notStarted: statusWord('notStarted', 'en'),
  onTrack: statusWord('onTrack', 'en'),
  atRisk: statusWord('atRisk', 'en'),
  offTrack: statusWord('offTrack', 'en'),
  achieved: statusWord('achieved', 'en'),
};

/** One colour a status in the sheet, whatever its language. */
export const statusColours: Readonly<Record<Status, string>> = {
  notStarted: '#605E5C',
  onTrack: '#107C10',
  atRisk: '#8A6100',
  offTrack: '#C50F1F',
  achieved: '#0F6CBD',
};

/** The fill of a cell the coach flags (a conditional format over the hidden "Coach flags"). */
export const coachHighlight = '#FFF4CE';

/**
 * The progress formula of one row, in structured references (to the columns by the headers this
 * table gives them) so it follows the row and survives moved columns; the Kind column holds
 * the kind's label. It is the core's `progressAt` written for Excel, kind by kind: increase and
 * decrease keep over-achievement, milestones stop at 100 %, binary is done at "Done" in any of the sheet's languages (or 1), stay KRs hold
 * their line (and lose progress with the shortfall, on the scale of the baseline's distance).
 * A row whose typed values the add-in does not take (a value to fix, a row the store refused)
 * has the progress the store has in its hidden "Saved progress" cell: the formula shows that,
 * never a progress worked out from a value nobody saved.
 */
export function progressFormula(nameOf: (key: ColumnKey) => string): string {
  const [k, s, t, c, saved] = (
    ['kind', 'start', 'target', 'current', 'savedProgress'] as const
  ).map((key) => `[@[${nameOf(key)}]]`);
  // The cells hold the words of whichever language wrote them; Excel's = ignores case.
  const is = (cell: string | undefined, key: Parameters<typeof inEveryLanguage>[0]) =>
    `OR(${inEveryLanguage(key)
      .map((word) => `${cell}="${word}"`)
      .join(',')})`;
  const holding = (shortfall: string) =>
    `IF(${shortfall}<=0,1,IF(ABS(${t}-${s})>0,MAX(0,1-(${shortfall})/ABS(${t}-${s})),0))`;
  return (
    `=IFERROR(IF(ISNUMBER(${saved}),${saved},IF(${is(k, 'binary')},` +
    `IF(${is(c, 'done')},1,IF(${is(c, 'notDone')},0,IF(${c}>=1,1,0))),` +
    `IF(${is(k, 'stayAbove')},${holding(`${t}-${c}`)},` +
    `IF(${is(k, 'stayBelow')},${holding(`${c}-${t}`)},` +
    `IF(${t}=${s},IF(${is(k, 'milestone')},IF(${c}>=${t},1,0),IF(${c}=${t},1,0)),` +
    `IF(${is(k, 'milestone')},MAX(0,MIN(1,(${c}-${s})/(${t}-${s}))),MAX(0,(${c}-${s})/(${t}-${s})))))))),"")`
  );
}
