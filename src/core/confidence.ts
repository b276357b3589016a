import { daysBetween, toIsoDate } from './dates';
import type { CheckIn, IsoDate, IsoDateTime } from './model';
import type { OperatingModel } from './operating-model';

export type ConfidenceTrendDirection = 'rising' | 'falling' | 'steady' | 'stale';

export interface ConfidenceTrend {
  readonly trend: ConfidenceTrendDirection;
  /** Latest confidence minus the one before it; 0 with fewer than two readings. */
  readonly delta: number;
  readonly latest?: number;
  readonly previous?: number;
  readonly lastCheckInAt?: IsoDateTime;
  /** Days from the last check-in to `today`; undefined when there was none. */
  readonly daysSinceCheckIn?: number;
}

/**
 * The trend of confidence over a KR's check-ins (any order). Stale wins: no check-in at all, or
 * none within `checkIn.staleAfterDays` of `today`, means the number cannot be trusted whatever
 * it says. Otherwise the latest confidence is compared with the previous one: a change of at
 * least a tenth of the scale (1 point on 1–10) is rising or falling, smaller changes are steady.
 */
export function confidenceTrend(
  checkIns: readonly Pick<CheckIn, 'confidence' | 'at'>[],
  today: IsoDate,
  model: Pick<OperatingModel, 'checkIn' | 'confidenceScale'>,
): ConfidenceTrend {
  const ordered = [...checkIns].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const last = ordered[ordered.length - 1];
  if (!last) return { trend: 'stale', delta: 0 };
  const daysSinceCheckIn = daysBetween(toIsoDate(last.at), today);
  const readings = ordered.flatMap((checkIn) =>
    checkIn.confidence === undefined ? [] : [checkIn.confidence],
  );
  const latest = readings[readings.length - 1];
  const previous = readings[readings.length - 2];
  const delta = latest !== undefined && previous !== undefined ? latest - previous : 0;
  const base = { delta, latest, previous, lastCheckInAt: last.at, daysSinceCheckIn };
  if (daysSinceCheckIn > model.checkIn.staleAfterDays) return { ...base, trend: 'stale' };
  const meaningful = (model.confidenceScale.max - model.confidenceScale.min) / 10;
  if (delta >= meaningful && delta > 0) return { ...base, trend: 'rising' };
  if (-delta >= meaningful && delta < 0) return { ...base, trend: 'falling' };
  return { ...base, trend: 'steady' };
}
