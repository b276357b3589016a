import { initialRound, type RoundControl } from '../../../src/core/rituals';
import {
  stageQuery,
  stageRoundFromQuery,
  stageRoundOf,
} from '../../../src/ui/meeting/round/stage-url';

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
});

describe('a round shared to the stage again', () => {
  const shared = {
    roundId: 'r-1',
    keyResultIds: ['41', '42'],
    board: { teamIds: ['12', '15'], cycleId: '3' },
  };

  it('opens the board it was shared from, as the round’s Live Share state holds it', () => {
    // The side panel puts the round it shared in the meeting's shared state; a step later (and
    // whatever the panel's tab shows meanwhile), that state is what it shares again.
    const state = JSON.parse(
      JSON.stringify({ ...initialRound(shared), position: 1, attempt: 2 }),
    ) as RoundControl;
    expect(stageRoundFromQuery(stageQuery(stageRoundOf(state)))).toEqual(shared);
  });

  it('is refused, saying why, when the round does not say its board', () => {
    const withoutBoard = { roundId: shared.roundId, keyResultIds: shared.keyResultIds };
    expect(() => stageRoundOf(initialRound(withoutBoard))).toThrow(
      'This round does not say which board its key results are from: share it to the stage again from the check-in list.',
    );
  });
});
