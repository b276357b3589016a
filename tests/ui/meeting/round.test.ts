import { defaultOperatingModel as model } from '../../../src/core/operating-model';
import type { KeyResult } from '../../../src/core/model';
import {
  applyRoundAction,
  ballotFor,
  canFacilitate,
  currentKeyResultId,
  currentRound,
  discussionPrompt,
  initialRound,
  proposedConfidence,
  roundCheckInClientId,
  stageQuery,
  stageRoundFromQuery,
  voteSpread,
  votesCast,
  type Participant,
  type RoundControl,
  type RoundOutcome,
} from '../../../src/ui/meeting/round';

const setup = { roundId: 'r1', keyResultIds: ['41', '42'] };
const organizer = ['organizer'] as const;
const presenter = ['presenter'] as const;
const attendee = ['attendee'] as const;
const votes = [
  { userId: 'a', displayName: 'Adele', value: 3 },
  { userId: 'b', displayName: 'Ben', value: 8 },
  { userId: 'c', displayName: 'Cai', value: 5 },
];

function step(control: RoundControl, ...actions: Parameters<typeof applyRoundAction>[1][]) {
  return actions.reduce((current, action) => {
    const result = applyRoundAction(current, action, organizer);
    if (!result.ok) throw new Error(result.reason);
    return result.control;
  }, control);
}

function outcome(keyResultId: string): RoundOutcome {
  return {
    keyResultId,
    value: 12,
    confidence: 5,
    checkInClientId: roundCheckInClientId('r1', keyResultId),
    savedBy: 'a',
  };
}

describe('who runs the round', () => {
  it('lets organizers and presenters facilitate, not attendees', () => {
    expect(canFacilitate(organizer)).toBe(true);
    expect(canFacilitate(presenter)).toBe(true);
    expect(canFacilitate(attendee)).toBe(false);
    expect(canFacilitate([])).toBe(false);
  });

  it('refuses every facilitator step from an attendee and leaves the state alone', () => {
    const start = initialRound(setup);
    for (const action of [
      { type: 'reveal', votes },
      { type: 'next' },
      { type: 'revote' },
      { type: 'saved', outcome: outcome('41') },
    ] as const) {
      const result = applyRoundAction(start, action, attendee);
      expect(result.ok).toBe(false);
    }
    expect(start).toEqual(initialRound(setup));
  });
});

describe('the round, step by step', () => {
  it('starts voting on the first KR', () => {
    const start = initialRound(setup);
    expect(start.phase).toBe('voting');
    expect(currentKeyResultId(start)).toBe('41');
  });

  it('reveals all votes together, one per person (the latest)', () => {
    const revealed = step(initialRound(setup), {
      type: 'reveal',
      votes: [...votes, { userId: 'a', displayName: 'Adele', value: 4 }],
    });
    expect(revealed.phase).toBe('revealed');
    expect(revealed.revealed.map((vote) => [vote.userId, vote.value])).toEqual([
      ['a', 4],
      ['b', 8],
      ['c', 5],
    ]);
  });

  it('does not reveal when nobody voted, nor twice', () => {
    expect(applyRoundAction(initialRound(setup), { type: 'reveal', votes: [] }, organizer)).toEqual(
      { ok: false, reason: 'Nobody has voted yet.' },
    );
    const revealed = step(initialRound(setup), { type: 'reveal', votes });
    expect(applyRoundAction(revealed, { type: 'reveal', votes }, presenter).ok).toBe(false);
  });

  it('saves only after the reveal, for the KR under review', () => {
    const start = initialRound(setup);
    expect(applyRoundAction(start, { type: 'saved', outcome: outcome('41') }, organizer).ok).toBe(
      false,
    );
    const revealed = step(start, { type: 'reveal', votes });
    expect(
      applyRoundAction(revealed, { type: 'saved', outcome: outcome('42') }, organizer).ok,
    ).toBe(false);
    const saved = step(revealed, { type: 'saved', outcome: outcome('41') });
    expect(saved.phase).toBe('saved');
    expect(saved.outcomes['41']).toEqual(outcome('41'));
  });

  it('keeps the first outcome when a second facilitator saves the same KR', () => {
    const saved = step(
      initialRound(setup),
      { type: 'reveal', votes },
      { type: 'saved', outcome: outcome('41') },
    );
    const again = applyRoundAction(
      saved,
      { type: 'saved', outcome: { ...outcome('41'), savedBy: 'b', confidence: 9 } },
      presenter,
    );
    expect(again).toEqual({ ok: true, control: saved });
  });

  it('moves to the next KR with the votes hidden again, and finishes after the last', () => {
    const second = step(
      initialRound(setup),
      { type: 'reveal', votes },
      { type: 'saved', outcome: outcome('41') },
      { type: 'next' },
    );
    expect(currentKeyResultId(second)).toBe('42');
    expect(second.phase).toBe('voting');
    expect(second.revealed).toEqual([]);
    const finished = step(second, { type: 'next' });
    expect(finished.phase).toBe('finished');
    expect(currentKeyResultId(finished)).toBeUndefined();
    expect(finished.outcomes['41']).toBeDefined();
    expect(applyRoundAction(finished, { type: 'next' }, organizer).ok).toBe(false);
  });

  it('can vote again after a reveal', () => {
    const again = step(initialRound(setup), { type: 'reveal', votes }, { type: 'revote' });
    expect(again.phase).toBe('voting');
    expect(again.revealed).toEqual([]);
  });

  it('shows a shared state from an earlier round as this round’s start', () => {
    const earlier = step(initialRound({ roundId: 'r0', keyResultIds: ['7'] }), { type: 'next' });
    expect(currentRound(earlier, setup)).toEqual(initialRound(setup));
    const ours = step(initialRound(setup), { type: 'next' });
    expect(currentRound(ours, setup)).toBe(ours);
  });
});

describe('votes', () => {
  const scale = model.confidenceScale;

  it('accepts whole numbers on the scale, while voting only', () => {
    const start = initialRound(setup);
    expect(ballotFor(start, 7, scale)).toEqual({ roundId: 'r1', keyResultId: '41', value: 7 });
    expect(ballotFor(start, 0, scale)).toBeUndefined();
    expect(ballotFor(start, 11, scale)).toBeUndefined();
    expect(ballotFor(start, 6.5, scale)).toBeUndefined();
    expect(ballotFor(step(start, { type: 'reveal', votes }), 7, scale)).toBeUndefined();
  });

  it('counts only ballots for this round and the KR under review', () => {
    const start = initialRound(setup);
    const participants: Participant[] = [
      {
        userId: 'a',
        displayName: 'Adele',
        roles: ['organizer'],
        ballot: { roundId: 'r1', keyResultId: '41', value: 6 },
      },
      {
        userId: 'b',
        displayName: 'Ben',
        roles: ['attendee'],
        ballot: { roundId: 'r0', keyResultId: '41', value: 2 },
      },
      {
        userId: 'c',
        displayName: 'Cai',
        roles: ['attendee'],
        ballot: { roundId: 'r1', keyResultId: '42', value: 9 },
      },
      { userId: 'd', displayName: 'Dee', roles: ['attendee'] },
    ];
    expect(votesCast(start, participants)).toEqual([
      { userId: 'a', displayName: 'Adele', value: 6 },
    ]);
  });
});

describe('the spread', () => {
  it('summarises the votes', () => {
    expect(voteSpread(votes)).toEqual({
      count: 3,
      min: 3,
      max: 8,
      range: 5,
      mean: 5.3,
      median: 5,
      histogram: [
        { value: 3, count: 1 },
        { value: 5, count: 1 },
        { value: 8, count: 1 },
      ],
    });
    expect(voteSpread([{ value: 4 }, { value: 7 }, { value: 7 }, { value: 8 }])).toMatchObject({
      median: 7,
      histogram: [
        { value: 4, count: 1 },
        { value: 7, count: 2 },
        { value: 8, count: 1 },
      ],
    });
    expect(voteSpread([])).toBeUndefined();
  });

  it('proposes the rounded median as the agreed confidence', () => {
    expect(proposedConfidence(voteSpread([{ value: 4 }, { value: 7 }])!)).toBe(6);
    expect(proposedConfidence(voteSpread(votes)!)).toBe(5);
  });
});

describe('the discussion prompt', () => {
  const kr: KeyResult = {
    id: '41',
    objectiveId: '1',
    title: 'Raise weekly active users from 2,000 to 5,000',
    kind: 'increase',
    start: 2000,
    target: 5000,
    current: 3100,
    unit: 'users',
    weight: 1,
    confidence: 8,
  };

  it('asks the lowest and highest voter to speak when the spread is wide', () => {
    const prompt = discussionPrompt({ ...kr, confidence: undefined }, votes, model);
    expect(prompt?.trigger).toBe('vote-spread');
    expect(prompt?.text).toContain('3');
    expect(prompt?.text).toContain('8');
  });

  it('names the gap when the room is below the owner', () => {
    const low = votes.map((vote) => ({ ...vote, value: 4 }));
    const prompt = discussionPrompt({ ...kr, confidence: 9 }, low, model);
    expect(prompt?.trigger).toBe('votes-below-owner');
  });

  it('asks for the next point when everyone agrees', () => {
    const agree = votes.map((vote) => ({ ...vote, value: 7 }));
    expect(discussionPrompt({ ...kr, confidence: 7 }, agree, model)?.trigger).toBe('votes-agree');
  });
});

describe('the stage URL', () => {
  it('round-trips the round and its board', () => {
    const round = {
      roundId: 'r-1',
      keyResultIds: ['41', '42'],
      board: { teamIds: ['12'], cycleId: '3' },
    };
    const query = stageQuery(round);
    expect(stageRoundFromQuery(query)).toEqual(round);
  });

  it('refuses malformed rounds', () => {
    expect(stageRoundFromQuery('teams=12&cycle=3&round=<script>&krs=1')).toBeUndefined();
    expect(stageRoundFromQuery('teams=12&cycle=3&round=r1&krs=')).toBeUndefined();
    expect(stageRoundFromQuery('round=r1&krs=1')).toBeUndefined();
    expect(() =>
      stageQuery({ roundId: 'r1', keyResultIds: [], board: { teamIds: [], cycleId: '3' } }),
    ).toThrow('Pick at least one key result.');
  });

  it('makes one client id per round and KR, within the store’s 64 characters', () => {
    const id = roundCheckInClientId('6f1c2a9e-1b2c-4d3e-8f90-123456789abc', '123456');
    expect(id).toBe(roundCheckInClientId('6f1c2a9e-1b2c-4d3e-8f90-123456789abc', '123456'));
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).not.toBe(roundCheckInClientId('6f1c2a9e-1b2c-4d3e-8f90-123456789abc', '123457'));
  });
});
