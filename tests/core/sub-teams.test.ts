import type { Team } from '../../src/core/model';
import { withSubTeams } from '../../src/core/sub-teams';

/**
 * A parent team's board with its sub-teams read them in the SharePoint list's order, so a team
 * made before its parent (or moved under a newer one) came first. They read as the team tree
 * does: each team followed by its own sub-teams, siblings by name in the reader's language.
 */
describe('a parent team with its sub-teams', () => {
  // As the list returns them: children made before their parents.
  const teams: Team[] = [
    { id: '3', name: 'EMEA', parentTeamId: '2' },
    { id: '2', name: 'Sales', parentTeamId: '1' },
    { id: '4', name: 'Engineering', parentTeamId: '1' },
    { id: '1', name: 'Contoso' },
    { id: '5', name: 'Östra', parentTeamId: '1' },
    { id: '6', name: 'Other company' },
  ];

  it('reads each team followed by its own sub-teams, at any depth', () => {
    expect(withSubTeams(['1'], teams, 'en')).toEqual(['1', '4', '5', '2', '3']);
    expect(withSubTeams(['2'], teams, 'en')).toEqual(['2', '3']);
    expect(withSubTeams(['4'], teams, 'en')).toEqual(['4']);
  });

  it('puts a chosen team under its chosen parent, not before it, each team once', () => {
    expect(withSubTeams(['2', '1'], teams, 'en')).toEqual(['1', '4', '5', '2', '3']);
    expect(withSubTeams(['3', '6', '2'], teams, 'en')).toEqual(['2', '3', '6']);
  });

  it('orders sibling teams by name as the reader’s language does', () => {
    // German files "Ö" with "O"; Swedish after "Z".
    expect(withSubTeams(['1'], teams, 'de-de')).toEqual(['1', '4', '5', '2', '3']);
    expect(withSubTeams(['1'], teams, 'sv-se')).toEqual(['1', '4', '2', '3', '5']);
  });

  it('keeps a team not (or no longer) in the list last, and refuses no locale', () => {
    expect(withSubTeams(['gone', '2'], teams, 'en')).toEqual(['2', '3', 'gone']);
    expect(withSubTeams(['2'], teams, 'not a language')).toEqual(['2', '3']);
  });
});
