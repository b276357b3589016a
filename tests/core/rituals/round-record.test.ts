import {
  applyRoundAction,
  draftKey,
  initialRound,
  recordedRound,
  roundRecordKey,
} from '../../../src/core/rituals';

const round = initialRound({
  roundId: 'round-1',
  keyResultIds: ['kr-1', 'kr-2'],
  board: { teamIds: ['team-1'], cycleId: 'cycle-1' },
});
const recordsOf = (record: unknown) => new Map<string, unknown>([[roundRecordKey, record]]);

describe('the meeting’s record of its check-in round', () => {
  it('says where the recorded round is, and nothing of what it saved or who ran it', () => {
    const skipped = applyRoundAction(
      round,
      { type: 'skip', reason: 'Its owner is away', skippedBy: 'Adele Vance' },
      ['organizer'],
      { at: '2026-12-05T06:00:00.000Z', by: { id: 'adele', displayName: 'Adele Vance' } },
    );
    if (!skipped.ok) throw new Error(skipped.reason);
    expect(recordedRound(recordsOf(skipped.control))).toEqual({
      roundId: 'round-1',
      keyResultIds: ['kr-1', 'kr-2'],
      position: 1,
      phase: 'voting',
      attempt: 1,
      board: { teamIds: ['team-1'], cycleId: 'cycle-1' },
    });
  });

  it('reads no round where there is none, nor from a draft’s record', () => {
    expect(recordedRound(new Map())).toBeUndefined();
    expect(recordedRound(new Map([[draftKey('a'), round]]))).toBeUndefined();
  });

  // Any participant's client may write the record: what is not a round's place is left out.
  it.each([
    ['not an object', 'round-1'],
    ['no round id', { ...round, roundId: '' }],
    ['key result ids that are not ids', { ...round, keyResultIds: ['kr-1', 2] }],
    ['a position past its key results', { ...round, position: 2 }],
    ['a position that is not a whole number', { ...round, position: 0.5 }],
    ['an unknown phase', { ...round, phase: 'paused' }],
    ['a negative attempt', { ...round, attempt: -1 }],
    ['a board without a cycle', { ...round, board: { teamIds: [] } }],
  ])('reads no round from a record with %s', (_case, record) => {
    expect(recordedRound(recordsOf(record))).toBeUndefined();
  });

  it('reads a finished round as finished, on the key result it finished on', () => {
    expect(recordedRound(recordsOf({ ...round, position: 1, phase: 'finished' }))?.phase).toBe(
      'finished',
    );
  });
});
