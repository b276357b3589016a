import type { MeetingSession } from '../../src/core/rituals';
import { InvalidError } from '../../src/store/errors';
import { owner, startStore, startingPoint, type StoreFixture } from './store-fixture';

describe('meeting sessions', () => {
  let store: StoreFixture;
  beforeEach(async () => {
    store = await startStore();
  });
  afterEach(() => store.stop());

  function session(cycleId: string, teamIds: string[], extra: Partial<MeetingSession> = {}) {
    return {
      roundId: 'round-1',
      meetingId: 'meeting-1',
      cycleId,
      teamIds,
      facilitator: owner,
      keyResultIds: ['41', '42', '43'],
      outcomes: [
        {
          keyResultId: '41',
          value: 3300,
          confidence: 6,
          previousConfidence: 7,
          checkInClientId: 'meeting-round-1-41',
          savedBy: owner.displayName,
        },
      ],
      skipped: [{ keyResultId: '42', reason: 'Owner is away', skippedBy: owner.displayName }],
      notReviewed: ['43'],
      summary: 'OKR check-in round\n1 saved, 1 skipped, 1 not reviewed.',
      startedAt: '2026-02-02T09:00:00Z',
      endedAt: '2026-02-02T09:20:00Z',
      ...extra,
    } satisfies MeetingSession;
  }

  test('records a round once per round id, and lists a cycle’s rounds per team, newest first', async () => {
    const repository = store.repository();
    const { cycle, team } = await startingPoint(repository);
    const recorded = await repository.recordMeetingSession(session(cycle.id, [team.id]));
    expect(recorded).toMatchObject({ ...session(cycle.id, [team.id]), id: expect.any(String) });

    // Recording the same round again (a second facilitator, a retry) updates it.
    const again = await repository.recordMeetingSession(
      session(cycle.id, [team.id], { summary: 'Updated', endedAt: '2026-02-02T09:25:00Z' }),
    );
    expect(again.id).toBe(recorded.id);
    await repository.recordMeetingSession(
      session(cycle.id, ['999'], { roundId: 'round-2', endedAt: '2026-02-09T09:20:00Z' }),
    );

    const reader = store.repository();
    const all = await reader.listMeetingSessions({ cycleId: cycle.id });
    expect(all.map((s) => s.roundId)).toEqual(['round-2', 'round-1']);
    const ours = await reader.listMeetingSessions({ cycleId: cycle.id, teamId: team.id });
    expect(ours).toEqual([
      expect.objectContaining({
        roundId: 'round-1',
        summary: 'Updated',
        outcomes: session(cycle.id, [team.id]).outcomes,
        skipped: session(cycle.id, [team.id]).skipped,
        notReviewed: ['43'],
      }),
    ]);
  });

  test('refuses a round id that is not one the stage makes, writing nothing', async () => {
    const repository = store.repository();
    const { cycle, team } = await startingPoint(repository);
    await expect(
      repository.recordMeetingSession(session(cycle.id, [team.id], { roundId: "x' or 1 eq 1" })),
    ).rejects.toBeInstanceOf(InvalidError);
    expect(await repository.listMeetingSessions({ cycleId: cycle.id })).toEqual([]);
  });
});
