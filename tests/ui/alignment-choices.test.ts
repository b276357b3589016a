import type { Objective, Team } from '../../src/core/model';
import { sayFor } from '../../src/ui/board/say';
import { alignmentChoices } from '../../src/ui/components/ObjectiveEditor/alignmentChoices';

const reader = { say: sayFor(undefined, 'en-US'), locale: 'en-US' };

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
      reader,
    );
    expect(groups).toEqual([
      { key: 'c', label: 'Contoso', choices: [{ id: 'o2', label: 'Customers love us' }] },
      { key: 'e', label: 'Engineering', choices: [{ id: 'o4', label: 'Cut incidents' }] },
      { key: 's', label: 'Sales', choices: [{ id: 'o1', label: 'Win the Nordics' }] },
    ]);
  });

  it('orders teams and titles as the reader’s language files them', () => {
    const cycle = {
      cycle: { id: 'q1', name: 'Q1 2027' },
      teams: [team('c', 'Contoso'), team('z', 'Zebra', 'c'), team('a', 'Ärende', 'c')],
      objectives: [
        objective('o1', 'z', 'Ökad försäljning'),
        objective('o2', 'z', 'Zero incidents'),
        objective('o3', 'a', 'Win the Nordics'),
      ],
    };
    const inLocale = (locale: string) =>
      alignmentChoices(cycle, undefined, { say: sayFor(undefined, locale), locale }).map(
        (group) => [group.label, group.choices.map((choice) => choice.label)],
      );
    // Swedish files "Ä" and "Ö" after "Z"; German beside "A" and "O".
    expect(inLocale('sv-SE')).toEqual([
      ['Zebra', ['Zero incidents', 'Ökad försäljning']],
      ['Ärende', ['Win the Nordics']],
    ]);
    expect(inLocale('de-DE')).toEqual([
      ['Ärende', ['Win the Nordics']],
      ['Zebra', ['Ökad försäljning', 'Zero incidents']],
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

  it('lists each objective once, the teamless ones under "No team" after the teams, another cycle’s under its name', () => {
    const groups = alignmentChoices(cycle, undefined, reader, cycles);
    expect(groups.map((group) => group.label)).toEqual(['Contoso', 'Sales', 'No team', 'Q4 2026']);
    const ids = groups.flatMap((group) => group.choices.map((choice) => choice.id));
    expect(ids.sort()).toEqual(['o1', 'o2', 'o3', 'o4', 'o5']);
  });

  it('tells entries of one title apart in the entry itself: team or "No team", and another cycle', () => {
    const labels = alignmentChoices(cycle, undefined, reader, cycles).flatMap((group) =>
      group.choices.map((choice) => choice.label),
    );
    expect(labels).toEqual([
      'Customers love us — Contoso',
      'Win the Nordics',
      'Customers love us — No team',
      'Customers love us — No team (a team no longer on the site)',
      'Customers love us — Sales, Q4 2026',
    ]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('what a quarter’s objective may align to in the cycles around it', () => {
  const year = (o: Objective): Objective => ({ ...o, cycleId: 'fy' });
  const quarter = {
    cycle: { id: 'q4', name: 'Q4 2026' },
    teams: [team('c', 'Contoso'), team('s', 'Sales', 'c')],
    objectives: [
      { ...objective('o1', 's', 'Win the Nordics'), cycleId: 'q4' },
      year(objective('y2', 's', 'Open two markets')),
      year(objective('y1', 'c', 'Double ARR to €10M')),
      { ...objective('p1', 'c', 'Carbon neutral by 2028'), cycleId: 'plan' },
    ],
  };
  const cycles = [
    { id: 'q4', name: 'Q4 2026' },
    { id: 'fy', name: 'FY 2026' },
    { id: 'plan', name: 'FY 2026–2028' },
    { id: 'h2', name: 'H2 2026' },
  ];

  it('groups them by cycle after the quarter’s own, in the order of the cycles, the company’s first', () => {
    const groups = alignmentChoices(
      { ...quarter, objectives: [...quarter.objectives].reverse() },
      undefined,
      reader,
      cycles,
    );
    expect(groups).toEqual([
      { key: 's', label: 'Sales', choices: [{ id: 'o1', label: 'Win the Nordics' }] },
      {
        key: 'cycle:fy',
        label: 'FY 2026',
        choices: [
          { id: 'y1', label: 'Double ARR to €10M — FY 2026' },
          { id: 'y2', label: 'Open two markets — FY 2026' },
        ],
      },
      {
        key: 'cycle:plan',
        label: 'FY 2026–2028',
        choices: [{ id: 'p1', label: 'Carbon neutral by 2028 — FY 2026–2028' }],
      },
    ]);
  });

  it('says in a cycle’s group what stands in for objectives still read or none, never to be chosen', () => {
    const loading = { id: 'loading:fy', label: 'Loading FY 2026’s objectives…', disabled: true };
    const none = { id: 'none:h2', label: 'H2 2026 has no objectives yet', disabled: true };
    const groups = alignmentChoices(
      quarter,
      undefined,
      reader,
      cycles,
      new Map([
        ['h2', none],
        ['fy', loading],
      ]),
    );
    expect(groups.slice(1).map((group) => [group.label, group.choices.map((c) => c.id)])).toEqual([
      ['FY 2026', ['y1', 'y2', 'loading:fy']],
      ['FY 2026–2028', ['p1']],
      ['H2 2026', ['none:h2']],
    ]);
  });
});
