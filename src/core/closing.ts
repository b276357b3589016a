/**
 * Closing a cycle: each KR gets a score on the model's scale, computed from its progress and
 * editable with a reason; each objective's score rolls up by weight; committed and aspirational
 * objectives are read differently (Google re:Work: a committed OKR below the top is a miss to
 * discuss, an aspirational one in the sweet spot is a success); a team whose aspirational OKRs
 * keep scoring the top raises the sandbagging signal. Pure.
 */
import { validationIssue, type ValidationIssue } from './issues';
import { numberFormat } from './format';
import { defaultLocale } from './i18n';
import type { KeyResult, Objective, ObjectiveCommitment } from './model';
import type { OperatingModel } from './operating-model';
import { parseNumber } from './parse';
import { weightedMean } from './progress';
import {
  detectSandbagging,
  interpretScore,
  keyResultScore,
  type SandbaggingSignal,
  type ScoreHistoryEntry,
  type ScoreInterpretation,
} from './scoring';

type Model = Pick<OperatingModel, 'scoring' | 'locale'>;

/** Scores are shown and kept to two decimals (0.73). */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

/** An end-of-cycle score in the locale, with at least one decimal: `1.0`, `0.72` (`0,72` in de). */
export function formatScore(score: number, locale: string = defaultLocale): string {
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(score);
}

/** The score progress earns, rounded; what the closing flow proposes. */
export function proposedScore(keyResult: KeyResult, model: Model): number {
  return roundScore(keyResultScore(keyResult, model));
}

export interface KeyResultScoreInput {
  readonly score: number;
  readonly reason: string;
}

/** The longest reason kept for a score that differs from what progress earns. */
export const SCORE_REASON_MAX_LENGTH = 500;

/**
 * A score's reason is kept up to `SCORE_REASON_MAX_LENGTH`; a longer one is refused, never cut
 * (a pasted text lost its end silently).
 */
export function validateScoreReason(
  reason: string,
  model: Pick<OperatingModel, 'locale'>,
): ValidationIssue[] {
  const max = SCORE_REASON_MAX_LENGTH;
  return reason.length > max
    ? [
        validationIssue(
          'reasonTooLong',
          'scoreReason',
          { length: reason.length, max },
          model.locale,
        ),
      ]
    : [];
}

/**
 * A KR score must be a number on the scale, and one that differs from the proposed score needs
 * a reason (the change is explained, never silent), one that is kept whole.
 */
export function validateKeyResultScore(
  input: KeyResultScoreInput,
  proposed: number,
  model: Model,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { max } = model.scoring;
  if (Number.isNaN(input.score)) {
    // Nothing typed, or no number: the message says what to type, not the NaN it was read as.
    issues.push(
      validationIssue('scoreNotANumber', 'score', { min: 0, max, proposed }, model.locale),
    );
  } else if (!Number.isFinite(input.score) || input.score < 0 || input.score > max) {
    issues.push(
      validationIssue(
        'scoreOutOfScale',
        'score',
        { value: input.score, min: 0, max },
        model.locale,
      ),
    );
  } else if (roundScore(input.score) !== proposed && input.reason.trim() === '') {
    issues.push(validationIssue('scoreReasonRequired', 'scoreReason', { proposed }, model.locale));
  }
  return [...issues, ...validateScoreReason(input.reason, model)];
}

/** A KR score as typed, read the reader's way (`model.locale`), and what is wrong with it. */
export interface TypedScore {
  /** The score read; NaN when none could be. */
  readonly score: number;
  readonly issues: readonly ValidationIssue[];
  /** How a score typed the other way round (`0.7` in German) was read. */
  readonly readAs?: ValidationIssue;
}

/**
 * Reads a KR score typed in the reader's locale (`0,7` in German) with the one reading of typed
 * numbers (`parseNumber`), then judges it as `validateKeyResultScore` does. Nothing typed, or no
 * number, asks for a score on the scale; a number written in a way that reads two ways, or none,
 * says why.
 */
export function readKeyResultScore(
  typed: { readonly text: string; readonly reason: string },
  proposed: number,
  model: Model,
): TypedScore {
  const read = parseNumber(typed.text, { locale: model.locale, field: 'score' });
  const unreadable = !read.ok && read.issues.filter((issue) => !askedForANumber(issue));
  if (unreadable && unreadable.length > 0) return { score: Number.NaN, issues: unreadable };
  const score = read.ok ? read.value : Number.NaN;
  const issues = validateKeyResultScore({ score, reason: typed.reason }, proposed, model);
  return { score, issues, ...(read.ok && read.readAs ? { readAs: read.readAs } : {}) };
}

/** Empty, or words: the score's own message says what to type. */
const askedForANumber = (issue: ValidationIssue) =>
  issue.code === 'numberRequired' || issue.code === 'notANumber';

export interface ObjectiveClosing {
  readonly objective: Objective;
  readonly score: number;
  readonly interpretation: ScoreInterpretation;
}

/** An objective's score: its KRs' scores (given, or proposed) weighted by their weights. */
export function closeObjective(
  objective: Objective,
  keyResults: readonly KeyResult[],
  scores: ReadonlyMap<string, number>,
  model: Model,
): ObjectiveClosing {
  const score = roundScore(
    weightedMean(keyResults, (kr) => scores.get(kr.id) ?? proposedScore(kr, model)),
  );
  return { objective, score, interpretation: interpretScore(score, objective.commitment, model) };
}

/**
 * The sandbagging signal of a team: its mean aspirational score per closed cycle, oldest first,
 * with the cycle being closed last.
 */
export function teamSandbagging(
  pastCycles: readonly (readonly Pick<Objective, 'commitment' | 'score'>[])[],
  model: Model,
): SandbaggingSignal {
  const history: ScoreHistoryEntry[] = [];
  for (const objectives of pastCycles) {
    const scored = objectives.filter(
      (objective) => objective.commitment === 'aspirational' && objective.score !== undefined,
    );
    if (scored.length === 0) continue;
    const mean = scored.reduce((sum, objective) => sum + (objective.score ?? 0), 0) / scored.length;
    history.push({ score: mean, commitment: 'aspirational' });
  }
  return detectSandbagging(history, model);
}

/** The retrospective ritual's questions, answered per objective when the cycle closes. */
export const retrospectivePrompts = [
  'What went well, and why?',
  'What got in the way?',
  'What will we do differently next cycle?',
] as const;

/** A question of the retrospective, in English: how the learnings keep it, and its translations' key. */
export type RetrospectivePrompt = (typeof retrospectivePrompts)[number];

/**
 * A retrospective answer is kept up to the model's longest note; a longer one is refused, never
 * cut (a pasted text lost its end silently).
 */
export function validateRetrospectiveAnswer(
  answer: string,
  model: Pick<OperatingModel, 'limits' | 'locale'>,
): ValidationIssue[] {
  const max = model.limits.noteMaxLength;
  return answer.length > max
    ? [validationIssue('answerTooLong', 'answer', { length: answer.length, max }, model.locale)]
    : [];
}

/** The answers as the learnings kept on the objective: one paragraph per answered question. */
export function learningsFrom(answers: readonly string[]): string {
  return retrospectivePrompts
    .map((prompt, index) => ({ prompt, answer: (answers[index] ?? '').trim() }))
    .filter(({ answer }) => answer !== '')
    .map(({ prompt, answer }) => `${prompt}\n${answer}`)
    .join('\n\n');
}

/** Back from stored learnings to one answer per prompt (text kept as typed). */
export function answersFrom(learnings: string | undefined): string[] {
  return retrospectivePrompts.map((prompt) => {
    const start = learnings?.indexOf(`${prompt}\n`) ?? -1;
    if (start < 0 || learnings === undefined) return '';
    const rest = learnings.slice(start + prompt.length + 1);
    const end = rest.indexOf('\n\n');
    return end < 0 ? rest : rest.slice(0, end);
  });
}

/**
 * How a score grades, as Google grades OKRs on its 0.0–1.0 scale: 0.0–0.3 red, 0.4–0.6 yellow,
 * 0.7–1.0 green (Google re:Work, "Set goals with OKRs"), taken on the model's scale.
 */
export type ScoreGrade = 'low' | 'partial' | 'delivered';

export function scoreGrade(score: number, model: Pick<OperatingModel, 'scoring'>): ScoreGrade {
  const share = roundScore(score / model.scoring.max);
  return share >= 0.7 ? 'delivered' : share >= 0.4 ? 'partial' : 'low';
}

/** What a closed cycle shows of an objective or key result in place of its live status. */
export interface FinalScore {
  /** The score it was closed with (or brought in with from Viva Goals); none when unscored. */
  readonly score?: number;
  readonly grade?: ScoreGrade;
  /** Why the score differs from the one progress earned, in the words of whoever closed it. */
  readonly reason?: string;
  /**
   * How to read the score for the objective's commitment (`interpretScore`): in English, and by
   * its key and numbers for the reader's language (the Programme's words translate the core's).
   */
  readonly reading?: Pick<ScoreInterpretation, 'messageKey' | 'params' | 'message'>;
}

/**
 * The final score of an OKR of a closed cycle, read for `commitment` (its objective's): the score
 * kept at closing, never one made up from progress, so an OKR closed unscored says so.
 */
export function finalScore(
  item: Pick<KeyResult, 'score' | 'scoreReason'>,
  commitment: ObjectiveCommitment,
  model: Model,
): FinalScore {
  const reason = item.scoreReason?.trim();
  if (item.score === undefined || !Number.isFinite(item.score)) return {};
  const { messageKey, params, message } = interpretScore(item.score, commitment, model);
  return {
    score: item.score,
    grade: scoreGrade(item.score, model),
    ...(reason ? { reason } : {}),
    reading: { messageKey, params, message },
  };
}

/** One answer of an objective's learnings, under the retrospective's question it answers. */
export interface LearningsAnswer {
  /** The question; none for learnings written otherwise (brought in from another tool). */
  readonly prompt?: string;
  readonly answer: string;
}

/**
 * Stored learnings as their answers, each under its question; learnings that answer none of the
 * retrospective's questions (written in another tool) are one answer, as written.
 */
export function learningsAnswers(learnings: string | undefined): LearningsAnswer[] {
  const text = learnings?.trim() ?? '';
  if (text === '') return [];
  const answers = answersFrom(text)
    .map((answer, index) => ({ prompt: retrospectivePrompts[index], answer: answer.trim() }))
    .filter(({ answer }) => answer !== '');
  return answers.length > 0 ? answers : [{ answer: text }];
}
