import { defaultLocale } from '../../core/i18n';
import { defaultOperatingModel, type OperatingModel } from '../../core/operating-model';
import type { ProgrammeText } from './programme-words';

export type ModelFieldKind =
  'number' | 'weekday' | 'month' | 'yearNaming' | 'boolean' | 'language' | 'story';

/**
 * Where a default comes from, so a coach can explain it while tailoring the model: what the
 * published works say, in the reader's words, and the works, cited as they were published.
 * - Google re:Work, "Guide: Set goals with OKRs" (rework.withgoogle.com): grading on a 0.0–1.0
 *   scale, the 0.6–0.7 sweet spot for aspirational OKRs, committed OKRs expected at 1.0.
 * - John Doerr, "Measure What Matters" (2018): three to five objectives, each with at most
 *   five key results; committed versus aspirational OKRs.
 * - Christina Wodtke, "Radical Focus" (2nd ed., 2021): a weekly Monday check-in, confidence
 *   scored out of 10 and set at 5/10 when the quarter starts.
 * - Felipe Castro, "The Beginner's Guide to OKR" (felipecastro.com): check-ins every week,
 *   progress tracked against time elapsed in the cycle.
 */
export interface ModelSource {
  readonly says: ProgrammeText;
  readonly works: string;
}

/** One editable setting of the operating model: where it lives, its label and its source. */
export interface ModelField {
  readonly path: string;
  /** In English, the key of its translations. */
  readonly label: ProgrammeText;
  readonly kind: ModelFieldKind;
  readonly source?: ModelSource;
}

const checkIn: ModelSource = {
  says: 'weekly Monday commitments',
  works: 'Wodtke, Radical Focus; Castro, Beginner’s Guide to OKR',
};
const confidenceScale: ModelSource = {
  says: 'confidence out of 10, starting at 5/10',
  works: 'Wodtke, Radical Focus',
};
const scoring: ModelSource = {
  says: 'grade 0.0–1.0, sweet spot 0.6–0.7',
  works: 'Google re:Work, Set goals with OKRs',
};
const pace: ModelSource = {
  says: 'compare progress with the time elapsed',
  works: 'Castro, Beginner’s Guide to OKR',
};
const limits: ModelSource = {
  says: 'three to five objectives, three to five key results',
  works: 'Doerr, Measure What Matters',
};
const allowAspirational: ModelSource = {
  says: 'committed and aspirational OKRs',
  works: 'Doerr, Measure What Matters; Google re:Work',
};

export const modelFieldGroups: readonly {
  readonly title: ProgrammeText;
  /** What else follows the group's settings, said under its title. */
  readonly hint?: ProgrammeText;
  readonly fields: readonly ModelField[];
}[] = [
  {
    title: 'Check-ins',
    // A programme owner looks for reminders here (Viva Goals set them with the check-in rhythm);
    // the reminders job follows these settings (src/jobs, README "Turn on check-in reminders").
    hint: 'Reminders follow these settings: on each check-in day, at 09:00 in their own time zone, every key result owner who has not checked in yet gets one notice in their Teams activity feed, and coaches a weekly digest. Anyone can snooze or turn off their own reminders in My OKRs.',
    fields: [
      {
        path: 'checkIn.cadenceDays',
        label: 'Days between check-ins',
        kind: 'number',
        source: checkIn,
      },
      { path: 'checkIn.day', label: 'Check-in day', kind: 'weekday', source: checkIn },
      {
        path: 'checkIn.staleAfterDays',
        label: 'A KR is stale after (days)',
        kind: 'number',
        source: checkIn,
      },
    ],
  },
  {
    title: 'Confidence and scores',
    fields: [
      {
        path: 'confidenceScale.min',
        label: 'Lowest confidence',
        kind: 'number',
        source: confidenceScale,
      },
      {
        path: 'confidenceScale.max',
        label: 'Highest confidence',
        kind: 'number',
        source: confidenceScale,
      },
      {
        path: 'scoring.max',
        label: 'Top score',
        kind: 'number',
        source: scoring,
      },
      {
        path: 'scoring.aspirationalSweetSpot.0',
        label: 'Sweet spot from (fraction of the top)',
        kind: 'number',
        source: scoring,
      },
      {
        path: 'scoring.aspirationalSweetSpot.1',
        label: 'Sweet spot to (fraction of the top)',
        kind: 'number',
        source: scoring,
      },
    ],
  },
  {
    title: 'Pace',
    fields: [
      {
        path: 'pace.atRiskBehind',
        label: 'At risk when behind by (fraction)',
        kind: 'number',
        source: pace,
      },
      {
        path: 'pace.offTrackBehind',
        label: 'Off track when behind by (fraction)',
        kind: 'number',
        source: pace,
      },
    ],
  },
  {
    title: 'Limits',
    fields: [
      {
        path: 'limits.objectivesPerTeam.max',
        label: 'Objectives per team, at most',
        kind: 'number',
        source: limits,
      },
      {
        path: 'limits.keyResultsPerObjective.min',
        label: 'Key results per objective, at least',
        kind: 'number',
        source: limits,
      },
      {
        path: 'limits.keyResultsPerObjective.max',
        label: 'Key results per objective, at most',
        kind: 'number',
        source: limits,
      },
      { path: 'limits.titleMaxLength', label: 'Longest title (characters)', kind: 'number' },
      {
        path: 'limits.descriptionMaxLength',
        label: 'Longest description (characters)',
        kind: 'number',
      },
      { path: 'limits.noteMaxLength', label: 'Longest check-in note (characters)', kind: 'number' },
    ],
  },
  {
    title: 'Fiscal year',
    fields: [
      { path: 'fiscalYear.firstMonth', label: 'Fiscal year starts in', kind: 'month' },
      { path: 'fiscalYear.namedBy', label: 'Fiscal years are named by', kind: 'yearNaming' },
    ],
  },
  {
    title: 'Commitment, language and story',
    fields: [
      {
        path: 'allowAspirational',
        label: 'Allow aspirational OKRs (besides committed ones)',
        kind: 'boolean',
        source: allowAspirational,
      },
      {
        path: 'locale',
        label: 'Language the OKRs and the coach’s messages are in',
        kind: 'language',
      },
      { path: 'story', label: 'Why we use OKRs (the story)', kind: 'story' },
    ],
  },
];

export function valueAt(model: OperatingModel, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], model);
}

/** A copy of the model with one setting replaced (arrays stay arrays). */
export function withValue(model: OperatingModel, path: string, value: unknown): OperatingModel {
  const [head, ...rest] = path.split('.');
  const key = head as string;
  const current = (model as unknown as Record<string, unknown>)[key];
  const next =
    rest.length === 0 ? value : withValue(current as OperatingModel, rest.join('.'), value);
  if (Array.isArray(model)) {
    const copy = [...(model as unknown[])];
    copy[Number(key)] = next;
    return copy as unknown as OperatingModel;
  }
  return { ...model, [key]: next } as OperatingModel;
}

/** The label a setting is shown under, in English. */
export function labelAt(path: string): ProgrammeText | undefined {
  return modelFieldGroups.flatMap((group) => group.fields).find((field) => field.path === path)
    ?.label;
}

export function defaultAt(path: string): unknown {
  return valueAt(defaultOperatingModel, path);
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat(defaultLocale, { ...options, timeZone: 'UTC' });
  }
}

/** The days of the week, Sunday (0) first, as the reader's locale names them: Monday, Montag. */
export function weekdays(locale: string): readonly string[] {
  const format = dateFormat(locale, { weekday: 'long' });
  // 1 January 2023 was a Sunday.
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2023, 0, 1 + day)));
}

/** The months, January (index 0) first, as the reader's locale names them on their own: Juli. */
export function monthNames(locale: string): readonly string[] {
  const format = dateFormat(locale, { month: 'long' });
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2023, month, 1)));
}

/** A month of a year as the reader's locale writes it: July 2026, juillet 2026. */
export function monthOfYear(day: string, locale: string): string {
  return dateFormat(locale, { month: 'long', year: 'numeric' }).format(Date.parse(day));
}
