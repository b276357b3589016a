/**
 * A check-in counts on the day it was on the clock of the person it is counted for: the core
 * takes that day from its caller (`dayOf`), as it takes today. A check-in at 18:00 on a Monday in
 * Los Angeles is 02:00 UTC on Tuesday; it counted on Tuesday.
 */
import { needsCheckIn } from '../../src/core/board-filter';
import { confidenceTrend } from '../../src/core/confidence';
import { reviewCycle } from '../../src/core/cycle-review';
import { toIsoDate } from '../../src/core/dates';
import { dayIn, type DayOf } from '../../src/core/day-of';
import type { CheckIn } from '../../src/core/model';
import { defaultOperatingModel as model } from '../../src/core/operating-model';
import { localDateOf } from '../../src/core/rhythm/zoned-time';
import { coachRhythm } from '../../src/core/coaching';
import { ana, coach, planReminderBoard, reminderBoard, team } from './rhythm/reminder-fixtures';
import { quarter } from './coaching/builders';
import { keyResult } from './fixtures';

const losAngeles: DayOf = (at) =>
  dayIn((instant) => localDateOf(instant, 'America/Los_Angeles'), at);
/** Monday 9 February 2026, 18:00 in Los Angeles. */
const mondayEvening = '2026-02-10T02:00:00Z';

describe('dayIn', () => {
  it('reads an instant on the zone’s calendar', () => {
    expect(losAngeles(mondayEvening)).toBe('2026-02-09');
    expect(dayIn((at) => localDateOf(at, 'Pacific/Auckland'), '2026-02-09T20:00:00Z')).toBe(
      '2026-02-10',
    );
  });

  it('counts a day imported without its time on the day it names, in every zone', () => {
    for (const stored of ['2026-02-09T00:00:00Z', '2026-02-09T00:00:00.000Z', '2026-02-09']) {
      expect(losAngeles(stored)).toBe('2026-02-09');
    }
    // A second later is a time: 16:00 the day before in Los Angeles.
    expect(losAngeles('2026-02-09T00:00:01Z')).toBe('2026-02-08');
  });

  it('counts a day imported at noon UTC on the day it names east of UTC+12 too', () => {
    const zones = [
      'Pacific/Auckland',
      'Pacific/Tongatapu',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    for (const zone of zones) {
      const there: DayOf = (at) => dayIn((instant) => localDateOf(instant, zone), at);
      expect([zone, there('2026-02-09T12:00:00Z')]).toEqual([zone, '2026-02-09']);
      expect([zone, there('2026-02-09T12:00:00.000Z')]).toEqual([zone, '2026-02-09']);
    }
    // A second later is a time: 01:00:01 on the 10th in Auckland's summer (UTC+13).
    expect(dayIn((at) => localDateOf(at, 'Pacific/Auckland'), '2026-02-09T12:00:01Z')).toBe(
      '2026-02-10',
    );
  });
});

describe('the day a check-in counts on is the caller’s', () => {
  const today = '2026-02-16';
  const lastWeek = keyResult({ lastCheckInAt: mondayEvening });

  it('needs a check-in a week after one on a Monday evening in Los Angeles', () => {
    expect(needsCheckIn(lastWeek, 0.2, today, model, losAngeles)).toBe(true);
    expect(needsCheckIn(lastWeek, 0.2, today, model, toIsoDate)).toBe(false);
  });

  it('counts the days since the last check-in from its day there', () => {
    const checkIns = [{ at: mondayEvening, confidence: 6 }];
    expect(confidenceTrend(checkIns, today, model, losAngeles).daysSinceCheckIn).toBe(7);
    expect(confidenceTrend(checkIns, today, model, toIsoDate).daysSinceCheckIn).toBe(6);
  });

  it('tells the coach a check-in is late from its day there', () => {
    // Tuesday 21 July, 19:00 in Los Angeles (UTC−7 in summer): fifteen days before 5 August there.
    const kr = keyResult({ id: 'k1', lastCheckInAt: '2026-07-22T02:00:00Z', current: 88 });
    const late = (dayOf: DayOf) =>
      coachRhythm([kr], { model, today: '2026-08-05', dayOf, cycle: quarter }).filter(
        (finding) => finding.rule === 'rhythm.stale-check-in',
      );
    expect(late(losAngeles)).toMatchObject([{ params: { days: 15 } }]);
    expect(late(toIsoDate)).toEqual([]);
  });

  it('places check-ins on the review’s days by their day there', () => {
    const cycle = { start: '2026-10-01', end: '2026-10-31' }; // Mondays: 5, 12, 19, 26
    const checkIn = (at: string, confidence: number): CheckIn => ({
      clientId: at,
      keyResultId: 'a',
      value: 1,
      confidence,
      note: '',
      author: { id: 'ana', displayName: 'Ana' },
      at,
      source: 'teams',
    });
    // Monday 12 October, 18:00 in Los Angeles: Tuesday in UTC.
    const history = new Map([
      ['a', [checkIn('2026-10-05T16:00:00Z', 4), checkIn('2026-10-13T01:00:00Z', 8)]],
    ]);
    const review = (dayOf: DayOf) =>
      reviewCycle(cycle, [], [keyResult({ id: 'a' })], history, model, '2026-10-14', dayOf);
    expect(review(losAngeles).confidence).toEqual([
      { date: '2026-10-05', average: 4 },
      { date: '2026-10-12', average: 8 },
    ]);
    expect(review(toIsoDate).confidence[1]).toEqual({ date: '2026-10-12', average: 4 });
    expect(review(losAngeles).onTime).toBe(2);
    expect(review(toIsoDate).onTime).toBe(1);
  });
});

describe('the coach’s digest', () => {
  it('reads the team’s last check-in on the coach’s own calendar', () => {
    // Sunday 25 October, 18:00 in Los Angeles; Monday in UTC. The digest goes on Monday
    // 2 November: eight days later in Los Angeles, seven in UTC.
    const board = reminderBoard({
      keyResults: [keyResult({ id: 'kr1', owner: ana, lastCheckInAt: '2026-10-26T01:00:00Z' })],
    });
    const quietTeams = (zone: string) => {
      const digest = planReminderBoard({
        now: '2026-11-02T18:00:00Z',
        coaches: [coach],
        boards: [board],
        timeZoneOf: () => zone,
      }).notifications.find((n) => n.kind === 'coachDigest');
      return digest?.kind === 'coachDigest' ? digest.quietTeams : undefined;
    };
    expect(quietTeams('America/Los_Angeles')).toEqual([team]);
    expect(quietTeams('UTC')).toEqual([]);
  });
});
