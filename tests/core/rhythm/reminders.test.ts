import { chainIdOf, previewTextOf, type ReminderPreferences } from '../../../src/core/rhythm';
import { keyResult, objective } from '../fixtures';
import {
  ana,
  ben,
  coach,
  team,
  planReminderBoard as plan,
  reminderBoard as board,
} from './reminder-fixtures';

describe('planning check-in reminders', () => {
  it('reminds each owner once for all their KRs that need a check-in, and skips who just checked in', () => {
    const { notifications } = plan();
    expect(notifications).toHaveLength(1);
    const [reminder] = notifications;
    expect(reminder).toMatchObject({
      kind: 'checkInDue',
      key: 'checkInDue:u-ana:c4:2026-11-02',
      recipient: ana,
      window: { day: '2026-11-02', opensAt: '2026-11-02T08:00:00Z' },
    });
    expect(reminder?.kind === 'checkInDue' && reminder.keyResults.map((kr) => kr.id)).toEqual([
      'kr1',
      'kr2',
    ]);
    expect(previewTextOf(reminder!)).toBe(
      'Time to check in on 2 key results, starting with “Activation to 40%”.',
    );
  });

  it('reminds of a stay KR whose line holds, but not of a KR that reached its target', () => {
    const { notifications } = plan({
      boards: [
        board({
          keyResults: [
            keyResult({ id: 'done', title: 'Activation to 40%', owner: ana, current: 2000 }),
            keyResult({
              id: 'holding',
              title: 'Sev-1 incidents stay below 2 a month',
              owner: ana,
              kind: 'stayBelow',
              start: 4,
              target: 2,
              current: 1,
              lastCheckInAt: '2026-10-20T10:00:00Z',
            }),
          ],
        }),
      ],
    });
    expect(
      notifications.flatMap((reminder) =>
        reminder.kind === 'checkInDue' ? reminder.keyResults.map((kr) => kr.id) : [],
      ),
    ).toEqual(['holding']);
  });

  it('waits for the reminder time in each owner’s zone', () => {
    const { notifications } = plan({
      now: '2026-11-02T12:00:00Z',
      timeZoneOf: (id) => (id === 'u-ana' ? 'America/Los_Angeles' : 'Europe/Berlin'),
    });
    // 04:00 in Los Angeles: Ana's new window has not opened; last week's (26 October) is due.
    expect(notifications.map((n) => n.key)).toEqual(['checkInDue:u-ana:c4:2026-10-26']);
  });

  it('gives the same key all window long, so a second run recognises what it sent', () => {
    const keys = (at: string) => plan({ now: at }).notifications.map((n) => n.key);
    expect(keys('2026-11-02T09:00:00Z')).toEqual(keys('2026-11-08T22:00:00Z'));
    // A week on, Ben's check-in of 1 November no longer counts either.
    expect(keys('2026-11-09T09:00:00Z')).toEqual([
      'checkInDue:u-ana:c4:2026-11-09',
      'checkInDue:u-ben:c4:2026-11-09',
    ]);
  });

  it('honours opt-out and snooze, and names what it skipped', () => {
    const preferences = new Map<string, ReminderPreferences>([
      ['u-ana', { personId: 'u-ana', optedOut: true }],
    ]);
    expect(plan({ preferences })).toEqual({
      notifications: [],
      skipped: [{ reason: 'optedOut', personId: 'u-ana' }],
    });
    const snoozed = new Map<string, ReminderPreferences>([
      ['u-ana', { personId: 'u-ana', optedOut: false, snoozedUntil: '2026-11-05T00:00:00Z' }],
    ]);
    expect(plan({ preferences: snoozed }).skipped).toEqual([
      { reason: 'snoozed', personId: 'u-ana' },
    ]);
    expect(plan({ preferences: snoozed, now: '2026-11-05T09:00:00Z' }).notifications).toHaveLength(
      1,
    );
  });

  it('skips KRs without an owner and objectives that are not active', () => {
    const { notifications, skipped } = plan({
      boards: [
        board({
          objectives: [
            objective({ id: 'o1', cycleId: 'c4', teamId: 't1' }),
            objective({ id: 'o2', cycleId: 'c4', teamId: 't1', state: 'draft' }),
          ],
          keyResults: [
            keyResult({ id: 'kr1' }),
            keyResult({ id: 'kr9', objectiveId: 'o2', owner: ben }),
          ],
        }),
      ],
    });
    expect(notifications).toEqual([]);
    expect(skipped).toEqual([{ reason: 'noOwner', keyResultId: 'kr1' }]);
  });

  it('asks no check-in on a KR rolled up from the OKRs aligned to it: its sources are checked in', () => {
    const { notifications } = plan({
      coaches: [coach],
      boards: [
        board({
          keyResults: [
            keyResult({
              id: 'kr1',
              owner: ana,
              rolledUpFrom: [{ kind: 'keyResult', id: 'kr2', weight: 1 }],
            }),
            keyResult({ id: 'kr2', owner: ben }),
          ],
        }),
      ],
    });
    const due = notifications.filter((n) => n.kind === 'checkInDue');
    expect(due.map((n) => n.recipient.id)).toEqual(['u-ben']);
    // Nor is it stale for the coach: it is as fresh as its sources.
    const digest = notifications.find((n) => n.kind === 'coachDigest');
    expect(digest?.kind === 'coachDigest' && digest.staleKeyResults.map((kr) => kr.id)).toEqual([
      'kr2',
    ]);
  });

  it('sends nothing outside the cycle', () => {
    expect(plan({ now: '2027-01-04T09:00:00Z' }).notifications).toEqual([]);
    expect(plan({ now: '2026-10-02T09:00:00Z' }).notifications).toEqual([]);
  });
});

describe('the coach digest', () => {
  it('goes to each coach once a week and counts stale KRs, falling confidence and quiet teams', () => {
    const history = new Map([
      [
        'kr2',
        [
          { at: '2026-10-19T10:00:00Z', confidence: 8 },
          { at: '2026-10-26T10:00:00Z', confidence: 5 },
        ],
      ],
      ['kr3', [{ at: '2026-11-01T18:00:00Z', confidence: 7 }]],
    ]);
    const { notifications } = plan({ coaches: [coach], boards: [board({ history })] });
    const digest = notifications.find((n) => n.kind === 'coachDigest');
    expect(digest).toMatchObject({ key: 'coachDigest:u-coach:2026-11-02', recipient: coach });
    expect(digest?.kind === 'coachDigest' && digest.staleKeyResults.map((kr) => kr.id)).toEqual([
      'kr1',
    ]);
    expect(digest?.kind === 'coachDigest' && digest.fallingConfidence.map((kr) => kr.id)).toEqual([
      'kr2',
    ]);
    expect(digest?.kind === 'coachDigest' && digest.quietTeams).toEqual([]);
    expect(previewTextOf(digest!)).toBe(
      '1 stale key result, 1 with falling confidence, 0 teams did not check in.',
    );
  });

  it('names a team none of whose KRs was checked in within the cadence', () => {
    const quiet = board({
      keyResults: [keyResult({ id: 'kr1', owner: ana, lastCheckInAt: '2026-10-12T10:00:00Z' })],
    });
    const digest = plan({ coaches: [coach], boards: [quiet] }).notifications.find(
      (n) => n.kind === 'coachDigest',
    );
    expect(digest?.kind === 'coachDigest' && digest.quietTeams).toEqual([team]);
  });

  it('is not sent without an active cycle', () => {
    expect(plan({ coaches: [coach], boards: [] }).notifications).toEqual([]);
  });
});

describe('chain ids', () => {
  it('are stable safe integers per key', () => {
    const id = chainIdOf('checkInDue:u-ana:c4:2026-11-02');
    expect(Number.isSafeInteger(id)).toBe(true);
    expect(id).toBe(chainIdOf('checkInDue:u-ana:c4:2026-11-02'));
    expect(id).not.toBe(chainIdOf('checkInDue:u-ana:c4:2026-11-09'));
  });
});
