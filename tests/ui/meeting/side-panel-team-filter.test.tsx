/**
 * The side panel's round narrowed to a team and an owner, as a coach running one team's check-in
 * in a meeting of several narrows it: two dropdowns above the key results, kept for the meeting.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { KeyResult, Objective } from '../../../src/core/model';
import * as roundFilters from '../../../src/ui/meeting/SidePanel/RoundFilters';
import {
  rememberedRoundFilter,
  rememberRoundFilter,
  roundFilterChoices,
  roundFilterKey,
  roundGroups,
} from '../../../src/ui/meeting/SidePanel/roundFilter';
import { keyResult, objective } from '../../core/fixtures';
import { panelState, renderPanel } from '../support/side-panel';

const adele = { id: 'u1', displayName: 'Adele Vance' };
const lee = { id: 'u2', displayName: 'Lee Gu' };
const megan = { id: 'u3', displayName: 'Megan Bowen' };
const teams = [
  { id: 't1', name: 'Sales' },
  { id: 't2', name: 'Support' },
  { id: 't3', name: 'Legal' },
];
const group = (theObjective: Objective, keyResults: KeyResult[]) => ({
  objective: theObjective,
  keyResults,
});
const groups = [
  group(objective({ id: 'o1', teamId: 't1', title: 'Win the mid-market', owner: adele }), [
    keyResult({ id: 'k1', objectiveId: 'o1', title: 'New customers', owner: lee }),
    keyResult({ id: 'k2', objectiveId: 'o1', title: 'Pipeline coverage', owner: adele }),
  ]),
  group(objective({ id: 'o2', teamId: 't2', title: 'Answer within a day', owner: megan }), [
    keyResult({ id: 'k3', objectiveId: 'o2', title: 'Tickets answered', owner: lee }),
    keyResult({ id: 'k4', objectiveId: 'o2', title: 'Backlog below 50', owner: megan }),
  ]),
];
const titles = (shown: typeof groups) =>
  shown.flatMap(({ keyResults }) => keyResults.map((kr) => kr.title));

describe('narrowing the round', () => {
  it('keeps one team’s objectives, and an owner’s whole objectives and key results', () => {
    expect(titles(roundGroups(groups, { teamId: 't2' }, teams))).toEqual([
      'Tickets answered',
      'Backlog below 50',
    ]);
    // Lee owns a key result in each team; Adele owns Sales' objective, all of it.
    expect(titles(roundGroups(groups, { ownerId: 'u2' }, teams))).toEqual([
      'New customers',
      'Tickets answered',
    ]);
    expect(titles(roundGroups(groups, { ownerId: 'u1' }, teams))).toEqual([
      'New customers',
      'Pipeline coverage',
    ]);
    expect(titles(roundGroups(groups, { teamId: 't2', ownerId: 'u2' }, teams))).toEqual([
      'Tickets answered',
    ]);
    expect(roundGroups(groups, {}, teams)).toEqual(groups);
  });

  it('keeps the objectives of a parent team’s sub-teams, at any depth, with its own', () => {
    const tree = [
      { id: 't1', name: 'Sales' },
      // Under Sales through EMEA, which has no objectives.
      { id: 't2', name: 'Support', parentTeamId: 'emea' },
      { id: 'emea', name: 'EMEA', parentTeamId: 't1' },
    ];
    expect(titles(roundGroups(groups, { teamId: 't1' }, tree))).toEqual(titles(groups));
    expect(titles(roundGroups(groups, { teamId: 'emea' }, tree))).toEqual([
      'Tickets answered',
      'Backlog below 50',
    ]);
    expect(titles(roundGroups(groups, { teamId: 't2' }, tree))).toEqual([
      'Tickets answered',
      'Backlog below 50',
    ]);
    // The owner's filter as before, over the parent's and its sub-teams' objectives.
    expect(titles(roundGroups(groups, { teamId: 't1', ownerId: 'u2' }, tree))).toEqual([
      'New customers',
      'Tickets answered',
    ]);
  });

  it('offers the teams that have objectives, in the board’s order, and their owners A to Z', () => {
    const choices = roundFilterChoices(teams, groups, 'en');
    expect(choices.teams.map(({ team }) => team.name)).toEqual(['Sales', 'Support']);
    expect(choices.owners.map((owner) => owner.displayName)).toEqual([
      'Adele Vance',
      'Lee Gu',
      'Megan Bowen',
    ]);
    // A host locale that is no language tag: English's order, not a RangeError.
    expect(
      roundFilterChoices(teams, groups, 'not a language').owners.map((owner) => owner.id),
    ).toEqual([adele.id, lee.id, megan.id]);
  });

  it('offers the teams as a tree, with the teams above them: parents first, siblings in the board’s order', () => {
    const tree = [
      // Sub-teams the SharePoint list keeps before their parents, and not by name.
      { id: 'emea', name: 'EMEA', parentTeamId: 'sales' },
      { id: 'dach', name: 'DACH', parentTeamId: 'emea' },
      { id: 'apac', name: 'APAC', parentTeamId: 'sales' },
      { id: 'sales', name: 'Sales' },
      { id: 'ops', name: 'Operations' },
      // Facilities has no objectives this cycle: offered for Cleaning's, under it.
      { id: 'facilities', name: 'Facilities', parentTeamId: 'ops' },
      { id: 'cleaning', name: 'Cleaning', parentTeamId: 'facilities' },
      // A team whose parent link leads round in a loop, and one whose parent is not on the site.
      { id: 'loop-a', name: 'Loop A', parentTeamId: 'loop-b' },
      { id: 'loop-b', name: 'Loop B', parentTeamId: 'loop-a' },
      { id: 'orphan', name: 'Orphan', parentTeamId: 'gone' },
    ];
    const withObjectivesOf = (teamIds: string[]) =>
      teamIds.map((teamId) => group(objective({ id: `o-${teamId}`, teamId }), []));
    const offered = (teamIds: string[]) =>
      roundFilterChoices(tree, withObjectivesOf(teamIds), 'en').teams.map(
        ({ team, depth, parent }) => `${depth}:${team.name}<${parent?.name ?? ''}`,
      );
    expect(offered(['emea', 'dach', 'apac', 'sales', 'ops', 'cleaning'])).toEqual([
      '0:Sales<',
      '1:EMEA<Sales',
      '2:DACH<EMEA',
      '1:APAC<Sales',
      '0:Operations<',
      '1:Facilities<Operations',
      '2:Cleaning<Facilities',
    ]);
    // Sales owns none of its own this cycle, its regions do: it still gathers them.
    expect(offered(['dach', 'apac'])).toEqual([
      '0:Sales<',
      '1:EMEA<Sales',
      '2:DACH<EMEA',
      '1:APAC<Sales',
    ]);
    expect(offered(['loop-a', 'orphan'])).toEqual(['0:Orphan<', '0:Loop A<', '0:Loop B<']);
  });

  it('keeps the filter for the meeting, and forgets it once cleared', () => {
    const key = roundFilterKey('meeting-1');
    expect(rememberedRoundFilter(key)).toEqual({});
    rememberRoundFilter(key, { teamId: 't2' });
    expect(rememberedRoundFilter(key)).toEqual({ teamId: 't2' });
    expect(rememberedRoundFilter(roundFilterKey('meeting-2'))).toEqual({});
    rememberRoundFilter(key, {});
    expect(localStorage.getItem(key)).toBeNull();
    localStorage.setItem(key, '{"teamId": 3');
    expect(rememberedRoundFilter(key)).toEqual({});
  });
});

test('the side panel offers Team and Owner dropdowns above the key results, and narrows by them', async () => {
  const changeFilter = jest.fn();
  const choices = roundFilterChoices(teams, groups, 'en');
  renderPanel(
    panelState({
      groups,
      pickerGroups: groups,
      filterChoices: choices,
      changeFilter,
      roundFilters,
    }),
  );
  const team = screen.getByRole('combobox', { name: 'Team' });
  expect(team.textContent).toBe('All teams');
  expect(screen.getByRole('combobox', { name: 'Owner' }).textContent).toBe('All owners');
  // Before the search and the key results, in the order the keyboard reaches them.
  const search = screen.getByRole('searchbox', { name: 'Search key results' });
  expect(team.compareDocumentPosition(search) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  fireEvent.click(team);
  fireEvent.click(await screen.findByRole('option', { name: 'Support' }));
  expect(changeFilter).toHaveBeenLastCalledWith({ teamId: 't2' });
});

test('the side panel says once that the team and owner chosen leave no key result, and offers no dropdown for one team', () => {
  const oneTeam = roundFilterChoices(teams, groups.slice(0, 1), 'en');
  renderPanel(
    panelState({
      groups: groups.slice(0, 1),
      pickerGroups: [],
      filter: { ownerId: 'u3' },
      filterChoices: { teams: oneTeam.teams, owners: [...oneTeam.owners, megan] },
      filterLeavesNone: true,
      roundFilters,
    }),
  );
  expect(screen.queryByRole('combobox', { name: 'Team' })).toBeNull();
  expect(screen.getByRole('combobox', { name: 'Owner' }).textContent).toBe('Megan Bowen');
  expect(screen.getByRole('region', { name: 'No key results in this filter' })).toBeTruthy();
  // The list under the filters adds no line of its own.
  const list = screen.getByRole('region', { name: 'Key results to review' });
  expect(list.textContent).not.toMatch(/No key result/);
});

test('the side panel shows the key results before the dropdowns’ chunk is in', () => {
  const choices = roundFilterChoices(teams, groups, 'en');
  renderPanel(panelState({ groups, pickerGroups: groups, filterChoices: choices }));
  expect(screen.queryByRole('combobox')).toBeNull();
  expect(screen.getByRole('checkbox', { name: 'Tickets answered' })).toBeTruthy();
});

test('the Team dropdown lists a sub-team indented under its parent, named by its name and described by its parent', async () => {
  const tree = [
    { id: 't2', name: 'Support', parentTeamId: 't1' },
    { id: 't1', name: 'Sales' },
  ];
  const choices = roundFilterChoices(tree, groups, 'en');
  renderPanel(panelState({ groups, pickerGroups: groups, filterChoices: choices, roundFilters }));
  fireEvent.click(screen.getByRole('combobox', { name: 'Team' }));
  const sales = await screen.findByRole('option', { name: 'Sales' });
  const support = screen.getByRole('option', { name: 'Support' });
  expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
    'All teams',
    'Sales',
    expect.stringMatching(/^Support/),
  ]);
  const description = (option: HTMLElement) =>
    document.getElementById(option.getAttribute('aria-describedby') ?? '')?.textContent;
  expect(description(support)).toBe('Sub-team of Sales');
  expect(description(sales)).toBeUndefined();
  // Indented a step further than its parent.
  expect(support.className).not.toBe(sales.className);
});
