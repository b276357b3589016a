import { defaultOperatingModel as model } from '../../src/core/operating-model';
import {
  detectSandbagging,
  interpretScore,
  keyResultScore,
  objectiveScore,
} from '../../src/core/scoring';
import { keyResult } from './fixtures';

describe('scores at cycle close', () => {
  it('scores a KR on the 0.0–1.0 scale, capped at the top', () => {
    expect(keyResultScore(keyResult({ current: 1700 }), model)).toBeCloseTo(0.7);
    expect(keyResultScore(keyResult({ current: 2600 }), model)).toBe(1);
    expect(keyResultScore(keyResult({ current: 900 }), model)).toBe(0);
  });

  it('follows the model’s scale', () => {
    const percentScale = { scoring: { max: 100, aspirationalSweetSpot: [0.6, 0.7] as const } };
    expect(keyResultScore(keyResult({ current: 1650 }), percentScale)).toBeCloseTo(65);
  });

  it('scores an objective as the weighted mean of capped KR scores', () => {
    const krs = [keyResult({ current: 3000, weight: 1 }), keyResult({ current: 1000, weight: 1 })];
    expect(objectiveScore(krs, model)).toBe(0.5);
    expect(objectiveScore([], model)).toBe(0);
  });
});

describe('interpretScore', () => {
  it('expects committed OKRs to reach 1.0', () => {
    expect(interpretScore(1, 'committed', model).band).toBe('met');
    const missed = interpretScore(0.9, 'committed', model);
    expect(missed.band).toBe('missed');
    expect(missed.message).toContain('0.9');
  });

  it('places aspirational scores around the 0.6–0.7 sweet spot', () => {
    expect(interpretScore(0.4, 'aspirational', model).band).toBe('belowSweetSpot');
    expect(interpretScore(0.6, 'aspirational', model).band).toBe('sweetSpot');
    expect(interpretScore(0.65, 'aspirational', model).band).toBe('sweetSpot');
    expect(interpretScore(0.7, 'aspirational', model).band).toBe('sweetSpot');
    expect(interpretScore(0.85, 'aspirational', model).band).toBe('aboveSweetSpot');
    expect(interpretScore(1, 'aspirational', model).band).toBe('fullyAchieved');
  });

  it('tolerates floating-point scores on the edge of the sweet spot', () => {
    expect(interpretScore(0.1 * 7, 'aspirational', model).band).toBe('sweetSpot');
  });

  it('returns a keyed message with its params', () => {
    const reading = interpretScore(0.65, 'aspirational', model);
    expect(reading.messageKey).toBe('score.aspirational.sweetSpot');
    expect(reading.params).toMatchObject({ score: 0.65, low: 0.6, high: 0.7 });
    expect(reading.message).toMatch(/0\.65.*0\.6–0\.7/);
  });
});

describe('detectSandbagging', () => {
  const aspirational = (score: number) => ({ score, commitment: 'aspirational' as const });

  it('suspects sandbagging after a steady 1.0 on aspirational OKRs', () => {
    const signal = detectSandbagging(
      [aspirational(0.6), aspirational(1), aspirational(1), aspirational(1)],
      model,
    );
    expect(signal.suspected).toBe(true);
    expect(signal.cycles).toBe(3);
    expect(signal.message).toContain('3 cycles');
  });

  it('does not suspect it when a recent cycle fell short, or too few cycles', () => {
    expect(
      detectSandbagging([aspirational(1), aspirational(1), aspirational(0.7)], model).suspected,
    ).toBe(false);
    expect(detectSandbagging([aspirational(1), aspirational(1)], model).suspected).toBe(false);
  });

  it('ignores committed OKRs, which are meant to score 1.0', () => {
    const committed = { score: 1, commitment: 'committed' as const };
    expect(detectSandbagging([committed, committed, committed, committed], model).suspected).toBe(
      false,
    );
    const mixed = [aspirational(1), committed, aspirational(1), aspirational(1)];
    expect(detectSandbagging(mixed, model).suspected).toBe(true);
  });

  it('takes the run length and the full mark as options', () => {
    const history = [aspirational(0.95), aspirational(0.97)];
    expect(detectSandbagging(history, model, { minCycles: 2, fullAt: 0.95 }).suspected).toBe(true);
    expect(detectSandbagging(history, model, { minCycles: 2 }).suspected).toBe(false);
  });
});
