/**
 * A programme's channel tab, set for the parent team whose sub-teams own the OKRs, showed
 * "No objectives in Q1" in the planning meeting. Its board now names the sub-teams holding
 * objectives and shows them in one click, remembered for the tab; a parent with objectives of its
 * own keeps its board and is offered its sub-teams' in a line above.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useMemo, useState } from 'react';
import type { Objective, Person, Team } from '../../src/core/model';
import type { Board, OkrRepository } from '../../src/store/repository';
import { useAppServices } from '../../src/ui/app/AppServices';
import { listOf, saySubTeams } from '../../src/ui/board/sub-teams-words';
import { rememberedTeams, subTeamsKey } from '../../src/ui/board/subTeamsMemory';
import { BoardScreen } from '../../src/ui/screens/BoardScreen/BoardScreen';
import { board as oneObjective } from './support/one-key-result-board';
import { adele, renderWithServices } from './support/services';
import './support/resize-observer';
import { siteRolesOf } from './support/site-roles';

jest.setTimeout(60_000);
const found = { timeout: 30_000 };

const teams: Team[] = [
  { id: 'p', name: 'Programme' },
  { id: 'a', name: 'Alpha', parentTeamId: 'p' },
  { id: 'b', name: 'Beta', parentTeamId: 'p' },
  { id: 'x', name: 'Elsewhere' },
];
const objective = (id: string, teamId: string): Objective => ({
  ...oneObjective.objectives[0]!,
  id,
  teamId,
  title: `Objective ${id}`,
});

function repositoryWith(
  objectives: readonly Objective[],
  listed: readonly Team[] = teams,
): OkrRepository {
  return {
    siteRoles: siteRolesOf({ admin: false, coach: false }),
    listCycles: () => Promise.resolve([oneObjective.cycle]),
    loadBoard: ({ teamIds }: { teamIds?: readonly string[] }) =>
      Promise.resolve<Board>({
        ...oneObjective,
        teams: listed,
        objectives: objectives.filter((o) => !teamIds || teamIds.includes(o.teamId)),
        keyResults: [],
      }),
    objectivesOfCycles: () => Promise.resolve(objectives),
    cycleCheckInHistory: () => Promise.resolve(new Map()),
    changesSince: () => new Promise(() => undefined),
    cyclesWithObjectives: () => Promise.resolve(new Set()),
  } as unknown as OkrRepository;
}

const own = ['p'];

/** The parent team's tab, as `TeamTab` holds the choice. */
function ParentTab() {
  const services = useAppServices();
  const [shown, show] = useState(() => rememberedTeams(subTeamsKey(services, own)));
  const request = useMemo(() => ({ cycleId: 'q1', teamIds: shown ?? own }), [shown]);
  return <BoardScreen request={request} editable subTeams={{ own, shown, show }} />;
}

beforeEach(() => localStorage.clear());

test('an empty parent board names its sub-teams’ objectives and shows them, remembered', async () => {
  const objectives = [objective('o1', 'a'), objective('o2', 'a'), objective('o3', 'b')];
  const first = renderWithServices(repositoryWith(objectives), <ParentTab />);
  expect(
    await screen.findByRole('heading', { name: 'Programme has no objectives in Q1' }, found),
  ).toBeTruthy();
  expect(
    screen.getByText('The teams under Programme have 3 objectives in Q1: Alpha (2) and Beta (1).'),
  ).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Create the first objective' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Show the teams under Programme' }));
  // Grouped under each team's heading.
  expect(await screen.findByRole('heading', { name: /^Alpha/ }, found)).toBeTruthy();
  expect(screen.getByRole('heading', { name: /^Beta/ })).toBeTruthy();
  expect(
    await screen.findByText(
      'Showing Programme with the teams under it: Alpha and Beta.',
      {},
      found,
    ),
  ).toBeTruthy();
  first.unmount();

  // The tab opened again shows them without being asked (nor reading the board twice), until
  // "Only Programme".
  const asked: (readonly string[] | undefined)[] = [];
  const again = repositoryWith(objectives);
  const read = again.loadBoard.bind(again);
  again.loadBoard = (query, options) => {
    asked.push(query.teamIds);
    return read(query, options);
  };
  renderWithServices(again, <ParentTab />);
  expect(await screen.findByText('Objective o3', {}, found)).toBeTruthy();
  expect(asked).toEqual([['p', 'a', 'b']]);
  fireEvent.click(await screen.findByRole('button', { name: 'Only Programme' }, found));
  expect(
    await screen.findByRole('heading', { name: 'Programme has no objectives in Q1' }, found),
  ).toBeTruthy();
  expect(localStorage.length).toBe(0);
});

const contoso = 'contoso.sharepoint.com:/sites/okrs';
const megan: Person = { id: 'megan', displayName: 'Megan Bowen' };

/** The parent team's tab on an OKR site, signed in as `me`. */
const renderParentTab = (repository: OkrRepository, site: string, me: Person = adele) =>
  renderWithServices(repository, <ParentTab />, undefined, undefined, { site, me });

/** Whether the tab opened on the sub-teams kept for it, or on the parent's empty board. */
async function opensOnSubTeams(site: string, me: Person = adele): Promise<boolean> {
  const tab = renderParentTab(repositoryWith([objective('o1', 'a')]), site, me);
  const subTeamsShown = () => screen.queryByText('Objective o1') !== null;
  const parentShown = () =>
    screen.queryByRole('heading', { name: 'Programme has no objectives in Q1' }) !== null;
  await waitFor(() => expect(subTeamsShown() || parentShown()).toBe(true), found);
  const shown = subTeamsShown();
  tab.unmount();
  return shown;
}

test('the sub-teams shown are remembered per OKR site and per user', async () => {
  const first = renderParentTab(repositoryWith([objective('o1', 'a')]), contoso);
  fireEvent.click(
    await screen.findByRole('button', { name: 'Show the teams under Programme' }, found),
  );
  expect(await screen.findByText('Objective o1', {}, found)).toBeTruthy();
  first.unmount();

  expect(await opensOnSubTeams(contoso, megan)).toBe(false);
  expect(await opensOnSubTeams('fabrikam.sharepoint.com:/sites/okrs')).toBe(false);
  expect(await opensOnSubTeams(contoso)).toBe(true);
});

test('where storage is refused, the tab shows the sub-teams while it is open', async () => {
  const refused = (name: string) => () => {
    throw new DOMException(`${name} refused`, 'SecurityError');
  };
  jest.spyOn(Storage.prototype, 'getItem').mockImplementation(refused('getItem'));
  jest.spyOn(Storage.prototype, 'setItem').mockImplementation(refused('setItem'));
  jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(refused('removeItem'));
  try {
    renderParentTab(repositoryWith([objective('o1', 'a')]), contoso);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Show the teams under Programme' }, found),
    );
    expect(await screen.findByText('Objective o1', {}, found)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Only Programme' }, found));
    expect(
      await screen.findByRole('heading', { name: 'Programme has no objectives in Q1' }, found),
    ).toBeTruthy();
  } finally {
    jest.restoreAllMocks();
  }
});

test('a parent with objectives of its own keeps its board, offered its sub-teams’ above', async () => {
  renderWithServices(
    repositoryWith([objective('o1', 'p'), objective('o2', 'b'), objective('o9', 'x')]),
    <ParentTab />,
  );
  expect(await screen.findByText('Objective o1', {}, found)).toBeTruthy();
  expect(
    await screen.findByText(
      'The teams under Programme have 1 objective in Q1: Beta (1).',
      {},
      found,
    ),
  ).toBeTruthy();
  expect(screen.queryByText('Objective o2')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Show the teams under Programme' }));
  expect(await screen.findByText('Objective o2', {}, found)).toBeTruthy();
  // Another team's objectives (not under Programme) stay off this board.
  expect(screen.queryByText('Objective o9')).toBeNull();
});

test('with no sub-team holding objectives, the empty board is as it was', async () => {
  renderWithServices(repositoryWith([objective('o9', 'x')]), <ParentTab />);
  expect(await screen.findByRole('heading', { name: 'No objectives yet' }, found)).toBeTruthy();
  await waitFor(() => expect(screen.queryByRole('button', { name: /^Show the teams/ })).toBeNull());
});

/** The teams' headings on the board, top to bottom. */
const teamHeadings = (names: readonly string[]) =>
  screen
    .getAllByRole('heading')
    .map((heading) => names.find((name) => heading.textContent?.startsWith(name)))
    .filter((name) => name !== undefined);

test('sibling sub-teams are in the order of the reader’s language', async () => {
  const listed: Team[] = [
    { id: 'p', name: 'Programme' },
    { id: 'o', name: 'Östra', parentTeamId: 'p' },
    { id: 'z', name: 'Zenit', parentTeamId: 'p' },
  ];
  const objectives = [objective('s1', 'o'), objective('s2', 'z')];
  // Swedish files "Ö" after "Z" (English, beside "O").
  renderWithServices(repositoryWith(objectives, listed), <ParentTab />, 'sv-se');
  fireEvent.click(await screen.findByRole('button', { name: /^Show the teams under/ }, found));
  for (const id of ['s1', 's2']) await screen.findByText(`Objective ${id}`, {}, found);
  expect(teamHeadings(['Östra', 'Zenit'])).toEqual(['Zenit', 'Östra']);
});

test('the sub-teams read as the team tree does, whatever order the list keeps them in', async () => {
  // As SharePoint lists them: a sub-team of Beta made before Beta, Beta before the programme.
  const listed: Team[] = [
    { id: 'g', name: 'Gamma', parentTeamId: 'b' },
    { id: 'b', name: 'Beta', parentTeamId: 'p' },
    { id: 'p', name: 'Programme' },
    { id: 'a', name: 'Alpha', parentTeamId: 'p' },
  ];
  const objectives = [objective('o1', 'g'), objective('o2', 'b'), objective('o3', 'a')];
  renderWithServices(repositoryWith(objectives, listed), <ParentTab />);
  fireEvent.click(
    await screen.findByRole('button', { name: 'Show the teams under Programme' }, found),
  );
  await screen.findByText(
    'Showing Programme with the teams under it: Alpha, Beta, and Gamma.',
    {},
    found,
  );
  // Once the board read with them shows their objectives.
  for (const id of ['o1', 'o2', 'o3']) await screen.findByText(`Objective ${id}`, {}, found);
  expect(teamHeadings(['Alpha', 'Beta', 'Gamma'])).toEqual(['Alpha', 'Beta', 'Gamma']);
});

test('the sub-teams’ words are in German, French and Spanish', () => {
  const params = { team: 'Programme', cycle: 'Q1', count: 2, teams: 'Alpha (2)' };
  const keys = [
    '{team} has no objectives in {cycle}',
    'The teams under {team} have {count} {count|objective|objectives} in {cycle}: {teams}.',
    'Showing {team} with the teams under it: {teams}.',
    'Show the teams under {team}',
    'Only {team}',
  ] as const;
  for (const locale of ['de-de', 'fr-fr', 'es-es']) {
    for (const key of keys) {
      expect(saySubTeams(locale)(key, params)).not.toBe(saySubTeams('en')(key, params));
    }
  }
  expect(saySubTeams('de')(keys[1], params)).toBe(
    'Die Teams unter Programme haben 2 Objectives in Q1: Alpha (2).',
  );
  expect(saySubTeams('fr')(keys[1], params)).toContain('\u00a0: Alpha');
  expect(listOf(['Alpha', 'Beta'], 'de')).toBe('Alpha und Beta');
});
