import { reachedTarget } from './core-api';
import { isRunning, type RhythmRule } from './rule-rhythm';

/**
 * No check-in for longer than `checkIn.staleAfterDays` while the cycle runs, on a KR that has not
 * reached its target.
 */
export const staleCheckIn: RhythmRule = {
  id: 'rhythm.stale-check-in',
  source: 'wodtkeCheckIns',
  check(rhythm, model) {
    if (!isRunning(rhythm) || reachedTarget(rhythm.kr.kind, rhythm.progress)) return undefined;
    const days = rhythm.daysSinceCheckIn ?? rhythm.daysIntoCycle;
    if (days <= model.checkIn.staleAfterDays) return undefined;
    return { severity: 'warning', params: { days, cadence: model.checkIn.cadenceDays } };
  },
};
