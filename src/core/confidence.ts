import { daysBetween } from './dates';
import type { DayOf } from './day-of';
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
 * The last check-in counts on its day on the clock `today` is read on (`dayOf`).
 */
export function confidenceTrend(
  checkIns: readonly Pick<CheckIn, 'confidence' | 'at'>[],
  today: IsoDate,
  model: Pick<OperatingModel, 'checkIn' | 'confidenceScale'>,
  dayOf: DayOf,
): ConfidenceTrend {
  // One pass, no sorting: a board asks this of each of its thousands of KRs. Of check-ins made
  // at the same instant, the later in the list counts as the later.
  let last: { readonly at: IsoDateTime; readonly time: number } | undefined;
  let latest: { readonly confidence: number; readonly time: number } | undefined;
  let previous: typeof latest;
  for (const checkIn of checkIns) {
    const time = Date.parse(checkIn.at);
    if (!last || time >= last.time) last = { at: checkIn.at, time };
    if (checkIn.confidence === undefined) continue;
    const reading = { confidence: checkIn.confidence, time };
    if (!latest || time >= latest.time) [previous, latest] = [latest, reading];
    else if (!previous || time >= previous.time) previous = reading;
  }
  if (!last) return { trend: 'stale', delta: 0 };
  const daysSinceCheckIn = daysBetween(dayOf(last.at), today);
  const delta = latest && previous ? latest.confidence - previous.confidence : 0;
  const base = {
    delta,
    latest: latest?.confidence,
    previous: previous?.confidence,
    lastCheckInAt: last.at,
    daysSinceCheckIn,
  };
  if (daysSinceCheckIn > model.checkIn.staleAfterDays) return { ...base, trend: 'stale' };
  const meaningful = (model.confidenceScale.max - model.confidenceScale.min) / 10;
  if (delta >= meaningful && delta > 0) return { ...base, trend: 'rising' };
  if (-delta >= meaningful && delta < 0) return { ...base, trend: 'falling' };
  return { ...base, trend: 'steady' };
}
