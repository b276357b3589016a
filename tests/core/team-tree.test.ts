import type { Team } from '../../src/core/model';
import { withTeamsUnder } from '../../src/core/team-tree';

/**
 * A parent team and the teams under it, as the meeting side panel's round takes them when a coach
 * chooses the parent: every team under it at any depth, and no endless walk where a team's parent
 * links loop (the SharePoint list holds whatever was written to it).
 */
describe('a team with the teams under it', () => {
  // As the list returns them: children before their parents.
  const teams: Team[] = [
    { id: 'dach', name: 'DACH', parentTeamId: 'emea' },
    { id: 'emea', name: 'EMEA', parentTeamId: 'sales' },
    { id: 'apac', name: 'APAC', parentTeamId: 'sales' },
    { id: 'sales', name: 'Sales' },
    { id: 'support', name: 'Support' },
  ];
  const ids = (set: ReadonlySet<string>) => [...set].sort();

  it('takes the team and every team under it, at any depth', () => {
    expect(ids(withTeamsUnder('sales', teams))).toEqual(['apac', 'dach', 'emea', 'sales']);
    expect(ids(withTeamsUnder('emea', teams))).toEqual(['dach', 'emea']);
    expect(ids(withTeamsUnder('dach', teams))).toEqual(['dach']);
  });

  it('takes a team not in the list alone', () => {
    expect(ids(withTeamsUnder('gone', teams))).toEqual(['gone']);
  });

  it('takes a team whose parent links loop alone, and the teams under the loop with none of it', () => {
    const looping: Team[] = [
      ...teams,
      { id: 'a', name: 'A', parentTeamId: 'b' },
      { id: 'b', name: 'B', parentTeamId: 'a' },
      { id: 'under-a', name: 'Under A', parentTeamId: 'a' },
      { id: 'self', name: 'Itself', parentTeamId: 'self' },
    ];
    expect(ids(withTeamsUnder('a', looping))).toEqual(['a']);
    expect(ids(withTeamsUnder('b', looping))).toEqual(['b']);
    expect(ids(withTeamsUnder('self', looping))).toEqual(['self']);
    expect(ids(withTeamsUnder('under-a', looping))).toEqual(['under-a']);
    // The tree's teams read as before beside the loop.
    expect(ids(withTeamsUnder('sales', looping))).toEqual(['apac', 'dach', 'emea', 'sales']);
  });
});
