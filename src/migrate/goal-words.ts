/**
 * The words other OKR and goal tools write in a status or a type column (Lattice, Asana, 15Five,
 * Leapsome, Betterworks, Peoplebox, traffic-light sheets), read as Viva Goals' check-in statuses
 * and as how a key result is measured. Pure.
 */
import type { ConfidenceBand } from '../core/board-filter';
import { durationUnit, statedRange } from '../core/coaching/stated-range';
import { kindOfWord } from '../core/kind-words';
import type { InitiativeStatus, KeyResultKind, Status } from '../core/model';
import { statusNamed } from '../core/status-words';
import type { Said } from './report-words';
import type { SourceOutcome } from './source';
import { currencyAsUnit, currencyWrittenIn } from './values';

/**
 * A cell as a word key: case, spaces, `_` and `-` aside (`On_Track`, `OnTrack`, `on-track`), and
 * an emoji before the word (`🟢 On track`, as Notion and spreadsheet templates mark statuses).
 */
const wordKey = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+(?=\S)/u, '')
    .replace(/[\s_-]+/g, '');

/**
 * Status words and the Viva Goals check-in status each means. Lattice writes On track /
 * Progressing / Off track, Asana green / yellow / red while open and achieved / partial / missed /
 * dropped once closed, Betterworks "Needs attention"; a closed goal is Closed whatever it scored
 * (its value says how far it got), stopped work is Postponed. "Not updated" says nothing.
 */
const statusOfWord: Readonly<Record<string, string>> = {
  ontrack: 'On track',
  green: 'On track',
  atrisk: 'At risk',
  amber: 'At risk',
  yellow: 'At risk',
  // Traffic-light (RAG) colours in German, French, Spanish and Dutch sheets.
  grün: 'On track',
  gruen: 'On track',
  vert: 'On track',
  verde: 'On track',
  groen: 'On track',
  gelb: 'At risk',
  orange: 'At risk',
  bernstein: 'At risk',
  jaune: 'At risk',
  ambre: 'At risk',
  amarillo: 'At risk',
  ámbar: 'At risk',
  ambar: 'At risk',
  naranja: 'At risk',
  geel: 'At risk',
  oranje: 'At risk',
  rot: 'Behind',
  rouge: 'Behind',
  rojo: 'Behind',
  rood: 'Behind',
  progressing: 'At risk',
  needsattention: 'At risk',
  behind: 'Behind',
  red: 'Behind',
  offtrack: 'Behind',
  blocked: 'Behind',
  notstarted: 'Not started',
  // Atlassian's goals: Pending until work starts, beside On track / At risk / Off track, Paused
  // and Completed (https://support.atlassian.com/platform-experiences/docs/use-goal-status-to-track-objectives-and-key-results).
  pending: 'Not started',
  overdue: 'Behind',
  // A traffic light drawn alone.
  '🟢': 'On track',
  '🟡': 'At risk',
  '🟠': 'At risk',
  '🔴': 'Behind',
  '✅': 'Closed',
  done: 'Closed',
  complete: 'Closed',
  completed: 'Closed',
  achieved: 'Closed',
  accomplished: 'Closed',
  closed: 'Closed',
  partial: 'Closed',
  partiallyachieved: 'Closed',
  missed: 'Closed',
  notachieved: 'Closed',
  postponed: 'Postponed',
  paused: 'Postponed',
  onhold: 'Postponed',
  deferred: 'Postponed',
  cancelled: 'Postponed',
  canceled: 'Postponed',
  dropped: 'Postponed',
  abandoned: 'Postponed',
  notupdated: '',
  nostatus: '',
  // Jira's workflow statuses (To Do, In Progress, Done: its status categories) say where the
  // work is, not how it is going: "In Progress" tells no pace.
  todo: 'Not started',
  backlog: 'Not started',
  selectedfordevelopment: 'Not started',
  inprogress: '',
  inreview: '',
  resolved: 'Closed',
  "won'tdo": 'Postponed',
  wontdo: 'Postponed',
};

/**
 * A column of notes or comments, by the names sheets give it: in English (the names a message
 * lists), and in German, French, Spanish and Dutch. Every sheet reader reads notes by this table.
 */
export const notesColumnNames = {
  english: ['notes', 'note', 'comment', 'comments', 'remarks', 'update', 'latest update'],
  translated: [
    'notiz',
    'notizen',
    'bemerkung',
    'bemerkungen',
    'anmerkung',
    'anmerkungen',
    'kommentar',
    'kommentare',
    'hinweis',
    'hinweise',
    'commentaire',
    'commentaires',
    'remarque',
    'remarques',
    'observation',
    'observations',
    'comentario',
    'comentarios',
    'observación',
    'observaciones',
    'nota',
    'notas',
    'opmerking',
    'opmerkingen',
    'toelichting',
  ],
} as const;

/**
 * An initiative's status from a status cell: Viva Goals' check-in statuses, Jira's To Do / In
 * Progress / Done / Won't Do; another word is work in progress.
 */
export function initiativeStatusOfText(text: string): InitiativeStatus {
  const key = wordKey(text);
  if (['closed', 'complete', 'completed', 'done', 'achieved', 'resolved'].includes(key))
    return 'done';
  if (['postponed', 'dropped', 'cancelled', 'canceled', 'wontdo', "won'tdo"].includes(key))
    return 'dropped';
  if (['', 'notstarted', 'todo', 'backlog', 'selectedfordevelopment'].includes(key))
    return 'notStarted';
  return 'inProgress';
}

/** The check-in status each of a KR's statuses means, as the Excel add-in's sheet says them. */
const checkInStatusOf: Readonly<Record<Status, string>> = {
  notStarted: 'Not started',
  onTrack: 'On track',
  atRisk: 'At risk',
  offTrack: 'Behind',
  achieved: 'Closed',
};

/**
 * The check-in status a status cell means: the Excel add-in's status words in any of its
 * languages, or another tool's; a word neither knows is passed on as written.
 */
export function statusOfText(text: string): string {
  const named = statusNamed(text);
  return named ? checkInStatusOf[named] : (statusOfWord[wordKey(text)] ?? text.trim());
}

/** Whether a cell says a status the import knows (`On track`, `Off track`, `Amber`, …). */
export function isStatusWord(text: string): boolean {
  return statusNamed(text) !== undefined || Boolean(statusOfWord[wordKey(text)]);
}

/**
 * Confidence written as a word, as tools and templates that rate it Low / Medium / High write it
 * (in the sheets' languages too), and the third of the scale each means.
 */
const confidenceOfWord: Readonly<Record<string, ConfidenceBand>> = {
  low: 'low',
  medium: 'medium',
  med: 'medium',
  high: 'high',
  niedrig: 'low',
  mittel: 'medium',
  hoch: 'high',
  faible: 'low',
  moyenne: 'medium',
  moyen: 'medium',
  élevée: 'high',
  élevé: 'high',
  baja: 'low',
  bajo: 'low',
  media: 'medium',
  medio: 'medium',
  alta: 'high',
  alto: 'high',
  laag: 'low',
  gemiddeld: 'medium',
  hoog: 'high',
};

/** The confidence band a word says (`High`, `medium`, `🟡 Medium`, `hoch`), if it says one. */
export function confidenceBandOfWord(text: string): ConfidenceBand | undefined {
  return confidenceOfWord[wordKey(text)];
}

/** Status words that say the goal was reached: a binary key result with one of them is done. */
const reachedWords = new Set([
  'done',
  'complete',
  'completed',
  'achieved',
  'resolved',
  'accomplished',
  'erreicht',
  'atteint',
  'logrado',
]);

export function saysReached(status: string): boolean {
  return reachedWords.has(wordKey(status));
}

/** How a type cell says a key result is measured. */
export interface Measure {
  readonly kind:
    | Extract<KeyResultKind, 'milestone' | 'binary' | 'stayAbove' | 'stayBelow'>
    | 'metric'
    | 'percentage';
  /** The currency a type names (Peoplebox's "Dollar", "Euro"). */
  readonly unit?: string;
}

/**
 * How a unit a file names is written on a key result: one table for every path that names units
 * in words. Viva Goals' Metric Unit (Number, Percentage, or a currency named in words, Dollar,
 * Euro, …: its key results count, measure a percentage or an amount, as "Increase revenue from
 * $20 million to $40 million";
 * https://learn.microsoft.com/en-us/viva/goals/viva-goals-healthy-okr-program/kr-types),
 * Lattice's amount type (Percent, Dollar, Digit), a type column's currency (Peoplebox's Dollar,
 * Euro): the world's most used currencies by name, also with their country's ("US Dollar",
 * "British Pound"); a code (USD, EUR) is a unit as written. An empty unit is a count: the
 * metric's own name stands for it ("customers"). A sign several currencies share ($, kr, ¥) is
 * written with its country's prefix, or the currency by its code.
 */
const unitOfName: Readonly<Record<string, string>> = {
  number: '',
  numeric: '',
  numbers: '',
  digit: '',
  count: '',
  integer: '',
  decimal: '',
  percentage: '%',
  percent: '%',
  '%': '%',
  dollar: '$',
  dollars: '$',
  usdollar: '$',
  usdollars: '$',
  euro: '€',
  euros: '€',
  pound: '£',
  pounds: '£',
  britishpound: '£',
  poundsterling: '£',
  sterling: '£',
  rupee: '₹',
  rupees: '₹',
  indianrupee: '₹',
  yen: '¥',
  japaneseyen: '¥',
  yuan: 'CN¥',
  renminbi: 'CN¥',
  chineseyuan: 'CN¥',
  won: '₩',
  southkoreanwon: '₩',
  ruble: '₽',
  rouble: '₽',
  lira: '₺',
  turkishlira: '₺',
  shekel: '₪',
  israelishekel: '₪',
  real: 'R$',
  reais: 'R$',
  brazilianreal: 'R$',
  australiandollar: 'A$',
  canadiandollar: 'CA$',
  newzealanddollar: 'NZ$',
  singaporedollar: 'S$',
  hongkongdollar: 'HK$',
  mexicanpeso: 'MX$',
  franc: 'CHF',
  swissfranc: 'CHF',
  swedishkrona: 'SEK',
  norwegiankrone: 'NOK',
  danishkrone: 'DKK',
  zloty: 'zł',
  polishzloty: 'zł',
  rand: 'R',
  southafricanrand: 'R',
  dirham: 'AED',
  uaedirham: 'AED',
  riyal: 'SAR',
  saudiriyal: 'SAR',
};

/**
 * How a unit named in words is written on a key result (`Euro` is `€`, `Percentage` `%`), `''`
 * for a count, or `undefined` for a unit the table does not know, which is kept as written.
 */
export function unitOfNamed(text: string): string | undefined {
  const key = wordKey(text).replace(/[().]/g, '');
  return Object.hasOwn(unitOfName, key) ? unitOfName[key] : undefined;
}

/** A unit the table knows as a currency: a type column naming one measures an amount. */
const isCurrencyName = (key: string) => {
  const unit = unitOfNamed(key);
  return unit !== undefined && unit !== '' && unit !== '%';
};

const measureOfWord: Readonly<Record<string, Measure['kind']>> = {
  metric: 'metric',
  number: 'metric',
  numeric: 'metric',
  quantity: 'metric',
  currency: 'metric',
  amount: 'metric',
  kpi: 'metric',
  percentage: 'percentage',
  percent: 'percentage',
  '%': 'percentage',
  custompercent: 'percentage',
  defaultprogress: 'percentage',
  milestone: 'milestone',
  milestones: 'milestone',
  binary: 'binary',
  boolean: 'binary',
  'yes/no': 'binary',
  'done/notdone': 'binary',
  // Viva Goals' key results achieved or not.
  'achieved/notachieved': 'binary',
  achievedornot: 'binary',
  'achieved/not': 'binary',
  'completed/notcompleted': 'binary',
  'complete/incomplete': 'binary',
  checkbox: 'binary',
};

/**
 * Words a type column holds that say who a goal is for or what it is, not how it is measured
 * (Lattice's goal type, 15Five's objective type, Peoplebox's scope, Lattice's OKR type): read
 * without a word in the dry run.
 */
const levelWords = new Set([
  'company',
  'organisation',
  'organization',
  'department',
  'team',
  'group',
  'individual',
  'personal',
  'person',
  'business',
  'development',
  'objective',
  'goal',
  'keyresult',
  'kr',
  'okr',
]);

/**
 * Type words that say what a goal is in the tree rather than how it is measured. Betterworks'
 * OKR upload writes "goal" and "milestone" for objective and key result, whatever the platform
 * calls them (https://support.betterworks.com/hc/en-us/articles/360032818992-OKR-Uploads); its
 * milestone is a key result, not a key result measured by milestones.
 */
const roleOfWord: Readonly<Record<string, GoalRole>> = {
  objective: 'objective',
  goal: 'objective',
  keyresult: 'keyResult',
  kr: 'keyResult',
  milestone: 'keyResult',
  milestones: 'keyResult',
  // Tability's key results (https://guides.tability.io/docs/readme/how-does-tability-work).
  outcome: 'keyResult',
  outcomes: 'keyResult',
  // The work done for a key result: an initiative of it (Viva Goals' projects and tasks, Jira's
  // issue types under an OKR app's Objective and Key Result types).
  initiative: 'initiative',
  initiatives: 'initiative',
  project: 'initiative',
  projects: 'initiative',
  task: 'initiative',
  tasks: 'initiative',
  subtask: 'initiative',
  action: 'initiative',
  actionitem: 'initiative',
  deliverable: 'initiative',
  todo: 'initiative',
  epic: 'initiative',
  story: 'initiative',
  userstory: 'initiative',
};

export type GoalRole = 'objective' | 'keyResult' | 'initiative';

/**
 * What a type cell says a goal is, if it names a role. Read only in a column whose words say
 * roles (some cell says objective or goal): elsewhere "milestone" is a measure.
 */
export function roleOfText(text: string): GoalRole | undefined {
  return roleOfWord[wordKey(text)];
}

/**
 * What a type cell says: a measure (the Excel add-in's own kind words in any of its languages
 * too; increase and decrease follow from start and target), `other` for a level word, `undefined`
 * for neither.
 */
export function measureOfText(text: string): Measure | 'other' | undefined {
  const key = wordKey(text);
  if (isCurrencyName(key)) return { kind: 'metric', unit: unitOfNamed(key)! };
  const kind = measureOfWord[key];
  if (kind) return { kind };
  const ours = kindOfWord(text);
  if (ours) return { kind: ours === 'increase' || ours === 'decrease' ? 'metric' : ours };
  return levelWords.has(key) ? 'other' : undefined;
}

const acceptedMeasures = 'Metric, Number, Percentage, Milestone, Binary, Boolean';

/** A progress cell as a share, 0–1: `35%`, `35` and `0.35` are the same. */
export function shareOf(progress: { amount: number; percent: boolean }): number {
  return progress.percent || progress.amount > 1 ? progress.amount / 100 : progress.amount;
}

/** A key result's values as read from its row (a progress cell as a share). */
export interface MeasureValues {
  readonly start?: number;
  readonly target?: number;
  readonly current?: number;
  readonly share?: number;
  readonly unit: string;
  readonly status: string;
  /** Its title: a range written there ("from 30 to 45") stands for a start and target not given. */
  readonly title?: string;
}

export interface Measured {
  readonly keyResultKind?: Extract<KeyResultKind, 'milestone' | 'binary'>;
  /** Without one, the plan measures the key result as a percentage from 0 to 100. */
  readonly outcome?: SourceOutcome;
  /** The value its check-in gets; `undefined` when the row says nothing of it. */
  readonly current?: number;
  /** Its start and target are the range its title states. */
  readonly fromTitle?: true;
}

/**
 * The start, target and unit a key result's title states outright ("Grow ARR from $1.2M to $2M",
 * "Churn von 5 % auf 3 % senken"), read by the coaching core's quantity readers.
 */
function rangeInTitle(
  title: string,
): { readonly start: number; readonly target: number; readonly unit: string } | undefined {
  const range = statedRange(title);
  if (!range) return undefined;
  const { start, target, kind } = range;
  const currency = [start, target]
    .map((quantity) => currencyWrittenIn(quantity.raw))
    .find((written) => written !== undefined);
  const unit =
    kind === 'percent'
      ? '%'
      : kind === 'currency'
        ? currency
          ? (unitOfNamed(currency) ?? currencyAsUnit(currency))
          : ''
        : kind === 'duration'
          ? durationUnit(target)
          : '';
  return { start: start.value, target: target.value, unit };
}

/**
 * How a key result is measured and where it stands: a metric from start (0 unless given) to
 * target; a percentage or a milestone from start to target (0 to 100 % unless given); a binary
 * one is done (1) when its value reaches the target, its progress is 100 % or its status says it
 * was reached, and not done (0) otherwise. A current value missing is taken from the progress.
 * Neither start nor target given, a metric or percentage takes both from a range its title
 * states ("from 30 to 45"), said through `note`.
 * `type` is the row's type cell; a word there that says no kind, and a value worked out, are
 * said through `note`.
 */
export function measuredBy(
  type: string,
  values: MeasureValues,
  note: (field: 'measure' | 'progress' | 'title', said: readonly Said[]) => void,
): Measured {
  const said = type ? measureOfText(type) : undefined;
  if (type && !said) {
    note('measure', [
      {
        text: '"{type}" is not a kind of key result (accepted: {accepted}); it is measured by its values.',
        params: { type, accepted: acceptedMeasures },
      },
    ]);
  }
  const measure: Measure = typeof said === 'object' ? said : { kind: 'metric' };
  const { current, share, status } = values;
  const stated = statedValues(values, measure);
  if (stated) {
    note('title', [
      {
        text: stated.unit
          ? 'Start {start} and target {target} ({unit}) are read from its title.'
          : 'Start {start} and target {target} are read from its title.',
        params: { start: stated.start, target: stated.target, unit: stated.unit },
      },
    ]);
  }
  const start = stated?.start ?? values.start;
  const target = stated?.target ?? values.target;
  const unit = values.unit || measure.unit || stated?.unit || '';
  if (measure.kind === 'binary') {
    const given = current !== undefined || share !== undefined || status !== '';
    const reached =
      saysReached(status) ||
      (share !== undefined && share >= 1) ||
      (current !== undefined && current > 0 && current >= (target ?? 1));
    return {
      keyResultKind: 'binary',
      outcome: { kind: 'metric', start: 0, target: 1 },
      ...(given ? { current: reached ? 1 : 0 } : {}),
    };
  }
  const metric = ['metric', 'stayAbove', 'stayBelow'].includes(measure.kind);
  const scale =
    metric && target === undefined ? undefined : { start: start ?? 0, target: target ?? 100 };
  const fromProgress = current === undefined && share !== undefined;
  if (fromProgress) {
    note('progress', [
      {
        text: 'The current value is taken from the progress ({percent}% of the way from start to target).',
        params: { percent: Number((share * 100).toPrecision(12)) },
      },
    ]);
  }
  const value = fromProgress
    ? scale
      ? scale.start + share * (scale.target - scale.start)
      : share * 100
    : current;
  const percentScale = !metric && target === undefined;
  return {
    ...(measure.kind === 'milestone' ? { keyResultKind: 'milestone' as const } : {}),
    ...(stated ? { fromTitle: true as const } : {}),
    ...(scale
      ? {
          outcome: {
            // A range read from the title may fall ("from 5 % to 3 %"): a metric, whatever its unit.
            kind:
              measure.kind === 'percentage' && !stated
                ? ('percentage' as const)
                : ('metric' as const),
            ...(percentScale ? { unit: '%' } : unit ? { unit } : {}),
            ...scale,
            ...(measure.kind === 'stayAbove' || measure.kind === 'stayBelow'
              ? { targetType: measure.kind }
              : {}),
          },
        }
      : {}),
    ...(value !== undefined ? { current: value } : {}),
  };
}

/**
 * A range in the title, for a key result whose row gives neither start nor target and is measured
 * by values: a percentage takes a range of percentages or plain numbers only.
 */
function statedValues(values: MeasureValues, measure: Measure): ReturnType<typeof rangeInTitle> {
  if (values.start !== undefined || values.target !== undefined || !values.title) return undefined;
  if (measure.kind === 'milestone' || measure.kind === 'binary') return undefined;
  const range = rangeInTitle(values.title);
  if (measure.kind === 'percentage' && range && !['', '%'].includes(range.unit)) return undefined;
  return range && measure.kind === 'percentage' ? { ...range, unit: '%' } : range;
}
