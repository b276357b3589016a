import type { RhythmRule } from './rule-rhythm';

/** Confidence dropped between the last two check-ins by at least a tenth of the scale. */
export const fallingConfidence: RhythmRule = {
  id: 'rhythm.falling-confidence',
  source: 'wodtkeCheckIns',
  check({ trend }) {
    if (trend.trend !== 'falling' || trend.previous === undefined || trend.latest === undefined) {
      return undefined;
    }
    return { severity: 'warning', params: { from: trend.previous, to: trend.latest } };
  },
};
