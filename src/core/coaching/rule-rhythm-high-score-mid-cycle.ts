import { isStayKind, keyResultScore } from './core-api';
import { isRunning, type RhythmRule } from './rule-rhythm';

const highScore = 0.8;
const midCycle = 0.6;

/**
 * Above 0.8 with at least 40% of the cycle to go: the target was probably not a stretch
 * (sandbagging risk). A warning for aspirational OKRs; for committed ones, which are meant to
 * reach 1.0, only a note. Not for a stay KR: holding its line scores 1 all cycle long.
 */
export const highScoreMidCycle: RhythmRule = {
  id: 'rhythm.high-score-mid-cycle',
  source: 'googlePlaybook',
  check(rhythm, model) {
    if (!isRunning(rhythm) || rhythm.expected > midCycle || isStayKind(rhythm.kr.kind)) {
      return undefined;
    }
    const score = keyResultScore(rhythm.kr, model);
    if (score <= highScore * model.scoring.max) return undefined;
    return {
      severity: rhythm.commitment === 'committed' ? 'info' : 'warning',
      params: {
        score: Math.round(score * 100) / 100,
        remaining: Math.round((1 - rhythm.expected) * 100),
      },
    };
  },
};
