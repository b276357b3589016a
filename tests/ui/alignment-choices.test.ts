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
        cycle: { id: 'q1', name: 'Q1 2027' },
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

describe('what an objective may align to, when titles repeat and teams are missing', () => {
  const cycle = {
    cycle: { id: 'q1', name: 'Q1 2027' },
    teams: [team('c', 'Contoso'), team('s', 'Sales', 'c')],
    objectives: [
      objective('o1', 'c', 'Customers love us'),
      // Imported company objectives: no team on the site, or a team since removed.
      objective('o2', '', 'Customers love us'),
      objective('o3', 'gone', 'Customers love us'),
      objective('o4', 's', 'Win the Nordics'),
      // The same objective read twice (the whole cycle and the current parent).
      objective('o4', 's', 'Win the Nordics'),
      { ...objective('o5', 's', 'Customers love us'), cycleId: 'q4' },
    ],
  };

  const cycles = [
    { id: 'q1', name: 'Q1 2027' },
    { id: 'q4', name: 'Q4 2026' },
  ];

  it('lists each objective once, the teamless ones under "No team" after the teams', () => {
    const groups = alignmentChoices(cycle, undefined, cycles);
    expect(groups.map((group) => group.team)).toEqual(['Contoso', 'Sales', 'No team']);
    const ids = groups.flatMap((group) => group.choices.map((choice) => choice.id));
    expect(ids.sort()).toEqual(['o1', 'o2', 'o3', 'o4', 'o5']);
  });

  it('tells entries of one title apart in the entry itself: team or "No team", and another cycle', () => {
    const labels = alignmentChoices(cycle, undefined, cycles).flatMap((group) =>
      group.choices.map((choice) => choice.label),
    );
    expect(labels).toEqual([
      'Customers love us — Contoso',
      'Customers love us — Sales, Q4 2026',
      'Win the Nordics',
      'Customers love us — No team',
      'Customers love us — No team (a team no longer on the site)',
    ]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
