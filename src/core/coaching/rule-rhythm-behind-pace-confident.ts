import { isRunning, paceStatus, type RhythmRule } from './rule-rhythm';

const highConfidence = 0.7;

/** At risk or off track by pace, yet the owner's confidence is in the top 30% of the scale. */
export const behindPaceConfident: RhythmRule = {
  id: 'rhythm.behind-pace-confident',
  source: 'wodtkeCheckIns',
  check(rhythm, model) {
    if (!isRunning(rhythm) || rhythm.confidence === undefined) return undefined;
    const { min, max } = model.confidenceScale;
    if (rhythm.confidence < min + highConfidence * (max - min)) return undefined;
    const status = paceStatus(rhythm, model);
    if (status !== 'atRisk' && status !== 'offTrack') return undefined;
    return {
      severity: 'warning',
      params: {
        progress: Math.round(rhythm.progress * 100),
        expected: Math.round(rhythm.expected * 100),
        confidence: rhythm.confidence,
        max,
      },
    };
  },
};
