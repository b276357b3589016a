import type { MessageParams } from './i18n';
import type { ObjectiveCommitment } from './model';
import { format, type CoreMessageKey } from './messages';
import type { OperatingModel } from './operating-model';
import {
  keyResultProgress,
  weightedMean,
  type MeasuredKeyResult,
  type WeightedKeyResult,
} from './progress';

/**
 * End-of-cycle scores on the model's scale (0.0–1.0 by default). A score caps progress at the
 * top of the scale, as Google grades OKRs from 0.0 to 1.0; over-achievement stays visible in
 * progress, not in the grade.
 */
export function keyResultScore(
  kr: MeasuredKeyResult,
  model: Pick<OperatingModel, 'scoring'>,
): number {
  return Math.min(keyResultProgress(kr), 1) * model.scoring.max;
}

/** Weighted mean of the KR scores; 0 when there is nothing to score. */
export function objectiveScore(
  keyResults: readonly WeightedKeyResult[],
  model: Pick<OperatingModel, 'scoring'>,
): number {
  return weightedMean(keyResults, (kr) => keyResultScore(kr, model));
}

/**
 * How to read a score. Committed OKRs are expected to reach the top of the scale (`met`) and
 * anything less is `missed`. Aspirational OKRs aim for the sweet spot (0.6–0.7 by default):
 * below it, in it, above it, or fully achieved.
 */
export type ScoreBand =
  'met' | 'missed' | 'belowSweetSpot' | 'sweetSpot' | 'aboveSweetSpot' | 'fullyAchieved';

/** The core's readings of scores: an interpretation's, and the sandbagging signal's. */
export type ScoreMessageKey = Extract<CoreMessageKey, `score.${string}`>;

export interface ScoreInterpretation {
  readonly band: ScoreBand;
  readonly commitment: ObjectiveCommitment;
  readonly score: number;
  readonly messageKey: ScoreMessageKey;
  readonly params: MessageParams;
  readonly message: string;
}

/** Scores within this distance of a band's edge count as on the edge (0.7 is in 0.6–0.7). */
const scoreTolerance = 1e-9;

export function interpretScore(
  score: number,
  commitment: ObjectiveCommitment,
  model: Pick<OperatingModel, 'scoring' | 'locale'>,
): ScoreInterpretation {
  const { max, aspirationalSweetSpot } = model.scoring;
  const [low, high] = aspirationalSweetSpot.map((fraction) => fraction * max) as [number, number];
  const band = scoreBand(score, commitment, max, low, high);
  const messageKey =
    commitment === 'committed'
      ? (`score.committed.${band}` as ScoreMessageKey)
      : (`score.aspirational.${band}` as ScoreMessageKey);
  const params = { score: round2(score), max, low: round2(low), high: round2(high) };
  return {
    band,
    commitment,
    score,
    messageKey,
    params,
    message: format(messageKey, params, model.locale),
  };
}

function scoreBand(
  score: number,
  commitment: ObjectiveCommitment,
  max: number,
  low: number,
  high: number,
): ScoreBand {
  if (commitment === 'committed') return score >= max - scoreTolerance ? 'met' : 'missed';
  if (score >= max - scoreTolerance) return 'fullyAchieved';
  if (score < low - scoreTolerance) return 'belowSweetSpot';
  if (score <= high + scoreTolerance) return 'sweetSpot';
  return 'aboveSweetSpot';
}

export interface ScoreHistoryEntry {
  readonly score: number;
  readonly commitment: ObjectiveCommitment;
}

export interface SandbaggingSignal {
  readonly suspected: boolean;
  /** Consecutive most recent aspirational cycles scored at the top of the scale. */
  readonly cycles: number;
  readonly message?: string;
}

/**
 * A steady top score on aspirational OKRs suggests sandbagging: goals set where they are sure
 * to be met (Google re:Work: "if someone consistently fully achieves their objectives, their
 * OKRs aren't ambitious enough"). `history` is oldest first, one entry per cycle (e.g. a team's
 * mean aspirational score); committed entries are skipped. Suspected once the most recent
 * `minCycles` (default 3) aspirational scores all reach `fullAt` × max (default 1.0 × max).
 */
export function detectSandbagging(
  history: readonly ScoreHistoryEntry[],
  model: Pick<OperatingModel, 'scoring' | 'locale'>,
  options: { readonly minCycles?: number; readonly fullAt?: number } = {},
): SandbaggingSignal {
  const { minCycles = 3, fullAt = 1 } = options;
  const threshold = fullAt * model.scoring.max - scoreTolerance;
  const aspirational = history.filter((entry) => entry.commitment === 'aspirational');
  let cycles = 0;
  for (let index = aspirational.length - 1; index >= 0; index--) {
    if ((aspirational[index]?.score ?? 0) < threshold) break;
    cycles++;
  }
  if (cycles < minCycles) return { suspected: false, cycles };
  const message = format('score.sandbagging', { max: model.scoring.max, cycles }, model.locale);
  return { suspected: true, cycles, message };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
