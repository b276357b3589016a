import { stageQuery, stageRoundFromQuery } from '../../../src/ui/meeting/round/stage-url';

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
