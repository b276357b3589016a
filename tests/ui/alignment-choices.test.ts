import type { Objective, Team } from '../../src/core/model';
import { alignmentChoices } from '../../src/ui/components/ObjectiveEditor/alignmentChoices';

const team = (id: string, name: string, parentTeamId?: string): Team => ({
  id,
  name,
  ...(parentTeamId ? { parentTeamId } : {}),
});
const objective = (id: string, teamId: string, title: string): Objective => ({
  id,
  cycleId: 'q1',
  teamId,
  title,
  description: '',
  commitment: 'committed',
  state: 'active',
});

describe('what an objective may align to', () => {
  it('is every objective of the cycle by team, the company’s first, without the objective itself', () => {
    const groups = alignmentChoices(
      {
        teams: [team('c', 'Contoso'), team('s', 'Sales', 'c'), team('e', 'Engineering', 'c')],
        objectives: [
          objective('o1', 's', 'Win the Nordics'),
          objective('o2', 'c', 'Customers love us'),
          objective('o3', 'e', 'Ship weekly'),
          objective('o4', 'e', 'Cut incidents'),
        ],
      },
      'o3',
    );
    expect(groups).toEqual([
      { teamId: 'c', team: 'Contoso', choices: [{ id: 'o2', label: 'Customers love us' }] },
      { teamId: 'e', team: 'Engineering', choices: [{ id: 'o4', label: 'Cut incidents' }] },
      { teamId: 's', team: 'Sales', choices: [{ id: 'o1', label: 'Win the Nordics' }] },
    ]);
  });
});
